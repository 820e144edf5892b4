"""The workspace's "Export patient's copy…": a save dialog, the export off the UI thread, a
message saying how it went; nothing of it for the front desk."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.ui.tasks import TaskRunner
from tests.helpers import aisha


def _patient(services) -> int:
    record, _ = services.patients.register(SYSTEM, aisha())
    return record.id


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[str]) -> None:
    def dialog(parent, caption, suggested, file_filter):
        asked.append(suggested)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))


def test_a_practitioner_exports_the_copy_from_the_workspace(
    qtbot, services, open_window, make_user, monkeypatch, tmp_path: Path
) -> None:
    patient_id = _patient(services)
    window = open_window(make_user("dr.salma", Role.PRACTITIONER))
    workspace = window.open_patient(patient_id)
    button = workspace.export_button
    assert button.isVisible() and button.isEnabled()
    asked: list[str] = []
    _choose(monkeypatch, tmp_path / "copy", asked)  # no suffix typed: .zip is added
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [f"patient-{patient_id}-record-{asked[0].split('-record-')[1]}"]
    assert "Aisha" not in asked[0]  # the proposed name carries the file number only
    out = tmp_path / "copy.zip"
    data = json.loads(zipfile.ZipFile(out).read("record.json"))
    assert data["patient"]["name_arabic"] == "عائشة البلوشي"
    assert data["exported_by"] == "Dr.Salma"
    box = workspace.exporter.message
    assert box is not None and box.icon() == QMessageBox.Icon.Information
    assert "copy.zip" in box.text() and "0 photo(s)" in box.text()
    admin = make_user("first.admin", Role.ADMIN)
    actions = [row.action for row in services.maintenance.audit_page(admin.actor).rows]
    assert "patient.export" in actions


def test_the_export_runs_off_the_ui_thread(
    qtbot, services, make_user, monkeypatch, tmp_path: Path, window_state
) -> None:
    from scardesk.ui.change_bus import ChangeBus
    from scardesk.ui.shell import make_main_window

    patient_id = _patient(services)
    runner = TaskRunner(on_error=lambda error: None)
    window = make_main_window(
        services,
        make_user("dr.salma", Role.PRACTITIONER),
        runner=runner,
        change_bus=ChangeBus(),
        window_state=window_state,
    )
    qtbot.addWidget(window)
    window.show()
    workspace = window.open_patient(patient_id)
    runner.wait_until_idle()
    _choose(monkeypatch, tmp_path / "copy.zip", [])
    with qtbot.waitSignal(workspace.exporter.finished, timeout=30_000) as finished:
        qtbot.mouseClick(workspace.export_button, Qt.MouseButton.LeftButton)
        assert workspace.exporter.busy  # the click returned before the export finished
    assert finished.args[0].path == tmp_path / "copy.zip"
    assert zipfile.is_zipfile(tmp_path / "copy.zip")
    runner.wait_until_idle()


def test_a_failed_export_is_shown_not_swallowed(
    qtbot, services, open_window, make_user, monkeypatch, tmp_path: Path
) -> None:
    patient_id = _patient(services)
    window = open_window(make_user("dr.salma", Role.PRACTITIONER))
    workspace = window.open_patient(patient_id)
    taken = tmp_path / "taken.zip"
    taken.mkdir()  # a folder holds the chosen name
    _choose(monkeypatch, taken, [])
    qtbot.mouseClick(workspace.export_button, Qt.MouseButton.LeftButton)
    shown = workspace.exporter.errors.last_message
    assert shown is not None and "taken.zip" in shown.text
    assert workspace.exporter.message is None


def test_cancelling_the_dialog_exports_nothing(
    qtbot, services, open_window, make_user, monkeypatch, tmp_path: Path
) -> None:
    patient_id = _patient(services)
    window = open_window(make_user("dr.salma", Role.PRACTITIONER))
    workspace = window.open_patient(patient_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    qtbot.mouseClick(workspace.export_button, Qt.MouseButton.LeftButton)
    assert workspace.exporter.last_result is None and list(tmp_path.glob("*.zip")) == []


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.ADMIN])
def test_roles_without_clinical_access_have_no_export_action(
    services, open_window, make_user, monkeypatch, role: Role
) -> None:
    patient_id = _patient(services)
    window = open_window(make_user("someone", role))
    workspace = window.open_patient(patient_id)
    assert not workspace.export_button.isVisible()
    opened: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: opened.append(a)))
    workspace.exporter.ask()  # even called directly, it asks nothing
    assert opened == []
