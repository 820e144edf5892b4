"""Reminders: the clinic's message templates (one row), each patient's preferred channel, and
every reminder sent (who, when), so two desks never send the same one twice."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from scardesk.db.models.base import Base, Versioned, user_fk

REMINDER_TEMPLATES_ID = 1


class ReminderTemplates(Versioned, Base):
    __tablename__ = "reminder_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_en: Mapped[str] = mapped_column(Text)
    appointment_ar: Mapped[str] = mapped_column(Text)
    follow_up_en: Mapped[str] = mapped_column(Text)
    follow_up_ar: Mapped[str] = mapped_column(Text)


class ContactPreference(Versioned, Base):
    __tablename__ = "contact_preferences"

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))


class ReminderSent(Base):
    """One reminder sent. The unique key (kind, patient, day) refuses a second send."""

    __tablename__ = "reminders_sent"
    __table_args__ = (
        UniqueConstraint("kind", "patient_id", "due_on"),
        Index(None, "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    due_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    sent_by_id: Mapped[int] = user_fk()
    sent_at: Mapped[datetime]
