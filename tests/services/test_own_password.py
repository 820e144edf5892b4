"""One-time passwords (72 hours, then refused) and changing one's own password."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, User
from scardesk.domain.errors import (
    InvalidCredentialsError,
    OneTimePasswordExpiredError,
    PasswordChangeRequiredError,
    PermissionDeniedError,
    ValidationError,
)
from scardesk.domain.permissions import Permission
from scardesk.services.access import check
from scardesk.services.passwords import verify_password
from scardesk.services.users import UserService
from tests.helpers import FRONT_DESK, STAFF_PASSWORD, audit_count

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
NEW = "Olive-lantern-harbour-47"


@pytest.fixture
def users(database: Database) -> UserService:
    return UserService(database, lambda: NOW)


def _one_time(database: Database, issued: datetime) -> None:
    """What an administrator's password reset leaves on the desk account."""
    with database.engine.begin() as connection:
        connection.execute(
            update(User)
            .where(User.id == 2)
            .values(must_change_password=True, password_changed_at=issued)
        )


def _stored(database: Database) -> tuple[str, bool, datetime | None]:
    with database.sessions() as session:
        row = session.get(User, 2)
        assert row is not None
        return row.password_hash, row.must_change_password, row.password_changed_at


def test_a_fresh_one_time_password_signs_in_but_allows_nothing_else(
    users: UserService, database: Database
) -> None:
    _one_time(database, NOW - timedelta(hours=71))
    record = users.authenticate("desk", STAFF_PASSWORD)
    assert record.must_change_password
    with pytest.raises(PasswordChangeRequiredError, match="choose your own password"):
        check(database, FRONT_DESK, Permission.VIEW_DEMOGRAPHICS)


def test_a_one_time_password_older_than_72_hours_is_refused(
    users: UserService, database: Database
) -> None:
    _one_time(database, NOW - timedelta(hours=72, seconds=1))
    with pytest.raises(OneTimePasswordExpiredError) as expired:
        users.authenticate("desk", STAFF_PASSWORD)
    assert str(expired.value) == (
        "this one-time password has expired: ask the administrator for a new one"
    )
    # A wrong password says nothing about expiry.
    with pytest.raises(InvalidCredentialsError):
        users.authenticate("desk", "Not-the-password-1")
    with database.sessions() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "user.one_time_password_expired" in actions


def test_changing_the_one_time_password_clears_the_flag(
    users: UserService, database: Database
) -> None:
    _one_time(database, NOW - timedelta(hours=1))
    record = users.change_password(FRONT_DESK, STAFF_PASSWORD, NEW)
    assert not record.must_change_password
    stored_hash, must_change, changed_at = _stored(database)
    assert verify_password(stored_hash, NEW) and not must_change and changed_at == NOW
    check(database, FRONT_DESK, Permission.VIEW_DEMOGRAPHICS)  # allowed again
    assert users.authenticate("desk", NEW).id == 2
    with database.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.change_password")
        ).one()
    assert event.entity == "users" and event.entity_id == 2 and event.user_id == 2
    assert event.after is not None and event.after["password_hash"] == "(redacted)"
    assert NEW not in str(event.after) and stored_hash not in str(event.after)


@pytest.mark.parametrize(
    ("current", "new", "field", "words"),
    [
        ("Not-the-password-1", NEW, "current_password", "current password is not right"),
        (STAFF_PASSWORD, "short-one", "new_password", "at least 12 characters"),
        (STAFF_PASSWORD, "Password2026!", "new_password", "commonly used"),
        (STAFF_PASSWORD, "desk-lantern-harbour", "new_password", "your user name"),
        (STAFF_PASSWORD, STAFF_PASSWORD, "new_password", "your current one"),
    ],
)
def test_a_refused_change_says_why_and_changes_nothing(
    users: UserService, database: Database, current: str, new: str, field: str, words: str
) -> None:
    _one_time(database, NOW - timedelta(hours=1))
    before, events = _stored(database), audit_count(database)
    with pytest.raises(ValidationError) as refused:
        users.change_password(FRONT_DESK, current, new)
    assert set(refused.value.field_errors) == {field}
    assert words in refused.value.field_errors[field]
    assert new not in str(refused.value)
    assert _stored(database) == before and audit_count(database) == events


def test_the_display_name_counts_against_the_new_password(
    users: UserService, database: Database
) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 2).values(display_name="Noor Al-Rawahi"))
    with pytest.raises(ValidationError, match="part of your name"):
        users.change_password(FRONT_DESK, STAFF_PASSWORD, "rawahi-olive-harbour")


def test_the_system_cannot_change_a_password(users: UserService) -> None:
    from scardesk.db.unit_of_work import SYSTEM

    with pytest.raises(PermissionDeniedError):
        users.change_password(SYSTEM, STAFF_PASSWORD, NEW)


def test_a_new_account_records_when_its_password_was_set(
    users: UserService, database: Database
) -> None:
    from tests.helpers import ADMIN

    made = users.add_user(ADMIN, "noor.r", "Noor", "front_desk", NEW)
    with database.sessions() as session:
        row = session.get(User, made.id)
        assert row is not None and row.password_changed_at == NOW
