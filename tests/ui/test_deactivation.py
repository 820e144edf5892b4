"""An account deactivated on another workstation is signed out at its next action here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from scardesk.db.engine import open_database
from scardesk.db.models import User
from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.login import SignInDialog
from scardesk.ui.shell import GuiSession
from tests.ui.conftest import PASSWORD


def _signed_in_session(qtbot, services, runner, window_state) -> tuple[GuiSession, ErrorPresenter]:
    services.users.create_first_admin("s.admin", "Salma Admin", PASSWORD)
    services.users.add_user(SYSTEM, "m.santos", "Maria Santos", Role.FRONT_DESK, PASSWORD)
    errors = ErrorPresenter()
    session = GuiSession(
        services, runner=runner, change_bus=ChangeBus(), window_state=window_state, errors=errors
    )
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username.edit, "m.santos")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    window = session.main_window
    assert window is not None  # deleted by the shell at sign-out: each test closes its own
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return session, errors


def _change_elsewhere(tmp_path: Path, username: str, **values: object) -> None:
    """Another workstation on the same clinic file: the row changes, this window is not told."""
    elsewhere = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        with elsewhere.engine.begin() as connection:
            connection.execute(update(User).where(User.username == username).values(**values))
    finally:
        elsewhere.dispose()


def test_the_next_action_after_a_deactivation_signs_the_user_out(
    qtbot, services, runner, window_state, tmp_path
):
    session, _ = _signed_in_session(qtbot, services, runner, window_state)
    window = session.main_window
    _change_elsewhere(tmp_path, "m.santos", active=False)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # open Patients

    qtbot.waitUntil(lambda: session.main_window is None)
    assert not window.isVisible()
    assert isinstance(session.dialog, SignInDialog)  # back to sign-in for the next person
    qtbot.addWidget(session.dialog)
    assert "deactivated" in session.dialog.form_error.text()


def test_a_password_reset_elsewhere_signs_the_user_out_with_its_own_reason(
    qtbot, services, runner, window_state, tmp_path
):
    session, _ = _signed_in_session(qtbot, services, runner, window_state)
    _change_elsewhere(tmp_path, "m.santos", must_change_password=True)

    qtbot.keyClick(session.main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: session.main_window is None)
    assert isinstance(session.dialog, SignInDialog)
    qtbot.addWidget(session.dialog)
    assert "reset your password" in session.dialog.form_error.text()


def test_an_active_user_keeps_working(qtbot, services, runner, window_state):
    session, errors = _signed_in_session(qtbot, services, runner, window_state)
    window = session.main_window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert session.main_window is window and window.current_screen() == "patients"
    assert errors.last_message is None
    session.close_all()
