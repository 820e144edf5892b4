"""The clinic's working time: Oman's week, breaks, holidays, days off, and proposals moved onto
working days (never earlier)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.sessions import on_working_days, propose_next
from scardesk.domain.time import MUSCAT
from scardesk.domain.working_calendar import (
    Closure,
    DayOff,
    Holiday,
    Opening,
    WorkingCalendar,
    parse_hours,
)

THURSDAY, FRIDAY, SATURDAY, SUNDAY = (date(2026, 3, d) for d in (12, 13, 14, 15))
WEEK = WorkingCalendar()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=MUSCAT)


def test_omans_week_is_sunday_to_thursday() -> None:
    assert [WEEK.closed(d) is None for d in (THURSDAY, FRIDAY, SATURDAY, SUNDAY)] == [
        True,
        False,
        False,
        True,
    ]
    assert WEEK.working_day_from(FRIDAY) == SUNDAY
    assert WEEK.working_day_from(THURSDAY) == THURSDAY


def test_a_clinic_may_open_on_saturday() -> None:
    six_days = WorkingCalendar(weekdays=frozenset({5, 6, 0, 1, 2, 3}))
    assert six_days.working_day_from(FRIDAY) == SATURDAY


def test_a_holiday_and_a_practitioners_day_off_close_the_day() -> None:
    calendar = WorkingCalendar(
        holidays=(Holiday(SUNDAY, "Isra'a and Mi'raj"),), days_off=(DayOff(7, THURSDAY),)
    )
    closed = calendar.closed(SUNDAY)
    assert closed is not None and closed.closure is Closure.HOLIDAY
    assert closed.detail == "Isra'a and Mi'raj"
    assert calendar.closed(THURSDAY) is None  # the clinic is open
    off = calendar.closed(THURSDAY, user_id=7)
    assert off is not None and off.closure is Closure.DAY_OFF
    assert calendar.working_day_from(THURSDAY, user_id=7) == SUNDAY + timedelta(days=1)


def test_the_midday_prayer_break_is_outside_the_opening_hours() -> None:
    assert WEEK.outside(at(SUNDAY, 9), 30) == []
    assert WEEK.outside(at(SUNDAY, 11, 30), 30) == []  # ends as the break begins
    [inside_break] = WEEK.outside(at(SUNDAY, 12, 15), 15)
    assert inside_break.closure is Closure.HOURS and "12:30" in inside_break.detail
    assert WEEK.outside(at(SUNDAY, 11, 45), 30) != []  # runs into the break
    assert WEEK.outside(at(SUNDAY, 20, 45), 30) != []  # runs past closing
    assert [o.closure for o in WEEK.outside(at(FRIDAY, 10), 30)] == [Closure.WEEKDAY]


def test_wrong_hours_are_refused_with_their_reason() -> None:
    with pytest.raises(ValidationError) as overlap:
        WorkingCalendar(hours=parse_hours("09:00-13:00, 12:30-21:00"))
    assert "overlap" in overlap.value.field_errors["hours"]
    with pytest.raises(ValidationError) as backwards:
        WorkingCalendar(hours=(Opening(time(12), time(9)),))
    assert "after the start" in backwards.value.field_errors["hours"]
    with pytest.raises(ValidationError) as typed:
        parse_hours("9 till 5")
    assert "9 till 5" in typed.value.field_errors["hours"]
    with pytest.raises(ValidationError) as no_days:
        WorkingCalendar(weekdays=frozenset())
    assert "weekdays" in no_days.value.field_errors


def test_hours_are_read_as_people_type_them() -> None:
    assert parse_hours("9:00-12:00, 12:30–21:00") == (
        Opening(time(9), time(12)),
        Opening(time(12, 30), time(21)),
    )


def test_hours_typed_in_arabic_are_read_too() -> None:
    expected = (Opening(time(9), time(12)), Opening(time(12, 30), time(21)))
    assert parse_hours("٠٩:٠٠-١٢:٠٠، ١٢:٣٠–٢١:٠٠") == expected
    assert parse_hours("9:00-12:00؛ 12:30-21:00") == expected


@given(
    st.dates(date(2025, 1, 1), date(2030, 12, 31)),
    st.frozensets(st.integers(0, 6), min_size=1),
)
def test_the_working_day_found_is_never_earlier_and_is_open(day: date, weekdays) -> None:
    calendar = WorkingCalendar(weekdays=weekdays)
    found = calendar.working_day_from(day)
    assert day <= found <= day + timedelta(days=6)
    assert calendar.closed(found) is None


def test_a_proposal_for_a_weekend_moves_to_sunday_and_never_earlier() -> None:
    performed = FRIDAY - timedelta(days=28)  # microneedling due again on a Friday
    proposal = propose_next(
        performed, [(Modality.MICRONEEDLING, None), (Modality.TOXIN, None)], IntervalSettings()
    )
    assert proposal.next_on == FRIDAY
    moved = on_working_days(proposal, WEEK)
    assert moved.next_on == SUNDAY
    assert moved.due[0] == (Modality.MICRONEEDLING, SUNDAY)
    assert moved.toxin_review_on == WEEK.working_day_from(performed + timedelta(days=14))
    assert moved.modalities == proposal.modalities
