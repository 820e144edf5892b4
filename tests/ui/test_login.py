"""The sign-in and first-run dialogs, driven like a person would, against a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.login import FirstAdminDialog, SignInDialog
from scardesk.ui.shell import GuiSession
from scardesk.ui.tasks import TaskRunner
from tests.ui.conftest import PASSWORD


def _session(services, runner, window_state, errors: ErrorPresenter) -> GuiSession:
    from scardesk.ui.change_bus import ChangeBus

    return GuiSession(
        services, runner=runner, change_bus=ChangeBus(), window_state=window_state, errors=errors
    )


def _first_run(qtbot, services, runner) -> FirstAdminDialog:
    dialog = FirstAdminDialog(services.users, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _sign_in_dialog(qtbot, services, runner) -> SignInDialog:
    dialog = SignInDialog(services.users, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_empty_database_opens_the_create_first_admin_dialog(
    qtbot, services, runner, window_state, errors
):
    session = _session(services, runner, window_state, errors)
    session.start()
    qtbot.addWidget(session.dialog)
    assert isinstance(session.dialog, FirstAdminDialog)
    assert session.dialog.isVisible()
    assert "first administrator" in session.dialog.windowTitle()


def test_database_with_users_opens_the_sign_in_dialog(
    qtbot, services, runner, window_state, errors
):
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    session = _session(services, runner, window_state, errors)
    session.start()
    qtbot.addWidget(session.dialog)
    assert isinstance(session.dialog, SignInDialog)


def test_invalid_first_admin_shows_inline_messages_and_creates_nothing(qtbot, services, runner):
    dialog = _first_run(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "1x")
    qtbot.keyClicks(dialog.password.edit, "short")
    qtbot.keyClicks(dialog.repeat.edit, "different")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    assert "cannot be a user name" in dialog.username.error()
    assert "display name is needed" in dialog.display_name.error()
    assert "5 characters" in dialog.password.error()
    assert "passwords are different" in dialog.repeat.error()
    assert not dialog.username.error_label.isHidden()
    assert dialog.isVisible()
    assert services.users.needs_first_admin()
    assert services.users.list_users(SYSTEM) == []


def test_mismatched_repeat_alone_blocks_creation(qtbot, services, runner):
    dialog = _first_run(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.display_name.edit, "Salma")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat.edit, PASSWORD + "x")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    assert dialog.repeat.error()
    assert not dialog.username.error() and not dialog.password.error()
    assert services.users.list_users(SYSTEM) == []


def test_editing_a_field_clears_its_message(qtbot, services, runner):
    dialog = _first_run(qtbot, services, runner)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.username.error()
    qtbot.keyClicks(dialog.username.edit, "s")
    assert dialog.username.error() == ""


def test_valid_first_admin_with_arabic_name_is_created_and_signed_in(qtbot, services, runner):
    dialog = _first_run(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "S.Alharthi")
    dialog.display_name.edit.insert("د. سلمى الحارثي")  # keyClicks cannot type Arabic
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat.edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.repeat.edit, Qt.Key.Key_Return)

    assert dialog.signed_in is not None
    user = dialog.signed_in.user
    assert (user.username, user.display_name, user.role) == (
        "s.alharthi",
        "د. سلمى الحارثي",
        Role.ADMIN,
    )
    assert [u.username for u in services.users.list_users(SYSTEM)] == ["s.alharthi"]


def test_wrong_password_shows_the_generic_message_and_clears_the_password(qtbot, services, runner):
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    dialog = _sign_in_dialog(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.password.edit, "Wrong-password-1")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    message = dialog.form_error.text()
    assert dialog.form_error.isVisible()
    assert "user name and password do not match" in message
    assert dialog.signed_in is None and dialog.isVisible()
    assert dialog.password.text() == ""


def test_unknown_user_gets_exactly_the_same_message_as_a_wrong_password(qtbot, services, runner):
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    dialog = _sign_in_dialog(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.password.edit, "Wrong-password-1")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    wrong_password = dialog.form_error.text()

    dialog.username.set_text("nobody")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.form_error.text() == wrong_password


def test_enter_in_the_password_field_signs_in(qtbot, services, runner):
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    dialog = _sign_in_dialog(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    assert dialog.signed_in is not None
    assert dialog.signed_in.user.username == "s.admin"
    assert dialog.signed_in.actor.role is Role.ADMIN


def test_empty_sign_in_asks_for_both_fields_without_calling_the_service(qtbot, services, runner):
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    dialog = _sign_in_dialog(qtbot, services, runner)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert "Enter your user name and your password" in dialog.form_error.text()


def test_first_run_through_the_shell_ends_in_the_main_window(
    qtbot, services, runner, window_state, errors
):
    session = _session(services, runner, window_state, errors)
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, FirstAdminDialog)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.display_name.edit, "Salma Al-Harthy")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat.edit, PASSWORD)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    window = session.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert "Salma Al-Harthy" in window.user_label.text()


def test_sign_in_through_the_real_background_runner(qtbot, services):
    """The password check runs in a worker thread; the dialog is updated on the UI thread."""
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)
    dialog = _sign_in_dialog(qtbot, services, runner)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.password.edit, "Wrong-password-1")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert not dialog.card.isEnabled()  # busy while the worker hashes
    qtbot.waitUntil(lambda: dialog.form_error.isVisible(), timeout=5000)
    assert dialog.card.isEnabled()

    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    assert runner.wait_until_idle(5000)
    assert failures == []
    assert dialog.signed_in is not None
