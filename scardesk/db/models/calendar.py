"""The clinic's working time: the week (one row), public holidays and practitioners' days off.

Holidays and days off are never deleted (the audit keeps the trail): removing one sets
``removed_at``, and only rows without it count.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from scardesk.db.models.base import Base, Versioned, short_text, user_fk

#: The id of the single working-week row.
WORKING_WEEK_ID = 1


class WorkingWeek(Versioned, Base):
    """Working weekdays as Python weekday numbers (``"6,0,1,2,3"``) and the opening hours as
    Muscat wall-clock stretches (``"09:00-12:00,12:30-21:00"``); gaps are breaks."""

    __tablename__ = "working_week"

    id: Mapped[int] = mapped_column(primary_key=True)
    weekdays: Mapped[str] = mapped_column(String(20))
    hours: Mapped[str] = mapped_column(String(200))


class PublicHoliday(Base):
    __tablename__ = "public_holidays"
    __table_args__ = (Index(None, "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(80))
    removed_at: Mapped[datetime | None]


class PractitionerDayOff(Base):
    __tablename__ = "practitioner_days_off"
    __table_args__ = (Index(None, "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = user_fk()
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = short_text(120)
    removed_at: Mapped[datetime | None]
