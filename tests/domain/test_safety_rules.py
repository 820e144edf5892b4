"""The general and botulinum-toxin safety rules, and isotretinoin, each at its boundaries.

Every test starts from a patient whose other facts are all clear, so a finding can only come
from the fact under test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact, Modality, PeelDepth
from scardesk.domain.errors import ValidationError
from scardesk.domain.safety import (
    GateParameters,
    HistoryAnswer,
    PatientFacts,
    PlannedTreatment,
    PreviousSession,
    evaluate,
)
from scardesk.domain.safety.findings import Level
from tests.domain.safety_helpers import (
    CLEAR,
    DEFAULTS,
    LASER,
    NEEDLING,
    ON,
    PEEL,
    SU,
    TC,
    TOXIN,
    TREATMENT_PURPOSES,
    answered,
    finding,
    found,
    plan,
    sessions,
    without,
)

# --- a clear patient passes -------------------------------------------------------------


@pytest.mark.parametrize("modality", list(Modality))
def test_clear_patient_with_full_details_has_no_findings(modality: Modality) -> None:
    assert found(plan(modality)) == {}


def test_clear_patient_with_every_modality_at_once_has_no_findings() -> None:
    assert found(plan(*Modality)) == {}


# --- plan details -----------------------------------------------------------------------


def test_a_session_without_any_modality_is_blocked() -> None:
    assert found(plan()) == {"treatment_missing": Level.BLOCK}


def test_peel_without_depth_blocks_and_is_checked_as_deep() -> None:
    codes = found(plan(PEEL, peel_depth=None), answered(HistoryFact.KELOID_TENDENCY, Answer.YES))
    assert codes["peel_depth_missing"] is Level.BLOCK
    assert codes["keloid_tendency.chemical_peel"] is Level.BLOCK


@pytest.mark.parametrize(("ablative", "fully"), [(None, None), (None, False), (True, None)])
def test_laser_of_unrecorded_type_is_blocked(ablative: bool | None, fully: bool | None) -> None:
    planned = plan(LASER, laser_ablative=ablative, laser_fully_ablative=fully)
    assert found(planned)["laser_type_missing"] is Level.BLOCK


def test_nonablative_laser_needs_no_fully_ablative_answer() -> None:
    assert found(plan(LASER, laser_ablative=False, laser_fully_ablative=None)) == {}


def test_fully_ablative_laser_marked_not_ablative_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        PlannedTreatment(frozenset({LASER}), laser_ablative=False, laser_fully_ablative=True)
    assert "laser_fully_ablative" in caught.value.field_errors


def test_negative_planned_units_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        plan(TOXIN, toxin_units=-1)
    assert "toxin_units" in caught.value.field_errors


# --- consent and history review ---------------------------------------------------------


@pytest.mark.parametrize("modality", list(Modality))
def test_missing_treatment_consent_blocks(modality: Modality) -> None:
    facts = replace(CLEAR, consents=frozenset({ConsentPurpose.CLINICAL_PHOTOS}))
    assert found(plan(modality)) == {}
    assert found(plan(modality), facts) == {f"consent.{modality.value}": Level.BLOCK}


def test_withdrawn_consent_blocks_and_says_withdrawn() -> None:
    facts = replace(
        CLEAR,
        consents=TREATMENT_PURPOSES - {ConsentPurpose.TREATMENT_TOXIN},
        withdrawn_consents=frozenset({ConsentPurpose.TREATMENT_TOXIN}),
    )
    item = finding("consent.toxin", plan(TOXIN), facts)
    assert item.level is Level.BLOCK
    assert "withdrawn" in item.message
    assert item.facts["consent"] == "withdrawn"


@pytest.mark.parametrize(("age", "flagged"), [(180, False), (181, True), (-5, False)])
def test_history_review_boundary(age: int, flagged: bool) -> None:
    facts = replace(CLEAR, history_reviewed_on=ON - timedelta(days=age))
    assert ("history_review" in found(plan(TOXIN), facts)) is flagged


def test_history_never_reviewed_needs_override() -> None:
    facts = replace(CLEAR, history_reviewed_on=None)
    assert found(plan(NEEDLING), facts) == {"history_review": Level.NEEDS_OVERRIDE}


def test_history_review_period_is_a_clinic_setting() -> None:
    facts = replace(CLEAR, history_reviewed_on=ON - timedelta(days=31))
    assert "history_review" in found(plan(TOXIN), facts, GateParameters(history_review_days=30))


# --- toxin interval and cap -------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_ago", "flagged"), [(0, True), (83, True), (84, False), (200, False)]
)
def test_toxin_interval_warns_below_84_days(days_ago: int, flagged: bool) -> None:
    facts = sessions(PreviousSession(ON - timedelta(days=days_ago), TOXIN, 10, "Botox"))
    codes = found(plan(TOXIN, toxin_units=10), facts)
    assert codes.get("toxin_interval") is (Level.WARN if flagged else None)


def test_toxin_interval_also_checks_a_later_recorded_session() -> None:
    facts = sessions(PreviousSession(ON + timedelta(days=30), TOXIN, 10, "Botox"))
    assert found(plan(TOXIN, toxin_units=10), facts)["toxin_interval"] is Level.WARN


@pytest.mark.parametrize(("days_ago", "flagged"), [(89, True), (90, False)])
def test_clinic_can_set_the_toxin_interval_to_90_days(days_ago: int, flagged: bool) -> None:
    facts = sessions(PreviousSession(ON - timedelta(days=days_ago), TOXIN, 10, "Botox"))
    params = GateParameters(toxin_retreatment_days=90)
    assert ("toxin_interval" in found(plan(TOXIN, toxin_units=10), facts, params)) is flagged


def test_toxin_interval_ignores_other_modalities() -> None:
    facts = sessions(PreviousSession(ON - timedelta(days=3), LASER))
    assert found(plan(TOXIN), facts) == {}


@pytest.mark.parametrize(("planned_units", "flagged"), [(100, False), (101, True)])
def test_toxin_cap_counts_planned_units_400_ok_401_not(planned_units: int, flagged: bool) -> None:
    facts = sessions(PreviousSession(ON - timedelta(days=89), TOXIN, 300, "Botox"))
    codes = found(plan(TOXIN, toxin_units=planned_units), facts)
    assert codes.get("toxin_cap") is (Level.NEEDS_OVERRIDE if flagged else None)


def test_a_dose_exactly_90_days_earlier_has_left_the_cap_window() -> None:
    facts = sessions(PreviousSession(ON - timedelta(days=90), TOXIN, 400, "Botox"))
    assert "toxin_cap" not in found(plan(TOXIN, toxin_units=400), facts)


def test_toxin_cap_alone_above_400_needs_override() -> None:
    item = finding("toxin_cap", plan(TOXIN, toxin_units=401))
    assert item.level is Level.NEEDS_OVERRIDE
    assert item.facts["total_units"] == "401"


def test_units_of_another_brand_are_not_added_but_are_warned_about() -> None:
    old = sessions(PreviousSession(ON - timedelta(days=100), TOXIN, 300, "Dysport"))
    assert found(plan(TOXIN, toxin_units=300), old) == {}
    recent = sessions(PreviousSession(ON - timedelta(days=85), TOXIN, 300, "Dysport"))
    codes = found(plan(TOXIN, toxin_units=300), recent)
    assert codes == {"toxin_other_product": Level.WARN}


def test_a_dose_of_unrecorded_product_counts_against_the_cap() -> None:
    facts = sessions(PreviousSession(ON - timedelta(days=85), TOXIN, 390, None))
    assert found(plan(TOXIN, toxin_units=20), facts)["toxin_cap"] is Level.NEEDS_OVERRIDE


def test_unrecorded_planned_units_warn_and_a_full_window_needs_override() -> None:
    assert found(plan(TOXIN, toxin_units=None)) == {"toxin_units_missing": Level.WARN}
    full = sessions(PreviousSession(ON - timedelta(days=85), TOXIN, 400, "Botox"))
    assert found(plan(TOXIN, toxin_units=None), full)["toxin_cap"] is Level.NEEDS_OVERRIDE


# --- history facts per modality ---------------------------------------------------------

LEVELS_WHEN_YES = [
    # SU subcision and TC TCA CROSS: the levels of clinical reference §6a's table.
    (HistoryFact.PREGNANT, {TOXIN: Level.BLOCK, NEEDLING: Level.BLOCK,
                            LASER: Level.NEEDS_OVERRIDE, PEEL: Level.NEEDS_OVERRIDE,
                            SU: Level.NEEDS_OVERRIDE, TC: Level.NEEDS_OVERRIDE}),
    (HistoryFact.BREASTFEEDING, {TOXIN: Level.BLOCK, NEEDLING: Level.BLOCK,
                                 LASER: Level.NEEDS_OVERRIDE, PEEL: Level.NEEDS_OVERRIDE,
                                 SU: Level.NEEDS_OVERRIDE, TC: Level.NEEDS_OVERRIDE}),
    (HistoryFact.NEUROMUSCULAR_DISORDER, {TOXIN: Level.NEEDS_OVERRIDE}),
    (HistoryFact.ALLERGY_TOXIN, {TOXIN: Level.BLOCK}),
    (HistoryFact.ALLERGY_ALBUMIN, {TOXIN: Level.BLOCK}),
    (HistoryFact.ALLERGY_LOCAL_ANAESTHETIC, {SU: Level.BLOCK}),
    (HistoryFact.AMINOGLYCOSIDES, {TOXIN: Level.WARN}),
    (HistoryFact.MUSCLE_RELAXANTS, {TOXIN: Level.WARN}),
    (HistoryFact.RECENT_TOXIN_OR_FILLER, {TOXIN: Level.WARN}),
    (HistoryFact.ACTIVE_INFECTION, dict.fromkeys(Modality, Level.BLOCK)),
    (HistoryFact.ANTICOAGULANTS, {TOXIN: Level.WARN, NEEDLING: Level.WARN, LASER: Level.WARN,
                                  SU: Level.NEEDS_OVERRIDE}),
    (HistoryFact.BLEEDING_DISORDER, {TOXIN: Level.WARN, NEEDLING: Level.WARN, LASER: Level.WARN,
                                     SU: Level.NEEDS_OVERRIDE}),
    (HistoryFact.KELOID_TENDENCY, {NEEDLING: Level.NEEDS_OVERRIDE, LASER: Level.WARN,
                                   PEEL: Level.WARN, SU: Level.WARN, TC: Level.WARN}),
    (HistoryFact.RECENT_SUN_EXPOSURE, {NEEDLING: Level.WARN, LASER: Level.NEEDS_OVERRIDE,
                                       PEEL: Level.NEEDS_OVERRIDE, TC: Level.WARN}),
    (HistoryFact.PHOTOSENSITISING_DRUGS, {NEEDLING: Level.WARN, LASER: Level.NEEDS_OVERRIDE,
                                          PEEL: Level.NEEDS_OVERRIDE, TC: Level.WARN}),
    (HistoryFact.TOPICAL_RETINOIDS, {NEEDLING: Level.WARN, LASER: Level.WARN, PEEL: Level.WARN}),
    (HistoryFact.HERPES_SIMPLEX, {NEEDLING: Level.WARN, SU: Level.WARN,
                                  TC: Level.NEEDS_OVERRIDE}),
    (HistoryFact.OTHER_ALLERGIES, {}),
]  # fmt: skip
CASES = [
    (fact, modality, levels.get(modality))
    for fact, levels in LEVELS_WHEN_YES
    for modality in Modality
]


def _code_for(fact: HistoryFact, modality: Modality) -> str:
    prefix = {
        HistoryFact.PREGNANT: "pregnancy",
        HistoryFact.NEUROMUSCULAR_DISORDER: "neuromuscular",
        HistoryFact.RECENT_SUN_EXPOSURE: "sun_exposure",
    }.get(fact, fact.value)
    return f"{prefix}.{modality.value}"


@pytest.mark.parametrize(("fact", "modality", "level"), CASES)
def test_yes_answer_gives_the_level_for_the_modality(
    fact: HistoryFact, modality: Modality, level: Level | None
) -> None:
    expected = {} if level is None else {_code_for(fact, modality): level}
    assert found(plan(modality), answered(fact, Answer.YES)) == expected


@pytest.mark.parametrize(("fact", "modality", "level"), CASES)
@pytest.mark.parametrize("how", ["unknown", "missing"])
def test_unknown_or_missing_answer_is_never_read_as_no(
    fact: HistoryFact, modality: Modality, level: Level | None, how: str
) -> None:
    facts = answered(fact, Answer.UNKNOWN) if how == "unknown" else without(fact)
    capped = Level.NEEDS_OVERRIDE if level is Level.BLOCK else level
    expected = {} if capped is None else {_code_for(fact, modality): capped}
    assert found(plan(modality), facts) == expected


def test_unknown_answer_message_asks_for_the_answer() -> None:
    item = finding("pregnancy.toxin", plan(TOXIN), without(HistoryFact.PREGNANT))
    assert "not recorded whether the patient is pregnant" in item.message
    assert item.facts["answer"] == "unknown"
    assert item.facts["recorded_on"] == "never"


def test_every_finding_names_its_rule_facts_and_source() -> None:
    everything = PatientFacts(history={f: HistoryAnswer(Answer.YES) for f in HistoryFact})
    planned = PlannedTreatment(frozenset(Modality))
    for item in evaluate(planned, everything, DEFAULTS, ON).findings:
        assert item.rule_code and item.message.endswith(".") and item.facts and item.source


# --- isotretinoin (ASDS 2017) -----------------------------------------------------------

FULLY = {"laser_ablative": True, "laser_fully_ablative": True}


@pytest.mark.parametrize(
    ("end", "flagged"),
    [(date(2024, 12, 2), True), (date(2024, 12, 1), False), (date(2025, 5, 1), True)],
)
def test_fully_ablative_laser_within_six_months_of_isotretinoin_blocks(
    end: date, flagged: bool
) -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.YES, end)
    codes = found(plan(LASER, **FULLY), facts)
    assert codes.get("isotretinoin.fractional_laser") is (Level.BLOCK if flagged else None)


def test_six_months_from_the_31st_ends_on_the_last_day_of_a_shorter_month() -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.YES, date(2024, 8, 31))
    planned = plan(LASER, **FULLY)
    assert "isotretinoin.fractional_laser" in found(planned, facts, on=date(2025, 2, 27))
    assert "isotretinoin.fractional_laser" not in found(planned, facts, on=date(2025, 2, 28))


def test_isotretinoin_still_being_taken_blocks_fully_ablative_laser() -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.YES, ON + timedelta(days=60))
    assert found(plan(LASER, **FULLY), facts)["isotretinoin.fractional_laser"] is Level.BLOCK


@pytest.mark.parametrize("depth", [PeelDepth.MEDIUM, PeelDepth.DEEP])
@pytest.mark.parametrize(
    ("end", "flagged"), [(date(2024, 12, 2), True), (date(2024, 12, 1), False)]
)
def test_medium_or_deep_peel_within_policy_window_needs_override(
    depth: PeelDepth, end: date, flagged: bool
) -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.YES, end)
    codes = found(plan(PEEL, peel_depth=depth), facts)
    assert codes.get("isotretinoin.chemical_peel") is (Level.NEEDS_OVERRIDE if flagged else None)


@pytest.mark.parametrize(
    "planned",
    [
        plan(NEEDLING),
        plan(PEEL, peel_depth=PeelDepth.SUPERFICIAL),
        plan(LASER, laser_ablative=False),
        plan(LASER, laser_ablative=True, laser_fully_ablative=False),
    ],
    ids=["microneedling", "superficial peel", "nonablative laser", "fractional ablative laser"],
)
@pytest.mark.parametrize("answer", list(Answer))
@pytest.mark.parametrize("end", [None, ON, ON - timedelta(days=1)])
def test_no_isotretinoin_delay_for_procedures_the_consensus_clears(
    planned: PlannedTreatment, answer: Answer, end: date | None
) -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, answer, end)
    assert not any(code.startswith("isotretinoin") for code in found(planned, facts))


@pytest.mark.parametrize(
    ("planned", "code"),
    [
        (plan(LASER, **FULLY), "isotretinoin.fractional_laser"),
        (plan(PEEL, peel_depth=PeelDepth.DEEP), "isotretinoin.chemical_peel"),
    ],
)
def test_isotretinoin_without_end_date_needs_override(planned: PlannedTreatment, code: str) -> None:
    item = finding(code, planned, answered(HistoryFact.ISOTRETINOIN, Answer.YES))
    assert item.level is Level.NEEDS_OVERRIDE
    assert "date of the last dose is not recorded" in item.message


def test_unknown_isotretinoin_use_before_fully_ablative_laser_needs_override() -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.UNKNOWN)
    codes = found(plan(LASER, **FULLY), facts)
    assert codes["isotretinoin.fractional_laser"] is Level.NEEDS_OVERRIDE


def test_laser_of_unrecorded_type_is_checked_as_fully_ablative_for_isotretinoin() -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.YES, ON - timedelta(days=30))
    planned = plan(LASER, laser_ablative=None, laser_fully_ablative=None)
    assert found(planned, facts)["isotretinoin.fractional_laser"] is Level.BLOCK


def test_clinic_can_set_the_peel_isotretinoin_window_to_zero() -> None:
    facts = answered(HistoryFact.ISOTRETINOIN, Answer.YES, ON - timedelta(days=1))
    params = GateParameters(isotretinoin_medium_deep_peel_months=0)
    assert found(plan(PEEL, peel_depth=PeelDepth.DEEP), facts, params) == {}
