"""Products and lots, appointments, treatment sessions and everything recorded in one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from scardesk.db.models.base import COPY_OF, Base, Versioned, Voidable, short_text, user_fk


class Product(Versioned, Base):
    """A product by brand. Toxin units belong to the brand and are never converted."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand: Mapped[str] = mapped_column(String(80))
    nonproprietary_name: Mapped[str] = mapped_column(String(120))
    modality: Mapped[str] = mapped_column(String(30))
    unit_kind: Mapped[str] = mapped_column(String(20))
    vial_units: Mapped[int | None] = mapped_column(Integer)
    reconstitution_window_hours: Mapped[int | None] = mapped_column(Integer)
    price_baisa: Mapped[int | None] = mapped_column(Integer)  # 1 OMR = 1,000 baisa
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("brand", "nonproprietary_name"),)


class Lot(Versioned, Base):
    __tablename__ = "lots"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    lot_number: Mapped[str] = mapped_column(String(60))
    expiry_date: Mapped[date] = mapped_column(index=True)
    quantity_received: Mapped[int] = mapped_column(Integer, default=0)
    quantity_in_stock: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("product_id", "lot_number"),)


class Appointment(Versioned, Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    practitioner_id: Mapped[int] = user_fk()
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    planned_modalities: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="booked")
    is_toxin_review: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int] = user_fk()
    created_at: Mapped[datetime]

    # (patient_id, starts_at): a patient's next booking, one index step per search row (0009).
    __table_args__ = (
        Index(None, "practitioner_id", "starts_at"),
        Index(None, "patient_id", "starts_at"),
    )


class TreatmentSession(Versioned, Voidable, Base):
    """What was done at one visit. Read-only once signed; corrections are amendments."""

    __tablename__ = "treatment_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_plans.id"))
    practitioner_id: Mapped[int] = user_fk()
    supervising_prescriber_id: Mapped[int | None] = user_fk(nullable=True)
    performed_at: Mapped[datetime]
    cleansing_done: Mapped[bool] = mapped_column(Boolean, default=False)
    anaesthetic_agent: Mapped[str | None] = short_text(80)
    anaesthetic_minutes: Mapped[int | None] = mapped_column(Integer)
    no_adverse_events: Mapped[bool | None] = mapped_column(Boolean)  # "none" stated explicitly
    # Antiviral cover given for a patient with herpes simplex history (clinical reference §6).
    antiviral_prophylaxis: Mapped[bool] = mapped_column(Boolean, default=False)
    post_notes: Mapped[str | None] = mapped_column(Text)
    fee_baisa: Mapped[int | None] = mapped_column(Integer)
    signed_at: Mapped[datetime | None]
    signed_by_id: Mapped[int | None] = user_fk(nullable=True)

    __table_args__ = (Index(None, "patient_id", "performed_at"),)


class ModalityEntry(Base):
    """One modality performed in a session, with its own parameters (clinical reference §5–§6)."""

    __tablename__ = "modality_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_sessions.id"), index=True)
    modality: Mapped[str] = mapped_column(String(30))
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))


class ToxinEntry(Base):
    __tablename__ = "toxin_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    modality_entry_id: Mapped[int] = mapped_column(ForeignKey("modality_entries.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id"), index=True)
    vial_units: Mapped[int] = mapped_column(Integer)
    diluent_ml: Mapped[float] = mapped_column(Float)
    reconstituted_at: Mapped[datetime]
    total_units: Mapped[float] = mapped_column(Float)
    waste_units: Mapped[float] = mapped_column(Float, default=0.0)
    units_per_cm3: Mapped[float | None] = mapped_column(Float)
    # The session's id and time, copied here (revision 0013) so that one index holds a lot's
    # uses in the recall report's order: its first screenful comes off the index, not out of
    # a sort of every use of the lot (issue #16). Always equal to the session's own values.
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id"), info={COPY_OF: "modality_entries.session_id"}
    )
    performed_at: Mapped[datetime] = mapped_column(
        info={COPY_OF: "treatment_sessions.performed_at"}
    )
    # And what the recall needs of the session besides (revision 0014): whose it was, who
    # treated, whether it was voided. The walk then reads one index and the patients, not
    # every session of the lot as well (1.2 s for the busiest lot at 1,000,000 patients).
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id"), info={COPY_OF: "treatment_sessions.patient_id"}
    )
    practitioner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id"), info={COPY_OF: "treatment_sessions.practitioner_id"}
    )
    session_voided_at: Mapped[datetime | None] = mapped_column(
        info={COPY_OF: "treatment_sessions.voided_at"}
    )

    # The lot recall's walk: one lot's uses in report order with all it reads of them.
    __table_args__ = (
        Index(
            "ix_toxin_entries_recall_walk",
            "lot_id",
            "performed_at",
            "session_id",
            "total_units",
            "patient_id",
            "practitioner_id",
            "session_voided_at",
        ),
    )


class InjectionPoint(Base):
    """A point on the face map (coordinates 0–1 of the map's width and height) and its units."""

    __tablename__ = "injection_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    toxin_entry_id: Mapped[int] = mapped_column(ForeignKey("toxin_entries.id"), index=True)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    region: Mapped[str | None] = short_text(20)
    units: Mapped[float] = mapped_column(Float)


class AdverseEvent(Base):
    __tablename__ = "adverse_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_sessions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    severity: Mapped[str] = mapped_column(String(20))
    action_taken: Mapped[str | None] = mapped_column(Text)
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    noted_at: Mapped[datetime]


class SessionAmendment(Base):
    """A correction to a signed session: what changed, why, who and when."""

    __tablename__ = "session_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_sessions.id"), index=True)
    amended_at: Mapped[datetime]
    amended_by_id: Mapped[int] = user_fk()
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)


class SafetyOverride(Base):
    """A practitioner's reasoned override of a safety-gate finding."""

    __tablename__ = "safety_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_sessions.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    rule_code: Mapped[str] = mapped_column(String(60))
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text)
    overridden_by_id: Mapped[int] = user_fk()
    overridden_at: Mapped[datetime]
