"""Every day of the calendar pop-up in the reader's digits, the weekend columns included
(issue #12: Friday and Saturday were reported in Western digits beside Arabic-Indic days).

Read from what the calendar's cells draw, not from the locale alone: a recording item delegate
takes the calendar view's own options (its locale, its per-cell fonts and colours from the
model), so a cell drawn in other digits than its neighbours fails here.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from scardesk.domain.display_prefs import DigitStyle
from scardesk.ui import display
from scardesk.ui.widgets.date_fields import date_edit, date_time_edit

_WESTERN = re.compile("[0-9]")
_ARABIC_INDIC = re.compile("[\u0660-\u0669]")


class _Recorder(QItemDelegate):
    """Draws as the calendar does and remembers the text of each cell."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.texts: dict[tuple[int, int], str] = {}
        self._cell: tuple[int, int] = (-1, -1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self._cell = (index.row(), index.column())
        super().paint(painter, option, index)

    def drawDisplay(self, painter: QPainter, option: Any, rect: QRect, text: str) -> None:
        self.texts[self._cell] = text
        super().drawDisplay(painter, option, rect, text)


def _drawn_days(edit: Any, qtbot: Any) -> list[list[str]]:
    calendar = edit.calendarWidget()
    calendar.setSelectedDate(QDate(2026, 12, 6))  # Sunday: its month has five Fridays/Saturdays
    view = calendar.findChild(QTableView)
    recorder = _Recorder(view)
    view.setItemDelegate(recorder)
    qtbot.addWidget(calendar)
    calendar.resize(420, 300)
    calendar.show()
    view.viewport().grab()  # paints every cell through the recorder
    model = view.model()
    rows = [
        [recorder.texts.get((row, column), "") for column in range(model.columnCount())]
        for row in range(1, model.rowCount())  # row 0 holds the weekday names
    ]
    assert all(all(cell for cell in row) for row in rows), "every day cell was drawn"
    return rows


@pytest.mark.parametrize("digits", ["arabic_indic", "western"])
def test_every_day_of_the_calendar_is_in_the_chosen_digits_weekend_included(
    qtbot, arabic_rtl, digits
) -> None:
    display.set_current(dataclasses.replace(display.current(), digits=DigitStyle(digits)))
    wanted, other = (
        (_ARABIC_INDIC, _WESTERN) if digits == "arabic_indic" else (_WESTERN, _ARABIC_INDIC)
    )
    for edit in (date_edit(QDate(2026, 12, 6)), date_time_edit()):
        qtbot.addWidget(edit)
        rows = _drawn_days(edit, qtbot)
        # The week starts on Saturday in Oman, so the weekend is the first and last column.
        weekend = [row[0] for row in rows] + [row[-1] for row in rows]
        assert len(weekend) == 12 and all(wanted.search(day) for day in weekend)
        mixed = [day for row in rows for day in row if other.search(day) or not wanted.search(day)]
        assert mixed == []
        first_week = rows[0]
        # 28 November … 4 December 2026, drawn in the chosen digits.
        expected = ["28", "29", "30", "1", "2", "3", "4"]
        if digits == "arabic_indic":
            expected = [d.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) for d in expected]
        assert first_week == expected
