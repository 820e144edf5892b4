"""The clinic's working time: read by proposals and bookings, edited by the admin.

Every change is one unit of work, so it is audited in the same transaction. Holidays and days
off are removed by marking them, never by deleting the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import (
    WORKING_WEEK_ID,
    PractitionerDayOff,
    PublicHoliday,
    User,
    WorkingWeek,
)
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.time import utc_now
from scardesk.domain.working_calendar import (
    HOLIDAY_NAME_MAX,
    DayOff,
    Holiday,
    Opening,
    WorkingCalendar,
    hours_text,
    parse_hours,
)
from scardesk.services.access import check


@dataclass(frozen=True, slots=True)
class HolidayRow:
    id: int
    day: date
    name: str


@dataclass(frozen=True, slots=True)
class DayOffRow:
    id: int
    user_id: int
    practitioner: str
    day: date
    note: str


@dataclass(frozen=True, slots=True)
class WorkingTime:
    """The calendar the rules read, the rows the admin edits, and the week's row version."""

    calendar: WorkingCalendar
    holidays: tuple[HolidayRow, ...]
    days_off: tuple[DayOffRow, ...]
    version: int


def read_calendar(session: Session) -> WorkingCalendar:
    """The stored calendar (Oman's default week until the admin saves one)."""
    row = session.get(WorkingWeek, WORKING_WEEK_ID)
    holidays = tuple(
        Holiday(h.day, h.name)
        for h in session.scalars(select(PublicHoliday).where(PublicHoliday.removed_at.is_(None)))
    )
    days_off = tuple(
        DayOff(d.user_id, d.day)
        for d in session.scalars(
            select(PractitionerDayOff).where(PractitionerDayOff.removed_at.is_(None))
        )
    )
    if row is None:
        return WorkingCalendar(holidays=holidays, days_off=days_off)
    weekdays = frozenset(int(x) for x in row.weekdays.split(",") if x)
    return WorkingCalendar(weekdays, parse_hours(row.hours), holidays, days_off)


class WorkingTimeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def calendar(self, actor: Actor) -> WorkingCalendar:
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            return read_calendar(session)

    def current(self, actor: Actor) -> WorkingTime:
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            row = session.get(WorkingWeek, WORKING_WEEK_ID)
            holidays = tuple(
                HolidayRow(h.id, h.day, h.name)
                for h in session.scalars(
                    select(PublicHoliday)
                    .where(PublicHoliday.removed_at.is_(None))
                    .order_by(PublicHoliday.day, PublicHoliday.id)
                )
            )
            days_off = tuple(
                DayOffRow(d.id, d.user_id, name, d.day, d.note or "")
                for d, name in session.execute(
                    select(PractitionerDayOff, User.display_name)
                    .join(User, User.id == PractitionerDayOff.user_id)
                    .where(PractitionerDayOff.removed_at.is_(None))
                    .order_by(PractitionerDayOff.day, PractitionerDayOff.id)
                )
            )
            return WorkingTime(
                read_calendar(session), holidays, days_off, row.version if row else 0
            )

    def save_week(
        self,
        actor: Actor,
        weekdays: frozenset[int],
        hours: tuple[Opening, ...],
        expected_version: int,
    ) -> Changes:
        """Store the working weekdays and opening hours (validated as a whole, or nothing)."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        WorkingCalendar(weekdays, hours)  # every wrong value named before anything is written
        with UnitOfWork(self._db, actor, "settings.working_week") as uow:
            if expected_version == 0 and uow.session.get(WorkingWeek, WORKING_WEEK_ID) is None:
                row = WorkingWeek(id=WORKING_WEEK_ID)
                uow.session.add(row)
            else:
                row = uow.get_for_update(WorkingWeek, WORKING_WEEK_ID, expected_version)
            row.weekdays = ",".join(str(d) for d in sorted(weekdays))
            row.hours = hours_text(hours).replace("–", "-")
        return Changes(settings=True)

    def add_holiday(self, actor: Actor, day: date, name: str) -> Changes:
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        clean = " ".join(name.split())
        if not clean or len(clean) > HOLIDAY_NAME_MAX:
            raise ValidationError(
                {"name": Message("calendar.holiday_name_missing", {"maximum": HOLIDAY_NAME_MAX})}
            )
        with UnitOfWork(self._db, actor, "settings.holiday_added") as uow:
            uow.session.add(PublicHoliday(day=day, name=clean))
        return Changes(settings=True)

    def remove_holiday(self, actor: Actor, holiday_id: int) -> Changes:
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        with UnitOfWork(self._db, actor, "settings.holiday_removed") as uow:
            row = uow.session.get(PublicHoliday, holiday_id)
            if row is None or row.removed_at is not None:
                raise NotFoundError(Message("not_found.public_holiday", {"id": holiday_id}))
            row.removed_at = utc_now()
        return Changes(settings=True)

    def add_day_off(self, actor: Actor, user_id: int, day: date, note: str = "") -> Changes:
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        clean = " ".join(note.split())
        if len(clean) > 120:
            raise ValidationError(
                {"note": Message("calendar.day_off_note_too_long", {"maximum": 120})}
            )
        with UnitOfWork(self._db, actor, "settings.day_off_added") as uow:
            if uow.session.get(User, user_id) is None:
                raise ValidationError({"user_id": Message("calendar.day_off_practitioner_missing")})
            uow.session.add(PractitionerDayOff(user_id=user_id, day=day, note=clean or None))
        return Changes(settings=True, users=frozenset({user_id}))

    def remove_day_off(self, actor: Actor, day_off_id: int) -> Changes:
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        with UnitOfWork(self._db, actor, "settings.day_off_removed") as uow:
            row = uow.session.get(PractitionerDayOff, day_off_id)
            if row is None or row.removed_at is not None:
                raise NotFoundError(Message("not_found.day_off", {"id": day_off_id}))
            row.removed_at = utc_now()
            user_id = row.user_id
        return Changes(settings=True, users=frozenset({user_id}))
