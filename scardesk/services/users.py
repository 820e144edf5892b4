"""Users and signing in. There is never a default account: the first admin is made on first run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import func, select

from scardesk.db.engine import Database
from scardesk.db.models import User
from scardesk.db.unit_of_work import SYSTEM, Actor, UnitOfWork
from scardesk.domain.enums import Role
from scardesk.domain.errors import AuthenticationError, NotFoundError, ValidationError
from scardesk.domain.permissions import Permission
from scardesk.domain.records import UserRecord
from scardesk.domain.time import utc_now
from scardesk.domain.validation import (
    validate_identifier,
    validate_password,
    validate_username,
)
from scardesk.services.access import check
from scardesk.services.passwords import hash_password, verify_password

T = TypeVar("T")

#: Why a workstation's screen was locked (audited with the lock).
LOCK_REASONS = ("idle", "manual")


def user_record(row: User) -> UserRecord:
    return UserRecord(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        licence_number=row.licence_number,
        active=row.active,
        clinical_lead=bool(row.clinical_lead),
        privacy_officer=bool(row.privacy_officer),
        must_change_password=bool(row.must_change_password),
    )


class UserService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def needs_first_admin(self) -> bool:
        with self._db.sessions() as session:
            return not session.scalar(select(func.count()).select_from(User))

    def create_first_admin(self, username: str, display_name: str, password: str) -> UserRecord:
        """Only allowed while the database has no users at all."""
        if not self.needs_first_admin():
            raise ValidationError({"username": "this clinic already has users: sign in instead"})
        return self.add_user(SYSTEM, username, display_name, Role.ADMIN, password)

    @staticmethod
    def check_new_user(
        username: str, display_name: str, role: Role | str, password: str, licence_number: str
    ) -> tuple[str, str, Role, str | None]:
        """Every field of a new account checked at once, before anything is opened or written."""
        errors: dict[str, str] = {}
        clean_name = _collect(errors, lambda: validate_username(username))
        clean_display = _collect(
            errors, lambda: validate_identifier(display_name, "display_name", 120)
        )
        _collect(errors, lambda: validate_password(password))
        try:
            clean_role = Role(role)
        except ValueError:
            errors["role"] = (
                f"unknown role '{role}': expected one of {', '.join(r.value for r in Role)}"
            )
        licence = _collect(
            errors, lambda: validate_identifier(licence_number, "licence_number", 60)
        )
        if not clean_display and "display_name" not in errors:
            errors["display_name"] = "a display name is needed, e.g. Dr Salma Al-Harthy"
        if errors:
            raise ValidationError(errors)
        assert clean_name is not None and clean_display is not None
        return clean_name, clean_display, clean_role, licence

    def add_user(
        self,
        actor: Actor,
        username: str,
        display_name: str,
        role: Role | str,
        password: str,
        licence_number: str = "",
        *,
        is_demo: bool = False,
    ) -> UserRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        clean_name, clean_display, clean_role, licence = self.check_new_user(
            username, display_name, role, password, licence_number
        )
        with UnitOfWork(self._db, actor, "user.add") as uow:
            taken = uow.session.scalar(select(User.id).where(User.username == clean_name))
            if taken is not None:
                raise ValidationError(
                    {"username": f"'{clean_name}' is taken: choose another user name"}
                )
            row = User(
                username=clean_name,
                display_name=clean_display,
                role=clean_role.value,
                licence_number=licence,
                password_hash=hash_password(password),
                active=True,
                is_demo=is_demo,
                created_at=utc_now(),
            )
            uow.session.add(row)
            uow.session.flush()
            record = user_record(row)
        return record

    def authenticate(self, username: str, password: str) -> UserRecord:
        """Check a sign-in; both outcomes are audited. Failures never say which part was wrong."""
        try:
            # A name no account can have (control characters, a NUL PostgreSQL would refuse)
            # is looked up as nobody, so it fails exactly like an unknown name.
            lookup: str | None = validate_username(username)
        except ValidationError:
            lookup = None
        with self._db.sessions() as session:
            row = (
                session.scalar(select(User).where(User.username == lookup))
                if lookup is not None
                else None
            )
            ok = verify_password(row.password_hash if row else None, password)
            ok = ok and row is not None and row.active
            record = user_record(row) if ok and row is not None else None
        actor = Actor(record.id, record.role) if record else SYSTEM
        with UnitOfWork(
            self._db, actor, "user.sign_in" if record else "user.sign_in_failed"
        ) as uow:
            uow.note("users", record.id if record else None)
        if record is None:
            raise AuthenticationError(
                "the user name or password is not right, or the account is inactive"
            )
        return record

    def lock_screen(self, actor: Actor, reason: str) -> None:
        """Audit that ``actor``'s window was covered by the lock screen (idle or by hand)."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)  # any active staff account
        if reason not in LOCK_REASONS:
            raise ValidationError({"reason": f"a lock is {' or '.join(LOCK_REASONS)}"})
        with UnitOfWork(self._db, actor, "user.lock_screen") as uow:
            uow.note("users", actor.user_id, after={"reason": reason})

    def unlock_screen(self, actor: Actor, password: str) -> UserRecord:
        """``actor`` takes their locked window back by typing their own password.

        The password goes through ``authenticate``, so a wrong one is audited (and counted)
        exactly like a failed sign-in; a deactivated account is refused before that."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            username = (
                session.scalar(select(User.username).where(User.id == actor.user_id))
                if actor.user_id is not None
                else None
            )
        if username is None:
            raise AuthenticationError("this window has no account to unlock: sign in instead")
        record = self.authenticate(username, password or "")
        with UnitOfWork(self._db, Actor(record.id, record.role), "user.unlock_screen") as uow:
            uow.note("users", record.id)
        return record

    def list_users(self, actor: Actor) -> list[UserRecord]:
        check(self._db, actor, Permission.MANAGE_USERS)
        with self._db.sessions() as session:
            return [
                user_record(row) for row in session.scalars(select(User).order_by(User.username))
            ]

    def practitioners(self) -> list[UserRecord]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(User)
                .where(User.role == Role.PRACTITIONER.value, User.active)
                .order_by(User.display_name)
            )
            return [user_record(row) for row in rows]

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserRecord:
        check(self._db, actor, Permission.MANAGE_USERS)
        with UnitOfWork(self._db, actor, "user.activate" if active else "user.deactivate") as uow:
            row = uow.session.get(User, user_id)
            if row is None:
                raise NotFoundError(f"user {user_id} does not exist")
            row.active = active
            uow.session.flush()
            record = user_record(row)
        return record


def _collect(errors: dict[str, str], validate: Callable[[], T]) -> T | None:
    """Run one validator, gathering its field message instead of stopping at the first."""
    try:
        return validate()
    except ValidationError as error:
        errors.update(error.field_errors)
        return None
