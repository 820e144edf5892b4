"""Signing is an attestation: the signer types their password again for each one.

A signed session, a captured consent and an approved merge each say "this person vouches for
this record". A workstation left signed in must not let whoever sits down next put a
practitioner's name under a record, so those three actions ask for the password and check it
against the acting user's stored hash before anything is written.

The check is argon2 (about 0.1 s), so it runs before the write transaction opens: SQLite's write
lock is not held while hashing. Inside the unit of work the stored hash is read again and must be
the one just checked, so a password changed (or reset) on another workstation in between refuses
the attestation instead of accepting the old password.

A refusal writes nothing of the action, and is audited in its own transaction as
``<action>_refused`` (the action's own events were rolled back with it); the password itself is
never stored or logged. The system actor (first-run set-up, demo data, the command line) attests
without a password: it is whoever holds the database file or server credentials, who could
write the rows directly anyway, and it has no password to type.

Follow-up, deliberately not coupled here: whether wrong attestation passwords should count
towards the sign-in throttle (``sign_in_throttle``) is for the throttling work to decide.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Base, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.errors import AttestationError


def _stored_hash(session: Session, actor: Actor) -> str | None:
    if actor.user_id is None:
        return None
    return session.scalar(select(User.password_hash).where(User.id == actor.user_id))


def _checked_hash(database: Database, actor: Actor, password: str | None) -> str | None:
    """The stored hash ``password`` matches, or None when it does not (or there is none)."""
    # argon2 is loaded when a password is checked, not with every service that may ask for one
    # (the document commands import this module and never attest; see #16).
    from scardesk.services.passwords import verify_password

    with database.sessions() as session:
        stored = _stored_hash(session, actor)
    if stored is None or not password or not verify_password(stored, password):
        return None
    return stored


def _patient_of(session: Session, entity: str, entity_id: int | None) -> int | None:
    """The patient a refused record belongs to, so the refusal shows in that patient's trail."""
    table = Base.metadata.tables.get(entity)
    if table is None or entity_id is None or "patient_id" not in table.c:
        return None
    found = session.scalar(select(table.c.patient_id).where(table.c.id == entity_id))
    return found if isinstance(found, int) else None


def record_refusal(
    database: Database,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    patient_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Audit a refused attestation (who, what, on which record; never the password typed)."""
    with UnitOfWork(database, actor, f"{action}_refused") as uow:
        if patient_id is None:
            patient_id = _patient_of(uow.session, entity, entity_id)
        uow.note(entity, entity_id, after=detail, patient_id=patient_id)


@contextmanager
def attested(
    database: Database,
    actor: Actor,
    action: str,
    password: str | None,
    *,
    entity: str,
    entity_id: int | None,
    patient_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> Iterator[UnitOfWork]:
    """``with attested(db, actor, "session.sign", password, ...) as uow:`` — a unit of work
    that opens only for the right password, and re-checks it has not changed inside.

    A wrong or missing password raises ``AttestationError`` and audits the refusal on
    ``entity``/``entity_id``; the system actor passes without one.
    """
    checked = None if actor.system else _checked_hash(database, actor, password)
    try:
        if not actor.system and checked is None:
            raise AttestationError()
        with UnitOfWork(database, actor, action) as uow:
            if not actor.system and _stored_hash(uow.session, actor) != checked:
                raise AttestationError()  # changed on another workstation since the check
            yield uow
    except AttestationError:
        record_refusal(
            database, actor, action, entity, entity_id, patient_id=patient_id, detail=detail
        )
        raise
