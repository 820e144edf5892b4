"""The booking picker finds the right person: namesakes differ, the keyboard picks without
booking, the list never covers the chosen patient, and the due list pre-fills the practitioner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from scardesk.domain.enums import Modality, Role
from scardesk.services.session import SYSTEM
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.today.model import DueTableModel
from tests.helpers import aisha
from tests.ui.test_booking import open_new_booking
from tests.ui.today_helpers import Clinic, click_cell_button, make_clinic, open_today


@pytest.fixture
def clinic(services, make_user) -> Clinic:
    return make_clinic(services, make_user)


def type_search(qtbot, dialog: BookingDialog, typed: str) -> None:  # type: ignore[no-untyped-def]
    dialog.picker.search.setFocus()
    dialog.picker.search.selectAll()
    qtbot.keyClicks(dialog.picker.search, typed)
    qtbot.waitUntil(lambda: dialog.picker.matches.isVisible())


def test_namesakes_show_birth_date_file_number_and_phone(qtbot, clinic, services) -> None:
    twin, _ = services.patients.register(
        SYSTEM, aisha(date_of_birth="17/11/2001", phone="7211 0099", civil_number="99887766")
    )
    dialog = open_new_booking(qtbot, open_today(qtbot, clinic))
    type_search(qtbot, dialog, "Aisha")
    texts = [dialog.picker.matches.item(i).text() for i in range(dialog.picker.matches.count())]
    assert len(texts) == 2 and texts[0] != texts[1]
    mine = next(t for t in texts if f"File #{twin.id}" in t)
    assert "Born 17/11/2001" in mine and "+968 7211 0099" in mine
    other = next(t for t in texts if f"File #{clinic.aisha_id}" in t)
    assert "Born 05/03/1990" in other and "+968 9123 4567" in other


def test_down_then_enter_picks_the_patient_and_never_books(qtbot, clinic, services) -> None:
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    type_search(qtbot, dialog, "Khalid")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    assert dialog.picker.matches.hasFocus()
    qtbot.keyClick(dialog.picker.matches, Qt.Key.Key_Return)
    assert dialog.picker.chosen is not None and dialog.picker.chosen.id == clinic.khalid_id
    assert screen.dialog is dialog and dialog.isVisible()  # Book was not pressed
    assert services.appointments.day_list(clinic.doctor.actor, clinic.at(9).date()) == []
    assert dialog.practitioner.hasFocus()  # on to the next field
    assert not dialog.picker.matches.isVisible()


def test_enter_in_the_search_picks_the_first_match(qtbot, clinic) -> None:
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    type_search(qtbot, dialog, "Aisha")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Enter)
    assert dialog.picker.chosen is not None and dialog.picker.chosen.id == clinic.aisha_id
    assert screen.dialog is dialog


def visible_children(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if w.isVisible() and w.parent() is widget]


def test_no_widget_of_the_picker_overlaps_another(qtbot, clinic, tmp_path: Path) -> None:
    dialog = open_new_booking(qtbot, open_today(qtbot, clinic))
    type_search(qtbot, dialog, "Aisha")
    dialog.picker.choose_row(0)
    type_search(qtbot, dialog, "Kh")  # searching again shows the list and the chosen card
    qtbot.wait(20)
    parts = visible_children(dialog.picker)
    assert dialog.picker.matches in parts and dialog.picker.chosen_label in parts
    for i, first in enumerate(parts):
        for second in parts[i + 1 :]:
            assert not first.geometry().intersects(second.geometry()), (first, second)
    dialog.grab().save(str(tmp_path / "booking.png"))


def test_booking_from_the_due_list_prefills_the_usual_practitioner(
    qtbot, clinic, make_user
) -> None:
    make_user("n.other", Role.PRACTITIONER)  # two practitioners: the box cannot guess
    clinic.make_due(clinic.khalid_id, days_ago=10, modality=Modality.FRACTIONAL_LASER)
    screen = open_today(qtbot, clinic)
    screen.tabs.setCurrentWidget(screen.due_panel)
    qtbot.waitExposed(screen.due_panel.table)
    index = screen.due_panel.model.index(0, DueTableModel.ACTION)
    click_cell_button(qtbot, screen.due_panel.table, index)
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.practitioner_id() == clinic.doctor.user.id
    assert dialog.modality_boxes[Modality.FRACTIONAL_LASER].isChecked()
    assert "Born 05/03/1990" in dialog.picker.chosen_label.text()
    assert f"File #{clinic.khalid_id}" in dialog.picker.chosen_label.text()
