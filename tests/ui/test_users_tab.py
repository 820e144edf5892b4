"""Admin → Users driven as an administrator would: reset a password, change a role, switch an
account off and on, unlock it, and name clinical leads and privacy officers."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from scardesk.domain.enums import Role
from scardesk.services.container import Services
from scardesk.services.passwords import verify_password
from scardesk.services.session import SignedIn
from scardesk.ui.admin import AdminScreen
from scardesk.ui.admin.account_dialogs import ChangeRoleDialog, ConfirmBox, OneTimePasswordDialog
from scardesk.ui.admin.users_tab import UsersTab
from scardesk.ui.main_window import MainWindow

SIGN_IN = 6  # the sign-in state column


@pytest.fixture
def tab(
    open_window: Callable[[SignedIn], MainWindow], make_user: Callable[[str, Role], SignedIn]
) -> UsersTab:
    make_user("desk.one", Role.FRONT_DESK)
    make_user("dr.salma", Role.PRACTITIONER)
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    return screen.users


def _row(tab: UsersTab, username: str) -> list[str]:
    for row in range(tab.table.rowCount()):
        if tab.table.item(row, 0).text() == username:
            return [tab.table.item(row, c).text() for c in range(tab.table.columnCount())]
    raise AssertionError(username)


def _click_row(qtbot: QtBot, tab: UsersTab, username: str) -> None:
    row = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())].index(username)
    rect = tab.table.visualItemRect(tab.table.item(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected() is not None and tab.selected().username == username


def _confirm(qtbot: QtBot, tab: UsersTab) -> None:
    box = tab.dialog
    assert isinstance(box, ConfirmBox) and box.isVisible()
    qtbot.mouseClick(box.act_button, Qt.MouseButton.LeftButton)


def _stored_hash(tmp_path: Path, username: str) -> str:
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        (stored,) = connection.execute(
            "SELECT password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
    connection.close()
    return str(stored)


def test_the_table_lists_every_account_with_its_flags(tab: UsersTab) -> None:
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == [
        "desk.one",
        "dr.salma",
        "first.admin",
    ]
    assert _row(tab, "dr.salma")[2:] == ["Practitioner", "Active", "", "", ""]
    assert not tab.reset_button.isEnabled()  # nothing chosen yet


def test_reset_password_confirms_then_shows_a_working_one_time_password_once(
    qtbot: QtBot, tab: UsersTab, tmp_path: Path
) -> None:
    _click_row(qtbot, tab, "desk.one")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, tab)
    dialog = tab.dialog
    assert isinstance(dialog, OneTimePasswordDialog) and dialog.isVisible()
    password = dialog.password.text()
    assert len(password) >= 16 and dialog.password.isReadOnly()
    assert "72 hours" in dialog.note.text() and "not shown again" in dialog.note.text()
    assert verify_password(_stored_hash(tmp_path, "desk.one"), password)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == password
    assert _row(tab, "desk.one")[SIGN_IN] == "One-time password"
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert dialog.password.text() == ""  # not kept once closed
    QGuiApplication.clipboard().clear()


def test_cancelling_the_reset_changes_nothing(qtbot: QtBot, tab: UsersTab, tmp_path: Path) -> None:
    before = _stored_hash(tmp_path, "desk.one")
    _click_row(qtbot, tab, "desk.one")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    box = tab.dialog
    assert isinstance(box, ConfirmBox)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert _stored_hash(tmp_path, "desk.one") == before


def test_change_role_from_the_keyboard(qtbot: QtBot, tab: UsersTab, services: Services) -> None:
    _click_row(qtbot, tab, "desk.one")
    tab.role_button.setFocus()
    QTest.keyClick(tab.role_button, Qt.Key.Key_Space)
    dialog = tab.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    qtbot.waitUntil(dialog.role.hasFocus)  # the role list has the caret as the dialog opens
    QTest.keyClick(dialog.role, Qt.Key.Key_Down)  # front desk → practitioner
    assert dialog.chosen_role() is Role.PRACTITIONER
    QTest.keyClick(dialog.role, Qt.Key.Key_Return)
    assert _row(tab, "desk.one")[2] == "Practitioner"
    assert tab.selected() is not None and tab.selected().username == "desk.one"


def test_deactivate_after_confirming_then_reactivate(qtbot: QtBot, tab: UsersTab) -> None:
    _click_row(qtbot, tab, "dr.salma")
    assert tab.active_button.text() == "&Deactivate…"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, tab)
    assert _row(tab, "dr.salma")[3] == "Deactivated"
    assert tab.active_button.text() == "Rea&ctivate"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert _row(tab, "dr.salma")[3] == "Active"


def test_the_admin_cannot_deactivate_themselves_or_demote_the_last_admin(
    qtbot: QtBot, tab: UsersTab
) -> None:
    _click_row(qtbot, tab, "first.admin")
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, tab)
    message = tab._errors.last_message
    assert message is not None and "your own account" in message.text
    assert _row(tab, "first.admin")[3] == "Active"
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FRONT_DESK))
    dialog.accept()
    message = tab._errors.last_message
    assert message is not None and "last active administrator" in message.text
    assert _row(tab, "first.admin")[2] == "Administrator"


def test_clinical_lead_only_for_a_practitioner_and_privacy_officer_for_anyone(
    qtbot: QtBot, tab: UsersTab
) -> None:
    _click_row(qtbot, tab, "desk.one")
    assert not tab.lead_button.isEnabled()
    qtbot.mouseClick(tab.officer_button, Qt.MouseButton.LeftButton)
    assert _row(tab, "desk.one")[5] == "Yes"
    assert tab.officer_button.text() == "Remove &privacy officer"
    _click_row(qtbot, tab, "dr.salma")
    assert tab.lead_button.isEnabled() and tab.lead_button.text() == "Make clinical &lead"
    qtbot.mouseClick(tab.lead_button, Qt.MouseButton.LeftButton)
    assert _row(tab, "dr.salma")[4] == "Yes"
    qtbot.mouseClick(tab.lead_button, Qt.MouseButton.LeftButton)
    assert _row(tab, "dr.salma")[4] == ""


def test_a_locked_account_is_shown_and_unlocked(
    qtbot: QtBot, tab: UsersTab, tmp_path: Path
) -> None:
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        connection.execute(
            "INSERT INTO sign_in_throttle (username, failures, locked_at) VALUES "
            "('dr.salma', 10, '2026-03-10 08:00:00'), ('desk.one', 3, NULL)"
        )
    connection.close()
    tab.reload()
    assert _row(tab, "dr.salma")[3] == "Locked"
    assert _row(tab, "dr.salma")[SIGN_IN] == "10 failed sign-ins"
    assert _row(tab, "desk.one")[SIGN_IN] == "3 failed sign-ins"
    _click_row(qtbot, tab, "first.admin")
    assert not tab.unlock_button.isEnabled()
    _click_row(qtbot, tab, "dr.salma")
    assert tab.unlock_button.isEnabled()
    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    assert _row(tab, "dr.salma")[3] == "Active"
    assert _row(tab, "dr.salma")[SIGN_IN] == ""
    assert not tab.unlock_button.isEnabled()


def test_screenshots_of_the_users_tab_and_the_reset_dialog(
    qtbot: QtBot, tab: UsersTab, tmp_path: Path
) -> None:
    """For looking at (saved to /tmp when SCARDESK_SCREENSHOTS is set)."""
    import os

    window = tab.window()
    window.resize(1280, 720)
    _click_row(qtbot, tab, "desk.one")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, tab)
    dialog = tab.dialog
    assert isinstance(dialog, OneTimePasswordDialog)
    qtbot.waitExposed(dialog)
    if os.environ.get("SCARDESK_SCREENSHOTS"):
        window.grab().save("/tmp/accounts-users-tab.png")
        dialog.grab().save("/tmp/accounts-reset-dialog.png")
    assert not window.grab().isNull() and not dialog.grab().isNull()


def test_an_arabic_reader_sees_the_arabic_names_the_clinic_entered(
    open_window: Callable[[SignedIn], MainWindow],
    make_user: Callable[[str, Role], SignedIn],
    services: Services,
    arabic: None,
) -> None:
    admin = make_user("first.admin", Role.ADMIN)
    make_user("dr.salma", Role.PRACTITIONER)
    services.accounts.set_printed_names(admin.actor, "dr.salma", "Dr Salma", "د. سلمى", "")
    window = open_window(admin)
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    assert _row(screen.users, "dr.salma")[1] == "د. سلمى"
