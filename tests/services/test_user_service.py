"""Users: first admin, sign-in, roles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent, User
from scardesk.domain.enums import Role
from scardesk.domain.errors import AuthenticationError, PermissionDeniedError, ValidationError
from scardesk.services.accounts import AccountService
from scardesk.services.users import UserService
from tests.helpers import FRONT_DESK, count

PASSWORD = "Clinic-pass-2026"


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = open_database(migrated_url)
    yield opened
    opened.dispose()


def test_a_new_clinic_has_no_account_until_the_first_admin_is_made(database: Database) -> None:
    users = UserService(database)
    assert users.needs_first_admin()
    with pytest.raises(AuthenticationError):
        users.authenticate("admin", "admin")
    admin = users.create_first_admin("salma", "Dr Salma", PASSWORD)
    assert admin.role is Role.ADMIN and not users.needs_first_admin()


def test_a_second_first_admin_is_refused(database: Database) -> None:
    users = UserService(database)
    users.create_first_admin("salma", "Dr Salma", PASSWORD)
    with pytest.raises(ValidationError):
        users.create_first_admin("intruder", "Someone", PASSWORD)
    assert count(database, User) == 1


def test_the_password_is_stored_only_as_an_argon2id_hash(database: Database) -> None:
    UserService(database).create_first_admin("salma", "Dr Salma", PASSWORD)
    with database.sessions() as session:
        stored = session.scalar(select(User.password_hash))
        audit_after = session.scalar(select(AuditEvent.after).where(AuditEvent.entity == "users"))
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    assert audit_after is not None and audit_after["password_hash"] == "(redacted)"


@pytest.mark.production_password_cost
def test_passwords_are_hashed_at_the_production_cost(database: Database) -> None:
    """The other tests hash at argon2's lowest cost (tests/conftest.py): this one keeps the app's
    own parameters (64 MiB, 3 passes, 4 lanes) under test, and signing in against them."""
    users = UserService(database)
    users.create_first_admin("salma", "Dr Salma", PASSWORD)
    with database.sessions() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "salma"))
    assert stored is not None and stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert users.authenticate("salma", PASSWORD).username == "salma"
    with pytest.raises(AuthenticationError):
        users.authenticate("salma", "wrong-password-1")


def test_sign_in_succeeds_and_failures_do_not_say_why(database: Database) -> None:
    users = UserService(database)
    users.create_first_admin("salma", "Dr Salma", PASSWORD)
    assert users.authenticate(" Salma ", PASSWORD).username == "salma"
    with pytest.raises(AuthenticationError) as wrong_password:
        users.authenticate("salma", "wrong-password-1")
    with pytest.raises(AuthenticationError) as wrong_user:
        users.authenticate("nobody", PASSWORD)
    assert str(wrong_password.value) == str(wrong_user.value)


def test_an_inactive_user_cannot_sign_in(database: Database) -> None:
    users = UserService(database)
    admin = users.create_first_admin("salma", "Dr Salma", PASSWORD)
    from scardesk.db.unit_of_work import Actor

    actor = Actor(admin.id, admin.role)
    desk = users.add_user(actor, "reception", "Reception", Role.FRONT_DESK, PASSWORD)
    AccountService(database).set_active(actor, desk.username, False)
    with pytest.raises(AuthenticationError):
        users.authenticate("reception", PASSWORD)


def test_front_desk_cannot_add_users(database: Database) -> None:
    with pytest.raises(PermissionDeniedError):
        UserService(database).add_user(FRONT_DESK, "x.user", "X", Role.ADMIN, PASSWORD)
    assert count(database, User) == 0


def test_bad_user_fields_are_all_reported(database: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        UserService(database).create_first_admin("1 bad name", "", "short")
    assert {"username", "password", "display_name"} <= raised.value.field_errors.keys()
