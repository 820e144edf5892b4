"""Rows of a long table that grow to their wrapped lines, measured only where the user looks.

``resizeRowsToContents`` measures every row; on the audit log, which loads page after page and
may hold tens of thousands of rows, that would run on every page and every width change. Here a
row is measured when it comes into sight (or close to it) and again only if the column widths
changed since; rows never scrolled to keep the default height, which only the scroll bar sees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

#: Rows measured beyond each edge of the viewport, so a short scroll shows measured rows.
MARGIN = 20
#: Measuring a row can change which rows are in sight; a few passes settle it.
PASSES = 4


class VisibleRowFit(QObject):
    """Keeps the rows in sight of one table as tall as their text; owned by the table."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        self._widths: tuple[int, ...] = ()
        self._measured: dict[int, tuple[int, ...]] = {}  # row -> column widths it was measured at
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._forget)
        model.layoutChanged.connect(self._forget)
        model.rowsRemoved.connect(self._forget)
        model.rowsInserted.connect(self._timer.start)
        model.dataChanged.connect(self._forget)
        view.horizontalHeader().sectionResized.connect(lambda *_: self._timer.start())
        view.verticalScrollBar().valueChanged.connect(lambda *_: self._timer.start())
        view.viewport().installEventFilter(self)

    @property
    def measured_rows(self) -> int:
        """How many rows have been measured since the rows or widths last changed."""
        return sum(1 for widths in self._measured.values() if widths == self._widths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def _forget(self) -> None:
        self._measured.clear()
        self._timer.start()

    def fit(self) -> None:
        view = self._view
        rows = view.model().rowCount()
        if rows == 0:
            return
        header = view.horizontalHeader()
        self._widths = tuple(header.sectionSize(c) for c in range(header.count()))
        for _ in range(PASSES):
            top = view.rowAt(0)
            bottom = view.rowAt(view.viewport().height() - 1)
            first = max(0, (top if top >= 0 else 0) - MARGIN)
            last = min(rows - 1, (bottom if bottom >= 0 else rows - 1) + MARGIN)
            stale = [r for r in range(first, last + 1) if self._measured.get(r) != self._widths]
            if not stale:
                return
            for row in stale:
                view.resizeRowToContents(row)
                self._measured[row] = self._widths


def fit_visible_rows(view: QTableView) -> VisibleRowFit:
    """Wrap ``view``'s text and grow the rows in sight to their lines, from now on. Call it once
    the view has its model."""
    return VisibleRowFit(view)
