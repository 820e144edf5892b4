"""The admin's account work: reset a password, change a role, switch an account off or on,
unlock a locked sign-in, and name the clinical leads and privacy officers.

Everything here needs Permission.MANAGE_USERS and every change is one audited unit of work.
Two guards keep a clinic from locking itself out: there is always at least one active
administrator, and an administrator cannot switch off their own account.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import SignInThrottle, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.enums import Role
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.time import utc_now
from scardesk.domain.validation import (
    sign_in_key,
    validate_identifier,
    validate_password,
    validate_username,
)
from scardesk.services.access import check
from scardesk.services.passwords import hash_password

#: No 0/O, 1/l/I: the one-time password is read off a screen and typed by someone else.
ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
ONE_TIME_GROUPS, ONE_TIME_GROUP_LENGTH = 4, 4


@dataclass(frozen=True)
class AccountRecord:
    """One account as the admin sees it, with its sign-in state."""

    id: int
    username: str
    display_name: str
    role: Role
    licence_number: str | None
    active: bool
    clinical_lead: bool
    privacy_officer: bool
    must_change_password: bool
    #: Failed sign-ins counted under this name since the last success or unlock.
    failed_sign_ins: int = 0
    locked: bool = False
    #: Printed in the Arabic column of documents instead of the Latin name.
    display_name_arabic: str | None = None
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


@dataclass(frozen=True)
class PasswordReset:
    """The one-time password to show the admin once, and what the reset changed."""

    password: str = field(repr=False)  # never in a log line or a traceback
    changes: Changes = field(default_factory=Changes, compare=False)


def one_time_password() -> str:
    """Four groups of four unambiguous letters and digits, e.g. ``Kq7m-Wx3a-...`` (19 chars)."""
    while True:
        groups = (
            "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(ONE_TIME_GROUP_LENGTH))
            for _ in range(ONE_TIME_GROUPS)
        )
        password = "-".join(groups)
        kinds = (str.islower, str.isupper, str.isdigit)
        if all(any(kind(ch) for ch in password) for kind in kinds):
            return validate_password(password)


class AccountService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._clock = clock

    # --- reading ----------------------------------------------------------------------------
    def list_accounts(self, actor: Actor) -> list[AccountRecord]:
        check(self._db, actor, Permission.MANAGE_USERS)
        with self._db.sessions() as session:
            throttles = {row.username: row for row in session.scalars(select(SignInThrottle))}
            return [
                _record(row, throttles.get(sign_in_key(row.username)))
                for row in session.scalars(select(User).order_by(User.username))
            ]

    def find(self, actor: Actor, username: str) -> AccountRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        with self._db.sessions() as session:
            row = _find(session, username)
            return _record(row, _throttle(session, row.username))

    # --- changing ---------------------------------------------------------------------------
    def reset_password(self, actor: Actor, username: str) -> PasswordReset:
        """A new one-time password, shown once to the admin and never stored or audited in
        clear; it must be replaced at the next sign-in. A reset also lifts a sign-in lock."""
        check(self._db, actor, Permission.MANAGE_USERS)
        password = one_time_password()
        hashed = hash_password(password)  # ~0.1 s: not inside the transaction
        with UnitOfWork(self._db, actor, "user.reset_password") as uow:
            row = _find(uow.session, username)
            row.password_hash = hashed
            row.must_change_password = True
            row.password_changed_at = self._clock()
            _clear_throttle(uow.session, row.username)
            user_id = row.id
        return PasswordReset(password, Changes(users=frozenset({user_id})))

    def set_role(self, actor: Actor, username: str, role: Role | str) -> AccountRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        try:
            new_role = Role(role)
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise ValidationError(
                {"role": Message("account.role_unknown", {"value": role, "choices": known})}
            ) from None
        with UnitOfWork(self._db, actor, "user.set_role") as uow:
            row = _find(uow.session, username)
            if row.role == Role.ADMIN.value and new_role is not Role.ADMIN:
                _keep_an_admin(uow.session, row, "role", "change the role of")
            if new_role is not Role.PRACTITIONER:
                # The lead flag grants nothing outside the practitioner role; cleared so a
                # later return to practitioner does not quietly make them a lead again.
                row.clinical_lead = False
            row.role = new_role.value
            return self._saved(uow, row)

    def set_active(self, actor: Actor, username: str, active: bool) -> AccountRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        with UnitOfWork(self._db, actor, "user.activate" if active else "user.deactivate") as uow:
            row = _find(uow.session, username)
            if not active:
                if row.id == actor.user_id:
                    raise ValidationError({"active": Message("account.cannot_deactivate_self")})
                if row.role == Role.ADMIN.value:
                    _keep_an_admin(uow.session, row, "active", "deactivate")
            row.active = bool(active)
            return self._saved(uow, row)

    def set_clinical_lead(self, actor: Actor, username: str, lead: bool) -> AccountRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        with UnitOfWork(self._db, actor, "user.set_clinical_lead") as uow:
            row = _find(uow.session, username)
            if lead and row.role != Role.PRACTITIONER.value:
                raise ValidationError(
                    {
                        "clinical_lead": Message(
                            "account.clinical_lead_not_practitioner", {"value": row.username}
                        )
                    }
                )
            row.clinical_lead = bool(lead)
            return self._saved(uow, row)

    def set_privacy_officer(self, actor: Actor, username: str, officer: bool) -> AccountRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        with UnitOfWork(self._db, actor, "user.set_privacy_officer") as uow:
            row = _find(uow.session, username)
            row.privacy_officer = bool(officer)
            return self._saved(uow, row)

    def unlock(self, actor: Actor, username: str) -> AccountRecord:
        """Forget the failed sign-ins counted under this name (the row is reset, not deleted)."""
        check(self._db, actor, Permission.MANAGE_USERS)
        with UnitOfWork(self._db, actor, "user.unlock") as uow:
            row = _find(uow.session, username)
            _clear_throttle(uow.session, row.username)
            uow.note("users", row.id)  # audited even when there was nothing to clear
            return self._saved(uow, row)

    def set_printed_names(
        self,
        actor: Actor,
        username: str,
        display_name: str,
        display_name_arabic: str,
        licence_number: str,
    ) -> AccountRecord:
        """The names and licence number documents print for this person ("user.set_details")."""
        check(self._db, actor, Permission.MANAGE_USERS)
        errors: dict[str, Message] = {}
        values: dict[str, str | None] = {}
        for name, value, limit in (
            ("display_name", display_name, 120),
            ("display_name_arabic", display_name_arabic, 120),
            ("licence_number", licence_number, 60),
        ):
            try:
                values[name] = validate_identifier(value, name, limit)
            except ValidationError as error:
                errors.update(error.field_messages)
        if not values.get("display_name") and "display_name" not in errors:
            errors["display_name"] = Message("account.display_name_missing")
        if errors:
            raise ValidationError(errors)
        with UnitOfWork(self._db, actor, "user.set_details") as uow:
            row = _find(uow.session, username)
            row.display_name = values["display_name"] or row.display_name
            row.display_name_arabic = values["display_name_arabic"]
            row.licence_number = values["licence_number"]
            return self._saved(uow, row)

    @staticmethod
    def _saved(uow: UnitOfWork, row: User) -> AccountRecord:
        """The account as changed, saying so: every screen listing staff reloads it."""
        uow.session.flush()
        record = _record(row, _throttle(uow.session, row.username))
        return replace(record, changes=Changes(users=frozenset({row.id})))


def _find(session: Session, username: str) -> User:
    try:
        lookup: str | None = validate_username(username or "")
    except ValidationError:
        lookup = None
    row = (
        session.scalar(select(User).where(User.username == lookup)) if lookup is not None else None
    )
    if row is None:
        shown = "".join(ch for ch in username or "" if ch.isprintable()).strip()[:64]
        raise NotFoundError(
            Message("not_found.account", {"value": shown})
        )  # one printable line, whatever typed
    return row


def _throttle(session: Session, username: str) -> SignInThrottle | None:
    return session.scalar(
        select(SignInThrottle).where(SignInThrottle.username == sign_in_key(username))
    )


def _clear_throttle(session: Session, username: str) -> None:
    throttle = _throttle(session, username)
    if throttle is not None:
        throttle.failures = 0
        throttle.next_attempt_at = None
        throttle.locked_at = None


def _keep_an_admin(session: Session, row: User, field: str, verb: str) -> None:
    """Refuse to leave the clinic without an active administrator. The admin rows are locked
    (PostgreSQL), so two admins demoting each other at once cannot both succeed."""
    admins = session.scalars(
        select(User.id)
        .where(User.role == Role.ADMIN.value, User.active.is_(True))
        .with_for_update()
    ).all()
    if row.active and set(admins) <= {row.id}:
        code = "account.last_admin_deactivate" if field == "active" else "account.last_admin_role"
        raise ValidationError({field: Message(code, {"value": row.username})})


def _record(row: User, throttle: SignInThrottle | None) -> AccountRecord:
    return AccountRecord(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        licence_number=row.licence_number,
        active=bool(row.active),
        clinical_lead=bool(row.clinical_lead),
        privacy_officer=bool(row.privacy_officer),
        must_change_password=bool(row.must_change_password),
        failed_sign_ins=throttle.failures if throttle is not None else 0,
        locked=throttle is not None and throttle.locked_at is not None,
        display_name_arabic=row.display_name_arabic,
    )
