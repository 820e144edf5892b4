"""Clinic settings, issued documents and the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scardesk.db.models.base import Base, Versioned, short_text, user_fk

#: The id of the single clinic settings row.
CLINIC_SETTINGS_ID = 1


class ClinicSettings(Versioned, Base):
    """Clinic-wide settings every workstation shares: a single row (``CLINIC_SETTINGS_ID``)."""

    __tablename__ = "clinic_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    name_arabic: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    address_arabic: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str | None] = short_text(20)
    # PNG or JPEG bytes despite the name (services.clinic_logo checks and limits them).
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    hours: Mapped[str] = mapped_column(Text, default="", server_default="")
    hours_arabic: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Ministry of Health licence number, printed in the header.
    moh_licence: Mapped[str | None] = short_text(60)
    # E.164 Omani mobile; the header's QR code opens a WhatsApp chat with it.
    whatsapp: Mapped[str | None] = short_text(20)
    # Intervals, windows and caps of the safety rules; defaults come from the domain.
    rule_parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Idle minutes before a workstation locks (services.settings checks 1-60; 5 is the default).
    auto_lock_minutes: Mapped[int] = mapped_column(Integer, default=5)


class IssuedDocument(Base):
    """A printed document exactly as issued, so printing again gives the identical bytes.

    ``content_version`` names every content file and version used (it grows with the number of
    modalities, hence Text); ``issued_by_id`` is None when the command line (SYSTEM) issued it;
    ``modality`` is set for consent forms.
    """

    __tablename__ = "issued_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_sessions.id"), index=True)
    modality: Mapped[str | None] = short_text(30)
    content_version: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=1)
    issued_at: Mapped[datetime]
    issued_by_id: Mapped[int | None] = user_fk(nullable=True)


class AuditEvent(Base):
    """Append-only, hash-chained record of every write (and of views of patient records).

    Each row's hash covers its content and the previous row's hash, so editing or removing
    any earlier row breaks every later link. ``seq`` numbers the events without gaps and
    ``mac`` is the keyed link (see ``audit_key``) that someone without the key cannot recompute;
    both are empty only on events older than the keyed chain (``AuditChain.keyed_from``).
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(Integer)  # no FK: the first admin is created here
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    seq: Mapped[int | None] = mapped_column(Integer, index=True, unique=True)
    mac: Mapped[str | None] = mapped_column(String(64))
    # No FK, like user_id: the trail outlives any merge or archive of the patient it names.
    patient_id: Mapped[int | None] = mapped_column(Integer)

    # Newest-first pages of one patient's, one user's or one period's events (the audit viewer).
    __table_args__ = (
        Index(None, "entity", "entity_id"),
        Index("ix_audit_events_patient_id_id", "patient_id", "id"),
        Index("ix_audit_events_user_id_id", "user_id", "id"),
        Index("ix_audit_events_occurred_at", "occurred_at"),
        # One action's (or one group's) events newest first, and the list of stored actions.
        Index("ix_audit_events_action_id", "action", "id"),
    )


class AuditChain(Base):
    """The one row describing this database's keyed audit chain (written once, never changed).

    ``chain_id`` names the key outside the database; events from ``keyed_from`` on carry a keyed
    link. ``legacy_max_ids`` holds each table's highest id when the keyed chain began: older rows
    may predate row-by-row auditing (bulk demo data) and are only compared where audited.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[str] = mapped_column(String(32))
    keyed_from: Mapped[int] = mapped_column(Integer)
    legacy_max_ids: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]
