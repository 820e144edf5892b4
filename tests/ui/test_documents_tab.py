"""The patient's Documents tab: one click prints a session's aftercare sheet; past ones reopen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.domain.records import Changes
from scardesk.services.container import Services
from scardesk.services.sessions import SessionService
from scardesk.ui import display
from scardesk.ui.documents import actions
from scardesk.ui.documents.patient_tab import DocumentsTab
from tests.documents.pdf_checks import all_text, arabic_present, normalise
from tests.helpers import PRACTITIONER
from tests.services.session_fixtures import Clinic, combined_session, make_clinic


@pytest.fixture
def clinic(services: Services, tmp_path: Path) -> Iterator[Clinic]:
    """The UI's database (same file) with a patient and one toxin + microneedling session."""
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    made = make_clinic(database)
    SessionService(database).record_session(PRACTITIONER, made.patient_id, combined_session(made))
    yield made
    database.dispose()


def _tab(open_window, make_user, patient_id: int, role: Role) -> DocumentsTab:
    window = open_window(make_user(f"user.{role.value}", role))
    workspace = window.open_patient(patient_id)
    assert workspace.show_tab("documents")
    tab = workspace.tabs.currentWidget()
    assert isinstance(tab, DocumentsTab)
    return tab


def test_the_front_desk_prints_the_aftercare_sheet_in_one_click(
    qtbot: QtBot, clinic: Clinic, open_window, make_user
) -> None:
    tab = _tab(open_window, make_user, clinic.patient_id, Role.FRONT_DESK)
    assert "Botulinum toxin, Microneedling" in tab.session_box.currentText()
    assert tab.empty_label.isVisible()
    tab.aftercare_button.click()
    dialog = tab.last_preview
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.page_count() >= 1
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Aftercare sheet"


def test_the_sheet_prints_in_the_language_and_size_chosen_beside_the_button(
    qtbot: QtBot, clinic: Clinic, open_window, make_user
) -> None:
    tab = _tab(open_window, make_user, clinic.patient_id, Role.FRONT_DESK)
    tab.grab().save("/tmp/sheet/documents-tab.png")
    tab.language_box.setCurrentIndex(tab.language_box.findText("Arabic only"))
    qtbot.mouseClick(tab.large_print_box, Qt.MouseButton.LeftButton)
    assert tab.large_print_box.isChecked()
    tab.aftercare_button.click()
    qtbot.waitUntil(lambda: tab.last_preview is not None, timeout=10_000)
    dialog = tab.last_preview
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    text = normalise(all_text(dialog.pdf))
    assert "Microneedling" not in text  # Arabic only
    assert arabic_present("الوخز بالإبر الدقيقة، 1.5 مم", all_text(dialog.pdf))


def test_the_front_desk_has_no_visit_summary_button(clinic: Clinic, open_window, make_user) -> None:
    tab = _tab(open_window, make_user, clinic.patient_id, Role.FRONT_DESK)
    assert tab.summary_button.isHidden()


def test_reopening_a_document_shows_the_stored_bytes(
    qtbot: QtBot, services: Services, clinic: Clinic, open_window, make_user
) -> None:
    tab = _tab(open_window, make_user, clinic.patient_id, Role.PRACTITIONER)
    tab.summary_button.click()
    issued = tab.last_preview
    assert issued is not None
    tab.open_selected()
    reopened = tab.last_preview
    assert reopened is not None and reopened is not issued
    assert reopened.pdf == issued.pdf
    assert tab.table.item(0, 1).text() == "Visit summary"


def test_a_sheet_printed_elsewhere_appears_on_the_open_documents_tab(
    qtbot: QtBot, clinic: Clinic, open_window, make_user
) -> None:
    """Today's row action issues through ``run_command``: the open tab hears Changes.documents."""
    tab = _tab(open_window, make_user, clinic.patient_id, Role.FRONT_DESK)
    heard: list[Changes] = []
    tab.context.change_bus.changed.connect(heard.append)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    actions.print_aftercare(tab.context, int(tab.session_box.currentData()), elsewhere)
    assert tab.table.rowCount() == 1
    assert len(heard) == 1 and len(heard[0].documents) == 1
    actions.print_aftercare(tab.context, int(tab.session_box.currentData()), elsewhere)
    assert len(heard) == 1  # the same sheet again is the stored one reused: nothing new to show


@pytest.mark.parametrize("show_hijri", [True, False], ids=["hijri", "gregorian-only"])
def test_consent_and_summary_follow_the_hijri_display_preference(
    qtbot: QtBot, clinic: Clinic, open_window, make_user, display_preferences, show_hijri: bool
) -> None:
    """The user who reads the Hijri date on screen gets it on the consent form and the visit
    summary too, as on the aftercare sheet; one who does not, does not."""
    tab = _tab(open_window, make_user, clinic.patient_id, Role.PRACTITIONER)
    display.set_current(replace(display.current(), show_hijri=show_hijri))
    for button in (tab.consent_button, tab.summary_button):
        before = tab.last_preview
        button.click()
        dialog = tab.last_preview  # issued and shown before the click returns
        assert dialog is not None and dialog is not before
        assert ("AH)" in all_text(dialog.pdf)) is show_hijri, button.text()
