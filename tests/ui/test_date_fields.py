"""In Arabic every date and time field reads day/month/year and hours:minutes, left to right.

Qt lays a date/time edit out in its window's direction, and in a right-to-left window it turns
the sections round: "09/03/2026" showed as "2026/03/09" and 19:30 as "30:19". Each field the app
shows, on every screen, patient tab and editing form, must show its value in the order it was
written, while the window around it stays right to left.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QLineEdit, QWidget

from scardesk.domain.display_prefs import DigitStyle
from scardesk.domain.enums import Role
from scardesk.ui import display
from scardesk.ui.widgets.date_fields import date_edit, date_time_edit, time_edit
from tests.ui.form_helpers import DIALOGS, form_clinic, open_form
from tests.ui.session_helpers import session_clinic

DAY_FIRST = ("dd/MM/yyyy", "dd/MM/yyyy  HH:mm", "HH:mm")


def misread(root: QWidget) -> list[str]:
    """Each date/time field under ``root`` that does not show its value as written."""
    found = []
    for edit in root.findChildren(QDateTimeEdit):
        name = edit.accessibleName() or edit.objectName() or type(edit).__name__
        written = edit.dateTime().toString(edit.displayFormat())
        special = edit.specialValueText() and edit.dateTime() == edit.minimumDateTime()
        line = edit.findChild(QLineEdit)
        if edit.displayFormat() not in DAY_FIRST:
            found.append(f"{name}: format {edit.displayFormat()!r} is not day first")
        elif not special and edit.text() != written:
            found.append(f"{name}: shows {edit.text()!r} for {written!r}")
        elif line is not None and line.isRightToLeft():
            found.append(f"{name}: its digits are laid out right to left")
    return found


def test_the_fields_read_as_written_in_a_right_to_left_form(qtbot, arabic_rtl) -> None:
    form = QWidget()
    rows = QFormLayout(form)
    day, hour, moment = date_edit(QDate(2026, 3, 9)), time_edit(QTime(19, 30)), date_time_edit()
    moment.setDateTime(QDateTime(QDate(2026, 3, 9), QTime(19, 30)))
    for edit in (day, hour, moment):
        rows.addRow("—", edit)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.isRightToLeft()  # the form stays right to left around them
    assert (day.text(), hour.text(), moment.text()) == ("09/03/2026", "19:30", "09/03/2026  19:30")
    assert all(e.layoutDirection() == Qt.LayoutDirection.LeftToRight for e in (day, hour, moment))
    assert misread(form) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_every_editing_form_shows_its_dates_as_written(
    qtbot, services, make_user, arabic_rtl, name
) -> None:
    form = open_form(qtbot, form_clinic(services, make_user), name)
    assert form.isRightToLeft()
    assert misread(form) == []


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMIN])
def test_every_screen_and_patient_tab_shows_its_dates_as_written(
    qtbot, arabic_rtl, open_window, services, make_user, role
) -> None:
    clinic = session_clinic(services, make_user)
    names = {Role.ADMIN: "first.admin", Role.FRONT_DESK: "desk.user"}
    signed_in = clinic.context.signed_in if role is Role.PRACTITIONER else None
    window = open_window(signed_in or make_user(names[role], role))
    keys = window.navigation.keys()
    for key in keys:
        window.show_screen(key)
        qtbot.wait(5)
    workspace = window.open_patient(clinic.patient_id)
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(5)
    assert window.findChildren(QDateTimeEdit), "the walk must reach at least one date field"
    assert misread(window) == []


@pytest.mark.parametrize("digits", ["western", "arabic_indic"])
def test_the_calendar_names_months_and_days_in_arabic_in_the_chosen_digits(
    qtbot, arabic_rtl, digits
) -> None:
    """The calendar pop-up showed "December" and "Sun" to an Arabic reader."""
    display.set_current(dataclasses.replace(display.current(), digits=DigitStyle(digits)))
    for edit in (date_edit(QDate(2026, 12, 6)), date_time_edit()):
        qtbot.addWidget(edit)
        calendar = edit.calendarWidget()
        locale = calendar.locale()
        assert locale.monthName(12) == "ديسمبر"
        assert locale.dayName(7) == "الأحد"
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday  # as in Oman
        colour = {d: calendar.weekdayTextFormat(d).foreground().color() for d in Qt.DayOfWeek}
        assert colour[Qt.DayOfWeek.Friday] == colour[Qt.DayOfWeek.Saturday]  # the weekend
        assert colour[Qt.DayOfWeek.Sunday] != colour[Qt.DayOfWeek.Saturday]  # a working day
        twelve = locale.toString(12)
        assert twelve == ("12" if digits == "western" else "١٢")
