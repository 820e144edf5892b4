"""The sign-in dialog's distinct messages, the forced change of a one-time password, the
"Change my password…" menu item and the strength meter, driven like a person would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from scardesk.db.engine import Database, open_database
from scardesk.db.models import User
from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.services.users import UserService
from scardesk.ui.login import ChangePasswordDialog, SignInDialog
from scardesk.ui.widgets.password_strength import PasswordStrengthMeter
from tests.ui.conftest import PASSWORD

NEW = "Olive-lantern-harbour-47"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    yield opened
    opened.dispose()


@pytest.fixture
def users(database: Database, clock: FakeClock) -> UserService:
    service = UserService(database, clock)
    service.create_first_admin("s.admin", "Salma", PASSWORD)
    service.add_user(SYSTEM, "f.desk", "Fatma Al-Rawahi", Role.FRONT_DESK, PASSWORD)
    return service


def _one_time(database: Database, clock: FakeClock, hours_ago: float) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            update(User)
            .where(User.username == "f.desk")
            .values(
                must_change_password=True,
                password_changed_at=clock.now - timedelta(hours=hours_ago),
            )
        )


def _dialog(qtbot, users: UserService, runner) -> SignInDialog:
    dialog = SignInDialog(users, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: SignInDialog, username: str, password: str) -> str:
    dialog.username.set_text(username)
    qtbot.keyClicks(dialog.password.edit, password)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    # At a person's pace. A refused attempt returns in microseconds here (synchronous runner,
    # no hashing); typing, answering and retyping faster than Qt's timers tick made PySide
    # 6.11 crash in the application-wide wheel-guard filter while wrapping a line edit's
    # internal timer object at teardown. No person types that fast; the real runner is async.
    qtbot.wait(60)
    return dialog.form_error.text()


def test_too_many_failures_say_how_long_to_wait(qtbot, users, runner, clock):
    dialog = _dialog(qtbot, users, runner)
    for _ in range(5):
        assert "do not match an active account" in _try(qtbot, dialog, "f.desk", "Wrong-one-12")
    message = _try(qtbot, dialog, "f.desk", PASSWORD)
    assert "Wait a second, then try again" in message
    assert dialog.signed_in is None and dialog.password.text() == ""
    clock.now += timedelta(seconds=1)
    assert "do not match" in _try(qtbot, dialog, "f.desk", "Wrong-one-12")
    assert "Wait 2 seconds" in _try(qtbot, dialog, "F.Desk", "Wrong-one-12")


def test_a_locked_sign_in_says_to_ask_the_administrator(qtbot, users, runner, clock):
    dialog = _dialog(qtbot, users, runner)
    for _ in range(20):
        _try(qtbot, dialog, "ghost.user", "Wrong-one-12")
        clock.now += timedelta(seconds=300)
    message = _try(qtbot, dialog, "ghost.user", "Wrong-one-12")
    assert "locked after too many failed attempts" in message
    assert "administrator" in message


def test_an_expired_one_time_password_says_to_ask_for_a_new_one(
    qtbot, users, runner, clock, database
):
    _one_time(database, clock, hours_ago=73)
    dialog = _dialog(qtbot, users, runner)
    message = _try(qtbot, dialog, "f.desk", PASSWORD)
    assert "one-time password has expired" in message
    assert dialog.change_dialog is None and dialog.signed_in is None


def test_a_one_time_password_opens_only_the_forced_change(qtbot, users, runner, clock, database):
    _one_time(database, clock, hours_ago=1)
    dialog = _dialog(qtbot, users, runner)
    _try(qtbot, dialog, "f.desk", PASSWORD)
    change = dialog.change_dialog
    assert isinstance(change, ChangePasswordDialog) and change.isVisible()
    assert dialog.signed_in is None  # nothing is open yet
    assert "Choose your own password" in change.windowTitle()
    assert change.current.isHidden()  # the one-time password was just typed
    assert change.cancel_button.text() == "Sign out"

    qtbot.keyClicks(change.new.edit, "fatma-rawahi-1234")
    qtbot.keyClicks(change.repeat.edit, "fatma-rawahi-1234")
    qtbot.mouseClick(change.submit_button, Qt.MouseButton.LeftButton)
    assert "part of your name" in change.new.error()
    assert change.meter.label.text() == "common: easy to guess"

    change.new.set_text("")
    change.repeat.set_text("")
    qtbot.keyClicks(change.new.edit, NEW)
    qtbot.keyClicks(change.repeat.edit, NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(change.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.signed_in is not None
    assert not dialog.signed_in.user.must_change_password
    assert users.authenticate("f.desk", NEW).username == "f.desk"


def test_cancelling_the_forced_change_signs_out(qtbot, users, runner, clock, database):
    _one_time(database, clock, hours_ago=1)
    dialog = _dialog(qtbot, users, runner)
    _try(qtbot, dialog, "f.desk", PASSWORD)
    change = dialog.change_dialog
    assert change is not None
    qtbot.mouseClick(change.cancel_button, Qt.MouseButton.LeftButton)
    assert not change.isVisible() and dialog.isVisible()
    assert dialog.signed_in is None
    assert "You are signed out" in dialog.form_error.text()
    assert dialog.password.text() == ""
    # Still a one-time password: signing in again leads to the change again.
    _try(qtbot, dialog, "f.desk", PASSWORD)
    assert dialog.change_dialog is not None


def test_the_shell_opens_no_main_window_before_the_change(
    qtbot, services, runner, window_state, errors
):
    from scardesk.ui.change_bus import ChangeBus
    from scardesk.ui.shell import GuiSession

    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    desk = services.users.add_user(SYSTEM, "f.desk", "Fatma", Role.FRONT_DESK, PASSWORD)
    database = services.users._db  # the shell's own database, for the administrator's reset
    with database.engine.begin() as connection:
        connection.execute(
            update(User)
            .where(User.id == desk.id)
            .values(must_change_password=True, password_changed_at=datetime.now(UTC))
        )
    session = GuiSession(
        services, runner=runner, change_bus=ChangeBus(), window_state=window_state, errors=errors
    )
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    _try(qtbot, dialog, "f.desk", PASSWORD)
    assert session.main_window is None and dialog.change_dialog is not None
    change = dialog.change_dialog
    qtbot.keyClicks(change.new.edit, NEW)
    qtbot.keyClicks(change.repeat.edit, NEW)
    qtbot.mouseClick(change.submit_button, Qt.MouseButton.LeftButton)
    window = session.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()


def test_change_my_password_from_the_file_menu(qtbot, make_user, open_window, services):
    signed_in = make_user("f.desk", Role.FRONT_DESK)
    window = open_window(signed_in)
    assert window.change_password_action.text() == "Change my &password…"
    window.change_password_action.trigger()
    change = window.findChild(ChangePasswordDialog)
    assert change is not None and change.isVisible()
    assert not change.current.isHidden() and change.cancel_button.text() == "Cancel"

    qtbot.keyClicks(change.current.edit, "Not-my-password-1")
    qtbot.keyClicks(change.new.edit, NEW)
    qtbot.keyClicks(change.repeat.edit, NEW)
    qtbot.mouseClick(change.submit_button, Qt.MouseButton.LeftButton)
    assert "current password is not right" in change.current.error()
    assert change.isVisible()

    change.current.set_text(PASSWORD)
    with qtbot.waitSignal(change.accepted, timeout=5000):
        qtbot.mouseClick(change.submit_button, Qt.MouseButton.LeftButton)
    assert services.users.authenticate("f.desk", NEW).username == "f.desk"


def test_the_strength_meter_follows_typing(qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    meter = PasswordStrengthMeter(edit, lambda: ("s.admin", "Salma Al-Harthy"))
    qtbot.addWidget(edit)
    qtbot.addWidget(meter)
    assert meter.strength is None
    seen = []
    for text in ("olive", "Password123!", "salma-lantern", "olivelantern", NEW):
        edit.clear()
        qtbot.keyClicks(edit, text)
        seen.append((meter.label.text(), meter.bar.value()))
    assert seen == [
        ("too short", 1),
        ("common: easy to guess", 1),
        ("common: easy to guess", 1),
        ("weak", 2),
        ("strong", 4),
    ]
