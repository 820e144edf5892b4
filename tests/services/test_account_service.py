"""The admin's account work on SQLite and PostgreSQL: each change audited, each refusal harmless."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, SignInThrottle, User
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.enums import Role
from scardesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from scardesk.domain.validation import sign_in_key, validate_password
from scardesk.services.accounts import ONE_TIME_ALPHABET, AccountService, one_time_password
from scardesk.services.passwords import verify_password
from tests.helpers import ADMIN, FRONT_DESK, STAFF_PASSWORD, audit_count

NOW = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)


@pytest.fixture
def accounts(database: Database) -> AccountService:
    return AccountService(database, clock=lambda: NOW)


def _users(database: Database) -> list[dict[str, Any]]:
    with database.engine.connect() as connection:
        rows = connection.execute(select(User).order_by(User.id)).mappings().all()
    return [dict(row) for row in rows]


def _actions(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _lock(database: Database, typed: str, failures: int = 5, locked: bool = True) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            insert(SignInThrottle).values(
                username=sign_in_key(typed),
                failures=failures,
                next_attempt_at=NOW,
                locked_at=NOW if locked else None,
            )
        )


def _refused_and_unchanged(database: Database, call: Any, error: type[Exception]) -> str:
    """Run ``call``, expect ``error``, and check that no row and no audit event changed."""
    users, events = _users(database), audit_count(database)
    with pytest.raises(error) as raised:
        call()
    assert _users(database) == users
    assert audit_count(database) == events
    return str(raised.value)


def test_the_list_shows_every_account_with_its_flags_and_sign_in_state(
    database: Database, accounts: AccountService
) -> None:
    _lock(database, " Desk ", failures=7)
    _lock(database, "dr.salma", failures=2, locked=False)
    listed = {record.username: record for record in accounts.list_accounts(ADMIN)}
    assert list(listed) == ["admin", "desk", "dr.salma"]
    assert listed["admin"].role is Role.ADMIN and listed["admin"].active
    assert (listed["desk"].locked, listed["desk"].failed_sign_ins) == (True, 7)
    assert (listed["dr.salma"].locked, listed["dr.salma"].failed_sign_ins) == (False, 2)
    assert (listed["admin"].locked, listed["admin"].failed_sign_ins) == (False, 0)
    assert accounts.find(ADMIN, "  DESK ").locked


def test_an_unknown_name_is_not_found_and_says_which(accounts: AccountService) -> None:
    with pytest.raises(NotFoundError, match="no account named 'nobody'"):
        accounts.find(ADMIN, "nobody")
    with pytest.raises(NotFoundError):
        accounts.find(ADMIN, "1 not a name\x00")


def test_front_desk_may_do_none_of_it(database: Database, accounts: AccountService) -> None:
    _refused_and_unchanged(
        database, lambda: accounts.reset_password(FRONT_DESK, "admin"), PermissionDeniedError
    )
    _refused_and_unchanged(
        database, lambda: accounts.set_role(FRONT_DESK, "desk", Role.ADMIN), PermissionDeniedError
    )


def test_one_time_passwords_are_readable_strong_and_different() -> None:
    seen = {one_time_password() for _ in range(200)}
    assert len(seen) == 200
    for password in seen:
        groups = password.split("-")
        assert [len(group) for group in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(ONE_TIME_ALPHABET)
        assert validate_password(password) == password and len(password) >= 16


def test_a_reset_stores_only_the_hash_forces_a_change_and_lifts_a_lock(
    database: Database, accounts: AccountService
) -> None:
    _lock(database, "desk")
    password = accounts.reset_password(ADMIN, "desk").password
    with database.sessions() as session:
        row = session.scalar(select(User).where(User.username == "desk"))
        assert row is not None
        assert verify_password(row.password_hash, password)
        assert not verify_password(row.password_hash, STAFF_PASSWORD)
        assert row.must_change_password
        assert row.password_changed_at is not None
        assert row.password_changed_at.replace(tzinfo=UTC) == NOW
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.reset_password")
        ).all()
    assert {event.entity for event in events} >= {"users"}
    user_event = next(event for event in events if event.entity == "users")
    assert user_event.after is not None and user_event.after["password_hash"] == "(redacted)"
    assert all(password not in repr((e.before, e.after)) for e in events)
    record = accounts.find(ADMIN, "desk")
    assert record.must_change_password and not record.locked and record.failed_sign_ins == 0


def test_resetting_an_unknown_account_changes_nothing(
    database: Database, accounts: AccountService
) -> None:
    message = _refused_and_unchanged(
        database, lambda: accounts.reset_password(ADMIN, "ghost"), NotFoundError
    )
    assert "ghost" in message


def test_the_role_changes_and_is_audited(database: Database, accounts: AccountService) -> None:
    record = accounts.set_role(ADMIN, "desk", "practitioner")
    assert record.role is Role.PRACTITIONER
    assert accounts.find(ADMIN, "desk").role is Role.PRACTITIONER
    assert "user.set_role" in _actions(database)


def test_an_unknown_role_lists_the_roles_and_changes_nothing(
    database: Database, accounts: AccountService
) -> None:
    with pytest.raises(ValidationError) as raised:
        accounts.set_role(ADMIN, "desk", "doctor")
    assert "front_desk, practitioner, admin" in raised.value.field_errors["role"]
    _refused_and_unchanged(
        database, lambda: accounts.set_role(ADMIN, "desk", "doctor"), ValidationError
    )


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(
    database: Database, accounts: AccountService
) -> None:
    message = _refused_and_unchanged(
        database, lambda: accounts.set_role(ADMIN, "admin", Role.PRACTITIONER), ValidationError
    )
    assert "last active administrator" in message
    message = _refused_and_unchanged(
        database, lambda: accounts.set_active(SYSTEM, "admin", False), ValidationError
    )
    assert "last active administrator" in message
    # An inactive admin does not count as the clinic's administrator.
    accounts.set_role(ADMIN, "desk", Role.ADMIN)
    accounts.set_active(ADMIN, "desk", False)
    _refused_and_unchanged(
        database, lambda: accounts.set_role(SYSTEM, "admin", Role.FRONT_DESK), ValidationError
    )
    # With a second active admin, the first may step down.
    accounts.set_active(ADMIN, "desk", True)
    assert accounts.set_role(ADMIN, "admin", Role.PRACTITIONER).role is Role.PRACTITIONER


def test_an_admin_cannot_deactivate_themselves(
    database: Database, accounts: AccountService
) -> None:
    accounts.set_role(ADMIN, "desk", Role.ADMIN)  # not the last admin: the self-rule alone
    message = _refused_and_unchanged(
        database, lambda: accounts.set_active(ADMIN, "admin", False), ValidationError
    )
    assert "your own account" in message


def test_deactivating_and_reactivating_are_audited(
    database: Database, accounts: AccountService
) -> None:
    assert not accounts.set_active(ADMIN, "desk", False).active
    assert accounts.set_active(ADMIN, "desk", True).active
    actions = _actions(database)
    assert "user.deactivate" in actions and "user.activate" in actions


def test_only_a_practitioner_can_be_a_clinical_lead(
    database: Database, accounts: AccountService
) -> None:
    message = _refused_and_unchanged(
        database, lambda: accounts.set_clinical_lead(ADMIN, "desk", True), ValidationError
    )
    assert "only a practitioner" in message
    assert accounts.set_clinical_lead(ADMIN, "dr.salma", True).clinical_lead
    assert "user.set_clinical_lead" in _actions(database)
    # Moving a lead out of the practitioner role clears the flag it no longer means anything in.
    assert not accounts.set_role(ADMIN, "dr.salma", Role.FRONT_DESK).clinical_lead
    assert not accounts.find(ADMIN, "dr.salma").clinical_lead


def test_the_privacy_officer_flag_goes_on_and_off(
    database: Database, accounts: AccountService
) -> None:
    assert accounts.set_privacy_officer(ADMIN, "desk", True).privacy_officer
    assert not accounts.set_privacy_officer(ADMIN, "desk", False).privacy_officer
    assert _actions(database).count("user.set_privacy_officer") == 2


def test_unlock_clears_the_failed_sign_ins_and_is_audited(
    database: Database, accounts: AccountService
) -> None:
    _lock(database, "dr.salma", failures=9)
    record = accounts.unlock(ADMIN, "dr.salma")
    assert (record.locked, record.failed_sign_ins) == (False, 0)
    with database.sessions() as session:
        throttle = session.scalar(select(SignInThrottle))
        assert throttle is not None
        assert (throttle.failures, throttle.next_attempt_at, throttle.locked_at) == (0, None, None)
    assert "user.unlock" in _actions(database)
    # Nothing to clear is still an audited unlock.
    before = audit_count(database)
    accounts.unlock(ADMIN, "desk")
    assert audit_count(database) == before + 1


def test_every_change_to_an_unknown_account_is_refused_the_same_way(
    database: Database, accounts: AccountService
) -> None:
    calls = (
        lambda: accounts.set_role(ADMIN, "ghost", Role.ADMIN),
        lambda: accounts.set_active(ADMIN, "ghost", False),
        lambda: accounts.set_clinical_lead(ADMIN, "ghost", True),
        lambda: accounts.set_privacy_officer(ADMIN, "ghost", True),
        lambda: accounts.unlock(ADMIN, "ghost"),
    )
    for call in calls:
        assert "no account named 'ghost'" in _refused_and_unchanged(database, call, NotFoundError)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=80))
def test_any_typed_name_is_found_or_not_found_never_anything_else(
    database: Database, accounts: AccountService, typed: str
) -> None:
    try:
        record = accounts.find(ADMIN, typed)
    except NotFoundError as error:
        assert str(error).isprintable() and str(error).startswith("no account named")
        return
    assert record.username == typed.strip().lower()


def test_two_admins_stepping_down_at_once_leave_one_admin(
    database: Database, accounts: AccountService
) -> None:
    """Another workstation demotes the second admin while this one demotes the first: the admin
    rows are locked, so this one waits, sees the other's change, and refuses."""
    accounts.set_role(ADMIN, "desk", Role.ADMIN)
    outcome: list[BaseException | None] = []

    def demote_the_first() -> None:
        try:
            accounts.set_role(SYSTEM, "admin", Role.PRACTITIONER)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    with database.engine.connect() as other:
        with other.begin():
            other.execute(
                select(User.id).where(User.role == Role.ADMIN.value).with_for_update()
            ).all()
            other.execute(update(User).where(User.username == "desk").values(role="front_desk"))
            racer = threading.Thread(target=demote_the_first)
            racer.start()
            racer.join(0.5)
            assert racer.is_alive()  # waiting for the other workstation's change
        racer.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ValidationError), outcome
    assert accounts.find(ADMIN, "admin").role is Role.ADMIN
