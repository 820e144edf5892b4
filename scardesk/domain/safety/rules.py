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

from scardesk.domain.enums import HistoryFact, Modality
from scardesk.domain.intervals import days_between, interval_days, toxin_units_in_window
from scardesk.domain.modalities import RuleContext, spec_of
from scardesk.domain.safety import rules_dose, rules_skin
from scardesk.domain.safety._support import (
    MODALITY_NAMES,
    SRC_CLINIC,
    SRC_CONSENT,
    SRC_TOXIN,
    decisions,
    history_rule,
)
from scardesk.domain.safety.facts import GateParameters, PatientFacts, PlannedTreatment
from scardesk.domain.safety.findings import Finding, Level

Rule = Callable[[PlannedTreatment, PatientFacts, GateParameters, date], list[Finding]]


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
    for modality in sorted(planned.modalities):
        spec = spec_of(modality)
        missing = spec.missing_details(planned)
        if missing is not None:
            detail = dict(missing.facts)
            found.append(
                Finding(missing.rule_code, Level.BLOCK, missing.message, detail, spec.source)
            )
    return found


def consent(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: no treatment without the patient's valid written consent for that treatment."""
    found: list[Finding] = []
    for modality in sorted(planned.modalities):
        purpose = spec_of(modality).consent_purpose
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
    levels = decisions("active_infection", RuleContext(planned, facts, params, on))
    return history_rule("active_infection", HistoryFact.ACTIVE_INFECTION, facts, levels, planned)


def pregnancy(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    levels = decisions("pregnancy", RuleContext(planned, facts, params, on))
    return history_rule("pregnancy", HistoryFact.PREGNANT, facts, levels, planned)


def breastfeeding(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """The same decisions as pregnancy."""
    levels = decisions("pregnancy", RuleContext(planned, facts, params, on))
    fact = HistoryFact.BREASTFEEDING
    return history_rule("breastfeeding", fact, facts, levels, planned, rule="pregnancy")


def neuromuscular_disorder(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """NEEDS_OVERRIDE for toxin: the label reports serious systemic effects."""
    levels = decisions("neuromuscular", RuleContext(planned, facts, params, on))
    fact = HistoryFact.NEUROMUSCULAR_DISORDER
    return history_rule("neuromuscular", fact, facts, levels, planned)


def toxin_allergy(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK: hypersensitivity to a toxin product or excipient is a label contraindication."""
    levels = decisions("toxin_allergy", RuleContext(planned, facts, params, on))
    rule = "toxin_allergy"
    return history_rule(
        "allergy_toxin", HistoryFact.ALLERGY_TOXIN, facts, levels, planned, rule=rule
    ) + history_rule(
        "allergy_albumin", HistoryFact.ALLERGY_ALBUMIN, facts, levels, planned, rule=rule
    )


def local_anaesthetic_allergy(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """BLOCK for subcision (clinical reference §6a): its anaesthetic is injected."""
    levels = decisions("local_anaesthetic_allergy", RuleContext(planned, facts, params, on))
    fact = HistoryFact.ALLERGY_LOCAL_ANAESTHETIC
    rule = "local_anaesthetic_allergy"
    return history_rule("allergy_local_anaesthetic", fact, facts, levels, planned, rule=rule)


def toxin_interactions(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN: drugs that block neuromuscular transmission, or more toxin, add to the effect."""
    checks = (
        HistoryFact.AMINOGLYCOSIDES,
        HistoryFact.MUSCLE_RELAXANTS,
        HistoryFact.RECENT_TOXIN_OR_FILLER,
    )
    found: list[Finding] = []
    for fact in checks:
        context = RuleContext(planned, facts, params, on, fact=fact)
        levels = decisions("toxin_interactions", context)
        found += history_rule(fact.value, fact, facts, levels, planned, rule="toxin_interactions")
    return found


def bleeding_risk(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> list[Finding]:
    """WARN: needles and lasers bruise and bleed more; peels are not affected."""
    levels = decisions("bleeding", RuleContext(planned, facts, params, on))
    return history_rule(
        "anticoagulants", HistoryFact.ANTICOAGULANTS, facts, levels, planned, rule="bleeding"
    ) + history_rule(
        "bleeding_disorder", HistoryFact.BLEEDING_DISORDER, facts, levels, planned, rule="bleeding"
    )


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
    local_anaesthetic_allergy,
    toxin_interactions,
    toxin_interval,
    toxin_cap,
    *rules_dose.DOSE_RULES,
    bleeding_risk,
    *rules_skin.SKIN_RULES,
]
