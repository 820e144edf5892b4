"""Date and time fields that read the same in Arabic as in English.

A date or a time is a number, like a phone number, and the app keeps numbers left to right in
either language. Qt's date/time edits take the window's direction, so in a right-to-left window
the field's line edit lays "09/03/2026" out as "2026/03/09" and 19:30 as "30:19". Each field
built here sets its own direction left to right (the form around it stays right to left, and
its calendar pop-up, a window of its own, follows the application's direction), and shows the
day first: dd/MM/yyyy, numbers only, so no English month name appears in Arabic.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

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


def date_edit(value: QDate | None = None, *, popup: bool = True) -> QDateEdit:
    """A day field (dd/MM/yyyy), with a calendar pop-up unless ``popup`` is False."""
    edit = QDateEdit(value) if value is not None else QDateEdit()
    edit.setCalendarPopup(popup)
    return _numeric(edit, DATE_FORMAT)


def time_edit(value: QTime | None = None) -> QTimeEdit:
    """A time-of-day field (HH:mm, 24-hour: the clinic's own clock)."""
    edit = QTimeEdit(value) if value is not None else QTimeEdit()
    return _numeric(edit, TIME_FORMAT)


def date_time_edit() -> QDateTimeEdit:
    """A day-and-time field (dd/MM/yyyy  HH:mm) with a calendar pop-up; the caller sets its
    time zone and value."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    return _numeric(edit, DATE_TIME_FORMAT)
