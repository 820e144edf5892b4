"""A patient's "Who has seen this record" report: every logged read, newest first.

Who may see it: VIEW_AUDIT only (the administrator and any privacy officer), not the patient's
practitioner. The list says which colleague looked at which record and when: that is
monitoring of staff, which the clinic entrusts to the privacy officer who answers a patient's
request under the data-protection law; a practitioner who could read it could also check
whether anyone was watching their own look-ups. The practitioner still sees the record itself.

Reading the report is itself a read of the patient's trail and is logged (readers.view, once
per opening: the next pages of the same list are not new views; readers.export for the PDF).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.documents.readers import ReadersReport, render_readers_pdf
from scardesk.domain.enums import Role
from scardesk.domain.permissions import Permission
from scardesk.domain.read_events import (
    ReaderRow,
    ReadersPage,
    ReadKind,
    kind_of_action,
    read_action,
    read_actions,
)
from scardesk.domain.time import utc_now
from scardesk.services.access import check
from scardesk.services.history import require_patient
from scardesk.services.read_log import note_read

MAX_READERS_PAGE = 500
#: A PDF lists at most this many reads (newest); the screen pages through all of them.
MAX_PDF_ROWS = 5000


def _role(value: str | None) -> Role | None:
    try:
        return Role(value) if value else None
    except ValueError:
        return None


def _row(event: Any) -> ReaderRow | None:
    kind = kind_of_action(event.action)
    if kind is None:
        return None
    return ReaderRow(
        event_id=event.id,
        occurred_at=event.occurred_at,
        user_name=event.display_name or "ScarDesk (system)",
        role=_role(event.role),
        kind=kind,
        entity=event.entity,
        entity_id=event.entity_id,
        user_name_arabic=event.display_name_arabic or None,
        by_system=event.display_name is None,
    )


class RecordReaders:
    def __init__(self, database: Database) -> None:
        self._db = database

    def readers(
        self, actor: Actor, patient_id: int, *, limit: int = 100, before_id: int | None = None
    ) -> ReadersPage:
        """One page of reads of the patient's record, newest first (keyset paging by event id).

        The first page (``before_id`` None) logs that the report was viewed, committed just
        before the list is read, so the viewer's own line is at the top of what they see."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        limit = max(1, min(limit, MAX_READERS_PAGE))
        if before_id is None:
            with UnitOfWork(self._db, actor, read_action(ReadKind.READERS_VIEW)) as uow:
                require_patient(uow.session, patient_id)
                note_read(uow, ReadKind.READERS_VIEW, patient_id)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            found = _events(session, patient_id, limit + 1, before_id)
        return ReadersPage(tuple(found[:limit]), has_more=len(found) > limit)

    def pdf(self, actor: Actor, patient_id: int) -> bytes:
        """The report as a PDF (the newest ``MAX_PDF_ROWS`` reads); logged as readers.export."""
        check(self._db, actor, Permission.VIEW_AUDIT)
        with UnitOfWork(self._db, actor, read_action(ReadKind.READERS_EXPORT)) as uow:
            require_patient(uow.session, patient_id)
            rows = _events(uow.session, patient_id, MAX_PDF_ROWS, None)
            note_read(uow, ReadKind.READERS_EXPORT, patient_id)
            made_by = uow.session.scalar(select(User.display_name).where(User.id == actor.user_id))
        report = ReadersReport(
            patient_id=patient_id,
            rows=tuple(rows),
            made_at=utc_now(),
            made_by=made_by or "ScarDesk (system)",
            truncated=len(rows) >= MAX_PDF_ROWS,
        )
        return render_readers_pdf(report)


def _events(
    session: Session, patient_id: int, limit: int, before_id: int | None
) -> list[ReaderRow]:
    """Reads of one patient, newest first: the (patient_id, id) index serves the order."""
    query = (
        select(
            AuditEvent.id,
            AuditEvent.occurred_at,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_id,
            User.display_name,
            User.display_name_arabic,
            User.role,
        )
        .outerjoin(User, User.id == AuditEvent.user_id)
        .where(AuditEvent.patient_id == patient_id, AuditEvent.action.in_(read_actions()))
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    return [row for row in map(_row, session.execute(query)) if row is not None]
