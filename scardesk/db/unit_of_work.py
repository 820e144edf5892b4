"""One user action = one transaction, with its audit events written inside it.

Every row the ORM inserts or updates inside a unit of work is audited automatically (values
before and after), so no service can forget to. Deletes are refused outright: clinical
records are archived, voided or amended with a reason instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from scardesk.db import due_index
from scardesk.db.audit import ChainHead, PendingEvent, append_events, snapshot
from scardesk.db.audit_seal import advance_seal, make_seal, seal_path
from scardesk.db.engine import WRITE_OPTION, Database
from scardesk.db.models import AuditEvent, Base
from scardesk.domain.enums import Role
from scardesk.domain.errors import ConflictError, NotFoundError, ScarDeskError
from scardesk.domain.messages import Message
from scardesk.domain.time import utc_now

RowT = TypeVar("RowT", bound=Base)


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user (whose current role the services read from the
    database), or the system itself (first-run set-up, demo data, the command line run by
    whoever holds the database). An actor that is neither is refused everything."""

    user_id: int | None
    role: Role | None
    system: bool = False


SYSTEM = Actor(user_id=None, role=None, system=True)


class DeleteRefusedError(ScarDeskError):
    """Raised when code tries to delete a stored row."""


class UnitOfWork:
    """``with UnitOfWork(db, actor, "patient.register") as uow: ...`` — commit on success."""

    def __init__(self, database: Database, actor: Actor, action: str) -> None:
        self.database = database
        self.actor = actor
        self.action = action
        self._pending: list[PendingEvent] = []
        self._loaded_versions: dict[object, int] = {}
        self.session: Session = database.sessions()

    def __enter__(self) -> UnitOfWork:
        self.session.connection(execution_options={WRITE_OPTION: True})
        event.listen(self.session, "before_flush", _refuse_deletes)
        event.listen(self.session, "after_flush", self._collect)
        event.listen(self.session, "loaded_as_persistent", self._note_loaded)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self._commit()
            else:
                self.session.rollback()
                # A service may flush inside the block (to get an id, or to check a constraint);
                # a row another workstation changed meanwhile surfaces there, and must reach the
                # user as the conflict it is, not as an internal error.
                if isinstance(exc, StaleDataError):
                    raise _conflict(exc) from exc
        finally:
            self.session.close()

    def _commit(self) -> None:
        try:
            self.session.flush()
            self._audit_version_bumps()
            self._attribute_patient()
            # The due list's index follows from the rows written: refreshed in this transaction.
            due_index.refresh_after(self.session.connection(), self._pending)
            head = append_events(self.session, self.actor.user_id, utc_now(), self._pending)
            if head is not None and head.first_keyed:
                # The keyed chain begins with this commit: anchor the head it starts from first,
                # so that a crash right after the commit leaves a lagging seal, never none.
                self._seal(head, *head.previous)
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise _conflict(error) from error
        except BaseException:
            self.session.rollback()
            raise
        if head is not None:
            # After the commit, never before: a seal must not get ahead of the table. A crash
            # here leaves the seal behind, which the check accepts.
            self._seal(head, head.seq, head.link)

    def _seal(self, head: ChainHead, seq: int, link: str) -> None:
        settings = head.settings
        seal = make_seal(settings.chain_id, settings.digest, head.key, seq, link)
        advance_seal(seal_path(self.database, settings.chain_id), seal)

    def note(
        self,
        entity: str,
        entity_id: int | None,
        *,
        action: str | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        patient_id: int | None = None,
    ) -> None:
        """Audit something that is not a row change: a sign-in, a view, a backup."""
        if patient_id is None and entity == "patients":
            patient_id = entity_id
        self._pending.append(
            PendingEvent(action or self.action, entity, entity_id, before, after, patient_id, False)
        )

    def _attribute_patient(self) -> None:
        """Name the patient on events of rows that do not hold it (injection points, scar
        counts...): when every event that names one names the same patient, the whole action
        was about that patient. A merge names two, so its child rows stay unattributed."""
        named = {event.patient_id for event in self._pending if event.patient_id is not None}
        if len(named) == 1:
            (patient,) = named
            self._pending = [
                event if event.patient_id is not None else replace(event, patient_id=patient)
                for event in self._pending
            ]

    def get_for_update(self, model: type[RowT], row_id: int, expected_version: int) -> RowT:
        """Load a row the user edited at ``expected_version``; a newer stored one is a conflict."""
        row = self.session.get(model, row_id)
        if row is None:
            raise NotFoundError(
                Message("not_found.record", {"table": model.__tablename__, "id": row_id})
            )
        stored = getattr(row, "version", None)
        if stored != expected_version:
            raise ConflictError(model.__tablename__, row_id, expected_version, stored)
        return row

    def _note_loaded(self, _session: Session, row: object) -> None:
        version = getattr(row, "version", None)
        if isinstance(version, int):
            self._loaded_versions[row] = version

    def _audit_version_bumps(self) -> None:
        """Audit version counters moved by a flush that changed nothing else in the row.

        SQLAlchemy bumps a parent's version when only its child rows changed, in a flush where
        the parent itself does not count as modified; without an event for it the row would
        look edited behind ScarDesk's back (`db check` compares each row with its last event).
        """
        last_version: dict[tuple[str, int | None], Any] = {}
        for pending in self._pending:
            if pending.after is not None and "version" in pending.after:
                last_version[(pending.entity, pending.entity_id)] = pending.after["version"]
        for row, loaded in self._loaded_versions.items():
            table = row.__tablename__  # type: ignore[attr-defined]
            key = (table, _row_id(row))
            audited = last_version.get(key, loaded)
            current = getattr(row, "version", None)
            if current != audited:
                after = snapshot(row)
                before = {**after, "version": audited}
                self._pending.append(
                    PendingEvent(self.action, table, key[1], before, after, _row_patient(row))
                )

    def _collect(self, session: Session, _context: Any) -> None:
        for row in session.new:
            if isinstance(row, AuditEvent):
                continue
            table = row.__tablename__
            self._pending.append(
                PendingEvent(
                    self.action, table, _row_id(row), None, snapshot(row), _row_patient(row)
                )
            )
        for row in session.dirty:
            if isinstance(row, AuditEvent) or not session.is_modified(row):
                continue
            before = snapshot(row, committed=True)
            after = snapshot(row)
            if before != after and before.get("version") == after.get("version") is not None:
                # By after_flush the version counter shows its new value as "unchanged"; the
                # flush that wrote this change moved it on by one. `before` must be the row as
                # it was (db check digests bulk rows from their first edit's `before`).
                before["version"] = after["version"] - 1
            if before != after:
                self._pending.append(
                    PendingEvent(
                        self.action,
                        row.__tablename__,
                        _row_id(row),
                        before,
                        after,
                        _row_patient(row),
                    )
                )


def _conflict(error: StaleDataError) -> ConflictError:
    """The stale write as a conflict; SQLAlchemy's message names the table, which we keep."""
    table = _STALE_TABLE.search(str(error))
    return ConflictError(table.group(1) if table else "record", 0, 0, None)


#: "UPDATE statement on table 'patients' expected to update 1 row(s); 0 were matched."
_STALE_TABLE = re.compile(r"table '([a-z_]+)'")


def _row_id(row: object) -> int | None:
    key = inspect(row).mapper.primary_key_from_instance(row)
    return int(key[0]) if key and key[0] is not None else None


def _row_patient(row: object) -> int | None:
    """The patient a stored row belongs to, when the row itself says."""
    if getattr(row, "__tablename__", None) == "patients":
        return _row_id(row)
    patient = getattr(row, "patient_id", None)
    return patient if isinstance(patient, int) else None


def _refuse_deletes(session: Session, _context: Any, _instances: Any) -> None:
    if session.deleted:
        raise DeleteRefusedError(Message("storage.never_deleted"))


def read_session(database: Database) -> Session:
    """A session for reading only (use as a context manager)."""
    return database.sessions()
