"""Date and time fields that read the same in Arabic as in English.

A date or a time is a number, like a phone number, and the app keeps numbers left to right in
either language. Qt's date/time edits take the window's direction, so in a right-to-left window
the field's line edit lays "09/03/2026" out as "2026/03/09" and 19:30 as "30:19". Each field
built here sets its own direction left to right (the form around it stays right to left, and
its calendar pop-up, a window of its own, follows the application's direction), and shows the
day first: dd/MM/yyyy, numbers only, so no English month name appears in Arabic; the calendar
pop-up names months and days in the reader's language (``calendar_locale``).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from scardesk.domain.display_prefs import DigitStyle, Language
from scardesk.ui import display

DATE_FORMAT = "dd/MM/yyyy"
TIME_FORMAT = "HH:mm"
DATE_TIME_FORMAT = f"{DATE_FORMAT}  {TIME_FORMAT}"

_Edit = TypeVar("_Edit", bound=QDateTimeEdit)


def _numeric(edit: _Edit, display_format: str) -> _Edit:
    # Set on the field itself, so a right-to-left parent (or a later language change) does not
    # turn it back: Qt keeps an explicitly set direction.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(display_format)
    return edit


def calendar_locale() -> QLocale:
    """The locale a calendar pop-up names its months and days in, in the reader's digits.

    Arabic readers get Arabic month and weekday names (the pop-up was English). Qt's ar_OM
    writes Arabic-Indic digits whatever the user chose, so with Western digits the pop-up uses
    ar_AE, a Gulf locale with the same month names and Western digits, and Oman's first day of
    the week."""
    preferences = display.current()
    if preferences.language is not Language.ARABIC:
        return QLocale()
    oman = QLocale(QLocale.Language.Arabic, QLocale.Country.Oman)
    if preferences.digits is DigitStyle.ARABIC_INDIC:
        return oman
    return QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)


def _with_calendar(edit: _Edit) -> _Edit:
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setLocale(calendar_locale())
    # Oman's week starts on Saturday and its weekend is Friday and Saturday (ar_AE's week starts
    # on Monday and its weekend is Saturday and Sunday); an English reader keeps Qt's default.
    if display.current().language is Language.ARABIC:
        oman = QLocale(QLocale.Language.Arabic, QLocale.Country.Oman)
        calendar.setFirstDayOfWeek(oman.firstDayOfWeek())
        working = set(oman.weekdays())
        weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday)  # Qt's red
        plain = calendar.weekdayTextFormat(Qt.DayOfWeek.Wednesday)
        for day in Qt.DayOfWeek:
            calendar.setWeekdayTextFormat(day, plain if day in working else weekend)
    return edit


def date_edit(value: QDate | None = None, *, popup: bool = True) -> QDateEdit:
    """A day field (dd/MM/yyyy), with a calendar pop-up unless ``popup`` is False."""
    edit = QDateEdit(value) if value is not None else QDateEdit()
    if popup:
        _with_calendar(edit)
    return _numeric(edit, DATE_FORMAT)


def time_edit(value: QTime | None = None) -> QTimeEdit:
    """A time-of-day field (HH:mm, 24-hour: the clinic's own clock)."""
    edit = QTimeEdit(value) if value is not None else QTimeEdit()
    return _numeric(edit, TIME_FORMAT)


def date_time_edit() -> QDateTimeEdit:
    """A day-and-time field (dd/MM/yyyy  HH:mm) with a calendar pop-up; the caller sets its
    time zone and value."""
    edit = _with_calendar(QDateTimeEdit())
    return _numeric(edit, DATE_TIME_FORMAT)
