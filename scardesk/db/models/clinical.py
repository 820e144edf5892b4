"""Assessments with their scores, photos, and treatment plans."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scardesk.db.models.base import Base, Versioned, Voidable, short_text, user_fk


class Assessment(Versioned, Voidable, Base):
    """A scar assessment. Score totals are stored beside the inputs they are computed from."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    assessed_at: Mapped[datetime]
    practitioner_id: Mapped[int] = user_fk()
    fitzpatrick: Mapped[str | None] = short_text(3)
    gb_grade: Mapped[str | None] = short_text(2)  # Goodman & Baron qualitative 1–4
    # Goodman & Baron quantitative inputs, one count per subtype (clinical reference §3.2).
    gb_a_macular: Mapped[int] = mapped_column(Integer, default=0)
    gb_a_mild_atrophic: Mapped[int] = mapped_column(Integer, default=0)
    gb_b_moderate_atrophic: Mapped[int] = mapped_column(Integer, default=0)
    gb_b_punched_shallow: Mapped[int] = mapped_column(Integer, default=0)
    gb_b_shallow_broad: Mapped[int] = mapped_column(Integer, default=0)
    gb_c_punched_deep_normal: Mapped[int] = mapped_column(Integer, default=0)
    gb_c_punched_deep_abnormal: Mapped[int] = mapped_column(Integer, default=0)
    gb_c_linear_troughed: Mapped[int] = mapped_column(Integer, default=0)
    gb_c_deep_broad: Mapped[int] = mapped_column(Integer, default=0)
    gb_d_papular: Mapped[int] = mapped_column(Integer, default=0)
    gb_keloid_area_cm2: Mapped[float] = mapped_column(Float, default=0.0)
    gb_total: Mapped[int] = mapped_column(Integer, default=0)
    # ECCA inputs (clinical reference §3.3).
    ecca_icepick: Mapped[int] = mapped_column(Integer, default=0)
    ecca_boxcar: Mapped[int] = mapped_column(Integer, default=0)
    ecca_rolling: Mapped[int] = mapped_column(Integer, default=0)
    ecca_elastolysis: Mapped[int] = mapped_column(Integer, default=0)
    ecca_hypertrophic_young: Mapped[int] = mapped_column(Integer, default=0)
    ecca_keloid_old: Mapped[int] = mapped_column(Integer, default=0)
    ecca_total: Mapped[int] = mapped_column(Integer, default=0)
    scar_s_face: Mapped[int | None] = mapped_column(Integer)
    suitability: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # modality -> verdict
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index(None, "patient_id", "assessed_at"), Index(None, "assessed_at"))


class RegionScarCount(Base):
    """How many scars of one type one facial region shows in one assessment."""

    __tablename__ = "region_scar_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    region: Mapped[str] = mapped_column(String(20))
    scar_type: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer)


class Photo(Voidable, Base):
    """A clinical photo: downscaled, EXIF (GPS included) removed before it is stored.

    The full image lives in ``photo_images``: a megabyte-sized column in this row would make
    SQLite walk its overflow pages for every list of thumbnails and metadata.
    """

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_sessions.id"), index=True)
    view_angle: Mapped[str] = mapped_column(String(20))
    taken_at: Mapped[datetime]
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(20), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_by_id: Mapped[int] = user_fk()


class PhotoBlob(Base):
    """The full stored image of one photo, kept apart from its small, often-read row."""

    __tablename__ = "photo_images"

    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)


class TreatmentPlan(Versioned, Base):
    __tablename__ = "treatment_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = user_fk()
    status: Mapped[str] = mapped_column(String(20), default="active")
    goals: Mapped[str | None] = mapped_column(Text)
    started_on: Mapped[date | None]
    stop_reason: Mapped[str | None] = mapped_column(Text)


class PlanItem(Versioned, Base):
    """One modality in a plan: how many sessions, how far apart."""

    __tablename__ = "plan_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("treatment_plans.id"), index=True)
    modality: Mapped[str] = mapped_column(String(30))
    sessions_planned: Mapped[int] = mapped_column(Integer)
    interval_days: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
