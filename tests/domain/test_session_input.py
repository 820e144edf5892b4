"""Session validation (every bad field by path) and the next-visit proposal."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.codecs import decode_session as session_from_json
from scardesk.domain.codecs import encode_session as session_to_json
from scardesk.domain.enums import Modality, PeelDepth, Severity
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.sessions import (
    AdverseEventInput,
    EnergyUnit,
    LaserInput,
    MicroneedlingInput,
    PeelInput,
    PointInput,
    SessionInput,
    ToxinInput,
    propose_next,
    validate_session,
)

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)


def toxin(units: tuple[float, ...] = (2.0, 2.0), total: float | None = None) -> ToxinInput:
    points = tuple(PointInput(0.5, 0.5, u, "forehead") for u in units)
    return ToxinInput(
        1, 1, 100.0, 2.5, NOW - timedelta(hours=1), points, sum(units) if total is None else total
    )


def laser(**changes: object) -> LaserInput:
    base = LaserInput("Fraxel", 1550, False, False, 40.0, EnergyUnit.MILLIJOULES, 20, 4, 0.14)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def session(*modalities: object, **changes: object) -> SessionInput:
    base = SessionInput(NOW, tuple(modalities), adverse_events_none=True)  # type: ignore[arg-type]
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def errors(form: SessionInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        validate_session(form)
    return raised.value.field_errors


def test_a_complete_combined_session_is_valid() -> None:
    form = session(
        toxin(),
        MicroneedlingInput("Dermapen", 1.5, 3),
        laser(),
        PeelInput("TCA", 20, PeelDepth.MEDIUM, 2, 3, True),
    )
    assert validate_session(form) == form


def test_a_session_without_any_modality_is_refused() -> None:
    assert "at least one modality" in errors(session())["modalities"]


def test_points_that_miss_the_total_name_the_total_field() -> None:
    message = errors(session(toxin((2.0, 2.0), total=5.0)))["modalities.0.total_units"]
    assert "add up to 4" in message and "within 0.01" in message


_slips = st.one_of(st.floats(-0.009, 0.009), st.floats(0.02, 0.5), st.floats(-0.5, -0.02))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.05, 2.4), min_size=1, max_size=40), _slips)
def test_the_total_must_equal_the_points_within_a_hundredth(
    units: list[float], slip: float
) -> None:
    entry = toxin(tuple(units), total=round(sum(units) + slip, 6))
    if abs(slip) < 0.01:
        validate_session(session(entry))
    else:
        assert list(errors(session(entry))) == ["modalities.0.total_units"]


def test_unstated_adverse_events_are_refused_and_none_must_be_explicit() -> None:
    assert "tick 'none'" in errors(session(toxin(), adverse_events_none=None))["adverse_events"]


def test_none_and_listed_events_together_are_refused() -> None:
    event = AdverseEventInput("erythema", Severity.MILD)
    assert "keep one" in errors(session(toxin(), adverse_events=(event,)))["adverse_events"]


def test_listed_events_without_none_are_valid() -> None:
    event = AdverseEventInput("erythema", Severity.MILD, "cold compress", True)
    validate_session(session(toxin(), adverse_events_none=False, adverse_events=(event,)))


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (MicroneedlingInput("Dermapen", 5.0, 3), "needle_depth_mm"),
        (MicroneedlingInput("Dermapen", 1.0, 0), "passes"),
        (MicroneedlingInput("", 1.0, 2), "device"),
        (laser(wavelength_nm=50), "wavelength_nm"),
        (laser(density_percent=0), "density_percent"),
        (laser(energy=5000.0), "energy"),
        (laser(fully_ablative=True), "fully_ablative"),
        (laser(spot_size_mm=float("nan")), "spot_size_mm"),
        (PeelInput("TCA", 120, PeelDepth.DEEP, 1, 2, True), "concentration_percent"),
        (PeelInput("TCA", 35, PeelDepth.DEEP, 0, 2, True), "layers"),
        (PeelInput("TCA", 35, PeelDepth.DEEP, 1, 90, True), "contact_time_min"),
    ],
)
def test_out_of_range_parameters_name_their_field(entry: object, field: str) -> None:
    found = errors(session(entry))
    assert list(found) == [f"modalities.0.{field}"]
    assert ": " in found[f"modalities.0.{field}"]  # what is wrong: what is expected


def test_a_point_off_the_face_map_is_refused() -> None:
    bad = dataclasses.replace(toxin(), points=(PointInput(1.2, 0.5, 4.0),), total_units=4.0)
    assert "modalities.0.points.0.x" in errors(session(bad))


def test_more_than_the_vial_given_and_wasted_is_refused() -> None:
    bad = dataclasses.replace(toxin(), waste_units=97.0)
    assert "own toxin entry" in errors(session(bad))["modalities.0.waste_units"]


def test_reconstitution_after_the_session_is_refused() -> None:
    bad = dataclasses.replace(toxin(), reconstituted_at=NOW + timedelta(minutes=5))
    assert "modalities.0.reconstituted_at" in errors(session(bad))


def test_anaesthetic_minutes_need_an_agent() -> None:
    assert "anaesthetic_agent" in errors(session(toxin(), anaesthetic_minutes=20))


def test_the_json_form_reads_back_to_the_same_session() -> None:
    form = session(
        toxin(),
        laser(),
        PeelInput("Jessner", 14, PeelDepth.SUPERFICIAL, 2, 0, False),
        adverse_events_none=False,
        adverse_events=(AdverseEventInput("bruise", Severity.MODERATE),),
    )
    assert session_from_json(session_to_json(form)) == form


DEFAULTS = IntervalSettings()


def test_a_combined_session_proposes_the_earliest_modality_and_a_toxin_review() -> None:
    done = [(Modality.TOXIN, None), (Modality.MICRONEEDLING, None)]
    proposal = propose_next(date(2026, 3, 10), done, DEFAULTS)
    assert proposal.next_on == date(2026, 4, 7)
    assert proposal.modalities == (Modality.MICRONEEDLING,)
    assert proposal.toxin_review_on == date(2026, 3, 24)


def test_a_plan_can_space_sessions_further_apart_but_never_closer() -> None:
    done = [(Modality.MICRONEEDLING, None)]
    assert propose_next(
        date(2026, 3, 10), done, DEFAULTS, {Modality.MICRONEEDLING: 42}
    ).next_on == date(2026, 4, 21)
    assert propose_next(
        date(2026, 3, 10), done, DEFAULTS, {Modality.MICRONEEDLING: 7}
    ).next_on == date(2026, 4, 7)


def test_a_finished_series_proposes_nothing() -> None:
    done = [(Modality.FRACTIONAL_LASER, None)]
    proposal = propose_next(
        date(2026, 3, 10), done, DEFAULTS, remaining={Modality.FRACTIONAL_LASER: 0}
    )
    assert proposal.next_on is None and proposal.modalities == ()


_done = st.lists(
    st.sampled_from(
        [
            (Modality.TOXIN, None),
            (Modality.MICRONEEDLING, None),
            (Modality.FRACTIONAL_LASER, None),
            (Modality.CHEMICAL_PEEL, PeelDepth.SUPERFICIAL),
            (Modality.CHEMICAL_PEEL, PeelDepth.DEEP),
        ]
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(
    st.dates(date(2020, 1, 1), date(2035, 1, 1)),
    _done,
    st.dictionaries(st.sampled_from(list(Modality)), st.integers(1, 200), max_size=4),
)
def test_the_proposal_is_the_earliest_due_date_and_never_before_an_interval(
    on: date, done: list[tuple[Modality, PeelDepth | None]], plan: dict[Modality, int]
) -> None:
    proposal = propose_next(on, done, DEFAULTS, plan)
    assert proposal.next_on == min(day for _, day in proposal.due)
    assert all(
        day >= on + timedelta(days=DEFAULTS.peel_superficial_days) for _, day in proposal.due
    )
    assert (proposal.toxin_review_on is not None) == any(m is Modality.TOXIN for m, _ in done)
