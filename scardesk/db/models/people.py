"""Users, patients, their medical history and their consents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, LargeBinary, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from scardesk.db.models.base import Base, Versioned, Voidable, short_text, user_fk


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    # Printed in the Arabic column of documents instead of the Latin name.
    display_name_arabic: Mapped[str | None] = short_text(120)
    role: Mapped[str] = mapped_column(String(20))
    licence_number: Mapped[str | None] = short_text(60)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    # Granted to chosen practitioners: the only ones who may change the safety rules' values.
    clinical_lead: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Reads the audit trail with the admin (PDPL: someone answers for who saw what).
    privacy_officer: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Set by an admin's reset: the one-time password must be replaced at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    password_changed_at: Mapped[datetime | None]
    # How this person wants the screens to read (domain.display_prefs): part of their profile,
    # so the same person sees the same language on every workstation of the clinic.
    display_language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    display_digits: Mapped[str] = mapped_column(
        String(16), default="western", server_default="western"
    )
    display_hijri: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SignInThrottle(Base):
    """Failed sign-ins per typed user name, shared by every workstation of the clinic.

    Keyed by the name as typed (folded), not by account, so an unknown name is slowed and
    locked exactly like a real one and the answer never tells which names exist.
    """

    __tablename__ = "sign_in_throttle"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    failures: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    locked_at: Mapped[datetime | None]


#: The rows the one-registration-per-document index covers.
_LIVE_DOCUMENT = "civil_number IS NOT NULL AND merged_into_id IS NULL AND duplicate_of_id IS NULL"


class Patient(Versioned, Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_latin: Mapped[str] = mapped_column(String(120), default="")
    name_arabic: Mapped[str] = mapped_column(String(120), default="")
    # Folded Latin + Arabic tokens (clinical reference §8), the column search runs on, through
    # the full-text index (db.search_index); the number and birth-date searches have their own
    # indexes there too (revisions 0009 and 0016).
    search_text: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date]
    sex: Mapped[str] = mapped_column(String(10))
    # The identity document's number, whatever its type (domain.identity): digits for a civil
    # number or GCC ID, letters and digits for a passport.
    civil_number: Mapped[str | None] = mapped_column(String(20))
    document_type: Mapped[str | None] = short_text(20)
    document_expiry: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    email: Mapped[str | None] = short_text(254)
    address: Mapped[str | None] = mapped_column(Text)
    emergency_contact_name: Mapped[str | None] = short_text(120)
    emergency_contact_phone: Mapped[str | None] = short_text(20)
    fitzpatrick: Mapped[str | None] = short_text(3)
    archived_at: Mapped[datetime | None]
    archive_reason: Mapped[str | None] = mapped_column(Text)
    # Set when this record was merged into another (it is archived, never deleted): search
    # and opening it lead to the survivor.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"), index=True)
    # Set by revision 0004 on a record whose document an older record already held before
    # duplicates were refused; it waits for a practitioner to merge the two.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        # One live registration per identity document (type + number). Merged records keep
        # their old document for the audit trail, so they are left out, as are the legacy
        # duplicates revision 0004 found; archived ones stay in: a returning patient is
        # restored, not registered again.
        Index(
            "uq_patients_document",
            "document_type",
            "civil_number",
            unique=True,
            sqlite_where=text(_LIVE_DOCUMENT),
            postgresql_where=text(_LIVE_DOCUMENT),
        ),
    )


class HistoryEntry(Voidable, Base):
    """One dated answer to one medical-history question. Append-only: a new answer is a new row."""

    __tablename__ = "history_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    fact: Mapped[str] = mapped_column(String(40))
    answer: Mapped[str] = mapped_column(String(10))  # yes / no / unknown — never implied
    fact_date: Mapped[date | None]  # e.g. isotretinoin end date, expected delivery date
    detail: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = user_fk()

    __table_args__ = (Index(None, "patient_id", "fact", "recorded_at"),)


class Consent(Versioned, Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    form_version: Mapped[str] = mapped_column(String(20))
    captured_at: Mapped[datetime]
    captured_by_id: Mapped[int] = user_fk()
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_by_guardian: Mapped[str | None] = short_text(120)
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by_id: Mapped[int | None] = user_fk(nullable=True)
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
