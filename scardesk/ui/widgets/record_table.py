"""The one base for ScarDesk's table models, and the one set of item-data roles they answer.

A table model holds frozen records handed over by its screen (which loads them off the UI
thread) and only turns them into text, sort keys and colours (architecture rule 5). Every model
answers the same roles with the same values, so a view, a proxy or a delegate written for one
table works on any other.

A model either says what each cell shows through the hooks (``display``, ``sort_key``,
``alignment``, ``colours``) and keeps the standard ``data``, or answers ``data`` itself for
what the hooks cannot say (unreadable rows, tooltips, fonts) with the same roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen record behind the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a comparable value (numbers and dates, not text)
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record's id, for a lookup without the record
BUTTON_ROLE = Qt.ItemDataRole.UserRole + 4  # the text of the button a delegate paints, or ""

ModelIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
#: The roles the standard ``data`` answers (a subclass answering others answers them first).
_ANSWERED = frozenset({_DISPLAY, RECORD_ROLE, SORT_ROLE, _ALIGNMENT, _FOREGROUND, _BACKGROUND})
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records; subclasses name the columns and say what each cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- what a subclass says --------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        """The column titles, already translated."""
        raise NotImplementedError

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: Any, column: int) -> Any:
        return self.display(record, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _LEFT

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        """None leaves the header to the style's own alignment."""
        return None

    def colours(self, record: Any, column: int) -> tuple[QColor | None, QColor | None]:
        """(text colour, background) of a cell; None keeps the view's own."""
        return None, None

    # --- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @property
    def rows(self) -> list[Any]:
        """The records shown, in model order (read them; change them through ``set_rows``)."""
        return self._rows

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    # --- the Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        # A view asks about a dozen roles of each cell it paints or measures (font, check
        # state, decoration...), most of which no table answers: those return at once. Qt's
        # role names are looked up once, at import, not on each of these calls (issue #16).
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        record, column = self._rows[row], index.column()
        if role == _DISPLAY:
            return self.display(record, column)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return self.sort_key(record, column)
        if role == _ALIGNMENT:
            return self.alignment(column)
        text, back = self.colours(record, column)
        colour = text if role == _FOREGROUND else back
        return QBrush(colour) if colour is not None else None
