"""When the clinic works: working weekdays, opening hours with breaks, public holidays and each
practitioner's days off. Proposals land on working days; bookings outside them are flagged.

Oman's default week is Sunday to Thursday (the weekend is Friday and Saturday; a clinic may add
Saturday). The default hours, 09:00–12:00 and 12:30–21:00, leave the midday (Dhuhr) prayer free;
every value is the clinic's to change in Admin. Times are Muscat wall-clock times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.numerals import western_digits

#: Python weekday numbers (Monday 0 … Sunday 6): Sunday to Thursday.
OMAN_WEEK = frozenset({6, 0, 1, 2, 3})
HOLIDAY_NAME_MAX = 80
#: How far ahead a proposal looks for a working day before giving up (a clinic closed for
#: longer than this has a calendar mistake; the proposal then keeps its own date).
SEARCH_DAYS = 60


class Closure(StrEnum):
    """Why a moment is outside the clinic's working time."""

    WEEKDAY = "weekday"
    HOLIDAY = "holiday"
    DAY_OFF = "day_off"
    HOURS = "hours"


@dataclass(frozen=True, slots=True)
class Opening:
    """One stretch of opening hours; the gaps between stretches are breaks."""

    start: time
    end: time


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name: str


@dataclass(frozen=True, slots=True)
class DayOff:
    user_id: int
    day: date


@dataclass(frozen=True, slots=True)
class Outside:
    """One reason a booking falls outside working time; ``detail`` is the holiday's name, or
    the opening hours when the time is outside them."""

    closure: Closure
    day: date
    detail: str = ""
    #: The day's opening hours when the time is outside them, for the screen to write each
    #: stretch in the reader's digits and direction.
    hours: tuple[Opening, ...] = ()


DEFAULT_HOURS = (Opening(time(9, 0), time(12, 0)), Opening(time(12, 30), time(21, 0)))


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    weekdays: frozenset[int] = OMAN_WEEK
    hours: tuple[Opening, ...] = DEFAULT_HOURS
    holidays: tuple[Holiday, ...] = ()
    days_off: tuple[DayOff, ...] = field(default=())

    def __post_init__(self) -> None:
        errors: dict[str, Message] = {}
        if not self.weekdays or not self.weekdays <= set(range(7)):
            errors["weekdays"] = Message("calendar.no_weekday")
        ordered = sorted(self.hours, key=lambda o: o.start)
        if not ordered:
            errors["hours"] = Message("calendar.no_hours")
        for stretch in ordered:
            if stretch.end <= stretch.start:
                errors["hours"] = Message(
                    "calendar.stretch_ends_before_start",
                    {"start": stretch.start, "end": stretch.end},
                )
        for earlier, later in pairwise(ordered):
            if later.start < earlier.end:
                errors["hours"] = Message(
                    "calendar.stretches_overlap",
                    {
                        "first_start": earlier.start,
                        "first_end": earlier.end,
                        "second_start": later.start,
                        "second_end": later.end,
                    },
                )
        for holiday in self.holidays:
            if not holiday.name.strip() or len(holiday.name) > HOLIDAY_NAME_MAX:
                errors["holidays"] = Message(
                    "calendar.holiday_name_length",
                    {"day": holiday.day, "maximum": HOLIDAY_NAME_MAX},
                )
        if errors:
            raise ValidationError(errors)
        object.__setattr__(self, "hours", tuple(ordered))

    def closed(self, day: date, user_id: int | None = None) -> Outside | None:
        """Why ``day`` is not a working day (for ``user_id`` if given), or None."""
        for holiday in self.holidays:
            if holiday.day == day:
                return Outside(Closure.HOLIDAY, day, holiday.name)
        if day.weekday() not in self.weekdays:
            return Outside(Closure.WEEKDAY, day)
        if user_id is not None and DayOff(user_id, day) in self.days_off:
            return Outside(Closure.DAY_OFF, day)
        return None

    def working_day_from(self, day: date, user_id: int | None = None) -> date:
        """``day`` itself if it is a working day, else the next one (never earlier)."""
        for offset in range(SEARCH_DAYS + 1):
            candidate = day + timedelta(days=offset)
            if self.closed(candidate, user_id) is None:
                return candidate
        return day

    def outside(self, start: datetime, minutes: int, user_id: int | None = None) -> list[Outside]:
        """Why a booking from ``start`` (Muscat wall-clock) for ``minutes`` is outside working
        time: a closed day, or not within one stretch of opening hours."""
        day = start.date()
        closed = self.closed(day, user_id)
        if closed is not None:
            return [closed]
        begin = start.time().replace(tzinfo=None)
        finish = (start + timedelta(minutes=minutes)).time().replace(tzinfo=None)
        ends_next_day = (start + timedelta(minutes=minutes)).date() != day
        inside = not ends_next_day and any(o.start <= begin and finish <= o.end for o in self.hours)
        return (
            []
            if inside
            else [Outside(Closure.HOURS, day, hours_text(self.hours), tuple(self.hours))]
        )


def parse_hours(text: str) -> tuple[Opening, ...]:
    """``09:00-12:00, 12:30-21:00`` → openings; a wrong part is named in the message.

    Typed in Arabic too: Arabic-Indic digits, and the Arabic comma or semicolon between
    stretches."""
    openings: list[Opening] = []
    unified = western_digits(text).replace("–", "-").replace("،", ",").replace("؛", ",")
    for part in (p.strip() for p in unified.split(",")):
        if not part:
            continue
        try:
            first, second = (time.fromisoformat(x.strip().zfill(5)) for x in part.split("-"))
        except ValueError:
            raise ValidationError(
                {"hours": Message("calendar.stretch_malformed", {"value": part})}
            ) from None
        openings.append(Opening(first, second))
    return tuple(openings)


def hours_text(hours: Iterable[Opening]) -> str:
    return ", ".join(f"{o.start:%H:%M}–{o.end:%H:%M}" for o in hours)
