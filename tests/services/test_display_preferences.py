"""Each user's own language, digits and Hijri date: stored on their profile, audited."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, User
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.domain.errors import AccountInactiveError, PermissionDeniedError, ValidationError
from scardesk.services.users import UserService
from tests.helpers import FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, audit_count

ARABIC = DisplayPreferences(Language.ARABIC, DigitStyle.ARABIC_INDIC, show_hijri=True)


@pytest.fixture
def users(database: Database) -> UserService:
    return UserService(database)


def test_a_new_user_reads_english_with_western_digits_and_no_hijri(users: UserService) -> None:
    assert users.authenticate("desk", STAFF_PASSWORD).display == DEFAULT


def test_a_user_changes_their_own_preferences_and_the_next_sign_in_brings_them(
    users: UserService,
) -> None:
    record = users.set_display_preferences(FRONT_DESK, ARABIC)
    assert record.display == ARABIC and record.changes.users == {FRONT_DESK.user_id}
    assert users.authenticate("desk", STAFF_PASSWORD).display == ARABIC
    # Someone else's profile is untouched: the next workstation still reads English.
    assert users.authenticate("dr.salma", STAFF_PASSWORD).display == DEFAULT


def test_the_change_is_audited_in_the_same_transaction_with_before_and_after(
    users: UserService, database: Database
) -> None:
    events = audit_count(database)
    users.set_display_preferences(PRACTITIONER, ARABIC)
    assert audit_count(database) == events + 1
    with database.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.set_display_preferences")
        ).one()
    assert (event.entity, event.entity_id, event.user_id) == ("users", 3, 3)
    assert event.before is not None and event.after is not None
    assert event.before["display_language"] == "en" and event.after["display_language"] == "ar"
    assert event.after["display_digits"] == "arabic_indic" and event.after["display_hijri"]


def test_the_system_actor_has_no_preferences_to_change(
    users: UserService, database: Database
) -> None:
    events = audit_count(database)
    with pytest.raises(PermissionDeniedError):
        users.set_display_preferences(SYSTEM, ARABIC)
    assert audit_count(database) == events


def test_a_deactivated_account_cannot_change_them(users: UserService, database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 2).values(active=False))
    events = audit_count(database)
    with pytest.raises(AccountInactiveError):
        users.set_display_preferences(FRONT_DESK, ARABIC)
    assert audit_count(database) == events


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(language=st.text(max_size=6), digits=st.text(max_size=14))
def test_a_choice_that_is_not_offered_is_refused_and_nothing_is_written(
    database: Database, language: str, digits: str
) -> None:
    offered = language in set(Language) and digits in set(DigitStyle)
    users = UserService(database)
    events = audit_count(database)
    bad = DisplayPreferences(language, digits, False)  # type: ignore[arg-type]
    if offered:
        users.set_display_preferences(FRONT_DESK, bad)
        return
    with pytest.raises(ValidationError):
        users.set_display_preferences(FRONT_DESK, bad)
    assert audit_count(database) == events


def test_a_stored_value_this_version_does_not_know_reads_as_the_default(
    users: UserService, database: Database
) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            update(User).where(User.id == 2).values(display_language="fr", display_digits="roman")
        )
    assert users.authenticate("desk", STAFF_PASSWORD).display == DEFAULT
