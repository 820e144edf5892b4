"""Overlap rule, status changes, Muscat days and the merged follow-up order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import AppointmentStatus, Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.scheduling import (
    AppointmentInput,
    DueItem,
    DueReason,
    Slot,
    check_transition,
    find_overlaps,
    merge_due,
    muscat_day_range,
    slots_overlap,
    validate_booking,
)

FAST = settings(max_examples=80, deadline=None)
BASE = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)
SLOTS = st.builds(
    lambda i, start, minutes: Slot(i, BASE + timedelta(minutes=start), minutes),
    st.integers(1, 1000),
    st.integers(0, 600),
    st.integers(5, 240),
)


def at(minute: int, minutes: int, ident: int = 1) -> Slot:
    return Slot(ident, BASE + timedelta(minutes=minute), minutes)


def test_back_to_back_bookings_do_not_overlap() -> None:
    assert not slots_overlap(at(0, 30), at(30, 30))


def test_a_booking_inside_another_overlaps() -> None:
    assert slots_overlap(at(0, 90), at(30, 15))


@FAST
@given(SLOTS, SLOTS)
def test_overlap_is_symmetric(first: Slot, second: Slot) -> None:
    assert slots_overlap(first, second) == slots_overlap(second, first)


@FAST
@given(SLOTS, SLOTS)
def test_overlap_means_some_minute_is_shared(first: Slot, second: Slot) -> None:
    shared = min(first.ends_at, second.ends_at) - max(first.starts_at, second.starts_at)
    assert slots_overlap(first, second) == (shared > timedelta(0))


def test_a_booking_never_warns_about_itself() -> None:
    assert find_overlaps(at(0, 30, ident=7), [at(0, 30, ident=7), at(10, 30, ident=8)]) == [
        find_overlaps(at(0, 30, ident=7), [at(10, 30, ident=8)])[0]
    ]


def test_a_muscat_day_starts_at_eight_pm_utc_the_evening_before() -> None:
    start, end = muscat_day_range(date(2026, 3, 10))
    assert start.astimezone(UTC) == datetime(2026, 3, 9, 20, 0, tzinfo=UTC)
    assert end - start == timedelta(days=1)


def test_a_cancelled_appointment_cannot_be_marked_arrived() -> None:
    with pytest.raises(ValidationError, match="can become nothing"):
        check_transition(AppointmentStatus.CANCELLED, AppointmentStatus.ARRIVED)


def test_an_arrival_can_be_undone_back_to_booked() -> None:
    check_transition(AppointmentStatus.ARRIVED, AppointmentStatus.BOOKED)


def test_a_naive_start_time_and_an_unknown_modality_are_both_reported() -> None:
    form = AppointmentInput(1, 2, datetime(2026, 3, 10, 9), 30, ("laser beam",))
    with pytest.raises(ValidationError) as caught:
        validate_booking(form)
    assert set(caught.value.field_errors) == {"starts_at", "planned_modalities"}


def test_a_toxin_review_plans_toxin_when_nothing_else_was_chosen() -> None:
    _, _, modalities = validate_booking(AppointmentInput(1, 2, BASE, 15, (), True))
    assert modalities == (Modality.TOXIN,)


@FAST
@given(st.integers(-1000, 1000))
def test_durations_outside_five_minutes_to_eight_hours_are_refused(minutes: int) -> None:
    form = AppointmentInput(1, 2, BASE, minutes)
    if 5 <= minutes <= 480:
        assert validate_booking(form)[1] == minutes
    else:
        with pytest.raises(ValidationError):
            validate_booking(form)


DUE_ITEMS = st.lists(
    st.builds(
        DueItem,
        st.integers(1, 20),
        st.sampled_from(DueReason),
        st.sampled_from(Modality),
        st.dates(date(2026, 1, 1), date(2026, 6, 1)),
    ),
    max_size=30,
)


@FAST
@given(DUE_ITEMS)
def test_merged_due_list_has_one_line_per_due_patient_most_overdue_first(items) -> None:
    today = date(2026, 3, 10)
    merged = merge_due(items, today)
    assert len({due.patient_id for due in merged}) == len(merged)
    assert {due.patient_id for due in merged} == {i.patient_id for i in items if i.due_on <= today}
    overdue = [due.days_overdue for due in merged]
    assert overdue == sorted(overdue, reverse=True)


def test_a_patient_due_for_two_reasons_counts_from_the_earlier_date() -> None:
    items = [
        DueItem(1, DueReason.TOXIN_REVIEW, Modality.TOXIN, date(2026, 3, 1)),
        DueItem(1, DueReason.PLAN_SESSION, Modality.MICRONEEDLING, date(2026, 3, 5)),
    ]
    (due,) = merge_due(items, date(2026, 3, 10))
    assert (due.days_overdue, len(due.reasons)) == (9, 2)
