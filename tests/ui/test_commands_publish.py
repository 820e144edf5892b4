"""Admin commands tell the other screens what they changed: each one runs through
``run_command`` and a second screen (or a plain listener) on the same bus hears it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scardesk.domain.backup_policy import BackupSchedule
from scardesk.domain.enums import Role
from scardesk.domain.records import Changes
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.admin.auto_backup_panel import AutoBackupPanel
from scardesk.ui.admin.printed_names_dialog import PrintedNamesDialog
from scardesk.ui.admin.users_tab import AddUserDialog, UsersTab
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.content_editor import ContentEditorTab
from scardesk.ui.login.change_password import ChangePasswordDialog
from scardesk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import PASSWORD
from tests.ui.test_content_editor import _raise_version

LEAD = 4  # the clinical lead column


@pytest.fixture
def context(
    services: Services, runner: SyncTaskRunner, make_user: Callable[[str, Role], SignedIn]
) -> ScreenContext:
    make_user("dr.salma", Role.PRACTITIONER)
    return ScreenContext(services, make_user("first.admin", Role.ADMIN), runner, ChangeBus())


@pytest.fixture
def heard(context: ScreenContext) -> list[Changes]:
    changes: list[Changes] = []
    context.change_bus.changed.connect(changes.append)
    return changes


def _row(tab: UsersTab, username: str) -> int:
    names = [tab.table.item(row, 0).text() for row in range(tab.table.rowCount())]
    return names.index(username)


def test_a_lead_named_on_one_users_list_shows_on_another(
    qtbot: QtBot, context: ScreenContext, heard: list[Changes]
) -> None:
    acting, watching = UsersTab(context), UsersTab(context)
    qtbot.addWidget(acting)
    qtbot.addWidget(watching)
    before = watching.table.item(_row(watching, "dr.salma"), LEAD).text()
    acting.table.selectRow(_row(acting, "dr.salma"))
    acting.toggle_lead()
    salma = context.services.accounts.find(context.signed_in.actor, "dr.salma")
    assert heard == [Changes(users=frozenset({salma.id}))]
    assert salma.clinical_lead
    assert watching.table.item(_row(watching, "dr.salma"), LEAD).text() != before


def test_a_user_added_in_the_dialog_appears_on_the_users_list(
    qtbot: QtBot, context: ScreenContext, heard: list[Changes]
) -> None:
    watching = UsersTab(context)
    qtbot.addWidget(watching)
    dialog = AddUserDialog(context)
    qtbot.addWidget(dialog)
    dialog.username.edit.setText("s.albalushi")
    dialog.display_name.edit.setText("Salim Al-Balushi")
    dialog.password.edit.setText("correct horse battery staple")
    dialog.repeat.edit.setText("correct horse battery staple")
    dialog._save()
    assert dialog.created is not None
    assert heard == [Changes(users=frozenset({dialog.created.id}))]
    assert _row(watching, "s.albalushi") >= 0


def test_a_password_reset_and_new_printed_names_are_heard(
    qtbot: QtBot, context: ScreenContext, heard: list[Changes]
) -> None:
    tab = UsersTab(context)
    qtbot.addWidget(tab)
    tab.table.selectRow(_row(tab, "dr.salma"))
    tab.ask_reset_password()
    assert tab.dialog is not None
    qtbot.mouseClick(tab.dialog.act_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    salma = context.services.accounts.find(context.signed_in.actor, "dr.salma")
    assert heard == [Changes(users=frozenset({salma.id}))]
    assert tab.table.item(_row(tab, "dr.salma"), 3).text() != ""

    names = PrintedNamesDialog(context, salma)
    qtbot.addWidget(names)
    names.display_name.edit.setText("Dr Salma Al-Harthy")
    names.save()
    assert heard[-1] == Changes(users=frozenset({salma.id}))
    assert tab.accounts[_row(tab, "dr.salma")].display_name == "Dr Salma Al-Harthy"


def test_a_password_changed_while_signed_in_is_heard(
    qtbot: QtBot, context: ScreenContext, heard: list[Changes]
) -> None:
    user = context.signed_in.user
    dialog = ChangePasswordDialog(
        context.services.users, context.runner, user, change_bus=context.change_bus
    )
    qtbot.addWidget(dialog)
    dialog.current.edit.setText(PASSWORD)
    dialog.new.edit.setText("a brand new passphrase 42")
    dialog.repeat.edit.setText("a brand new passphrase 42")
    dialog.submit()
    assert heard == [Changes(users=frozenset({user.id}))]


def test_a_backup_made_on_one_panel_is_listed_on_another(
    qtbot: QtBot, context: ScreenContext, heard: list[Changes], tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    acting, watching = AutoBackupPanel(context), AutoBackupPanel(context)
    qtbot.addWidget(acting)
    qtbot.addWidget(watching)
    acting.folder.setText(str(folder))
    acting.save()
    assert heard == [Changes(backups=True)]
    acting.run_now()
    assert heard == [Changes(backups=True)] * 2
    assert watching.backups.count() == 1
    assert context.services.auto_backup.schedule() == BackupSchedule(str(folder))


def test_saving_and_reverting_a_clinic_text_is_heard(
    qtbot: QtBot, context: ScreenContext, heard: list[Changes]
) -> None:
    editor = ContentEditorTab(context)
    qtbot.addWidget(editor)
    editor.editor.setPlainText(_raise_version(editor.editor.toPlainText()))
    editor.save()
    assert editor.error_label.text() == ""
    assert heard == [Changes(content=True)]
    editor.revert()
    assert heard == [Changes(content=True)] * 2
