"""Failed sign-ins: five free, then doubling waits (at most 300 s), a lock at twenty; the same
for unknown names; shared by every workstation; audited without the name or the password."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent, SignInThrottle
from scardesk.domain.errors import (
    AuthenticationError,
    InvalidCredentialsError,
    SignInLockedError,
    SignInWaitError,
)
from scardesk.services.sign_in_throttle import wait_seconds
from scardesk.services.users import UserService
from tests.helpers import STAFF_PASSWORD

WRONG = "Wrong-password-42"
START = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


class FakeClock:
    """Time moves only when the test says: no test sleeps."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def users(database: Database, clock: FakeClock) -> UserService:
    return UserService(database, clock)


def _fail(users: UserService, name: str = "desk", password: str = WRONG) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate(name, password)
    return caught.value


def _fail_and_wait_out(users: UserService, clock: FakeClock, name: str, times: int) -> None:
    for _ in range(times):
        assert isinstance(_fail(users, name), InvalidCredentialsError)
        clock.advance(300)


def test_the_wait_doubles_from_the_fifth_failure_and_stops_at_300_seconds() -> None:
    assert [wait_seconds(n) for n in range(1, 15)] == [
        0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300
    ]  # fmt: skip


def test_five_failures_are_free_then_each_attempt_waits(
    users: UserService, clock: FakeClock
) -> None:
    for _ in range(5):
        error = _fail(users)
        assert isinstance(error, InvalidCredentialsError)
        assert str(error) == "the user name or password is not right, or the account is inactive"
    waiting = _fail(users, password=STAFF_PASSWORD)  # even the right password waits
    assert isinstance(waiting, SignInWaitError) and waiting.seconds == 1
    assert str(waiting) == "too many failed sign-ins: wait 1 second and try again"
    for failures, expected_wait in ((6, 2), (7, 4), (8, 8), (9, 16)):
        clock.advance(expected_wait // 2 or 1)
        if expected_wait // 2 < wait_seconds(failures - 1):
            assert isinstance(_fail(users), SignInWaitError)
            clock.advance(wait_seconds(failures - 1))
        assert isinstance(_fail(users), InvalidCredentialsError)
        error = _fail(users)
        assert isinstance(error, SignInWaitError) and error.seconds == expected_wait
        assert f"wait {expected_wait} seconds and try again" in str(error)


def test_waits_are_capped_at_300_seconds(users: UserService, clock: FakeClock) -> None:
    _fail_and_wait_out(users, clock, "desk", 15)
    error = _fail(users)
    assert isinstance(error, InvalidCredentialsError)
    error = _fail(users)
    assert isinstance(error, SignInWaitError) and error.seconds == 300
    clock.advance(299.5)
    error = _fail(users)
    assert isinstance(error, SignInWaitError) and error.seconds == 1  # rounded up, never 0


def test_an_attempt_while_waiting_is_not_counted_and_skips_the_password(
    users: UserService, clock: FakeClock, database: Database
) -> None:
    _fail_and_wait_out(users, clock, "desk", 4)
    assert isinstance(_fail(users), InvalidCredentialsError)  # fifth: wait 1 s from now
    for _ in range(10):
        assert isinstance(_fail(users), SignInWaitError)
    with database.sessions() as session:
        assert session.scalar(select(SignInThrottle.failures)) == 5
    clock.advance(1)
    assert users.authenticate("desk", STAFF_PASSWORD).username == "desk"


def test_success_clears_the_count(users: UserService, clock: FakeClock) -> None:
    _fail_and_wait_out(users, clock, "desk", 7)
    assert users.authenticate("Desk", STAFF_PASSWORD).username == "desk"
    _fail_and_wait_out(users, clock, "desk", 4)  # five free again
    assert isinstance(_fail(users), InvalidCredentialsError)
    assert isinstance(_fail(users), SignInWaitError)


def test_twenty_failures_lock_even_the_right_password(users: UserService, clock: FakeClock) -> None:
    _fail_and_wait_out(users, clock, "desk", 19)
    locked = _fail(users)
    assert isinstance(locked, SignInLockedError)
    assert str(locked) == (
        "this sign-in is locked after too many failed attempts: ask the administrator to unlock it"
    )
    clock.advance(86_400 * 30)
    assert isinstance(_fail(users, password=STAFF_PASSWORD), SignInLockedError)
    # Other names are untouched.
    assert users.authenticate("dr.salma", STAFF_PASSWORD).username == "dr.salma"


def test_an_unknown_name_gets_the_same_messages_and_timings(
    users: UserService, clock: FakeClock
) -> None:
    def history(name: str) -> list[tuple[type, str]]:
        seen = []
        for _ in range(21):
            error = _fail(users, name)
            seen.append((type(error), str(error)))
            error = _fail(users, name)
            seen.append((type(error), str(error)))
            clock.advance(wait_seconds(len(seen) // 2) or 1)
        return seen

    clock.now = START
    real = history("desk")
    clock.now = START
    unknown = history("no.such.user")
    assert real == unknown
    assert {kind for kind, _ in real} == {
        InvalidCredentialsError,
        SignInWaitError,
        SignInLockedError,
    }


def test_the_count_is_per_typed_name_folded(users: UserService, clock: FakeClock) -> None:
    _fail_and_wait_out(users, clock, "DESK ", 3)
    _fail_and_wait_out(users, clock, " desk", 1)
    assert isinstance(_fail(users, "dEsK"), InvalidCredentialsError)
    assert isinstance(_fail(users, "Desk"), SignInWaitError)


def test_two_workstations_share_one_count(
    database_url: str, database: Database, clock: FakeClock
) -> None:
    other = open_database(database_url)
    try:
        here, there = UserService(database, clock), UserService(other, clock)
        for turn in range(5):
            assert isinstance(_fail(here if turn % 2 else there), InvalidCredentialsError)
        assert isinstance(_fail(here), SignInWaitError)
        assert isinstance(_fail(there), SignInWaitError)
        clock.advance(1)
        assert isinstance(_fail(there), InvalidCredentialsError)
        with database.sessions() as session:
            assert session.scalar(select(SignInThrottle.failures)) == 6
        clock.advance(2)
        assert there.authenticate("desk", STAFF_PASSWORD).id == 2
        with database.sessions() as session:
            assert session.scalar(select(SignInThrottle.failures)) == 0
    finally:
        other.dispose()


def test_failures_are_audited_without_the_name_or_the_password(
    users: UserService, clock: FakeClock, database: Database
) -> None:
    before = _audit_ids(database)
    _fail_and_wait_out(users, clock, "Mystery.Person", 19)
    _fail(users, "Mystery.Person", "Zebra-Quartz-Secret-1")  # locks
    _fail(users, "Mystery.Person", "Zebra-Quartz-Secret-2")  # refused: locked
    _fail_and_wait_out(users, clock, "desk", 5)
    _fail(users, "desk", "Zebra-Quartz-Secret-3")
    assert isinstance(_fail(users, "desk", "Zebra-Quartz-Secret-4"), SignInWaitError)
    with database.sessions() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.id.notin_(before))))
    actions = [event.action for event in events]
    assert actions.count("user.sign_in_failed") >= 26, actions
    assert "user.sign_in_locked" in actions and "user.sign_in_wait" in actions
    text = json.dumps(
        [[e.action, e.entity, e.entity_id, e.before, e.after] for e in events]
    ).casefold()
    assert "mystery" not in text and "zebra" not in text and "wrong-password" not in text
    assert '"desk"' not in text
    # A real account's failures point at its users row; an unknown name's at nothing.
    on_users = {(e.entity_id) for e in events if e.entity == "users"}
    assert on_users == {None, 2}


def _audit_ids(database: Database) -> list[int]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent.id)))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(username=st.text(max_size=80), password=st.text(max_size=80))
def test_any_text_fails_only_as_an_authentication_error(
    users: UserService, clock: FakeClock, username: str, password: str
) -> None:
    clock.advance(400)  # hypothesis runs many attempts: wait each one out
    with contextlib.suppress(AuthenticationError):  # anything else fails the test
        users.authenticate(username, password)


def test_the_integrity_check_accepts_throttle_rows_with_their_key_redacted(
    users: UserService, clock: FakeClock, database: Database
) -> None:
    from scardesk.services.maintenance import MaintenanceService
    from tests.helpers import ADMIN

    _fail_and_wait_out(users, clock, "someone.else", 2)
    _fail_and_wait_out(users, clock, "desk", 3)
    users.authenticate("desk", STAFF_PASSWORD)
    problems = MaintenanceService(database).check_integrity(ADMIN).problems
    assert problems == ()


def test_simultaneous_failures_on_two_workstations_are_each_counted_once(
    database_url: str, database: Database, clock: FakeClock
) -> None:
    """Twelve attempts at once from two workstations, the clock standing still: exactly five
    are judged (the free ones), every other one is told to wait, and the stored count is 5."""
    from concurrent.futures import ThreadPoolExecutor

    other = open_database(database_url)
    try:
        services = [UserService(database, clock), UserService(other, clock)]

        def attempt(turn: int) -> type:
            return type(_fail(services[turn % 2], "ghost.name"))

        with ThreadPoolExecutor(max_workers=6) as pool:
            outcomes = list(pool.map(attempt, range(12)))
        assert outcomes.count(InvalidCredentialsError) == 5
        assert outcomes.count(SignInWaitError) == 7
        with database.sessions() as session:
            assert session.scalar(select(SignInThrottle.failures)) == 5
    finally:
        other.dispose()
