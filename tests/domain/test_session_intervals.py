"""Next-due dates per modality, overdue days and the toxin units in a rolling window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import Modality, PeelDepth
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import (
    IntervalSettings,
    days_between,
    interval_days,
    next_due,
    overdue_days,
    toxin_review_due,
    toxin_units_in_window,
)

FAST = settings(max_examples=60, deadline=None)
DEFAULTS = IntervalSettings()
DONE = date(2025, 1, 10)
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@pytest.mark.parametrize(
    ("modality", "depth", "days"),
    [
        (Modality.TOXIN, None, 84),
        (Modality.MICRONEEDLING, None, 28),
        (Modality.FRACTIONAL_LASER, None, 28),
        (Modality.CHEMICAL_PEEL, PeelDepth.SUPERFICIAL, 14),
        (Modality.CHEMICAL_PEEL, PeelDepth.MEDIUM, 28),
        (Modality.CHEMICAL_PEEL, PeelDepth.DEEP, 28),
    ],
)
def test_default_interval_per_modality(
    modality: Modality, depth: PeelDepth | None, days: int
) -> None:
    assert next_due(DONE, modality, DEFAULTS, depth) == DONE + timedelta(days=days)


def test_toxin_retreatment_is_12_weeks_after_the_session() -> None:
    assert next_due(date(2025, 1, 1), Modality.TOXIN, DEFAULTS) == date(2025, 3, 26)


def test_toxin_review_is_14_days_after_the_session() -> None:
    assert toxin_review_due(DONE, DEFAULTS) == date(2025, 1, 24)


def test_peel_without_depth_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValidationError) as caught:
        next_due(DONE, Modality.CHEMICAL_PEEL, DEFAULTS)
    assert "superficial, medium or deep" in caught.value.field_errors["peel_depth"]


def test_clinic_settings_override_the_defaults() -> None:
    custom = IntervalSettings(microneedling_days=42)
    assert interval_days(Modality.MICRONEEDLING, custom) == 42


def test_zero_day_setting_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        IntervalSettings(fractional_laser_days=0)
    assert "fractional_laser_days" in caught.value.field_errors


def test_days_between_is_signed() -> None:
    assert days_between(date(2025, 1, 10), date(2025, 1, 3)) == -7


def test_overdue_days_counts_days_past_due() -> None:
    assert overdue_days(date(2025, 1, 10), date(2025, 1, 13)) == 3


def test_not_overdue_on_the_due_day_or_before() -> None:
    assert overdue_days(date(2025, 1, 10), date(2025, 1, 10)) == 0
    assert overdue_days(date(2025, 1, 10), date(2025, 1, 1)) == 0


def test_units_in_the_90_day_window() -> None:
    on = date(2025, 4, 1)
    doses = [
        (on - timedelta(days=90), 100),  # left the window
        (on - timedelta(days=89), 50),
        (on, 20),
        (on + timedelta(days=1), 999),  # after the day asked about
    ]
    assert toxin_units_in_window(doses, on) == 70


def test_no_doses_means_zero_units() -> None:
    assert toxin_units_in_window([], DONE) == 0


def test_negative_dose_is_refused() -> None:
    with pytest.raises(ValidationError, match="0 or more"):
        toxin_units_in_window([(DONE, -5)], DONE)


DOSES = st.lists(st.tuples(DATES, st.integers(min_value=0, max_value=400)), max_size=15)


@FAST
@given(DATES, st.sampled_from(list(Modality)), st.sampled_from(list(PeelDepth)))
def test_next_due_is_always_after_the_last_session(
    done: date, modality: Modality, depth: PeelDepth
) -> None:
    assert next_due(done, modality, DEFAULTS, depth) > done


@FAST
@given(DATES, DATES)
def test_overdue_days_is_never_negative_and_matches_days_between(due: date, today: date) -> None:
    assert overdue_days(due, today) == max(0, days_between(due, today))


@FAST
@given(DOSES, DATES, st.integers(min_value=1, max_value=365))
def test_window_total_is_between_zero_and_all_units(
    doses: list[tuple[date, int]], on: date, window: int
) -> None:
    total = toxin_units_in_window(doses, on, window)
    assert 0 <= total <= sum(units for _, units in doses)


@FAST
@given(
    DOSES, DATES, st.integers(min_value=1, max_value=180), st.integers(min_value=0, max_value=180)
)
def test_a_wider_window_never_holds_fewer_units(
    doses: list[tuple[date, int]], on: date, window: int, widen: int
) -> None:
    narrow = toxin_units_in_window(doses, on, window)
    assert toxin_units_in_window(doses, on, window + widen) >= narrow


@FAST
@given(st.integers(min_value=-5, max_value=5_000))
def test_interval_settings_accept_only_1_to_1095_days(days: int) -> None:
    if 1 <= days <= 1095:
        assert IntervalSettings(toxin_review_days=days).toxin_review_days == days
    else:
        with pytest.raises(ValidationError):
            IntervalSettings(toxin_review_days=days)
