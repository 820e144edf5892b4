"""Merging two records of one person into the one that survives.

Everything recorded under the other record — appointments, sessions, photos, issued documents,
assessments, plans, consents, history answers, safety overrides: every row whose
``patient_id`` points at it — moves to the survivor; the other record is archived with
``merged_into_id`` pointing at the survivor and the reason, and nothing is deleted. The rows to
move are found from the models' foreign keys, so a table added later is moved too.

It is one unit of work: every moved row is audited by the flush (before and after), plus one
"patient.merge" event that names both files, the reason and what moved; a failure anywhere
writes nothing. Both records are loaded at the versions the user saw, so a merge decided on a
stale screen is a conflict, and a row changed elsewhere meanwhile fails the commit the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Base, Patient, TreatmentSession
from scardesk.db.models.base import COPY_OF
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.merge import MergePreview, MergeResult, MergeSide, combine
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.time import utc_now
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.attest import attested
from scardesk.services.patients import (
    apply_data,
    claim_document,
    document_holder,
    duplicate_document,
    patient_record,
)
from scardesk.services.session_store import copy_session_to_entries

#: Moved rows of these tables are reported back so their screens reload.
_CHANGE_KINDS = {
    "appointments": "appointments",
    "treatment_sessions": "sessions",
    "assessments": "assessments",
}

#: Tables with at most one row per patient and these columns: the survivor's own row wins and
#: the merged record keeps its row (nothing is deleted), so the merge never trips the rule.
#: Contact preferences: one per patient. Reminders sent: one per kind and due day.
_ONE_PER_PATIENT: dict[str, tuple[str, ...]] = {
    "contact_preferences": (),
    "reminders_sent": ("kind", "due_on"),
}


def _clashes(session: Session, model: type[Base], child: object, survivor_id: int) -> bool:
    keys = _ONE_PER_PATIENT.get(model.__tablename__)
    if keys is None:
        return False
    columns = model.__table__.c
    same = select(func.count()).select_from(model).where(columns.patient_id == survivor_id)
    for key in keys:
        same = same.where(columns[key] == getattr(child, key))
    return bool(session.scalar(same))


def patient_children() -> list[type[Base]]:
    """Every mapped table with a ``patient_id`` of its own that refers to ``patients.id``.

    A copy of another row's patient (``COPY_OF``: a toxin entry's, of its session's) follows
    that row instead, through the function that keeps the copy.
    """
    found = []
    for mapper in Base.registry.mappers:
        column = mapper.columns.get("patient_id")
        if (
            column is not None
            and COPY_OF not in column.info
            and any(fk.column.table.name == "patients" for fk in column.foreign_keys)
        ):
            found.append(mapper.class_)
    return sorted(found, key=lambda model: model.__tablename__)


class PatientMergeService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._clock = clock

    def preview(self, actor: Actor, survivor_id: int, other_id: int) -> MergePreview:
        """Both records and how many rows of each kind each holds (never their content)."""
        check(self._db, actor, Permission.MERGE_PATIENTS)
        with self._db.sessions() as session:
            survivor, other = (self._load(session, pid) for pid in (survivor_id, other_id))
            counts = {
                model.__tablename__: (
                    self._count(session, model, survivor_id),
                    self._count(session, model, other_id),
                )
                for model in patient_children()
            }
            return MergePreview(patient_record(survivor), patient_record(other), counts)

    def merge(
        self,
        actor: Actor,
        survivor: tuple[int, int],
        merged: tuple[int, int],
        choices: Mapping[str, MergeSide],
        reason: str,
        *,
        password: str | None = None,
    ) -> tuple[MergeResult, Changes]:
        """Merge file ``merged`` (id, version seen) into ``survivor`` (id, version seen).

        Approving a merge attests both records are one person: it takes the approver's
        password (see services.attest).
        """
        check(self._db, actor, Permission.MERGE_PATIENTS)
        clean_reason = validate_reason(reason)
        if survivor[0] == merged[0]:
            raise ValidationError({"merged": Message("merge.with_itself")})
        try:
            with attested(
                self._db,
                actor,
                "patient.merge",
                password,
                entity="patients",
                entity_id=survivor[0],
                detail={"merged_id": merged[0]},
            ) as uow:
                result, changes = self._merge(uow, survivor, merged, choices, clean_reason)
        except IntegrityError:
            # Someone registered the chosen document between our check and the write.
            with self._db.sessions() as session:
                row = self._load(session, survivor[0])
                holder = document_holder(
                    session, patient_record(row).data, leaving_out=frozenset({row.id})
                )
            if holder is None:
                raise
            raise duplicate_document(holder) from None
        return result, changes

    def _merge(
        self,
        uow: UnitOfWork,
        survivor_seen: tuple[int, int],
        merged_seen: tuple[int, int],
        choices: Mapping[str, MergeSide],
        reason: str,
    ) -> tuple[MergeResult, Changes]:
        session = uow.session
        survivor = uow.get_for_update(Patient, *survivor_seen)
        merged = uow.get_for_update(Patient, *merged_seen)
        for row, field in ((survivor, "survivor"), (merged, "merged")):
            if row.merged_into_id is not None:
                raise ValidationError(
                    {
                        field: Message(
                            "merge.already_merged", {"file": row.id, "into": row.merged_into_id}
                        )
                    }
                )
        if survivor.archived_at is not None:
            raise ValidationError({"survivor": Message("merge.survivor_archived")})
        data = combine(patient_record(survivor).data, patient_record(merged).data, choices)

        moved: dict[str, int] = {}
        touched: dict[str, set[int]] = {kind: set() for kind in _CHANGE_KINDS.values()}
        for model in patient_children():
            table = model.__tablename__
            owned = select(model).where(model.__table__.c.patient_id == merged.id)
            rows = [
                child
                for child in session.scalars(owned)
                if not _clashes(session, model, child, survivor.id)
            ]
            for child in rows:
                child.patient_id = survivor.id  # type: ignore[attr-defined]
                if isinstance(child, TreatmentSession):
                    # Its toxin entries carry its patient for the recall (revision 0014).
                    copy_session_to_entries(session, child)
                if table in _CHANGE_KINDS:
                    touched[_CHANGE_KINDS[table]].add(child.id)  # type: ignore[attr-defined]
            moved[table] = len(rows)
        # Records pointing at the merged one (older merges, legacy duplicates) now point at the
        # survivor, so every chain ends in one hop.
        for pointer in (Patient.merged_into_id, Patient.duplicate_of_id):
            for row in session.scalars(select(Patient).where(pointer == merged.id)):
                if row.id != survivor.id:
                    setattr(row, pointer.key, survivor.id)

        now = self._clock()
        merged.merged_into_id = survivor.id
        merged.duplicate_of_id = None
        merged.archived_at = merged.archived_at or now
        merged.archive_reason = f"merged into file #{survivor.id}: {reason}"
        merged.updated_at = now
        session.flush()  # the merged record leaves the document index before the survivor claims
        if survivor.duplicate_of_id == merged.id:
            survivor.duplicate_of_id = None
        claim_document(session, survivor, data)
        apply_data(survivor, data)
        session.flush()
        taken = sorted(key for key, side in choices.items() if side is MergeSide.MERGED)
        uow.note(
            "patients",
            survivor.id,
            after={"merged_id": merged.id, "reason": reason, "moved": moved, "taken": taken},
        )
        result = MergeResult(patient_record(survivor), patient_record(merged), moved)
        changes = Changes(
            patients=frozenset({survivor.id, merged.id}),
            appointments=frozenset(touched["appointments"]),
            sessions=frozenset(touched["sessions"]),
            assessments=frozenset(touched["assessments"]),
        )
        return result, changes

    @staticmethod
    def _load(session: Session, patient_id: int) -> Patient:
        row = session.get(Patient, patient_id)
        if row is None:
            raise NotFoundError(Message("not_found.patient", {"id": patient_id}))
        return row

    @staticmethod
    def _count(session: Session, model: type[Base], patient_id: int) -> int:
        column = model.__table__.c.patient_id
        return int(session.scalar(select(func.count()).where(column == patient_id)) or 0)
