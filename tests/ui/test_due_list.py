"""The Due for follow-up tab: who to phone, most overdue first, and booking them in one click."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from scardesk.domain.enums import Modality
from scardesk.domain.scheduling import DueReason, DueRow
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.today.model import DueTableModel
from scardesk.ui.widgets.record_table import BUTTON_ROLE
from tests.ui.today_helpers import Clinic, click_cell_button, make_clinic, open_today, shown_rows

D = DueTableModel


@pytest.fixture
def clinic(services, make_user) -> Clinic:
    return make_clinic(services, make_user)


def due_names(screen) -> list[str]:  # type: ignore[no-untyped-def]
    model = screen.due_panel.model
    return [model.record(row).name_latin for row in range(model.rowCount())]


def test_due_patients_are_listed_most_overdue_first_with_their_phones(qtbot, clinic):
    clinic.make_due(clinic.aisha_id, days_ago=3, modality=Modality.MICRONEEDLING)
    clinic.make_due(clinic.khalid_id, days_ago=10, modality=Modality.FRACTIONAL_LASER)
    screen = open_today(qtbot, clinic)
    qtbot.mouseClick(
        screen.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=screen.tabs.tabBar().tabRect(1).center(),
    )
    assert screen.tabs.currentWidget() is screen.due_panel
    assert screen.tabs.tabText(1) == "Due for follow-up (2)"
    assert due_names(screen) == ["Khalid Al Rawahi", "Aisha Al Balushi"]
    model = screen.due_panel.model
    assert model.index(0, D.PHONE).data().strip("\u2066\u2069") == "+968 9876 5432"
    assert model.index(0, D.OVERDUE).data() == "10 days"
    assert model.index(0, D.DUE_FOR).data() == "Fractional laser"
    # Whole in its tooltip, should a long list in Arabic not fit the cell.
    assert model.index(0, D.DUE_FOR).data(Qt.ItemDataRole.ToolTipRole) == "Fractional laser"
    assert "خالد الرواحي" in model.index(0, D.PATIENT).data()


def test_booking_from_the_due_list_prefills_and_the_patient_leaves_the_list(qtbot, clinic):
    clinic.make_due(clinic.khalid_id, days_ago=10, modality=Modality.FRACTIONAL_LASER)
    clinic.make_due(clinic.aisha_id, days_ago=3, modality=Modality.MICRONEEDLING)
    screen = open_today(qtbot, clinic)
    screen.tabs.setCurrentWidget(screen.due_panel)
    panel = screen.due_panel
    qtbot.waitExposed(panel.table)
    book = panel.model.index(0, D.ACTION)
    assert book.data(BUTTON_ROLE) == "Book"
    click_cell_button(qtbot, panel.table, book)
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.picker.chosen is not None and dialog.picker.chosen.id == clinic.khalid_id
    assert "+968 9876 5432" in dialog.picker.chosen_label.text()
    assert dialog.modality_boxes[Modality.FRACTIONAL_LASER].isChecked()
    assert not dialog.modality_boxes[Modality.MICRONEEDLING].isChecked()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert due_names(screen) == ["Aisha Al Balushi"]
    assert screen.tabs.tabText(1) == "Due for follow-up (1)"
    assert any("Khalid Al Rawahi" in row[1] for row in shown_rows(screen))


def test_nobody_due_says_so(qtbot, clinic):
    screen = open_today(qtbot, clinic)
    screen.tabs.setCurrentWidget(screen.due_panel)
    assert screen.due_panel.empty_label.isVisible()
    assert not screen.due_panel.table.isVisible()
    assert screen.tabs.tabText(1) == "Due for follow-up (0)"


def toxin_review_row() -> DueRow:
    return DueRow(
        patient_id=7,
        name_latin="Salma Al Harthy",
        name_arabic="سلمى الحارثي",
        phone="+96891234567",
        phone_display="+968 9123 4567",
        due_on=date(2026, 3, 1),
        days_overdue=1,
        reasons=(DueReason.TOXIN_REVIEW,),
        modalities=(Modality.TOXIN,),
    )


def test_a_toxin_review_row_reads_as_a_review_overdue_by_one_day():
    model = DueTableModel()
    model.set_rows([toxin_review_row()])
    assert model.index(0, D.DUE_FOR).data() == "2-week toxin review"
    assert model.index(0, D.OVERDUE).data() == "1 day"
    assert model.index(0, D.DUE_SINCE).data() == "01/03/2026"


def test_booking_a_toxin_review_ticks_the_review_box(qtbot, clinic):
    screen = open_today(qtbot, clinic)
    screen.book_due(toxin_review_row())
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.toxin_review.isChecked()
    assert not any(box.isChecked() for box in dialog.modality_boxes.values())
    assert "سلمى الحارثي" in dialog.picker.chosen_label.text()


def test_show_more_fetches_the_next_page(qtbot, clinic):
    clinic.make_due(clinic.aisha_id, days_ago=3, modality=Modality.MICRONEEDLING)
    clinic.make_due(clinic.khalid_id, days_ago=10, modality=Modality.MICRONEEDLING)
    screen = open_today(qtbot, clinic)
    screen.tabs.setCurrentWidget(screen.due_panel)
    panel = screen.due_panel
    panel.page_size = 1
    panel.reload()
    assert due_names(screen) == ["Khalid Al Rawahi"]
    assert screen.tabs.tabText(1) == "Due for follow-up (1+)"
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert due_names(screen) == ["Khalid Al Rawahi", "Aisha Al Balushi"]
    assert not panel.more_button.isVisible()
