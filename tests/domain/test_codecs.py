"""Every stored-document codec: what it writes reads back the same, every older version is
upgraded on read, and anything else is an ``UnreadableRecordError`` (never another exception)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.assessment import Suitability
from scardesk.domain.codecs import (
    decode_entry,
    decode_override_facts,
    decode_planned,
    decode_rule_parameters,
    decode_session,
    encode_areas,
    encode_override_facts,
    encode_parameters,
    encode_planned,
    encode_rule_parameters,
    encode_session,
)
from scardesk.domain.codecs.suitability import decode_suitability, encode_suitability
from scardesk.domain.enums import Modality, PeelDepth, Severity
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.safety.facts import GateParameters
from scardesk.domain.sessions import (
    AdverseEventInput,
    EnergyUnit,
    LaserInput,
    MicroneedlingInput,
    ModalityInput,
    PeelInput,
    PointInput,
    SessionInput,
    ToxinInput,
)

# --- strategies ------------------------------------------------------------------------------

numbers = st.one_of(
    st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False, width=64)
)
texts = st.text(max_size=30)
areas = st.lists(st.sampled_from(["forehead", "left_cheek", "chin", "nose"]), max_size=3).map(tuple)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=4))]),
)
points = st.builds(PointInput, numbers, numbers, numbers, st.none() | texts)
toxins = st.builds(
    ToxinInput,
    product_id=st.integers(1, 10**6),
    lot_id=st.integers(1, 10**6),
    vial_units=numbers,
    diluent_ml=numbers,
    reconstituted_at=moments,
    points=st.lists(points, max_size=4).map(tuple),
    total_units=numbers,
    waste_units=numbers,
    units_per_cm3=st.none() | numbers,
    areas=areas,
)
needlings = st.builds(
    MicroneedlingInput, texts, numbers, st.integers(0, 30), st.none() | texts, areas
)
lasers = st.builds(
    LaserInput,
    texts,
    numbers,
    st.booleans(),
    st.booleans(),
    numbers,
    st.sampled_from(EnergyUnit),
    numbers,
    st.integers(0, 30),
    numbers,
    areas,
)
peels = st.builds(
    PeelInput, texts, numbers, st.sampled_from(PeelDepth), st.integers(0, 10), numbers,
    st.booleans(), areas,
)  # fmt: skip
settings_only = st.one_of(needlings, lasers, peels)
modalities = st.one_of(toxins, settings_only)
events = st.builds(
    AdverseEventInput, texts, st.sampled_from(Severity), st.none() | texts, st.booleans()
)
sessions = st.builds(
    SessionInput,
    performed_at=moments,
    modalities=st.lists(modalities, max_size=3).map(tuple),
    adverse_events_none=st.none() | st.booleans(),
    adverse_events=st.lists(events, max_size=2).map(tuple),
    cleansing_done=st.booleans(),
    antiviral_prophylaxis=st.booleans(),
    anaesthetic_agent=st.none() | texts,
    anaesthetic_minutes=st.none() | st.integers(0, 180),
    post_notes=st.none() | texts,
    plan_id=st.none() | st.integers(1, 10**6),
    supervising_prescriber_id=st.none() | st.integers(1, 10**6),
)
verdicts = st.dictionaries(st.sampled_from(Modality), st.sampled_from(Suitability))
gate_parameters = st.fixed_dictionaries(
    {},
    optional={key: st.integers(s.low, s.high) for key, s in GateParameters.CATALOGUE.items()},
).map(lambda values: GateParameters(**values))
facts = st.dictionaries(texts, texts, max_size=4)
json_values = st.recursive(
    st.none() | st.booleans() | numbers | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)


def stored(document: Any) -> Any:
    """What a JSON column gives back: the document through the JSON text."""
    return json.loads(json.dumps(document))


def without_version(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "v"}


# --- round trips: encode -> decode is the identity --------------------------------------------


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(settings_only)
def test_modality_parameters_read_back(entry: ModalityInput) -> None:
    document = stored(encode_parameters(entry))
    assert document["v"] == 1
    decoded = decode_entry(entry.modality.value, stored(encode_areas(entry)), document)
    assert decoded.settings == entry and decoded.areas == entry.areas


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(toxins)
def test_a_toxin_entry_keeps_only_its_version_and_areas(entry: ToxinInput) -> None:
    decoded = decode_entry("toxin", stored(encode_areas(entry)), stored(encode_parameters(entry)))
    assert decoded.settings is None and decoded.areas == entry.areas
    assert decoded.modality is Modality.TOXIN


@settings(max_examples=60, deadline=None)
@given(sessions)
def test_session_document_reads_back(form: SessionInput) -> None:
    document = stored(encode_session(form))
    assert document["v"] == 1
    assert decode_session(document) == form


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(verdicts)
def test_suitability_reads_back(values: dict[Modality, Suitability]) -> None:
    assert decode_suitability(stored(encode_suitability(values))) == values


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(st.lists(st.sampled_from(Modality), max_size=4))
def test_planned_modalities_read_back(values: list[Modality]) -> None:
    assert decode_planned(stored(encode_planned(values))) == tuple(values)


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(gate_parameters)
def test_rule_parameters_read_back(values: GateParameters) -> None:
    assert decode_rule_parameters(stored(encode_rule_parameters(values))) == values


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(facts)
def test_override_facts_read_back(values: dict[str, str]) -> None:
    assert decode_override_facts(stored(encode_override_facts(values))) == values


# --- every older version upgrades -------------------------------------------------------------


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(settings_only)
def test_version_0_parameters_upgrade(entry: ModalityInput) -> None:
    old = without_version(encode_parameters(entry))
    assert decode_entry(entry.modality.value, list(entry.areas), stored(old)).settings == entry


def test_version_0_toxin_parameters_are_the_empty_object() -> None:
    assert decode_entry("toxin", ["chin"], {}).areas == ("chin",)


@settings(max_examples=60, deadline=None)
@given(sessions)
def test_version_0_session_documents_upgrade(form: SessionInput) -> None:
    assert decode_session(stored(without_version(encode_session(form)))) == form


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(verdicts)
def test_version_0_suitability_was_the_verdicts_alone(values: dict[Modality, Suitability]) -> None:
    old = {modality.value: verdict.value for modality, verdict in values.items()}
    assert decode_suitability(old) == values


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(gate_parameters)
def test_version_0_rule_parameters_were_the_mapping_alone(values: GateParameters) -> None:
    assert decode_rule_parameters(values.to_mapping()) == values
    assert decode_rule_parameters({}) == GateParameters()


# Fact names are the safety rules' own (e.g. "points_over_ceiling"): none was ever "v", the key a
# versioned document reserves, so an unversioned mapping holding "v" is not a stored shape.
v0_facts = st.dictionaries(texts.filter(lambda key: key != "v"), texts, max_size=4)


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(v0_facts)
def test_version_0_override_facts_were_the_facts_alone(values: dict[str, str]) -> None:
    assert decode_override_facts(dict(values)) == values


# --- anything else is unreadable, and says where ------------------------------------------------

DECODERS: dict[str, Callable[[Any], object]] = {
    "modality_entries": lambda value: decode_entry("fractional_laser", [], value),
    "session_amendments": decode_session,
    "assessments": decode_suitability,
    "appointments": decode_planned,
    "clinic_settings": decode_rule_parameters,
    "safety_overrides": decode_override_facts,
}


@pytest.mark.parametrize("table", sorted(DECODERS))
@settings(max_examples=150, deadline=None)
@given(garbage=json_values)
def test_garbage_is_unreadable_never_another_error(table: str, garbage: Any) -> None:
    try:
        DECODERS[table](garbage)
    except UnreadableRecordError as error:
        assert error.table == table and error.row_id is None
    # A garbage value that happens to be a valid document (e.g. ``{}``) may decode.


@settings(deadline=None)  # shared machines: a slow example is not a failure
@given(
    modality=json_values,
    areas=json_values,
    parameters=st.one_of(json_values, settings_only.map(encode_parameters)),
)
def test_any_modality_row_decodes_or_is_unreadable(
    modality: Any, areas: Any, parameters: Any
) -> None:
    try:
        decode_entry(modality, areas, parameters)
    except UnreadableRecordError as error:
        assert error.table == "modality_entries"


@settings(max_examples=80, deadline=None)
@given(sessions, st.data())
def test_a_damaged_session_document_is_unreadable(form: SessionInput, data: st.DataObject) -> None:
    document = encode_session(form)
    key = data.draw(st.sampled_from(sorted(document)))
    document[key] = data.draw(json_values)
    try:
        decode_session(document)
    except UnreadableRecordError as error:
        assert error.table == "session_amendments"


@pytest.mark.parametrize(
    ("table", "document"),
    [
        ("modality_entries", {"energy_mj": 5}),
        ("modality_entries", {"v": 2, "device": "Fraxel"}),
        ("assessments", {"toxin": "adjunct"}),
        ("assessments", {"v": 1, "verdicts": {"toxin": "maybe"}}),
        ("appointments", ["toxin", "botox"]),
        ("clinic_settings", {"toxin_interval_days": 84}),
        ("clinic_settings", {"v": "1"}),
        ("safety_overrides", {"v": 1, "facts": {"answer": 3}}),
        ("session_amendments", {"v": 1, "performed_at": "2026-01-01T10:00:00", "modalities": []}),
    ],
)
def test_shapes_this_version_does_not_know_are_unreadable(table: str, document: Any) -> None:
    with pytest.raises(UnreadableRecordError) as caught:
        DECODERS[table](document)
    assert caught.value.table == table


def test_an_old_demo_laser_with_energy_in_mj_names_the_field() -> None:
    old = {
        "device": "Fraxel Dual",
        "wavelength_nm": 1550,
        "ablative": False,
        "energy_mj": 40,
        "density_percent": 20,
        "passes": 8,
        "spot_size_mm": 0.135,
    }
    with pytest.raises(UnreadableRecordError, match="energy_mj"):
        decode_entry("fractional_laser", ["chin"], old)
