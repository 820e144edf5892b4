"""Reminders, finished (issue 15 §7): the contact preference set on the patient form is what
the Reminders view obeys, and the list exports for an SMS service as CSV or XLSX."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from scardesk.domain.reminders import Channel
from scardesk.ui.patients.form import PatientFormDialog
from tests.ui.patient_helpers import make_context
from tests.ui.test_reminders_panel import clinic, open_panel, status  # noqa: F401 (fixture)

SHOTS = Path("/tmp/finish_shots")


def _edit_form(qtbot, made, patient_id: int) -> PatientFormDialog:  # type: ignore[no-untyped-def]
    context = make_context(made.services, made.desk)
    record = made.services.patients.get(made.desk.actor, patient_id)
    form = PatientFormDialog(context, record)
    qtbot.addWidget(form)
    form.show()
    return form


def test_the_form_sets_the_reminder_channel_and_the_reminders_view_obeys(
    qtbot,
    clinic,  # noqa: F811
) -> None:
    form = _edit_form(qtbot, clinic, clinic.aisha_id)
    assert form.reminder_channel() is Channel.WHATSAPP  # nothing stored yet
    assert not form.unsaved.is_dirty()
    form.reminders_box.setCurrentIndex(form.reminders_box.findData(Channel.CALL))
    assert form.unsaved.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    services = clinic.services
    assert services.patients.reminder_channel(clinic.desk.actor, clinic.aisha_id) is Channel.CALL
    panel, _opened = open_panel(qtbot, clinic)
    row = [r.patient_id for r in panel.rows].index(clinic.aisha_id)
    assert status(panel, row) == "Prefers a phone call"
    panel.table.selectRow(row)
    assert not panel.whatsapp_button.isEnabled()
    again = _edit_form(qtbot, clinic, clinic.aisha_id)
    assert again.reminder_channel() is Channel.CALL  # read back when the form opens


def test_the_list_exports_as_a_workbook_with_phones_as_text(
    qtbot,
    clinic,  # noqa: F811
    tmp_path: Path,
) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    target = tmp_path / "sms.xlsx"
    panel.choose_export_path = lambda: str(target)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(target) as book:
        strings = book.read("xl/sharedStrings.xml").decode()
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "+96891234567" in strings and "Aisha Al Balushi" in strings
    assert "Khalid" not in strings  # no consent: not exported
    phone_cells = re.findall(r'<c r="A\d+"[^>]*>', sheet)
    assert len(phone_cells) == 2  # the header and Aisha
    assert all('t="s"' in cell for cell in phone_cells)  # text cells, never numbers
    SHOTS.mkdir(exist_ok=True)
    window = panel.window()
    window.resize(1280, 720)
    panel.table.selectRow(0)
    qtbot.wait(20)
    window.grab().save(str(SHOTS / "reminders-1280x720.png"))


def test_the_csv_export_still_works_by_its_name(
    qtbot,
    clinic,  # noqa: F811
    tmp_path: Path,
) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    target = tmp_path / "sms.csv"
    panel.choose_export_path = lambda: str(target)
    panel.export_list()
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("phone,name,message") and "+96891234567" in text
