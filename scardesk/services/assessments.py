"""Scar assessments: record, amend, void, list and read.

The stored ``gb_total`` and ``ecca_total`` columns are always written from the domain's
computation of the inputs saved beside them (never from the form), and records handed to
screens recompute them again from those inputs, so a hand-edited total cannot surface.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from scardesk.db.decoding import reading
from scardesk.db.engine import Database
from scardesk.db.models import Assessment, Patient, RegionScarCount, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.assessment import (
    AssessmentData,
    AssessmentInput,
    AssessmentRecord,
    AssessmentSummary,
    RegionCount,
    Suitability,
    validate_assessment,
)
from scardesk.domain.codecs.suitability import decode_suitability, encode_suitability
from scardesk.domain.enums import FacialRegion, Fitzpatrick, GoodmanBaronGrade, Modality, ScarType
from scardesk.domain.errors import (
    ConflictError,
    NotFoundError,
    UnreadableRecordError,
    ValidationError,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.read_events import ReadKind, read_action
from scardesk.domain.recent_assessments import RecentAssessment
from scardesk.domain.records import Changes
from scardesk.domain.scoring import EccaCounts, GoodmanBaronCounts, ecca_score, goodman_baron_score
from scardesk.domain.time import utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.history import require_patient
from scardesk.services.listing import read_each, read_one
from scardesk.services.read_log import note_read

# Domain field -> column; one table so reading and writing cannot drift apart.
GB_COLUMNS: dict[str, str] = {
    "macular": "gb_a_macular",
    "mildly_atrophic_dish": "gb_a_mild_atrophic",
    "moderately_atrophic_dish": "gb_b_moderate_atrophic",
    "punched_out_shallow_small": "gb_b_punched_shallow",
    "shallow_broad_atrophic": "gb_b_shallow_broad",
    "punched_out_deep_normal_base": "gb_c_punched_deep_normal",
    "punched_out_deep_abnormal_base": "gb_c_punched_deep_abnormal",
    "linear_troughed": "gb_c_linear_troughed",
    "deep_broad_atrophic": "gb_c_deep_broad",
    "papular": "gb_d_papular",
    "keloid_area_cm2": "gb_keloid_area_cm2",
}
ECCA_COLUMNS: dict[str, str] = {
    "icepick": "ecca_icepick",
    "boxcar": "ecca_boxcar",
    "rolling": "ecca_rolling",
    "superficial_elastolysis": "ecca_elastolysis",
    "hypertrophic_young": "ecca_hypertrophic_young",
    "keloid_or_old_hypertrophic": "ecca_keloid_old",
}


def gb_counts_of(row: Assessment) -> GoodmanBaronCounts:
    values = {name: getattr(row, column) for name, column in GB_COLUMNS.items()}
    values["keloid_area_cm2"] = float(values["keloid_area_cm2"])
    return GoodmanBaronCounts(**values)


def ecca_counts_of(row: Assessment) -> EccaCounts:
    return EccaCounts(**{name: getattr(row, column) for name, column in ECCA_COLUMNS.items()})


def _data(row: Assessment, regions: list[RegionScarCount]) -> AssessmentData:
    return AssessmentData(
        assessed_at=row.assessed_at,
        fitzpatrick=Fitzpatrick(row.fitzpatrick) if row.fitzpatrick else None,
        gb_grade=GoodmanBaronGrade(row.gb_grade) if row.gb_grade else None,
        gb_counts=gb_counts_of(row),
        ecca_counts=ecca_counts_of(row),
        regions=tuple(
            RegionCount(FacialRegion(r.region), ScarType(r.scar_type), r.count)
            for r in sorted(regions, key=lambda r: r.id)
            if r.count > 0
        ),
        suitability=_suitability(row),
        scar_s_face=row.scar_s_face,
        notes=row.notes,
    )


def _suitability(row: Assessment) -> dict[Modality, Suitability]:
    with reading("assessments", row.id):
        return decode_suitability(row.suitability)


def _record(row: Assessment, regions: list[RegionScarCount]) -> AssessmentRecord:
    return AssessmentRecord(
        id=row.id,
        version=row.version,
        patient_id=row.patient_id,
        practitioner_id=row.practitioner_id,
        data=_data(row, regions),
        voided_at=row.voided_at,
        void_reason=row.void_reason,
    )


def summary_of(row: Assessment) -> AssessmentSummary:
    return AssessmentSummary(
        id=row.id,
        version=row.version,
        assessed_at=row.assessed_at,
        practitioner_id=row.practitioner_id,
        fitzpatrick=Fitzpatrick(row.fitzpatrick) if row.fitzpatrick else None,
        gb_grade=GoodmanBaronGrade(row.gb_grade) if row.gb_grade else None,
        gb_total=goodman_baron_score(gb_counts_of(row)),
        ecca_total=ecca_score(ecca_counts_of(row)),
        voided_at=row.voided_at,
    )


RECENT_LIMIT_MAX = 200


def _regions(session: Session, assessment_id: int) -> list[RegionScarCount]:
    return list(
        session.scalars(
            select(RegionScarCount).where(RegionScarCount.assessment_id == assessment_id)
        )
    )


def assessment_columns(data: AssessmentData) -> dict[str, Any]:
    """The ``assessments`` values of a validated assessment (the app's save and the demo's bulk
    insert share this); the totals are always the domain's computation."""
    columns: dict[str, Any] = {
        "assessed_at": data.assessed_at,
        "fitzpatrick": data.fitzpatrick.value if data.fitzpatrick else None,
        "gb_grade": data.gb_grade.value if data.gb_grade else None,
    }
    for name, column in GB_COLUMNS.items():
        columns[column] = getattr(data.gb_counts, name)
    for name, column in ECCA_COLUMNS.items():
        columns[column] = getattr(data.ecca_counts, name)
    columns.update(
        gb_total=data.gb_total,
        ecca_total=data.ecca_total,
        suitability=encode_suitability(data.suitability),
        scar_s_face=data.scar_s_face,
        notes=data.notes,
    )
    return columns


def _apply(row: Assessment, data: AssessmentData) -> None:
    for name, value in assessment_columns(data).items():
        setattr(row, name, value)


def _apply_regions(session: Session, assessment_id: int, data: AssessmentData) -> None:
    # Rows are never deleted: a region count that went away is set to 0 and read as absent.
    wanted = {(r.region.value, r.scar_type.value): r.count for r in data.regions}
    existing = {(r.region, r.scar_type): r for r in _regions(session, assessment_id)}
    for key, stored in existing.items():
        count = wanted.pop(key, 0)
        if stored.count != count:
            stored.count = count
    for (region, scar_type), count in wanted.items():
        session.add(
            RegionScarCount(
                assessment_id=assessment_id, region=region, scar_type=scar_type, count=count
            )
        )


def bump_version(session: Session, row: Assessment | Any, seen_version: int) -> None:
    """Make sure an edit of a row's children (region counts, plan items) bumps the row's version.

    When only child rows changed, the ORM writes no UPDATE for the parent, and a stale copy
    of the same record could then be saved over this edit unnoticed. The guarded UPDATE also
    checks the version once more, in the same transaction.
    """
    if row.version != seen_version:
        return  # the parent itself changed: the ORM already bumped it
    table = cast(Table, type(row).__table__)
    result = session.execute(
        update(table)
        .where(table.c.id == row.id, table.c.version == seen_version)
        .values(version=seen_version + 1)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConflictError(table.name, row.id, seen_version, None)
    session.refresh(row)


def _recent(row: Assessment, latin: str, arabic: str, practitioner: str) -> RecentAssessment:
    """One line of the recent list; an undecodable assessment keeps its line, marked unreadable."""
    try:
        with reading("assessments", row.id):
            return RecentAssessment(
                id=row.id,
                patient_id=row.patient_id,
                patient_name_latin=latin,
                patient_name_arabic=arabic,
                assessed_at=row.assessed_at,
                practitioner_name=practitioner,
                gb_grade=GoodmanBaronGrade(row.gb_grade) if row.gb_grade else None,
                gb_total=goodman_baron_score(gb_counts_of(row)),
                ecca_total=ecca_score(ecca_counts_of(row)),
                fitzpatrick=Fitzpatrick(row.fitzpatrick) if row.fitzpatrick else None,
            )
    except UnreadableRecordError:
        return RecentAssessment(
            row.id,
            row.patient_id,
            latin,
            arabic,
            row.assessed_at,
            practitioner,
            None,
            0,
            0,
            None,
            readable=False,
        )


class AssessmentService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(
        self, actor: Actor, patient_id: int, form: AssessmentInput, now: datetime | None = None
    ) -> tuple[AssessmentRecord, Changes]:
        check(self._db, actor, Permission.EDIT_CLINICAL)
        data = validate_assessment(form, now or utc_now())
        if actor.user_id is None:
            raise ValidationError({"practitioner": Message("assessment.needs_signed_in_user")})
        with UnitOfWork(self._db, actor, "assessment.create") as uow:
            require_patient(uow.session, patient_id)
            row = Assessment(patient_id=patient_id, practitioner_id=actor.user_id)
            _apply(row, data)
            uow.session.add(row)
            uow.session.flush()  # region rows need the assessment's id
            _apply_regions(uow.session, row.id, data)
            uow.session.flush()
            record = _record(row, _regions(uow.session, row.id))
        return record, Changes(patients=frozenset({patient_id}), assessments=frozenset({record.id}))

    def amend(
        self,
        actor: Actor,
        assessment_id: int,
        expected_version: int,
        form: AssessmentInput,
        now: datetime | None = None,
    ) -> tuple[AssessmentRecord, Changes]:
        """Save a correction made on ``expected_version``; the audit keeps what it replaced."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        data = validate_assessment(form, now or utc_now())
        with UnitOfWork(self._db, actor, "assessment.amend") as uow:
            row = uow.get_for_update(Assessment, assessment_id, expected_version)
            if row.voided_at is not None:
                raise ValidationError({"assessment": Message("assessment.voided")})
            _apply(row, data)
            _apply_regions(uow.session, row.id, data)
            uow.session.flush()
            bump_version(uow.session, row, expected_version)
            record = _record(row, _regions(uow.session, row.id))
        return record, Changes(
            patients=frozenset({record.patient_id}), assessments=frozenset({record.id})
        )

    def void(
        self, actor: Actor, assessment_id: int, expected_version: int, reason: str
    ) -> tuple[AssessmentRecord, Changes]:
        check(self._db, actor, Permission.EDIT_CLINICAL)
        clean_reason = validate_reason(reason)
        with UnitOfWork(self._db, actor, "assessment.void") as uow:
            row = uow.get_for_update(Assessment, assessment_id, expected_version)
            if row.voided_at is not None:
                raise ValidationError({"reason": Message("assessment.already_voided")})
            row.voided_at = utc_now()
            row.void_reason = clean_reason
            uow.session.flush()
            record = _record(row, _regions(uow.session, row.id))
        return record, Changes(
            patients=frozenset({record.patient_id}), assessments=frozenset({record.id})
        )

    def get(self, actor: Actor, assessment_id: int) -> AssessmentRecord:
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            row = session.get(Assessment, assessment_id)
            if row is None:
                raise NotFoundError(Message("not_found.assessment", {"id": assessment_id}))
            return read_one("assessments", row, lambda r: _record(r, _regions(session, r.id)))

    def open(self, actor: Actor, assessment_id: int) -> AssessmentRecord:
        """The assessment a user opened: ``get`` plus the read logged (assessment.view)."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with UnitOfWork(self._db, actor, read_action(ReadKind.ASSESSMENT_VIEW)) as uow:
            row = uow.session.get(Assessment, assessment_id)
            if row is None:
                raise NotFoundError(Message("not_found.assessment", {"id": assessment_id}))
            record = read_one("assessments", row, lambda r: _record(r, _regions(uow.session, r.id)))
            note_read(uow, ReadKind.ASSESSMENT_VIEW, row.patient_id, "assessments", row.id)
        return record

    def list_for_patient(
        self, actor: Actor, patient_id: int, include_voided: bool = False
    ) -> list[AssessmentSummary | UnreadableRecord]:
        """The patient's assessments, newest first, without region detail (fast to show).

        One that cannot be decoded is listed as an ``UnreadableRecord`` in its place.
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            query = select(Assessment).where(Assessment.patient_id == patient_id)
            if not include_voided:
                query = query.where(Assessment.voided_at.is_(None))
            rows = session.scalars(query.order_by(Assessment.assessed_at.desc(), Assessment.id))
            return read_each("assessments", rows, summary_of, when="assessed_at")

    def latest_fitzpatrick(self, actor: Actor, patient_id: int) -> Fitzpatrick | None:
        """Skin type from the newest assessment that recorded one, else the patient's record."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            patient = require_patient(session, patient_id)
            latest = session.scalar(
                select(Assessment.fitzpatrick)
                .where(
                    Assessment.patient_id == patient_id,
                    Assessment.voided_at.is_(None),
                    Assessment.fitzpatrick.is_not(None),
                )
                .order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
                .limit(1)
            )
            value = latest or patient.fitzpatrick
            return Fitzpatrick(value) if value else None

    def recent(self, actor: Actor, limit: int = 50, offset: int = 0) -> list[RecentAssessment]:
        """Current assessments across all patients, newest first, one page at a time.

        Paged in the query (``limit``/``offset``) so the list screen fetches as it scrolls.
        Archived patients are left out: their records are kept, not worked on.
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        if not 0 < limit <= RECENT_LIMIT_MAX or offset < 0:
            raise ValueError(f"limit must be 1 to {RECENT_LIMIT_MAX} and offset 0 or more")
        with self._db.sessions() as session:
            rows = session.execute(
                select(Assessment, Patient.name_latin, Patient.name_arabic, User.display_name)
                .join(Patient, Patient.id == Assessment.patient_id)
                .join(User, User.id == Assessment.practitioner_id)
                .where(Assessment.voided_at.is_(None), Patient.archived_at.is_(None))
                .order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
                .limit(limit)
                .offset(offset)
            )
            return [_recent(row, latin, arabic, who) for row, latin, arabic, who in rows]
