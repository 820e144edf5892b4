"""The safety rules: one small function per rule, each ``(planned, facts, params, on) -> findings``.

This module holds the rules that apply across modalities and the botulinum-toxin rules; the
skin rules (laser, peel, microneedling) live in :mod:`scardesk.domain.safety.rules_skin`, the
toxin vial, lot and per-point rules in :mod:`scardesk.domain.safety.rules_dose`.
:data:`RULES` lists every rule in the order the gate runs them. The table of rules, levels and
sources is in the package docstring (:mod:`scardesk.domain.safety`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scardesk.domain.enums import ConsentPurpose, HistoryFact, Modality
from scardesk.domain.intervals import days_between, interval_days, toxin_units_in_window
from scardesk.domain.safety import rules_dose, rules_skin
from scardesk.domain.safety._support import (
    MODALITY_NAMES,
    SRC_CLINIC,
    SRC_CONSENT,
    SRC_MODALITY,
    SRC_TOXIN,
    history_rule,
)
from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment
from scardesk.domain.safety.findings import Finding, Level

Rule = Callable[[PlannedTreatment, PatientFacts, GateParameters, date], list[Finding]]

TREATMENT_CONSENT = {
    Modality.TOXIN: ConsentPurpose.TREATMENT_TOXIN,
    Modality.MICRONEEDLING: ConsentPurpose.TREATMENT_MICRONEEDLING,
    Modality.FRACTIONAL_LASER: ConsentPurpose.TREATMENT_FRACTIONAL_LASER,
    Modality.CHEMICAL_PEEL: ConsentPurpose.TREATMENT_CHEMICAL_PEEL,
}


def treatment_details(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """Details several rules depend on must be recorded; until then they assume the worst."""
    found: list[Finding] = []
    if not planned.modalities:
        found.append(
            Finding(
                "treatment_missing",
                Level.BLOCK,
                "No treatment is chosen for this session, so no safety rule could be checked. "
                "Choose at least one modality.",
                {"modalities": "none"},
                SRC_CLINIC,
            )
        )
    if Modality.CHEMICAL_PEEL in planned.modalities and planned.peel_depth is None:
        found.append(
            Finding(
                "peel_depth_missing",
                Level.BLOCK,
                "The peel depth is not recorded. Choose superficial, medium or deep: the "
                "isotretinoin, herpes, keloid and interval rules differ by depth, and until it is "
                "known they are checked as for a deep peel.",
                {"modality": Modality.CHEMICAL_PEEL.value, "peel_depth": "not recorded"},
                SRC_MODALITY[Modality.CHEMICAL_PEEL],
            )
        )
    laser_unknown = planned.laser_is_ablative is None or (
        planned.laser_is_ablative and planned.laser_fully_ablative is None
    )
    if Modality.FRACTIONAL_LASER in planned.modalities and laser_unknown:
        found.append(
            Finding(
                "laser_type_missing",
                Level.BLOCK,
                "The laser is not recorded as nonablative, fractional ablative or fully "
                "ablative. Record it: the isotretinoin and herpes rules depend on it, and until "
                "it is known they are checked as for a fully ablative laser.",
                {
                    "modality": Modality.FRACTIONAL_LASER.value,
                    "laser_ablative": str(planned.laser_ablative),
                    "laser_fully_ablative": str(planned.laser_fully_ablative),
                },
                SRC_MODALITY[Modality.FRACTIONAL_LASER],
            )
        )
    return found


def consent(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: no treatment without the patient's valid written consent for that treatment."""
    found: list[Finding] = []
    for modality in sorted(planned.modalities):
        purpose = TREATMENT_CONSENT[modality]
        if purpose in facts.consents:
            continue
        withdrawn = purpose in facts.withdrawn_consents
        state = "was withdrawn" if withdrawn else "has not been recorded"
        found.append(
            Finding(
                f"consent.{modality.value}",
                Level.BLOCK,
                f"The patient's consent to {MODALITY_NAMES[modality]} {state}. Treatment needs "
                "a valid written consent for this treatment; record a new signed consent first.",
                {
                    "modality": modality.value,
                    "consent_purpose": purpose.value,
                    "consent": "withdrawn" if withdrawn else "missing",
                },
                SRC_CONSENT,
            )
        )
    return found


def history_review(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """NEEDS_OVERRIDE: every rule reads the medical history, so it must be recent."""
    if not planned.modalities:
        return []
    limit = params.history_review_days
    reviewed = facts.history_reviewed_on
    if reviewed is None:
        message = (
            "The medical history has never been reviewed, so every history-based check rests "
            "on unconfirmed answers. Review it with the patient "
            f"(the clinic asks every {limit} days)."
        )
        detail = {"history_reviewed_on": "never", "review_period_days": str(limit)}
    else:
        age = days_between(reviewed, on)
        if age <= limit:
            return []
        message = (
            f"The medical history was last reviewed on {reviewed.isoformat()}, {age} days before "
            f"this session; the clinic asks for a review every {limit} days because medicines, "
            "pregnancy and conditions change. Review it with the patient."
        )
        detail = {
            "history_reviewed_on": reviewed.isoformat(),
            "days_since_review": str(age),
            "review_period_days": str(limit),
        }
    return [Finding("history_review", Level.NEEDS_OVERRIDE, message, detail, SRC_CLINIC)]


def active_infection(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK for every modality: treating through infected or broken skin spreads infection."""
    what = "treatment through infected or broken skin is contraindicated; treat after it heals."
    levels = {modality: (Level.BLOCK, what) for modality in Modality}
    return history_rule("active_infection", HistoryFact.ACTIVE_INFECTION, facts, levels, planned)


def _pregnancy_levels() -> dict[Modality, tuple[Level, str]]:
    return {
        Modality.TOXIN: (
            Level.BLOCK,
            "botulinum toxin is not given in pregnancy or while breastfeeding (the labels "
            "give no safety data; the clinic does not treat by default).",
        ),
        Modality.MICRONEEDLING: (
            Level.BLOCK,
            "microneedling is contraindicated in pregnancy and breastfeeding.",
        ),
        Modality.FRACTIONAL_LASER: (
            Level.NEEDS_OVERRIDE,
            "laser treatment in pregnancy or breastfeeding is deferred by clinic policy; "
            "proceed only with a reason.",
        ),
        Modality.CHEMICAL_PEEL: (
            Level.NEEDS_OVERRIDE,
            "chemical peels are avoided in pregnancy and breastfeeding; "
            "proceed only with a reason.",
        ),
    }


def pregnancy(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    return history_rule("pregnancy", HistoryFact.PREGNANT, facts, _pregnancy_levels(), planned)


def breastfeeding(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    levels = _pregnancy_levels()
    return history_rule("breastfeeding", HistoryFact.BREASTFEEDING, facts, levels, planned)


def neuromuscular_disorder(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """NEEDS_OVERRIDE: the label reports serious systemic effects; the prescriber decides."""
    what = (
        "in myasthenia gravis, Lambert-Eaton syndrome or ALS botulinum toxin can cause serious "
        "systemic effects (swallowing and breathing problems). Stop unless the prescriber "
        "overrides with a reason."
    )
    levels = {Modality.TOXIN: (Level.NEEDS_OVERRIDE, what)}
    return history_rule("neuromuscular", HistoryFact.NEUROMUSCULAR_DISORDER, facts, levels, planned)


def toxin_allergy(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: hypersensitivity to a toxin product or excipient is a label contraindication."""
    what = "botulinum toxin is contraindicated (hypersensitivity to the product or its excipients)."
    levels = {Modality.TOXIN: (Level.BLOCK, what)}
    return history_rule(
        "allergy_toxin", HistoryFact.ALLERGY_TOXIN, facts, levels, planned
    ) + history_rule("allergy_albumin", HistoryFact.ALLERGY_ALBUMIN, facts, levels, planned)


def toxin_interactions(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN: drugs that block neuromuscular transmission, or more toxin, add to the effect."""
    checks = {
        HistoryFact.AMINOGLYCOSIDES: "they can strengthen the toxin's effect; check the dose.",
        HistoryFact.MUSCLE_RELAXANTS: "they can strengthen the toxin's effect; check the dose.",
        HistoryFact.RECENT_TOXIN_OR_FILLER: (
            "toxin given elsewhere within months adds to this dose and may spread weakness; "
            "check what, where and when."
        ),
    }
    found: list[Finding] = []
    for fact, what in checks.items():
        levels = {Modality.TOXIN: (Level.WARN, what)}
        found += history_rule(fact.value, fact, facts, levels, planned)
    return found


def bleeding_risk(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN: needles and lasers bruise and bleed more; peels are not affected."""
    what = "bruising and bleeding are more likely; use caution and tell the patient."
    levels = {
        modality: (Level.WARN, what)
        for modality in (Modality.TOXIN, Modality.MICRONEEDLING, Modality.FRACTIONAL_LASER)
    }
    return history_rule(
        "anticoagulants", HistoryFact.ANTICOAGULANTS, facts, levels, planned
    ) + history_rule("bleeding_disorder", HistoryFact.BLEEDING_DISORDER, facts, levels, planned)


def toxin_interval(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN: retreatment sooner than the interval (default 12 weeks) after any toxin session."""
    if Modality.TOXIN not in planned.modalities:
        return []
    limit = interval_days(Modality.TOXIN, params.interval_settings())
    nearby = [
        item
        for item in facts.previous_sessions
        if item.modality is Modality.TOXIN and abs(days_between(item.on, on)) < limit
    ]
    if not nearby:
        return []
    closest = min(nearby, key=lambda item: (abs(days_between(item.on, on)), item.on))
    gap = abs(days_between(closest.on, on))
    return [
        Finding(
            "toxin_interval",
            Level.WARN,
            f"Botulinum toxin was also injected on {closest.on.isoformat()}, {gap} days from "
            f"this session; the label advises at least {limit} days (12 weeks by default) "
            "between treatments. Check the plan before injecting again.",
            {
                "modality": Modality.TOXIN.value,
                "other_toxin_session": closest.on.isoformat(),
                "days_apart": str(gap),
                "interval_days": str(limit),
            },
            SRC_TOXIN,
        )
    ]


def toxin_cap(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """NEEDS_OVERRIDE above the cumulative cap in the window, counting this session's units.

    Only doses of the same product (or of an unrecorded product, to be safe) are added,
    because units of different brands cannot be compared.
    """
    if Modality.TOXIN not in planned.modalities:
        return []
    product = planned.toxin_product
    doses = [
        (item.on, item.toxin_units or 0)
        for item in facts.previous_sessions
        if item.modality is Modality.TOXIN
        and (product is None or item.toxin_product is None or item.toxin_product == product)
    ]
    window, cap = params.toxin_cap_window_days, params.toxin_cap_units
    earlier = toxin_units_in_window(doses, on, window)
    detail = {
        "modality": Modality.TOXIN.value,
        "units_in_window_before": str(earlier),
        "window_days": str(window),
        "cap_units": str(cap),
        "product": product or "not recorded",
    }
    found: list[Finding] = []
    if planned.toxin_units is None:
        found.append(
            Finding(
                "toxin_units_missing",
                Level.WARN,
                f"The planned toxin units are not recorded, so the {cap} U cap in {window} days "
                f"could only be checked against earlier doses ({earlier} U). Record the units.",
                detail,
                SRC_TOXIN,
            )
        )
    others = sorted(
        {
            item.toxin_product
            for item in facts.previous_sessions
            if item.modality is Modality.TOXIN
            and item.toxin_product not in (None, product)
            and 0 <= days_between(item.on, on) < window
        }
        if product is not None
        else set()
    )
    if others:
        found.append(
            Finding(
                "toxin_other_product",
                Level.WARN,
                f"Other toxin products ({', '.join(map(str, others))}) were given in the last "
                f"{window} days. Their units cannot be added to {product} units, so the cap "
                "check does not include them: judge the combined dose clinically.",
                {**detail, "other_products": ", ".join(map(str, others))},
                SRC_TOXIN,
            )
        )
    total = earlier + (planned.toxin_units or 0)
    planned_text = "unrecorded" if planned.toxin_units is None else str(planned.toxin_units)
    over = total > cap or (planned.toxin_units is None and earlier >= cap)
    if over:
        detail = {**detail, "planned_units": planned_text, "total_units": str(total)}
        found.append(
            Finding(
                "toxin_cap",
                Level.NEEDS_OVERRIDE,
                f"This session would bring the toxin given in {window} days to {total} U "
                f"({earlier} U before + {planned_text} U planned); the label's cumulative "
                f"maximum is {cap} U. Proceed only with the prescriber's reason.",
                detail,
                SRC_TOXIN,
            )
        )
    return found


RULES: list[Rule] = [
    treatment_details,
    consent,
    history_review,
    active_infection,
    pregnancy,
    breastfeeding,
    neuromuscular_disorder,
    toxin_allergy,
    toxin_interactions,
    toxin_interval,
    toxin_cap,
    *rules_dose.DOSE_RULES,
    bleeding_risk,
    *rules_skin.SKIN_RULES,
]
