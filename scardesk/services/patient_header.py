"""The header shown when a patient is opened: who they are and, for clinicians, what to watch.

Opening a record is audited as a read ("read.patient.open", see ``read_log``): Oman's
data-protection rules and clinic users alike ask for a log of who *viewed* a record, not only
who changed it (clinical reference §8, §9). Safety flags and the photo are clinical data: a
role without VIEW_CLINICAL (the front desk) gets ``None`` for both, never a partial list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import HistoryEntry, Patient, Photo
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.enums import Answer, HistoryFact, Sex, ViewAngle
from scardesk.domain.errors import NotFoundError
from scardesk.domain.messages import Message
from scardesk.domain.patient_header import HEADER_FACTS, PatientHeader, SafetyFlag
from scardesk.domain.permissions import Permission
from scardesk.domain.read_events import ReadKind, read_action
from scardesk.domain.time import age_on, muscat_today, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services.access import check, permitted
from scardesk.services.listing import read_each
from scardesk.services.read_log import note_read


class PatientHeaderService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._clock = clock

    def open(self, actor: Actor, patient_id: int) -> PatientHeader:
        """The header of one patient a user opened; logs the read (patient.open)."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        clinical = permitted(self._db, actor, Permission.VIEW_CLINICAL)
        with UnitOfWork(self._db, actor, read_action(ReadKind.PATIENT_OPEN)) as uow:
            header = self._header(uow.session, patient_id, clinical)
            note_read(uow, ReadKind.PATIENT_OPEN, patient_id, detail={"clinical": clinical})
        return header

    def refresh(self, actor: Actor, patient_id: int) -> PatientHeader:
        """The header again for a workspace already open (after a save): not a new read."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        clinical = permitted(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            return self._header(session, patient_id, clinical)

    def _header(self, session: Session, patient_id: int, clinical: bool) -> PatientHeader:
        row = session.get(Patient, patient_id)
        if row is None:
            raise NotFoundError(Message("not_found.patient", {"id": patient_id}))
        flags: tuple[SafetyFlag, ...] | None = None
        unreadable: tuple[UnreadableRecord, ...] = ()
        thumbnail: tuple[bytes, str] | None = None
        if clinical:
            flags, unreadable = self._flags(session, patient_id)
            photo = session.execute(
                select(Photo.thumbnail, Photo.media_type)
                .where(
                    Photo.patient_id == patient_id,
                    Photo.view_angle == ViewAngle.FRONT.value,
                    Photo.voided_at.is_(None),
                )
                .order_by(Photo.taken_at.desc(), Photo.id.desc())
                .limit(1)
            ).first()
            thumbnail = (photo[0], photo[1]) if photo else None
        today = muscat_today(self._clock())
        header = PatientHeader(
            id=row.id,
            version=row.version,
            name_latin=row.name_latin,
            name_arabic=row.name_arabic,
            date_of_birth=row.date_of_birth,
            age=age_on(row.date_of_birth, today) if row.date_of_birth <= today else 0,
            sex=Sex(row.sex),
            archived=row.archived_at is not None,
            thumbnail=thumbnail[0] if thumbnail else None,
            thumbnail_media_type=thumbnail[1] if thumbnail else None,
            safety_flags=flags,
            unreadable_flags=unreadable,
            merged_into_id=row.merged_into_id,
            merged_from=tuple(
                session.scalars(
                    select(Patient.id)
                    .where(Patient.merged_into_id == patient_id)
                    .order_by(Patient.id)
                )
            ),
        )
        return header

    @staticmethod
    def _flags(
        session: Session, patient_id: int
    ) -> tuple[tuple[SafetyFlag, ...], tuple[UnreadableRecord, ...]]:
        entries = session.scalars(
            select(HistoryEntry)
            .where(
                HistoryEntry.patient_id == patient_id,
                HistoryEntry.fact.in_([fact.value for fact in HEADER_FACTS]),
                HistoryEntry.voided_at.is_(None),
            )
            .order_by(HistoryEntry.recorded_at, HistoryEntry.id)
        )
        latest: dict[str, HistoryEntry] = {}
        for entry in entries:  # ascending, so the last one written per fact wins
            latest[entry.fact] = entry

        def flag(entry: HistoryEntry) -> SafetyFlag:
            return SafetyFlag(
                fact=HistoryFact(entry.fact),
                answer=Answer(entry.answer),
                fact_date=entry.fact_date,
                detail=entry.detail,
                recorded_at=entry.recorded_at,
            )

        shown = [latest[fact.value] for fact in HEADER_FACTS if fact.value in latest]
        found = read_each("history_entries", shown, flag, when="recorded_at")
        return (
            tuple(f for f in found if isinstance(f, SafetyFlag)),
            tuple(f for f in found if isinstance(f, UnreadableRecord)),
        )
