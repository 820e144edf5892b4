"""Selecting a table's row from code, in either direction of writing.

``QTableView.selectRow`` does nothing in a right-to-left layout (PySide6 6.11): it asks the
header which column lies at the viewport's right edge, a pixel past the last one, gets none and
selects nothing. Every row a screen selected for the reader (the one lot a typed number leaves,
the patient just saved, the first session) stayed unselected in Arabic, and the buttons that act
on the selection stayed disabled. ``select_row`` selects through the selection model instead,
which knows nothing of directions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

_WHOLE_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` of the view's model the selected and current row (out of range: nothing)."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    view.selectionModel().setCurrentIndex(model.index(row, 0), _WHOLE_ROW)
