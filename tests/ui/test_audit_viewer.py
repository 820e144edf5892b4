"""The audit viewer driven as an administrator or privacy officer would: filter, scroll, export."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select, update

from scardesk.db.engine import open_database
from scardesk.db.models import AuditEvent, User
from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.admin import AdminScreen
from scardesk.ui.admin.audit_model import PAGE, AuditModel
from scardesk.ui.admin.audit_screen import AuditScreen
from scardesk.ui.admin.audit_tab import AuditTab
from scardesk.ui.i18n import install_translation
from tests.helpers import aisha


def _audit_tab(open_window, make_user) -> AuditTab:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    screen.tabs.setCurrentWidget(screen.audit)
    return screen.audit


def _column(tab: AuditTab, column: int) -> list[str]:
    model = tab.model
    # Names and values sit in Unicode isolates on screen; the words are what is checked here.
    plain = str.maketrans("", "", "\u2068\u2069")
    return [model.index(row, column).data().translate(plain) for row in range(model.rowCount())]


def test_filtering_by_patient_and_exporting_the_view(
    qtbot, services, open_window, make_user, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, _ = services.patients.register(SYSTEM, aisha())
    services.patients.register(SYSTEM, aisha(civil_number="87654321", name_arabic="مريم"))
    services.patients.update(
        SYSTEM, first.id, first.version, aisha(phone="7123 4567", name_arabic="عائشة سالم")
    )
    tab = _audit_tab(open_window, make_user)
    assert "First Admin signed in" in _column(tab, AuditModel.WHAT)

    qtbot.keyClicks(tab.filter_bar.patient, f"#{first.id}")
    qtbot.keyClick(tab.filter_bar.patient, Qt.Key.Key_Return)
    sentences = _column(tab, AuditModel.WHAT)
    assert sentences == [
        "ScarDesk (system) changed the details of patient 1: Arabic name from عائشة البلوشي "
        "to عائشة سالم; phone from +968 9123 4567 to +968 7123 4567",
        "ScarDesk (system) registered patient 1",
    ]
    assert set(_column(tab, AuditModel.PATIENT)) == {str(first.id)}
    assert tab.count_label.text() == "2 events."

    chosen = tmp_path / "trail"  # no suffix typed: .csv is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(chosen), a[-1]))
    )
    qtbot.mouseClick(tab.csv_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "trail.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    # The file is the log as it is now: it begins with this very viewing of the trail.
    assert [row[3] for row in rows[1:]] == [
        "First Admin viewed the audit trail of patient 1",
        *sentences,
    ]
    assert tab.count_label.text() == "3 events saved as trail.csv"  # a plural form, no "(s)"

    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "trail.pdf").read_bytes().startswith(b"%PDF")
    tab.filter_bar.patient.clear()  # the clear button shows everyone's events again
    assert "ScarDesk (system) registered patient 2" in _column(tab, AuditModel.WHAT)
    exports = [e for e in tab.model.entries() if e.action == "audit.export"]
    assert len(exports) == 2


def test_the_table_loads_older_events_as_it_scrolls(
    qtbot, services, open_window, make_user
) -> None:
    for n in range(PAGE + 20):
        services.patients.register(SYSTEM, aisha(civil_number=f"5{n:07d}"))
    tab = _audit_tab(open_window, make_user)
    assert tab.model.rowCount() == PAGE and tab.model.canFetchMore()
    assert "scroll for older" in tab.count_label.text()
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > PAGE)
    ids = [entry.id for entry in tab.model.entries()]
    assert ids == sorted(set(ids), reverse=True)


def test_choosing_an_action_group_and_a_user(qtbot, services, open_window, make_user) -> None:
    services.patients.register(SYSTEM, aisha())
    tab = _audit_tab(open_window, make_user)
    group = tab.filter_bar.group
    group.setCurrentIndex(group.findText("Sign-ins"))
    assert _column(tab, AuditModel.WHAT) == ["First Admin signed in"]
    group.setCurrentIndex(0)
    user = tab.filter_bar.user
    user.setCurrentIndex(user.findText("First Admin (Administrator)"))
    assert set(_column(tab, AuditModel.WHO)) == {"First Admin"}


def test_a_privacy_officer_gets_the_audit_log_screen(services, open_window, make_user) -> None:
    practitioner = make_user("dr.noor", Role.PRACTITIONER)
    assert "audit" not in [spec.key for spec in open_window(practitioner).specs]
    with services.users._db.engine.begin() as connection:
        connection.execute(
            update(User).where(User.id == practitioner.user.id).values(privacy_officer=True)
        )
    officer = SignedIn(dataclasses.replace(practitioner.user, privacy_officer=True))
    window = open_window(officer)
    assert window.show_screen("audit")
    screen = window.pages["audit"]
    assert isinstance(screen, AuditScreen)
    assert "user.add" in [entry.action for entry in screen.audit.model.entries()]
    admin = open_window(make_user("first.admin", Role.ADMIN))
    assert not admin.show_screen("audit")  # the admin reads it under Admin


def test_an_export_that_cannot_be_written_says_why_in_arabic(
    qtbot, services, open_window, make_user, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp
) -> None:
    """A folder that cannot be written: the refusal is a coded message, in Arabic on an Arabic
    screen, and the trail records no export that did not happen."""
    tab = _audit_tab(open_window, make_user)
    (tmp_path / "a-file").write_text("not a folder")
    chosen = tmp_path / "a-file" / "trail.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(chosen), a[-1]))
    )
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)  # no modal box in a test
    assert install_translation(qapp, "ar")
    try:
        qtbot.mouseClick(tab.csv_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab._errors.last_message is not None, timeout=10_000)
    finally:
        install_translation(qapp, "en")
    shown = tab._errors.last_message
    assert shown is not None
    sentence, lead_in, reason = shown.text.split("\n")
    assert sentence == "تعذّرت كتابة trail.csv: اختر مجلدًا آخر"
    # What the system said stays as it said it, on its own line after an Arabic lead-in.
    assert lead_in == "التفاصيل الفنية (كما وردت، دون ترجمة):"
    assert reason and reason.isascii()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert not [e for e in tab.model.entries() if e.action == "audit.export"]


def test_a_broken_chain_is_named_in_arabic(
    qtbot, services, open_window, make_user, tmp_path: Path, qapp
) -> None:
    """Verifying a chain with an altered event names the event in the user's language."""
    tab = _audit_tab(open_window, make_user)
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")  # the UI's file
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            first = connection.execute(select(func.min(AuditEvent.id))).scalar_one()
            row = AuditEvent.id == first
            after = connection.execute(select(AuditEvent.after).where(row)).scalar_one() or {}
            connection.execute(update(AuditEvent).where(row).values(after={**after, "x": 1}))
    finally:
        database.dispose()
    assert install_translation(qapp, "ar")
    try:
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "معطوبة" in tab.chain_label.text(), timeout=10_000)
    finally:
        install_translation(qapp, "en")
    assert tab.chain_label.text() == f"معطوبة: حدث التدقيق {first} عُدّل بعد كتابته"
