"""The medical history: dated answers appended to a log, current answers, and changes.

Answers are never edited. Recording the questionnaire again appends new dated rows (a
confirmation at review is worth keeping: it says the answer was still true that day); a
mistaken answer is voided with a reason. The safety gate reads ``current_answers``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import HistoryEntry, Patient
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.history import (
    Change,
    HistoryAnswer,
    HistoryAnswerInput,
    answers_as_of,
    history_changes,
    latest_answers,
    validate_answers,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.listing import read_each, readable


def require_patient(session: Session, patient_id: int) -> Patient:
    """The patient row, or NotFoundError; shared by the clinical services."""
    row = session.get(Patient, patient_id)
    if row is None:
        raise NotFoundError(Message("not_found.patient", {"id": patient_id}))
    return row


def history_answer(row: HistoryEntry) -> HistoryAnswer:
    return HistoryAnswer(
        entry_id=row.id,
        fact=HistoryFact(row.fact),
        answer=Answer(row.answer),
        fact_date=row.fact_date,
        detail=row.detail,
        recorded_at=row.recorded_at,
        recorded_by_id=row.recorded_by_id,
        voided_at=row.voided_at,
        void_reason=row.void_reason,
    )


class HistoryService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def record(
        self,
        actor: Actor,
        patient_id: int,
        answers: Sequence[HistoryAnswerInput],
        now: datetime | None = None,
    ) -> tuple[list[HistoryAnswer], Changes]:
        """Append one dated entry per answer, all in one transaction (all or nothing)."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        moment = now or utc_now()
        clean = validate_answers(list(answers), muscat_today(moment))
        if actor.user_id is None:
            raise ValidationError({"recorded_by": Message("history.needs_signed_in_practitioner")})
        with UnitOfWork(self._db, actor, "history.record") as uow:
            require_patient(uow.session, patient_id)
            rows = [
                HistoryEntry(
                    patient_id=patient_id,
                    fact=item.fact.value,
                    answer=item.answer.value,
                    fact_date=item.fact_date,
                    detail=item.detail or None,
                    recorded_at=moment,
                    recorded_by_id=actor.user_id,
                )
                for item in clean
            ]
            uow.session.add_all(rows)
            uow.session.flush()
            saved = [history_answer(row) for row in rows]
        return saved, Changes(patients=frozenset({patient_id}))

    def void(self, actor: Actor, entry_id: int, reason: str) -> tuple[HistoryAnswer, Changes]:
        """Withdraw a mistaken answer; the previous answer for that fact (if any) applies again."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        clean_reason = validate_reason(reason)
        with UnitOfWork(self._db, actor, "history.void") as uow:
            row = uow.session.get(HistoryEntry, entry_id)
            if row is None:
                raise NotFoundError(Message("not_found.history_entry", {"id": entry_id}))
            if row.voided_at is not None:
                raise ValidationError({"reason": Message("history.already_voided")})
            row.voided_at = utc_now()
            row.void_reason = clean_reason
            uow.session.flush()
            saved = history_answer(row)
            patient_id = row.patient_id
        return saved, Changes(patients=frozenset({patient_id}))

    def entries(self, actor: Actor, patient_id: int) -> list[HistoryAnswer | UnreadableRecord]:
        """Every answer ever recorded, voided ones included, oldest first (the full log).

        An answer that cannot be decoded is listed as an ``UnreadableRecord`` in its place.
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            rows = session.scalars(
                select(HistoryEntry)
                .where(HistoryEntry.patient_id == patient_id)
                .order_by(HistoryEntry.recorded_at, HistoryEntry.id)
            )
            return read_each("history_entries", rows, history_answer, when="recorded_at")

    def current_answers(self, actor: Actor, patient_id: int) -> dict[HistoryFact, HistoryAnswer]:
        """The newest valid answer per fact. A fact missing from the result is unanswered."""
        return latest_answers(readable(self.entries(actor, patient_id)))

    def answers_at(
        self, actor: Actor, patient_id: int, moment: datetime
    ) -> dict[HistoryFact, HistoryAnswer]:
        """What the history said at ``moment``."""
        return answers_as_of(readable(self.entries(actor, patient_id)), moment)

    def changes_since(self, actor: Actor, patient_id: int, since: datetime) -> list[Change]:
        """What changed after ``since`` (e.g. the previous review), each with when it changed."""
        log = readable(self.entries(actor, patient_id))
        return history_changes(answers_as_of(log, since), latest_answers(log))

    def last_reviewed_on(self, actor: Actor, patient_id: int) -> date | None:
        """The Muscat day of the latest recorded answer: how fresh the history is."""
        valid = [e for e in readable(self.entries(actor, patient_id)) if e.voided_at is None]
        if not valid:
            return None
        return muscat_today(max(e.recorded_at for e in valid))
