"""Locking a workstation's screen and taking it back with one's own password (issue #11)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, SignInThrottle, User
from scardesk.domain.errors import AccountInactiveError, AuthenticationError, ValidationError
from scardesk.domain.validation import sign_in_key
from scardesk.services.settings import ClinicDetails, SettingsService
from scardesk.services.users import UserService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD


def _events(database: Database) -> list[tuple[str, int | None, int | None, object]]:
    with database.sessions() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.user_id, AuditEvent.entity_id, AuditEvent.after)
            .where(AuditEvent.action.like("user.%"))
            .order_by(AuditEvent.id)
        )
        return [tuple(row) for row in rows]


def test_a_lock_is_audited_with_its_reason(database: Database) -> None:
    users = UserService(database)
    users.lock_screen(PRACTITIONER, "idle")
    users.lock_screen(FRONT_DESK, "manual")
    locks = [event for event in _events(database) if event[0] == "user.lock_screen"]
    assert locks == [
        ("user.lock_screen", 3, 3, {"reason": "idle"}),
        ("user.lock_screen", 2, 2, {"reason": "manual"}),
    ]
    with pytest.raises(ValidationError):
        users.lock_screen(PRACTITIONER, "because")


def test_the_own_password_unlocks_and_is_audited(database: Database) -> None:
    record = UserService(database).unlock_screen(PRACTITIONER, STAFF_PASSWORD)
    assert record.id == 3
    actions = [event[0] for event in _events(database)]
    assert actions[-2:] == ["user.sign_in", "user.unlock_screen"]


def test_a_wrong_password_is_refused_and_audited_like_a_failed_sign_in(
    database: Database,
) -> None:
    users = UserService(database)
    for wrong in ("Wrong-password-1", "", "x" * 2000):
        with pytest.raises(AuthenticationError):
            users.unlock_screen(PRACTITIONER, wrong)
    events = _events(database)
    failed = [event for event in events if event[0] == "user.sign_in_failed" and event[2] == 3]
    assert len(failed) == 3
    assert "user.unlock_screen" not in [event[0] for event in events]
    with database.sessions() as session:  # counted by the sign-in throttle like any failure
        throttled = session.scalar(
            select(SignInThrottle.failures).where(
                SignInThrottle.username == sign_in_key("dr.salma")
            )
        )
    assert throttled == 3


def test_someone_elses_password_does_not_unlock(database: Database) -> None:
    """The admin's password (the same text here) unlocks the admin's window, not another's:
    the account is the window's own, never one typed in."""
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 1).values(password_hash="x"))
    with pytest.raises(AuthenticationError):
        UserService(database).unlock_screen(ADMIN, STAFF_PASSWORD)
    assert UserService(database).unlock_screen(FRONT_DESK, STAFF_PASSWORD).id == 2


def test_a_deactivated_account_cannot_unlock(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(active=False))
    with pytest.raises(AccountInactiveError):
        UserService(database).unlock_screen(PRACTITIONER, STAFF_PASSWORD)


def test_the_idle_minutes_default_to_five_and_are_checked(database: Database) -> None:
    settings = SettingsService(database)
    assert settings.clinic().auto_lock_minutes == 5
    saved, _ = settings.save_clinic(ADMIN, ClinicDetails("Qurum", "", "", "", None, 0))
    assert saved.auto_lock_minutes == 5
    for wrong in (0, 61, -5, True):
        with pytest.raises(ValidationError) as refused:
            settings.save_clinic(ADMIN, ClinicDetails("Qurum", "", "", "", None, 1, wrong))
        assert set(refused.value.field_errors) == {"auto_lock_minutes"}
    changed, _ = settings.save_clinic(
        ADMIN, ClinicDetails("Qurum", "", "", "", None, saved.version, 15)
    )
    assert settings.clinic().auto_lock_minutes == changed.auto_lock_minutes == 15
