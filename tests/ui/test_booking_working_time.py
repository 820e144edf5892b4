"""Booking outside the clinic's working time says why and needs "Book anyway"; the due list
books on the next working day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime

from scardesk.domain.enums import Modality, Role
from scardesk.domain.time import muscat_today
from scardesk.domain.working_calendar import DEFAULT_HOURS, OMAN_WEEK
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.today.model import DueTableModel
from tests.ui.test_booking import open_new_booking
from tests.ui.today_helpers import Clinic, click_cell_button, make_clinic, open_today


@pytest.fixture
def clinic(services, make_user) -> Clinic:
    made = make_clinic(services, make_user)
    admin = make_user("w.admin", Role.ADMIN).actor
    version = services.working_time.current(admin).version
    services.working_time.save_week(admin, OMAN_WEEK, DEFAULT_HOURS, version)  # the real week
    made.admin = admin  # type: ignore[attr-defined]
    return made


def next_weekday(weekday: int) -> date:
    day = muscat_today() + timedelta(days=1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def set_slot(dialog: BookingDialog, day: date, at: time) -> None:
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.time_edit.setTime(QTime(at.hour, at.minute))
    dialog.check_overlaps()


def test_a_friday_booking_says_why_and_asks_to_book_anyway(qtbot, clinic, tmp_path) -> None:
    dialog = open_new_booking(qtbot, open_today(qtbot, clinic))
    friday = next_weekday(4)
    set_slot(dialog, friday, time(10))
    assert dialog.outside_label.isVisible()
    assert f"Friday {friday:%d/%m/%Y} is not a working day" in dialog.outside_label.text()
    assert dialog.confirm.text() == "Book anyway"
    dialog.grab().save(str(tmp_path / "friday.png"))
    set_slot(dialog, friday + timedelta(days=2), time(10))  # Sunday
    assert not dialog.outside_label.isVisible() and dialog.confirm.text() == "Book"


def test_the_prayer_break_and_a_holiday_are_named(qtbot, clinic, services) -> None:
    sunday = next_weekday(6)
    services.working_time.add_holiday(clinic.admin, sunday + timedelta(days=7), "Eid al-Adha")
    dialog = open_new_booking(qtbot, open_today(qtbot, clinic))
    set_slot(dialog, sunday, time(12, 15))
    assert "outside the clinic's opening hours" in dialog.outside_label.text()
    assert "09:00–12:00, 12:30–21:00" in dialog.outside_label.text()
    set_slot(dialog, sunday + timedelta(days=7), time(10))
    assert "public holiday: Eid al-Adha" in dialog.outside_label.text()


def test_a_practitioners_day_off_is_named_in_the_warning(qtbot, clinic, services) -> None:
    monday = next_weekday(0)
    services.working_time.add_day_off(clinic.admin, clinic.doctor.user.id, monday)
    dialog = open_new_booking(qtbot, open_today(qtbot, clinic))
    dialog.practitioner.setCurrentIndex(dialog.practitioner.findData(clinic.doctor.user.id))
    set_slot(dialog, monday, time(10))
    assert "is off on Monday" in dialog.outside_label.text()
    assert dialog.confirm.text() == "Book anyway"


def test_the_due_list_books_on_the_next_working_day(qtbot, clinic, services) -> None:
    today = muscat_today()
    services.working_time.add_holiday(clinic.admin, today, "Test closure")
    clinic.make_due(clinic.khalid_id, days_ago=10, modality=Modality.MICRONEEDLING)
    screen = open_today(qtbot, clinic)
    screen.tabs.setCurrentWidget(screen.due_panel)
    qtbot.waitExposed(screen.due_panel.table)
    index = screen.due_panel.model.index(0, DueTableModel.ACTION)
    click_cell_button(qtbot, screen.due_panel.table, index)
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    booked_day = dialog.date_edit.date().toPython()
    assert booked_day > today
    assert services.working_time.calendar(clinic.admin).closed(booked_day) is None
    assert not dialog.outside_label.isVisible()


def test_opening_hours_in_arabic_keep_each_stretch_left_to_right(arabic) -> None:
    """In Arabic a stretch written bare read "12:00–09:00", and the list had a Latin comma."""
    from scardesk.domain.working_calendar import WorkingCalendar
    from scardesk.ui.appointments.working_time import outside_text

    sunday = next_weekday(6)
    calendar = WorkingCalendar(OMAN_WEEK, DEFAULT_HOURS)
    (found,) = calendar.outside(datetime.combine(sunday, time(12, 15)), 10)
    text = outside_text(found, "")
    assert "\u206609:00–12:00\u2069، \u206612:30–21:00\u2069" in text
