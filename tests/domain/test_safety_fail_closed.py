"""A safety rule that has no decision for a modality raises a review finding, never a pass."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from scardesk.domain.enums import Answer, HistoryFact, Modality
from scardesk.domain.modalities import SAFETY_RULES, SPECS, ModalitySpec, RuleContext
from scardesk.domain.safety import (
    GateParameters,
    Level,
    PatientFacts,
    PlannedTreatment,
    evaluate,
)
from scardesk.domain.safety._support import decisions, history_rule
from scardesk.domain.safety.findings import Finding
from scardesk.domain.safety.rules import Rule
from tests.domain.safety_helpers import CLEAR, DEFAULTS, ON, PEEL, TOXIN, answered, plan


def _specs_without(modality: Modality, rule: str) -> dict[Modality, ModalitySpec]:
    """Every spec as shipped, but ``modality`` has lost its decision for ``rule``."""
    spec = SPECS[modality]
    safety = {key: decide for key, decide in spec.safety.items() if key != rule}
    return {**SPECS, modality: replace(spec, safety=safety)}


def _pregnancy_with(specs: dict[Modality, ModalitySpec]) -> Rule:
    """The pregnancy rule as the gate runs it, reading the given specs."""

    def pregnancy(
        planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
    ) -> list[Finding]:
        levels = decisions("pregnancy", RuleContext(planned, facts, params, on), specs)
        return history_rule("pregnancy", HistoryFact.PREGNANT, facts, levels, planned)

    return pregnancy


@pytest.mark.parametrize("answer", [Answer.NO, Answer.YES, Answer.UNKNOWN])
def test_a_rule_missing_one_modality_asks_for_a_review_whatever_the_answer(
    answer: Answer,
) -> None:
    rule = _pregnancy_with(_specs_without(PEEL, "pregnancy"))
    facts = answered(HistoryFact.PREGNANT, answer)
    result = evaluate(plan(PEEL, TOXIN), facts, DEFAULTS, ON, rules=[rule])
    review = [f for f in result.findings if f.rule_code == "pregnancy.no_decision.chemical_peel"]
    assert len(review) == 1
    assert review[0].level is Level.NEEDS_OVERRIDE
    assert "'pregnancy' has no decision for chemical peel" in review[0].message
    assert review[0].facts == {
        "rule": "pregnancy",
        "modality": "chemical_peel",
        "decision": "missing",
    }
    assert not result.can_proceed()
    assert result.can_proceed([f.rule_code for f in result.needs_override]) is (
        answer is not Answer.YES  # toxin in pregnancy still blocks, as before
    )


def test_a_modality_with_no_spec_at_all_is_not_passed_either() -> None:
    specs = {m: s for m, s in SPECS.items() if m is not PEEL}
    result = evaluate(plan(PEEL), CLEAR, DEFAULTS, ON, rules=[_pregnancy_with(specs)])
    assert [f.rule_code for f in result.findings] == ["pregnancy.no_decision.chemical_peel"]


def test_the_shipped_specs_raise_no_review_findings() -> None:
    every = plan(*Modality)
    result = evaluate(every, CLEAR, DEFAULTS, ON)
    assert not [f for f in result.findings if ".no_decision." in f.rule_code]


@pytest.mark.parametrize("rule", SAFETY_RULES)
def test_every_rule_key_is_read_by_the_gate(rule: str) -> None:
    """Dropping any one decision from one spec shows up in the gate's findings."""
    levels = decisions(
        rule, RuleContext(plan(TOXIN), CLEAR, DEFAULTS, ON), _specs_without(TOXIN, rule)
    )
    assert TOXIN not in levels
    found = history_rule(rule, HistoryFact.ACTIVE_INFECTION, CLEAR, levels, plan(TOXIN))
    assert [f.rule_code for f in found] == [f"{rule}.no_decision.toxin"]
