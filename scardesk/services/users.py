"""Users and signing in. There is never a default account: the first admin is made on first run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import func, select

from scardesk.db.engine import Database
from scardesk.db.models import User
from scardesk.db.unit_of_work import SYSTEM, Actor, UnitOfWork
from scardesk.domain.display_prefs import DigitStyle, DisplayPreferences, Language
from scardesk.domain.enums import Role
from scardesk.domain.errors import (
    AccountInactiveError,
    InvalidCredentialsError,
    OneTimePasswordExpiredError,
    PasswordChangeRequiredError,
    PermissionDeniedError,
    ValidationError,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.time import utc_now
from scardesk.domain.validation import (
    sign_in_key,
    validate_identifier,
    validate_password,
    validate_username,
)
from scardesk.services.access import check, standing
from scardesk.services.passwords import hash_password, verify_password
from scardesk.services.sign_in_throttle import SignInThrottleService

#: How long a one-time password from the administrator stays usable.
ONE_TIME_PASSWORD_LIFETIME = timedelta(hours=72)
WRONG_CREDENTIALS = Message("sign_in.wrong_credentials")

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
        display_name_arabic=row.display_name_arabic or None,
        display=stored_display(row),
    )


def stored_display(row: User) -> DisplayPreferences:
    """The row's preferences; a value this version does not know reads as the default, so a
    newer workstation's choice never stops an older one from signing in."""
    language = row.display_language if row.display_language in set(Language) else "en"
    digits = row.display_digits if row.display_digits in set(DigitStyle) else "western"
    return DisplayPreferences(Language(language), DigitStyle(digits), bool(row.display_hijri))


def _checked_display(preferences: DisplayPreferences) -> DisplayPreferences:
    errors: dict[str, Message] = {}
    for name, value, kind in (
        ("language", preferences.language, Language),
        ("digits", preferences.digits, DigitStyle),
    ):
        if value not in set(kind):
            errors[name] = Message("preferences.unknown_choice", {"value": str(value)})
    if not isinstance(preferences.show_hijri, bool):
        errors["show_hijri"] = Message(
            "preferences.unknown_choice", {"value": str(preferences.show_hijri)}
        )
    if errors:
        raise ValidationError(errors)
    return DisplayPreferences(
        Language(preferences.language), DigitStyle(preferences.digits), preferences.show_hijri
    )


class UserService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._clock = clock
        self._throttle = SignInThrottleService(database, clock)

    def needs_first_admin(self) -> bool:
        with self._db.sessions() as session:
            return not session.scalar(select(func.count()).select_from(User))

    def create_first_admin(self, username: str, display_name: str, password: str) -> UserRecord:
        """Only allowed while the database has no users at all."""
        if not self.needs_first_admin():
            raise ValidationError({"username": Message("account.clinic_has_users")})
        return self.add_user(SYSTEM, username, display_name, Role.ADMIN, password)

    @staticmethod
    def check_new_user(
        username: str, display_name: str, role: Role | str, password: str, licence_number: str
    ) -> tuple[str, str, Role, str | None]:
        """Every field of a new account checked at once, before anything is opened or written."""
        errors: dict[str, Message] = {}
        clean_name = _collect(errors, lambda: validate_username(username))
        clean_display = _collect(
            errors, lambda: validate_identifier(display_name, "display_name", 120)
        )
        _collect(
            errors,
            lambda: validate_password(password, username=username, display_name=display_name),
        )
        try:
            clean_role = Role(role)
        except ValueError:
            errors["role"] = Message(
                "account.role_unknown",
                {"value": role, "choices": ", ".join(r.value for r in Role)},
            )
        licence = _collect(
            errors, lambda: validate_identifier(licence_number, "licence_number", 60)
        )
        if not clean_display and "display_name" not in errors:
            errors["display_name"] = Message("account.display_name_missing")
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
                    {"username": Message("account.username_taken", {"value": clean_name})}
                )
            row = User(
                username=clean_name,
                display_name=clean_display,
                role=clean_role.value,
                licence_number=licence,
                password_hash=hash_password(password),
                active=True,
                is_demo=is_demo,
                created_at=self._clock(),
                password_changed_at=self._clock(),
            )
            uow.session.add(row)
            uow.session.flush()
            record = user_record(row)
        return replace(record, changes=Changes(users=frozenset({record.id})))

    def authenticate(self, username: str, password: str) -> UserRecord:
        """Check a sign-in; every outcome is audited. Failures never say which part was wrong.

        Raises InvalidCredentialsError, SignInWaitError or SignInLockedError (the same for an
        unknown name as for a real one: see services.sign_in_throttle), and
        OneTimePasswordExpiredError only once the password itself was right. A record with
        ``must_change_password`` may only change its password (services.access enforces it).
        """
        key = sign_in_key(username)
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
            account_id = row.id if row is not None else None
            stored_hash = row.password_hash if row is not None else None
            record = user_record(row) if row is not None else None
            changed_at = row.password_changed_at if row is not None else None
        self._throttle.refuse_if_held(key, account_id)
        ok = verify_password(stored_hash, password)
        if not ok or record is None or not record.active:
            refusal = self._throttle.record_failure(key, account_id)
            raise refusal or InvalidCredentialsError(WRONG_CREDENTIALS)
        expired = record.must_change_password and self._one_time_expired(changed_at)
        refusal = self._throttle.record_success(
            key,
            record.id,
            Actor(record.id, record.role),
            action="user.one_time_password_expired" if expired else "user.sign_in",
        )
        if refusal is not None:
            raise refusal
        if expired:
            raise OneTimePasswordExpiredError(Message("sign_in.one_time_password_expired"))
        return record

    def _one_time_expired(self, changed_at: datetime | None) -> bool:
        # A one-time password with no time recorded is treated as expired: fail closed.
        return changed_at is None or changed_at + ONE_TIME_PASSWORD_LIFETIME < self._clock()

    def change_password(self, actor: Actor, current_password: str, new_password: str) -> UserRecord:
        """The signed-in user replaces their own password (also a one-time one, which is the
        one thing allowed while ``must_change_password`` is set). Needs no permission, only
        an active account and the current password."""
        if actor.system:
            raise PermissionDeniedError(Message("permission.sign_in_to_change_password"))
        if not standing(self._db, actor).active:
            raise AccountInactiveError(Message("account.deactivated"))
        with UnitOfWork(self._db, actor, "user.change_password") as uow:
            row = uow.session.get(User, actor.user_id)
            if row is None:
                raise AccountInactiveError(Message("account.gone"))
            if not verify_password(row.password_hash, current_password or ""):
                raise ValidationError({"current_password": Message("password.current_wrong")})
            validate_password(
                new_password or "",
                "new_password",
                username=row.username,
                display_name=row.display_name,
            )
            if verify_password(row.password_hash, new_password):
                raise ValidationError({"new_password": Message("password.same_as_current")})
            row.password_hash = hash_password(new_password)
            row.must_change_password = False
            row.password_changed_at = self._clock()
            uow.session.flush()
            record = user_record(row)
        return replace(record, changes=Changes(users=frozenset({record.id})))

    def set_display_preferences(self, actor: Actor, preferences: DisplayPreferences) -> UserRecord:
        """The signed-in user's own language, digits and Hijri date ("user.set_display_
        preferences", audited in the same transaction). Needs no permission, only an active
        account: everyone may choose how their own screens read."""
        if actor.system or actor.user_id is None:
            raise PermissionDeniedError(Message("permission.sign_in_to_change_preferences"))
        now = standing(self._db, actor)
        if not now.active:
            raise AccountInactiveError(Message("account.deactivated"))
        if now.must_change_password:  # a one-time password allows nothing but replacing it
            raise PasswordChangeRequiredError(Message("account.password_change_required"))
        checked = _checked_display(preferences)
        with UnitOfWork(self._db, actor, "user.set_display_preferences") as uow:
            row = uow.session.get(User, actor.user_id)
            if row is None:
                raise AccountInactiveError(Message("account.gone"))
            row.display_language = checked.language.value
            row.display_digits = checked.digits.value
            row.display_hijri = checked.show_hijri
            uow.session.flush()
            record = user_record(row)
        return replace(record, changes=Changes(users=frozenset({record.id})))

    def lock_screen(self, actor: Actor, reason: str) -> None:
        """Audit that ``actor``'s window was covered by the lock screen (idle or by hand)."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)  # any active staff account
        if reason not in LOCK_REASONS:
            raise ValidationError(
                {
                    "reason": Message(
                        "account.lock_reason_unknown", {"reasons": " or ".join(LOCK_REASONS)}
                    )
                }
            )
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
            raise InvalidCredentialsError(Message("sign_in.nothing_to_unlock"))
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

    def clinical_leads(self) -> list[UserRecord]:
        """The active practitioners who may change the safety rules (whom to ask)."""
        with self._db.sessions() as session:
            rows = session.scalars(
                select(User)
                .where(User.role == Role.PRACTITIONER.value, User.active, User.clinical_lead)
                .order_by(User.display_name)
            )
            return [user_record(row) for row in rows]

    def practitioners(self) -> list[UserRecord]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(User)
                .where(User.role == Role.PRACTITIONER.value, User.active)
                .order_by(User.display_name)
            )
            return [user_record(row) for row in rows]


def _collect(errors: dict[str, Message], validate: Callable[[], T]) -> T | None:
    """Run one validator, gathering its field message instead of stopping at the first."""
    try:
        return validate()
    except ValidationError as error:
        errors.update(error.field_messages)
        return None
