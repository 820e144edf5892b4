"""The translatable texts of the safety findings: titles, explanations, fact names, sources.

Built by functions, not at import, so a translator installed after start-up still applies.
Explanations may name facts in ``{braces}``; a fact a finding lacks shows as "?".
"""

from __future__ import annotations

from scardesk.domain.enums import HistoryFact
from scardesk.ui.tr import _t


def titles() -> dict[str, str]:
    """The finding code's first part → a short clinical title."""
    return {
        "treatment_missing": _t("No treatment chosen"),
        "peel_depth_missing": _t("Peel depth not recorded"),
        "laser_type_missing": _t("Laser type not recorded"),
        "consent": _t("No valid treatment consent"),
        "history_review": _t("Medical history due for review"),
        "active_infection": _t("Infection or open wound at the site"),
        "pregnancy": _t("Pregnancy"),
        "breastfeeding": _t("Breastfeeding"),
        "neuromuscular": _t("Neuromuscular-junction disorder"),
        "allergy_toxin": _t("Allergy to botulinum toxin"),
        "allergy_albumin": _t("Allergy to albumin"),
        "allergy_local_anaesthetic": _t("Allergy to local anaesthetic"),
        "aminoglycosides": _t("Aminoglycoside antibiotics"),
        "muscle_relaxants": _t("Muscle relaxants"),
        "recent_toxin_or_filler": _t("Toxin or filler given elsewhere"),
        "anticoagulants": _t("Anticoagulant or antiplatelet medicine"),
        "bleeding_disorder": _t("Bleeding disorder"),
        "toxin_interval": _t("Toxin retreatment too soon"),
        "toxin_cap": _t("Toxin dose above the 3-month maximum"),
        "toxin_units_missing": _t("Toxin units not recorded"),
        "toxin_other_product": _t("Another toxin product given recently"),
        "toxin_lot": _t("Toxin lot not usable"),
        "toxin_vial_units": _t("More units drawn than the vials hold"),
        "toxin_lot_stock": _t("More vials than the lot has in stock"),
        "toxin_point_ceiling": _t("Injection point above the clinic's maximum"),
        "isotretinoin": _t("Isotretinoin"),
        "herpes_simplex": _t("Herpes simplex (cold sores)"),
        "keloid_tendency": _t("Tendency to form keloids"),
        "skin_type_missing": _t("Fitzpatrick skin type not recorded"),
        "skin_type_pih": _t("Risk of pigment change (skin type IV–VI)"),
        "sun_exposure": _t("Recent sunburn or tan"),
        "photosensitising_drugs": _t("Photosensitising medicine"),
        "topical_retinoids": _t("Topical retinoids"),
        "interval": _t("Repeat treatment too soon"),
        "no_decision": _t("Rule not yet defined for this treatment"),
        "rule_failed": _t("Safety check could not run"),
    }


def explanations() -> dict[str, str]:
    """Explanations of the findings that do not rest on one history answer."""
    return {
        "treatment_missing": _t(
            "No treatment is chosen for this session, so no safety rule could be checked. "
            "Choose at least one treatment."
        ),
        "peel_depth_missing": _t(
            "Choose superficial, medium or deep: the isotretinoin, herpes, keloid and interval "
            "checks differ by depth, and until then the deepest peel is assumed."
        ),
        "laser_type_missing": _t(
            "Record whether the laser is nonablative, fractional ablative or fully ablative: "
            "the isotretinoin and herpes checks depend on it."
        ),
        "consent": _t(
            "The patient's written consent to {treatment} is {consent}. Record a signed consent "
            "for this treatment before treating."
        ),
        "history_review_never": _t(
            "The medical history has never been reviewed with the patient. Your clinic asks for "
            "a review every {review_period_days} days, because every other check rests on these "
            "answers. Review it with the patient, or record why you proceed."
        ),
        "history_review": _t(
            "The medical history was last reviewed on {history_reviewed_on}. Your clinic asks for "
            "a review every {review_period_days} days, because every other check rests on these "
            "answers. Review it with the patient, or record why you proceed."
        ),
        "toxin_interval": _t(
            "Botulinum toxin was also injected on {other_toxin_session}, {days_apart} days from "
            "this session. The label advises at least {interval_days} days between treatments."
        ),
        "toxin_cap": _t(
            "This session brings the {product} given in {window_days} days to {total_units} U "
            "({units_in_window_before} U before and {planned_units} U planned). The label's "
            "cumulative maximum is {cap_units} U; proceed only with the prescriber's reason."
        ),
        "toxin_units_missing": _t(
            "The planned units are not recorded, so the {cap_units} U maximum in {window_days} "
            "days was checked only against earlier doses ({units_in_window_before} U). Record "
            "the units."
        ),
        "toxin_other_product": _t(
            "Other toxin products ({other_products}) were given in the last {window_days} days. "
            "Units of different brands cannot be added, so the maximum-dose check leaves them "
            "out: judge the combined dose clinically."
        ),
        "toxin_lot": _t(
            "A toxin entry has no usable lot (lot {lot}): it is missing, expired on the session "
            "day, archived, another product's, or out of stock. Choose the vial's lot."
        ),
        "toxin_vial_units": _t(
            "From lot {lot}, {units_drawn} U are drawn (given and wasted) from {vials_opened} "
            "vial(s) that hold {units_in_vials_opened} U. A vial cannot give more than it holds: "
            "correct the units or the vials opened."
        ),
        "toxin_lot_stock": _t(
            "Lot {lot} has {vials_in_stock} vial(s) in stock, but this session opens "
            "{vials_opened}. Correct the vials, or record the delivery in Products first."
        ),
        "toxin_point_ceiling": _t(
            "One or more injection points are above your clinic's maximum of "
            "{ceiling_units_per_point} U per point (highest {highest_point_units} U). Record "
            "why, or spread the dose."
        ),
        "skin_type_missing": _t(
            "The Fitzpatrick skin type is needed before any {treatment}: darker skin types risk "
            "post-inflammatory hyperpigmentation. Record it in an assessment first."
        ),
        "skin_type_pih": _t(
            "Skin type {fitzpatrick} carries a higher risk of post-inflammatory "
            "hyperpigmentation (and keloid) after {treatment}. Do a test spot first; consider "
            "priming (for example hydroquinone for 2 weeks) and strict sunscreen afterwards."
        ),
        "interval": _t(
            "Another {treatment} was done on {other_session}, {days_apart} days from this "
            "session. Your clinic's interval is {interval_days} days, so the skin heals in "
            "between."
        ),
        "no_decision": _t(
            "ScarDesk has no decision for this check with {treatment}, so it cannot judge it. "
            "Review this point yourself and record why it is safe to proceed."
        ),
        "rule_failed": _t(
            "One of the safety checks could not be completed, so the session cannot be cleared. "
            "Check the recorded facts; if they are correct, report this to support."
        ),
    }


def fact_phrase(fact: HistoryFact) -> str:
    """The history fact as the end of "the patient …"."""
    return {
        HistoryFact.PREGNANT: _t("is pregnant"),
        HistoryFact.BREASTFEEDING: _t("is breastfeeding"),
        HistoryFact.NEUROMUSCULAR_DISORDER: _t("has a neuromuscular-junction disorder"),
        HistoryFact.HERPES_SIMPLEX: _t("has had herpes simplex (cold sores)"),
        HistoryFact.KELOID_TENDENCY: _t("tends to form keloid scars"),
        HistoryFact.BLEEDING_DISORDER: _t("has a bleeding disorder"),
        HistoryFact.ANTICOAGULANTS: _t("takes anticoagulant or antiplatelet medicine"),
        HistoryFact.ACTIVE_INFECTION: _t("has an infection or open wound at the treatment site"),
        HistoryFact.ISOTRETINOIN: _t("takes or has taken oral isotretinoin"),
        HistoryFact.AMINOGLYCOSIDES: _t("takes aminoglycoside antibiotics"),
        HistoryFact.MUSCLE_RELAXANTS: _t("takes muscle relaxants"),
        HistoryFact.PHOTOSENSITISING_DRUGS: _t("takes photosensitising medicine"),
        HistoryFact.TOPICAL_RETINOIDS: _t("uses topical retinoids"),
        HistoryFact.RECENT_TOXIN_OR_FILLER: _t("had botulinum toxin or filler elsewhere recently"),
        HistoryFact.RECENT_SUN_EXPOSURE: _t("has recent sunburn or a tan"),
        HistoryFact.ALLERGY_TOXIN: _t("is allergic to a botulinum toxin product"),
        HistoryFact.ALLERGY_ALBUMIN: _t("is allergic to albumin"),
        HistoryFact.ALLERGY_LOCAL_ANAESTHETIC: _t("is allergic to local anaesthetics"),
        HistoryFact.OTHER_ALLERGIES: _t("has other allergies"),
    }[fact]


def fact_names() -> dict[HistoryFact, str]:
    """A history fact as a value in the facts list."""
    return {
        HistoryFact.PREGNANT: _t("Pregnancy"),
        HistoryFact.BREASTFEEDING: _t("Breastfeeding"),
        HistoryFact.NEUROMUSCULAR_DISORDER: _t("Neuromuscular disorder"),
        HistoryFact.HERPES_SIMPLEX: _t("Herpes simplex"),
        HistoryFact.KELOID_TENDENCY: _t("Keloid tendency"),
        HistoryFact.BLEEDING_DISORDER: _t("Bleeding disorder"),
        HistoryFact.ANTICOAGULANTS: _t("Anticoagulants"),
        HistoryFact.ACTIVE_INFECTION: _t("Infection at the site"),
        HistoryFact.ISOTRETINOIN: _t("Isotretinoin"),
        HistoryFact.AMINOGLYCOSIDES: _t("Aminoglycosides"),
        HistoryFact.MUSCLE_RELAXANTS: _t("Muscle relaxants"),
        HistoryFact.PHOTOSENSITISING_DRUGS: _t("Photosensitising medicine"),
        HistoryFact.TOPICAL_RETINOIDS: _t("Topical retinoids"),
        HistoryFact.RECENT_TOXIN_OR_FILLER: _t("Toxin or filler elsewhere"),
        HistoryFact.RECENT_SUN_EXPOSURE: _t("Recent sun exposure"),
        HistoryFact.ALLERGY_TOXIN: _t("Toxin allergy"),
        HistoryFact.ALLERGY_ALBUMIN: _t("Albumin allergy"),
        HistoryFact.ALLERGY_LOCAL_ANAESTHETIC: _t("Local anaesthetic allergy"),
        HistoryFact.OTHER_ALLERGIES: _t("Other allergies"),
    }


def fact_labels() -> dict[str, str]:
    """A fact's key as a label in the facts list."""
    return {
        "history_fact": _t("History question"),
        "answer": _t("Answer"),
        "fact_date": _t("Date given"),
        "recorded_on": _t("Answer recorded on"),
        "modality": _t("Treatment"),
        "modalities": _t("Treatments"),
        "consent": _t("Consent"),
        "history_reviewed_on": _t("History last reviewed"),
        "days_since_review": _t("Days since review"),
        "review_period_days": _t("Review every (days)"),
        "window_months": _t("Wait after last dose (months)"),
        "earliest_date": _t("Earliest date"),
        "other_toxin_session": _t("Other toxin session"),
        "other_session": _t("Other session"),
        "days_apart": _t("Days apart"),
        "interval_days": _t("Interval (days)"),
        "units_in_window_before": _t("Units given before (U)"),
        "window_days": _t("Window (days)"),
        "cap_units": _t("Maximum (U)"),
        "product": _t("Product"),
        "other_products": _t("Other products"),
        "planned_units": _t("Planned (U)"),
        "total_units": _t("Total (U)"),
        "fitzpatrick": _t("Fitzpatrick type"),
        "peel_depth": _t("Peel depth"),
        "laser_ablative": _t("Ablative"),
        "laser_fully_ablative": _t("Fully ablative"),
        "toxin_entry": _t("Toxin entry"),
        "lot": _t("Lot"),
        "expiry_date": _t("Expiry"),
        "session_day": _t("Session day"),
        "vials_in_stock": _t("Vials in stock"),
        "archived": _t("Archived"),
        "toxin_entries": _t("Toxin entries"),
        "vials_opened": _t("Vials opened"),
        "units_per_vial": _t("Units per vial"),
        "units_in_vials_opened": _t("Units in the vials opened"),
        "units_given": _t("Units given"),
        "units_wasted": _t("Units wasted"),
        "units_drawn": _t("Units drawn"),
        "units_in_stock": _t("Units in stock"),
        "ceiling_units_per_point": _t("Clinic maximum per point (U)"),
        "points_over_ceiling": _t("Points above it"),
        "highest_point_units": _t("Highest point (U)"),
    }


def sources() -> dict[str, str]:
    """Reference keys of the clinical reference → the citation a clinician recognises."""
    return {
        "BT": _t("Product label: Botox Cosmetic (onabotulinumtoxinA) prescribing information"),
        "IS": _t(
            "Guideline: ASDS consensus on isotretinoin and procedures (Waldman et al., "
            "Dermatol Surg 2017)"
        ),
        "FZ": _t("Guideline: StatPearls, laser treatment by Fitzpatrick skin type"),
        "PD": _t("Oman Personal Data Protection Law (Royal Decree 6/2022): written consent"),
        "MN": _t("Microneedling device manufacturer's instructions and clinic protocol"),
        "LS": _t("Fractional laser manufacturer's instructions and clinic protocol"),
        "CP": _t("Chemical peel manufacturer's instructions and clinic protocol"),
        "SU": _t("Orentreich & Orentreich, subcision (Dermatol Surg 1995)"),
        "TC": _t("Lee et al., TCA CROSS method (Dermatol Surg 2002)"),
    }
