"""Today › Reminders as the front desk uses it: tomorrow's list, one click to WhatsApp (the URL
is checked, no browser opens), copy, sent once, consent and preference respected, CSV export."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from scardesk.domain.enums import ConsentPurpose, Role
from scardesk.domain.reminders import Channel
from scardesk.domain.time import muscat_today
from scardesk.ui.today.reminders_panel import STATUS
from tests.ui.conftest import PASSWORD
from tests.ui.session_helpers import _signature_png
from tests.ui.today_helpers import Clinic, make_clinic, open_today


@pytest.fixture
def clinic(services, make_user) -> Clinic:
    made = make_clinic(services, make_user)
    tomorrow = muscat_today() + timedelta(days=1)
    made.book(made.aisha_id, made.at(10, 30, day=tomorrow))
    made.book(made.khalid_id, made.at(11, 0, day=tomorrow))
    services.consents.capture(
        made.doctor.actor,
        made.aisha_id,
        ConsentPurpose.REMINDERS,
        "1",
        _signature_png(),
        password=PASSWORD,
    )
    return made


def open_panel(qtbot, clinic):  # type: ignore[no-untyped-def]
    screen = open_today(qtbot, clinic)
    screen.tabs.setCurrentWidget(screen.reminders_panel)
    panel = screen.reminders_panel
    qtbot.waitExposed(panel.table)
    opened: list[QUrl] = []
    panel.open_url = opened.append
    return panel, opened


def status(panel, row: int) -> str:  # type: ignore[no-untyped-def]
    return panel.table.item(row, STATUS).text()


def test_one_click_opens_whatsapp_with_the_message_and_marks_it_sent(qtbot, clinic) -> None:
    panel, opened = open_panel(qtbot, clinic)
    assert panel.table.rowCount() == 2
    assert [status(panel, 0), status(panel, 1)] == ["To send", "No consent to reminders"]
    panel.table.selectRow(0)
    assert "Aisha Al Balushi" in panel.preview.toPlainText()
    qtbot.mouseClick(panel.whatsapp_button, Qt.MouseButton.LeftButton)
    [url] = opened
    assert (url.scheme(), url.host(), url.path()) == ("https", "wa.me", "/96891234567")
    text = parse_qs(urlparse(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)).query)
    assert text["text"] == [panel.rows[0].message]
    assert status(panel, 0).startswith("Sent by ")
    assert not panel.whatsapp_button.isEnabled() and not panel.copy_button.isEnabled()


def test_a_patient_without_consent_cannot_be_messaged(qtbot, clinic) -> None:
    panel, opened = open_panel(qtbot, clinic)
    panel.table.selectRow(1)  # Khalid: no reminders consent
    assert not panel.whatsapp_button.isEnabled() and not panel.copy_button.isEnabled()
    assert opened == []


def test_a_reminder_another_desk_sent_is_not_sent_again(qtbot, clinic, services) -> None:
    panel, opened = open_panel(qtbot, clinic)
    [first] = [r for r in panel.rows if r.patient_id == clinic.aisha_id]
    services.reminders.mark_sent(clinic.doctor.actor, first, "copied")  # the other desk
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.whatsapp_button, Qt.MouseButton.LeftButton)
    assert opened == []  # nothing opened: the message names who sent it
    shown = panel._errors.last_message
    assert shown is not None and clinic.doctor.user.display_name in shown.text
    assert status(panel, 0).startswith("Sent by ")


def test_copy_puts_the_message_on_the_clipboard(qtbot, clinic) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == panel.rows[0].message


def test_preferring_a_call_stops_the_message(qtbot, clinic) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    panel.table.selectRow(0)
    panel.channel.setCurrentIndex(panel.channel.findData(Channel.CALL))
    panel.set_channel()
    assert status(panel, 0) == "Prefers a phone call"
    panel.table.selectRow(0)
    assert not panel.whatsapp_button.isEnabled()


def test_the_csv_export_holds_only_what_may_be_sent(qtbot, clinic, tmp_path: Path) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    target = tmp_path / "sms.csv"
    panel.choose_export_path = lambda: str(target)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    lines = target.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "phone,name,message"
    assert lines[1].startswith("+96891234567,Aisha Al Balushi,")
    assert "Khalid" not in target.read_text(encoding="utf-8-sig")
    panel.grab().save(str(tmp_path / "reminders.png"))


def test_the_sms_export_is_audited_per_patient_on_it(
    qtbot, clinic, services, make_user, tmp_path: Path
) -> None:
    """The list carries phones out of the records: each patient on it has an event, only them."""
    panel, _opened = open_panel(qtbot, clinic)
    panel.choose_export_path = lambda: str(tmp_path / "sms.xlsx")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "sms.xlsx").is_file() and not list(tmp_path.glob("*.part"))
    admin = make_user("a.audit", Role.ADMIN)
    rows = services.maintenance.audit_page(admin.actor).rows
    exported = {row.entity_id for row in rows if row.action == "reminder.export"}
    assert exported == {clinic.aisha_id}


def test_a_failed_sms_export_is_shown_and_audits_nothing(
    qtbot, clinic, services, make_user, tmp_path: Path
) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    panel.choose_export_path = lambda: str(tmp_path / "missing" / "sms.csv")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    shown = panel._errors.last_message
    assert shown is not None
    admin = make_user("a.audit", Role.ADMIN)
    rows = services.maintenance.audit_page(admin.actor).rows
    assert not [row for row in rows if row.action == "reminder.export"]


def test_the_admin_edits_the_message_templates_and_a_wrong_one_is_named(
    qtbot, clinic, services, make_user
) -> None:
    panel, _opened = open_panel(qtbot, clinic)
    assert not panel.templates_button.isVisible()  # the desk sends, the admin words
    admin = make_user("a.words", Role.ADMIN)
    panel._context = replace(panel._context, signed_in=admin)
    dialog = panel.edit_templates()
    qtbot.waitExposed(dialog)
    dialog.edits["appointment_en"].setPlainText("Hello {name}, {date} at {time}. {oops}")
    dialog.save()
    assert "{oops}" in dialog.error_lines["appointment_en"].text()
    dialog.edits["appointment_en"].setPlainText("Hello {name}, {date} at {time}.")
    dialog.save()
    assert not dialog.isVisible()
    panel.reload()
    assert panel.rows[0].message.endswith("at 10:30.")
