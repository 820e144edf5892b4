"""Slowing down, then locking, repeated failed sign-ins for one user name.

The count lives in the database (``sign_in_throttle``), so every workstation of the clinic
shares it. It is keyed by ``sign_in_key(typed name)``, not by account: an unknown name is
counted, slowed and locked exactly like a real one, and the messages never tell which names
exist. The first FREE_FAILURES failures cost nothing; from then on each attempt waits
2^(failures - FREE_FAILURES) seconds after the last failure (at most MAX_WAIT); LOCK_AFTER
failures lock the name until an administrator unlocks it (AccountService clears the row).

An attempt made while the name must wait is refused before the password is looked at, and is
not counted: waiting out the delay is the only way on. Every failure, refusal and lock is
audited; the typed name never is (the audit redacts the throttle row's key, see db.audit),
and the password never reaches this module.

Two workstations may fail at the same moment: each outcome is written in one transaction that
holds the row (SQLite: BEGIN IMMEDIATE; PostgreSQL: SELECT ... FOR UPDATE, and a savepoint for
the insert race), and the wait and lock are decided again there, on the row as it is then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import SignInThrottle
from scardesk.db.unit_of_work import SYSTEM, Actor, UnitOfWork
from scardesk.domain.errors import AuthenticationError, SignInLockedError, SignInWaitError
from scardesk.domain.messages import Message

FREE_FAILURES = 5
LOCK_AFTER = 20
MAX_WAIT_SECONDS = 300

LOCKED_MESSAGE = Message("sign_in.locked")


def wait_seconds(failures: int) -> int:
    """How long the next attempt waits after the ``failures``-th failure (0: no wait)."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS)


def wait_error(seconds: int) -> SignInWaitError:
    # ``n`` is the count: English says "1 second"/"8 seconds", Arabic takes its plural form
    return SignInWaitError(Message("sign_in.wait_seconds", {"n": seconds}), seconds)


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    next_attempt_at: datetime | None = None
    locked: bool = False

    def refusal(self, now: datetime) -> AuthenticationError | None:
        """Why an attempt at ``now`` is refused without looking at the password, if it is."""
        if self.locked:
            return SignInLockedError(LOCKED_MESSAGE)
        if self.next_attempt_at is not None and now < self.next_attempt_at:
            # Rounded up: "wait 0 seconds" would invite a retry that is refused again.
            left = (self.next_attempt_at - now).total_seconds()
            return wait_error(max(1, int(left) + (left % 1 > 0)))
        return None


#: The counter rows' own changes: bookkeeping of the attempt, which is noted once on its own
#: action (user.sign_in_failed, user.sign_in …), so the audit viewer says each attempt once.
COUNTER_ACTION = "user.sign_in_counter"


def _state(row: SignInThrottle | None) -> ThrottleState:
    if row is None:
        return ThrottleState()
    return ThrottleState(row.failures, row.next_attempt_at, row.locked_at is not None)


class SignInThrottleService:
    """What UserService.authenticate asks before and after checking a password."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self._db = database
        self._clock = clock

    def state(self, key: str) -> ThrottleState:
        with self._db.sessions() as session:
            row = session.scalar(select(SignInThrottle).where(SignInThrottle.username == key))
            return _state(row)

    def refuse_if_held(self, key: str, account_id: int | None) -> None:
        """Raise (after auditing it) when the name must wait or is locked; else return."""
        refusal = self.state(key).refusal(self._clock())
        if refusal is not None:
            self._audit_refusal(refusal, account_id)
            raise refusal

    def record_failure(self, key: str, account_id: int | None) -> AuthenticationError | None:
        """Count one failed attempt. Returns the error to raise instead of "not right" when this
        failure locked the name, or when another workstation's failures meanwhile made the name
        wait or locked it (this attempt is then not counted); else None."""
        now = self._clock()
        refusal: AuthenticationError | None = None
        with UnitOfWork(self._db, SYSTEM, COUNTER_ACTION) as uow:
            row = _held_row(uow.session, key, create=True)
            assert row is not None
            refusal = _state(row).refusal(now)
            if refusal is None:
                row.failures += 1
                row.next_attempt_at = now + timedelta(seconds=wait_seconds(row.failures))
                uow.note("users", account_id, action="user.sign_in_failed")
                if row.failures >= LOCK_AFTER:
                    # This very attempt locks the name: say so now rather than "not right".
                    row.locked_at = now
                    refusal = SignInLockedError(LOCKED_MESSAGE)
                    uow.note("users", account_id, action="user.sign_in_locked")
            else:
                uow.note("users", account_id, action=_refusal_action(refusal))
        return refusal

    def record_success(
        self, key: str, account_id: int, actor: Actor, action: str = "user.sign_in"
    ) -> AuthenticationError | None:
        """Clear the count after a right password, auditing it as ``action``. Returns the
        refusal to raise instead when the name was locked (or made to wait) meanwhile."""
        now = self._clock()
        refusal: AuthenticationError | None = None
        with UnitOfWork(self._db, actor, COUNTER_ACTION) as uow:
            row = _held_row(uow.session, key, create=False)
            refusal = _state(row).refusal(now)
            if refusal is not None:
                uow.note("users", account_id, action=_refusal_action(refusal))
            else:
                if row is not None and row.failures:
                    row.failures = 0
                    row.next_attempt_at = None
                uow.note("users", account_id, action=action)
        return refusal

    def _audit_refusal(self, refusal: AuthenticationError, account_id: int | None) -> None:
        with UnitOfWork(self._db, SYSTEM, _refusal_action(refusal)) as uow:
            uow.note("users", account_id)


def _refusal_action(refusal: AuthenticationError) -> str:
    return "user.sign_in_locked" if isinstance(refusal, SignInLockedError) else "user.sign_in_wait"


def _held_row(session: Session, key: str, *, create: bool) -> SignInThrottle | None:
    """The throttle row for ``key``, held until the transaction ends (made first if asked)."""
    query = select(SignInThrottle).where(SignInThrottle.username == key).with_for_update()
    row = session.scalar(query)
    if row is not None or not create:
        return row
    try:
        with session.begin_nested():  # another workstation may insert the same key first
            row = SignInThrottle(username=key, failures=0)
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        return session.scalar(query)
