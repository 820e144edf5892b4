"""Qt's dates and times as Python's.

``QDate.toPython()`` works, but PySide6's stubs type it as ``object``, so every caller would need
a cast; reading the fields is as short and keeps the types real.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def python_time(value: QTime) -> time:
    """To the minute: the seconds Qt keeps are never shown, so never stored."""
    return time(value.hour(), value.minute())
