"""Builders for the safety-rule tests: a clear patient, a fully described plan, lookups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    Fitzpatrick,
    HistoryFact,
    Modality,
    PeelDepth,
)
from scardesk.domain.safety import (
    Finding,
    GateParameters,
    HistoryAnswer,
    Level,
    PatientFacts,
    PlannedTreatment,
    PreviousSession,
    evaluate,
)

ON = date(2025, 6, 1)
DEFAULTS = GateParameters()
TOXIN, NEEDLING = Modality.TOXIN, Modality.MICRONEEDLING
LASER, PEEL = Modality.FRACTIONAL_LASER, Modality.CHEMICAL_PEEL
SU, TC = Modality.SUBCISION, Modality.TCA_CROSS
TREATMENT_PURPOSES = frozenset(p for p in ConsentPurpose if p.value.startswith("treatment_"))
CLEAR = PatientFacts(
    history={fact: HistoryAnswer(Answer.NO, None, ON - timedelta(days=10)) for fact in HistoryFact},
    fitzpatrick=Fitzpatrick.III,
    consents=TREATMENT_PURPOSES,
    history_reviewed_on=ON - timedelta(days=10),
)


def plan(*modalities: Modality, **details: object) -> PlannedTreatment:
    """A fully described plan: nonablative laser, superficial peel, 20 U of one product."""
    base = PlannedTreatment(
        modalities=frozenset(modalities),
        laser_ablative=False,
        laser_fully_ablative=False,
        peel_depth=PeelDepth.SUPERFICIAL,
        toxin_units=20,
        toxin_product="Botox",
    )
    return replace(base, **details)  # type: ignore[arg-type]


def answered(fact: HistoryFact, answer: Answer, fact_date: date | None = None) -> PatientFacts:
    history = {**CLEAR.history, fact: HistoryAnswer(answer, fact_date, ON - timedelta(days=10))}
    return replace(CLEAR, history=history)


def without(fact: HistoryFact) -> PatientFacts:
    return replace(CLEAR, history={k: v for k, v in CLEAR.history.items() if k is not fact})


def sessions(*items: PreviousSession) -> PatientFacts:
    return replace(CLEAR, previous_sessions=items)


def found(
    planned: PlannedTreatment,
    facts: PatientFacts = CLEAR,
    params: GateParameters = DEFAULTS,
    on: date = ON,
) -> dict[str, Level]:
    result = evaluate(planned, facts, params, on)
    return {item.rule_code: item.level for item in result.findings}


def finding(code: str, planned: PlannedTreatment, facts: PatientFacts = CLEAR) -> Finding:
    matches = [f for f in evaluate(planned, facts, DEFAULTS, ON).findings if f.rule_code == code]
    assert len(matches) == 1, matches
    return matches[0]
