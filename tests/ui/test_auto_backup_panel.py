"""Admin → Backups: setting up automatic backups, backing up, previewing and restoring."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from scardesk.db.engine import open_database
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.backup_policy import BackupSchedule
from scardesk.domain.enums import Role
from scardesk.services.auto_backup import AutoBackupService
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.admin import AdminScreen
from scardesk.ui.admin.auto_backup_panel import AutoBackupPanel
from scardesk.ui.main_window import MainWindow
from tests.db.test_backup import patient_count, seed_patients

REPO = Path(__file__).resolve().parents[2]


def _panel(
    open_window: Callable[[SignedIn], MainWindow], make_user: Callable[[str, Role], SignedIn]
) -> AutoBackupPanel:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    return screen.maintenance.automatic


def test_a_relative_folder_is_refused_beside_the_field(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    panel = _panel(open_window, make_user)
    assert "No automatic backups" in panel.status.text()
    qtbot.keyClicks(panel.folder, "backups")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "whole path" in panel.field_errors["folder"].text()
    assert services.auto_backup.schedule() is None


def test_set_up_back_up_and_preview(
    qtbot: QtBot, services: Services, open_window, make_user, tmp_path: Path
) -> None:
    panel = _panel(open_window, make_user)
    folder = tmp_path / "usb"
    qtbot.keyClicks(panel.folder, str(folder))
    assert panel.daily.isChecked() and panel.on_sign_out.isChecked()  # the defaults
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert services.auto_backup.schedule() is not None
    assert "No backup has been made" in panel.status.text()
    assert "24 hours" in panel.status.text()  # warned, in colour

    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.backups.count() == 1
    assert "Last good backup" in panel.status.text() and "24 hours" not in panel.status.text()
    assert not panel.preview_button.isEnabled()
    panel.backups.setCurrentRow(0)
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    assert "first.admin" in panel.details.text() or "Admin" in panel.details.text()
    assert "patients" in panel.details.text()
    window = panel.window()
    window.resize(1280, 720)
    screen = window.pages["admin"]
    screen.tabs.setCurrentWidget(screen.maintenance)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "auto-backup-panel.png"))


def test_restore_asks_then_hands_over_and_closes(
    qtbot: QtBot,
    services: Services,
    open_window,
    make_user,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _panel(open_window, make_user)
    qtbot.keyClicks(panel.folder, str(tmp_path / "usb"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    panel.backups.setCurrentRow(0)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    launched: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(panel, "launch_restore", lambda a, e: launched.append((a, e)) or True)
    window = panel.window()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "patients" in asked[0] and "kept beside it" in asked[0]
    arguments, environment = launched[0]
    assert arguments[:2] == ["restore", panel.backups.item(0).data(Qt.ItemDataRole.UserRole)]
    assert "--then-start" in arguments and "SCARDESK_DATABASE_URL" in environment
    assert not window.isVisible()


def test_the_restoring_process_waits_for_the_app_to_close(tmp_path: Path) -> None:
    """The hand-over for real: the restore command waits while the app still has the file."""
    url = f"sqlite:///{tmp_path / 'data' / 'clinic.sqlite3'}"
    app_database = open_database(url)  # the app that asked for the restore, still closing
    service = AutoBackupService(app_database, tmp_path / "data")
    seed_patients(app_database, 3)
    service.save_schedule(SYSTEM, BackupSchedule(str(tmp_path / "usb")))
    entry = service.run(SYSTEM, "manual")
    seed_patients(app_database, 2)
    arguments, environment = service.restore_request(SYSTEM, Path(entry.path))
    arguments = [a for a in arguments if a != "--then-start"]
    closer = threading.Timer(2.0, app_database.dispose)
    closer.start()
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-m", "scardesk", *arguments],
        env={**os.environ, **environment, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    closer.join()
    assert completed.returncode == 0, completed.stderr
    assert time.monotonic() - started >= 2.0
    restored = open_database(url)
    try:
        assert patient_count(restored) == 3
    finally:
        restored.dispose()
