"""Properties of the whole gate over random facts, plans and parameters (Hypothesis)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    Fitzpatrick,
    HistoryFact,
    Modality,
    PeelDepth,
)
from scardesk.domain.errors import ValidationError
from scardesk.domain.modalities import SPECS
from scardesk.domain.safety import (
    GateParameters,
    HistoryAnswer,
    Level,
    PatientFacts,
    PlannedTreatment,
    PreviousSession,
    evaluate,
)
from scardesk.domain.safety.facts import GENERAL_SETTINGS

_RANGES = {key: (s.low, s.high) for key, s in GateParameters.CATALOGUE.items()}

FAST = settings(max_examples=100, deadline=None)
DATES = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
MAYBE_DATE = st.none() | DATES
TOXIN, NEEDLING = Modality.TOXIN, Modality.MICRONEEDLING
LASER, PEEL = Modality.FRACTIONAL_LASER, Modality.CHEMICAL_PEEL
SUBCISION, TCA = Modality.SUBCISION, Modality.TCA_CROSS
PRODUCTS = st.none() | st.sampled_from(["Botox", "Dysport", "Xeomin"])

answers = st.builds(HistoryAnswer, st.sampled_from(Answer), MAYBE_DATE, MAYBE_DATE)
histories = st.dictionaries(st.sampled_from(HistoryFact), answers)


@st.composite
def plans(draw: st.DrawFn) -> PlannedTreatment:
    ablative = draw(st.none() | st.booleans())
    fully = draw(st.none() | st.booleans())
    if fully and ablative is False:
        ablative = draw(st.none() | st.just(True))
    return PlannedTreatment(
        modalities=draw(st.frozensets(st.sampled_from(Modality))),
        laser_ablative=ablative,
        laser_fully_ablative=fully,
        peel_depth=draw(st.none() | st.sampled_from(PeelDepth)),
        toxin_units=draw(st.none() | st.integers(0, 600)),
        toxin_product=draw(PRODUCTS),
        antiviral_prophylaxis=draw(st.booleans()),
    )


previous = st.builds(
    PreviousSession,
    DATES,
    st.sampled_from(Modality),
    st.none() | st.integers(0, 500),
    PRODUCTS,
    st.none() | st.booleans(),
    st.none() | st.sampled_from(PeelDepth),
)
patients = st.builds(
    PatientFacts,
    histories,
    st.none() | st.sampled_from(Fitzpatrick),
    st.frozensets(st.sampled_from(ConsentPurpose)),
    st.frozensets(st.sampled_from(ConsentPurpose)),
    MAYBE_DATE,
    st.lists(previous, max_size=6).map(tuple),
)
parameters = st.builds(
    GateParameters,
    **{name: st.integers(low, high) for name, (low, high) in _RANGES.items()},
)


def _needed(planned: PlannedTreatment) -> set[tuple[Modality, HistoryFact]]:
    """The history facts each planned modality must have answered (clinical reference §5–§6)."""
    f = HistoryFact
    needs = {
        TOXIN: {f.PREGNANT, f.BREASTFEEDING, f.NEUROMUSCULAR_DISORDER, f.ALLERGY_TOXIN,
                f.ALLERGY_ALBUMIN, f.ACTIVE_INFECTION, f.AMINOGLYCOSIDES, f.MUSCLE_RELAXANTS,
                f.RECENT_TOXIN_OR_FILLER, f.ANTICOAGULANTS, f.BLEEDING_DISORDER},
        NEEDLING: {f.PREGNANT, f.BREASTFEEDING, f.ACTIVE_INFECTION, f.KELOID_TENDENCY,
                   f.RECENT_SUN_EXPOSURE, f.PHOTOSENSITISING_DRUGS, f.ANTICOAGULANTS,
                   f.BLEEDING_DISORDER, f.TOPICAL_RETINOIDS},
        LASER: {f.PREGNANT, f.BREASTFEEDING, f.ACTIVE_INFECTION, f.KELOID_TENDENCY,
                f.RECENT_SUN_EXPOSURE, f.PHOTOSENSITISING_DRUGS, f.ANTICOAGULANTS,
                f.BLEEDING_DISORDER, f.TOPICAL_RETINOIDS},
        PEEL: {f.PREGNANT, f.BREASTFEEDING, f.ACTIVE_INFECTION, f.KELOID_TENDENCY,
               f.RECENT_SUN_EXPOSURE, f.PHOTOSENSITISING_DRUGS, f.TOPICAL_RETINOIDS},
        SUBCISION: {f.PREGNANT, f.BREASTFEEDING, f.ACTIVE_INFECTION, f.KELOID_TENDENCY,
                    f.ALLERGY_LOCAL_ANAESTHETIC, f.ANTICOAGULANTS, f.BLEEDING_DISORDER,
                    f.ISOTRETINOIN},
        TCA: {f.PREGNANT, f.BREASTFEEDING, f.ACTIVE_INFECTION, f.KELOID_TENDENCY,
              f.ISOTRETINOIN, f.RECENT_SUN_EXPOSURE, f.PHOTOSENSITISING_DRUGS},
    }  # fmt: skip
    laser_ablative_or_unknown = planned.laser_ablative is not False or planned.laser_fully_ablative
    deeper_peel = planned.peel_depth is not PeelDepth.SUPERFICIAL
    if not planned.antiviral_prophylaxis:
        needs[NEEDLING].add(f.HERPES_SIMPLEX)
        if laser_ablative_or_unknown:
            needs[LASER].add(f.HERPES_SIMPLEX)
        if deeper_peel:
            needs[PEEL].add(f.HERPES_SIMPLEX)
        needs[SUBCISION].add(f.HERPES_SIMPLEX)
        needs[TCA].add(f.HERPES_SIMPLEX)
    if planned.laser_fully_ablative is not False:
        needs[LASER].add(f.ISOTRETINOIN)
    if deeper_peel:
        needs[PEEL].add(f.ISOTRETINOIN)
    return {(m, fact) for m in planned.modalities for fact in needs[m]}


@FAST
@given(plans(), patients, parameters, DATES)
def test_the_gate_never_crashes_and_no_rule_fails(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> None:
    result = evaluate(planned, facts, params, on)
    assert not [f for f in result.findings if f.rule_code.startswith("rule_failed")]
    for item in result.findings:
        assert item.message and item.source and item.facts
        assert all(isinstance(v, str) for v in item.facts.values())


@FAST
@given(plans(), patients, parameters, DATES)
def test_every_unanswered_needed_fact_yields_a_finding(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> None:
    result = evaluate(planned, facts, params, on)
    flagged = {(f.facts.get("modality"), f.facts.get("history_fact")) for f in result.findings}
    for modality, fact in _needed(planned):
        if facts.answer(fact).answer is Answer.UNKNOWN:
            assert (modality.value, fact.value) in flagged, (modality, fact)


@FAST
@given(plans(), patients, parameters, DATES)
def test_missing_plan_and_record_data_always_yields_a_finding(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> None:
    codes = {f.rule_code: f.level for f in evaluate(planned, facts, params, on).findings}
    mods = planned.modalities
    if not mods:
        assert codes["treatment_missing"] is Level.BLOCK
    if facts.history_reviewed_on is None and mods:
        assert codes["history_review"] is Level.NEEDS_OVERRIDE
    if PEEL in mods and planned.peel_depth is None:
        assert codes["peel_depth_missing"] is Level.BLOCK
    for modality in mods & {LASER, PEEL}:
        if facts.fitzpatrick is None:
            assert codes[f"skin_type_missing.{modality.value}"] is Level.BLOCK
    for modality in mods:
        if f"treatment_{modality.value}" not in {c.value for c in facts.consents}:
            assert codes[f"consent.{modality.value}"] is Level.BLOCK
    if TOXIN in mods and planned.toxin_units is None:
        assert codes["toxin_units_missing"] is Level.WARN


@FAST
@given(plans(), patients, parameters, DATES)
def test_overriding_every_needs_override_proceeds_exactly_when_nothing_blocks(
    planned: PlannedTreatment, facts: PatientFacts, params: GateParameters, on: date
) -> None:
    result = evaluate(planned, facts, params, on)
    everything = {f.rule_code for f in result.needs_override}
    assert result.can_proceed(everything) is (not result.blocked)
    assert result.can_proceed(set()) is (not result.blocked and not result.needs_override)
    if result.needs_override:
        assert not result.can_proceed(everything - {result.needs_override[0].rule_code})


@FAST
@given(plans(), patients, parameters, DATES, st.randoms(use_true_random=False))
def test_findings_are_deterministic_and_independent_of_input_order(
    planned: PlannedTreatment,
    facts: PatientFacts,
    params: GateParameters,
    on: date,
    shuffler: random.Random,
) -> None:
    first = evaluate(planned, facts, params, on)
    sessions = list(facts.previous_sessions)
    shuffler.shuffle(sessions)
    history = list(facts.history.items())
    shuffler.shuffle(history)
    shuffled = replace(facts, previous_sessions=tuple(sessions), history=dict(history))
    assert evaluate(planned, facts, params, on) == first
    assert evaluate(planned, shuffled, params, on) == first


@FAST
@given(parameters)
def test_parameters_round_trip_through_stored_json(params: GateParameters) -> None:
    stored = json.loads(json.dumps(params.to_mapping()))
    assert GateParameters.from_mapping(stored) == params


@FAST
@given(parameters, st.data())
def test_a_partial_mapping_keeps_the_defaults_for_the_rest(
    params: GateParameters, data: st.DataObject
) -> None:
    keys = data.draw(st.sets(st.sampled_from(sorted(_RANGES))))
    partial = {key: value for key, value in params.to_mapping().items() if key in keys}
    loaded = GateParameters.from_mapping(partial)
    for key, value in loaded.to_mapping().items():
        expected = partial.get(key, GateParameters().value(key))
        assert value == expected


def _invalid(name: str) -> st.SearchStrategy[object]:
    low, high = _RANGES[name]
    return st.one_of(
        st.integers(max_value=low - 1),
        st.integers(min_value=high + 1),
        st.booleans(),
        st.floats(allow_nan=True),
        st.text(max_size=5),
        st.none(),
        st.lists(st.integers(), max_size=2),
    )


@FAST
@given(st.data())
def test_invalid_parameter_values_raise_validation_error_naming_the_field(
    data: st.DataObject,
) -> None:
    name = data.draw(st.sampled_from(sorted(_RANGES)))
    value = data.draw(_invalid(name))
    with pytest.raises(ValidationError) as caught:
        GateParameters.from_mapping({name: value})
    assert set(caught.value.field_errors) == {name}
    assert "expected a whole number" in caught.value.field_errors[name]
    with pytest.raises(ValidationError) as direct:
        GateParameters(**{name: value})  # type: ignore[arg-type]
    assert name in direct.value.field_errors


@FAST
@given(st.text(min_size=1, max_size=30).filter(lambda key: key not in _RANGES))
def test_unknown_parameter_names_are_refused_by_name(key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        GateParameters.from_mapping({key: 5})
    assert key in caught.value.field_errors


def test_the_parameters_are_every_spec_setting_and_the_general_ones() -> None:
    declared = [s.key for spec in SPECS.values() for s in spec.settings]
    declared += [s.key for s in GENERAL_SETTINGS]
    assert list(GateParameters.CATALOGUE) == declared
    assert len(set(declared)) == len(declared)


def test_every_default_is_within_its_own_range() -> None:
    for setting in GateParameters.CATALOGUE.values():
        assert setting.problem(setting.default) is None, setting.key
