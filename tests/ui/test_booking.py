"""The booking dialog, driven from the Today screen: find the patient by typing, choose the
practitioner and slot, see an overlap before confirming, fix what is missing, move a visit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTime

from scardesk.domain.enums import AppointmentStatus, Modality
from scardesk.ui.appointments.booking import BookingDialog
from tests.ui.today_helpers import Clinic, make_clinic, open_today, shown_rows


@pytest.fixture
def clinic(services, make_user) -> Clinic:
    return make_clinic(services, make_user)


def open_new_booking(qtbot, screen) -> BookingDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.waitExposed(dialog)
    return dialog


def choose_patient(qtbot, dialog: BookingDialog, typed: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.picker.search, typed)
    qtbot.waitUntil(lambda: dialog.picker.matches.count() > 0)  # after the typing pause
    item = dialog.picker.matches.item(0)
    rect = dialog.picker.matches.visualItemRect(item)
    qtbot.mouseClick(dialog.picker.matches.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def fill_slot(dialog: BookingDialog, clinic: Clinic, hour: int, minute: int = 0) -> None:
    dialog.practitioner.setCurrentIndex(dialog.practitioner.findData(clinic.doctor.user.id))
    dialog.time_edit.setTime(QTime(hour, minute))


def test_a_booking_made_in_the_dialog_appears_in_today(qtbot, clinic):
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    choose_patient(qtbot, dialog, "Aisha")
    assert "Aisha Al Balushi" in dialog.picker.chosen_label.text()
    fill_slot(dialog, clinic, 14, 30)
    dialog.modality_boxes[Modality.CHEMICAL_PEEL].setChecked(True)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert screen.dialog is None
    rows = shown_rows(screen)
    assert [r[0] for r in rows] == ["14:30–15:00"]
    assert "عائشة البلوشي" in rows[0][1]
    assert screen.model.record(0).planned_modalities == (Modality.CHEMICAL_PEEL,)


def test_an_arabic_name_finds_the_patient(qtbot, clinic):
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    dialog.picker.search.setText("خالد")  # keyClicks aborts on non-ASCII text
    dialog.picker.search_now()
    assert dialog.picker.matches.count() == 1
    dialog.picker.choose_row(0)
    assert dialog.picker.chosen is not None and dialog.picker.chosen.id == clinic.khalid_id


def test_an_overlap_is_shown_before_confirming_and_booking_still_allowed(qtbot, clinic):
    clinic.book(clinic.khalid_id, clinic.at(10), minutes=60)
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    choose_patient(qtbot, dialog, "Aisha")
    fill_slot(dialog, clinic, 10, 30)
    qtbot.waitUntil(dialog.overlap_label.isVisible)
    assert "10:00–11:00" in dialog.overlap_label.text()
    assert "Khalid Al Rawahi" in dialog.overlap_label.text()
    assert dialog.confirm.text() == "Book anyway"
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert [r[0] for r in shown_rows(screen)] == ["10:00–11:00", "10:30–11:00"]


def test_back_to_back_bookings_give_no_warning(qtbot, clinic):
    clinic.book(clinic.khalid_id, clinic.at(10), minutes=60)
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    fill_slot(dialog, clinic, 11, 0)
    dialog.check_overlaps()
    assert not dialog.overlap_label.isVisible()
    assert dialog.confirm.text() == "Book"


def test_missing_patient_and_practitioner_are_explained_under_their_fields(qtbot, clinic):
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    dialog.practitioner.setCurrentIndex(0)  # "Choose a practitioner…"
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    errors = dialog.visible_errors()
    assert any("Choose the patient" in e for e in errors)
    assert any("Choose who will see the patient" in e for e in errors)
    assert screen.dialog is dialog and dialog.isVisible()
    assert shown_rows(screen) == []


def test_a_service_refusal_is_shown_under_the_field(qtbot, clinic):
    screen = open_today(qtbot, clinic)
    dialog = open_new_booking(qtbot, screen)
    choose_patient(qtbot, dialog, "Aisha")
    fill_slot(dialog, clinic, 9)
    dialog.notes.setText("x" * 600)  # longer than the 500 characters notes may hold
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.field_errors["notes"].isVisible()
    assert shown_rows(screen) == []


def test_moving_an_appointment_keeps_the_patient_and_changes_the_time(qtbot, clinic):
    record = clinic.book(clinic.aisha_id, clinic.at(9))
    screen = open_today(qtbot, clinic)
    screen.open_move(record)
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    assert not dialog.picker.search.isVisibleTo(dialog)
    assert "Aisha Al Balushi" in dialog.picker.chosen_label.text()
    assert dialog.confirm.text() == "Move"
    dialog.time_edit.setTime(QTime(13, 15))
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    moved = clinic.services.appointments.get(clinic.desk.actor, record.id)
    assert moved.starts_at == clinic.at(13, 15)
    assert moved.status is AppointmentStatus.BOOKED
    assert [r[0] for r in shown_rows(screen)] == ["13:15–13:45"]


def test_moving_to_another_day_takes_it_off_this_day(qtbot, clinic):
    record = clinic.book(clinic.aisha_id, clinic.at(9))
    screen = open_today(qtbot, clinic)
    screen.open_move(record)
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert shown_rows(screen) == []
    moved = clinic.services.appointments.get(clinic.desk.actor, record.id)
    assert moved.starts_at == clinic.at(9) + timedelta(days=2)


def test_the_front_desk_sees_that_the_safety_check_has_something_to_say(qtbot, clinic):
    screen = open_today(qtbot, clinic)  # the front desk books
    dialog = open_new_booking(qtbot, screen)
    choose_patient(qtbot, dialog, "Aisha")
    assert not dialog.safety_note.isVisible()  # no treatment chosen yet
    dialog.modality_boxes[Modality.FRACTIONAL_LASER].setChecked(True)
    note = dialog.safety_note
    assert note.isVisible() and note.result is not None
    # Nothing of the patient's history is told to the front desk: only counts and who decides.
    assert note.result.findings is None
    assert "The practitioner will review them" in note.text()
    assert "consent" not in note.text().lower()
