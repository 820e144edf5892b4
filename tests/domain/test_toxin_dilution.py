"""Toxin reconstitution arithmetic and vial age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.time import MUSCAT
from scardesk.domain.toxin import (
    MAX_DILUENT_ML,
    MAX_VIAL_UNITS,
    concentration_units_per_0_1ml,
    hours_since_reconstitution,
    reconstitution_expired,
    validate_diluent_ml,
    validate_vial_units,
)

FAST = settings(max_examples=60, deadline=None)
MIXED = datetime(2025, 6, 15, 6, 0, tzinfo=UTC)


def test_100_units_in_2_5_ml_gives_4_units_per_0_1_ml() -> None:
    assert concentration_units_per_0_1ml(100, 2.5) == 4.0


def test_50_units_in_1_ml_gives_5_units_per_0_1_ml() -> None:
    assert concentration_units_per_0_1ml(50, 1) == 5.0


def test_300_units_in_1_5_ml_gives_20_units_per_0_1_ml() -> None:
    assert concentration_units_per_0_1ml(300, 1.5) == pytest.approx(20.0)


def test_zero_diluent_is_refused_with_what_is_expected() -> None:
    with pytest.raises(ValidationError) as caught:
        concentration_units_per_0_1ml(100, 0)
    assert "more than 0" in caught.value.field_errors["diluent_ml"]


def test_negative_vial_units_are_refused() -> None:
    with pytest.raises(ValidationError, match="more than 0"):
        validate_vial_units(-100)


def test_vial_over_the_maximum_is_refused_as_a_slip() -> None:
    with pytest.raises(ValidationError, match="maximum"):
        validate_vial_units(100_000)


def test_diluent_over_ten_ml_is_refused() -> None:
    with pytest.raises(ValidationError, match="maximum of 10"):
        validate_diluent_ml(25)


def test_not_a_number_diluent_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a number"):
        validate_diluent_ml(float("nan"))


def test_hours_since_reconstitution_across_time_zones() -> None:
    used = datetime(2025, 6, 15, 16, 30, tzinfo=MUSCAT)  # 12:30 UTC
    assert hours_since_reconstitution(MIXED, used) == 6.5


def test_use_before_reconstitution_is_refused() -> None:
    with pytest.raises(ValidationError, match="before it was reconstituted"):
        hours_since_reconstitution(MIXED, MIXED - timedelta(minutes=1))


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="time-zone aware"):
        hours_since_reconstitution(MIXED, datetime(2025, 6, 15, 12, 0))


def test_exactly_24_hours_is_not_expired() -> None:
    assert not reconstitution_expired(MIXED, MIXED + timedelta(hours=24))


def test_one_minute_past_24_hours_is_expired() -> None:
    assert reconstitution_expired(MIXED, MIXED + timedelta(hours=24, minutes=1))


def test_window_is_a_per_product_setting() -> None:
    assert reconstitution_expired(MIXED, MIXED + timedelta(hours=5), window_hours=4)


def test_zero_hour_window_is_refused() -> None:
    with pytest.raises(ValidationError):
        reconstitution_expired(MIXED, MIXED, window_hours=0)


POSITIVE_UNITS = st.floats(min_value=1, max_value=MAX_VIAL_UNITS)
POSITIVE_ML = st.floats(min_value=0.1, max_value=MAX_DILUENT_ML)


@FAST
@given(POSITIVE_UNITS, POSITIVE_ML)
def test_concentration_times_doses_recovers_the_vial(units: float, ml: float) -> None:
    per_dose = concentration_units_per_0_1ml(units, ml)
    assert per_dose > 0
    assert per_dose * ml * 10 == pytest.approx(units)


@FAST
@given(POSITIVE_UNITS, POSITIVE_ML, POSITIVE_ML)
def test_more_diluent_never_raises_the_concentration(units: float, a: float, b: float) -> None:
    less, more = sorted((a, b))
    assert concentration_units_per_0_1ml(units, more) <= concentration_units_per_0_1ml(units, less)


@FAST
@given(st.one_of(st.floats(), st.integers(), st.booleans(), st.none(), st.text()))
def test_input_validation_raises_only_validation_error(value: object) -> None:
    for validator in (validate_vial_units, validate_diluent_ml):
        try:
            result = validator(value)  # type: ignore[arg-type]
        except ValidationError:
            continue
        assert result > 0


@FAST
@given(st.integers(min_value=0, max_value=24 * 60 * 14))
def test_expired_exactly_when_more_than_the_window(minutes: int) -> None:
    used = MIXED + timedelta(minutes=minutes)
    assert reconstitution_expired(MIXED, used) == (minutes > 24 * 60)
