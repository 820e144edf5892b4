"""Table columns that fit the table: sized to their contents, never wider than the room.

Qt's ``ResizeToContents`` makes each column as wide as its longest cell whatever the room, so on
a 1280×720 laptop the right-most columns were cut off or pushed behind a sideways scroll bar.
``fit_columns`` sizes each column to its contents when they fit; when they do not, the widest
columns give way first (their text elides with "…", the whole text is in the cell's tooltip or
the record it opens), so short columns such as dates and states stay whole. One column, the
free-text one, stretches to fill what is left. The fit is redone whenever the rows or the
table's width change; a column the user drags wider keeps that width until then.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip

#: What Qt's item delegate keeps on either side of a cell's text, together (about).
_TEXT_MARGINS = 8

#: Events after which the same cells may need other widths.
_TEXT_SIZE_EVENTS = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LayoutDirectionChange,
)


def share_width(
    wanted: Mapping[int, int],
    room: int,
    floor: int,
    keep: Collection[int] = (),
    headings: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """Widths for columns that want ``wanted`` pixels in ``room`` pixels.

    All fit: each gets what it wants. Otherwise every column is capped at one width, the
    largest that fits, so only the widest are narrowed. While the room allows, a column keeps
    at least its heading (``headings``) and the ``keep`` columns (a date, say) stay whole; no
    column goes below ``floor`` (below that its text would be unreadable, and scrolling is the
    lesser evil).
    """
    if sum(wanted.values()) <= room:
        return dict(wanted)
    least = {c: min(w, max(floor, (headings or {}).get(c, 0))) for c, w in wanted.items()}
    if sum(least.values()) > room:
        least = {c: min(w, floor) for c, w in wanted.items()}
    kept = least | {c: w for c, w in wanted.items() if c in keep}
    if sum(kept.values()) <= room:
        least = kept

    def capped(cap: int) -> dict[int, int]:
        return {c: max(least[c], min(w, cap)) for c, w in wanted.items()}

    low, high = 0, max(wanted.values())  # the largest cap whose widths fit
    while low < high:
        middle = (low + high + 1) // 2
        if sum(capped(middle).values()) <= room:
            low = middle
        else:
            high = middle - 1
    return capped(low)


class ColumnFit(QObject):
    """Keeps one table's columns fitted; made by ``fit_columns``, owned by the table."""

    def __init__(
        self, view: QTableView, stretch: int | None, keep: Collection[int], rows: bool = False
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._keep = tuple(keep)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Many signals may arrive in one go (a reset, then rows): fit once, when Qt is idle.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        # How wide the columns' cells asked to be, and where the view stood when they were
        # measured: a resize that shows the same rows (the scroll bar coming or going, a
        # wider window) or new headings only share the room again, without measuring the
        # text of every cell anew (on a recall report's first screenful, 50-60 ms each time).
        self._measured: tuple[tuple[int, int], dict[int, int]] | None = None
        # Rows wrap to the fitted widths: measured again after a fit or a column dragged by hand.
        self._rows_timer: QTimer | None = None
        if rows:
            timer = self._rows_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(view.resizeRowsToContents)
            view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # a new font or style reaches the table, not its viewport
        model = view.model()
        model.rowsInserted.connect(self._rows_inserted)
        model.headerDataChanged.connect(self._headings_changed)
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._contents_changed)
        self._timer.start()

    def _contents_changed(self) -> None:
        self._measured = None
        self._timer.start()

    def _headings_changed(self, orientation: Qt.Orientation, _first: int, _last: int) -> None:
        """Column headings can change a width; row headings cannot. (A sort proxy announces
        its row headings after rows are added, and that refit a streaming table once more.)
        Headings are measured at every fit: the cells need not be measured again."""
        if orientation == Qt.Orientation.Horizontal:
            self._timer.start()

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """Fit again, unless every new row lies past the rows Qt measures a column by.

        ``sizeHintForColumn`` reads at most the header's ``resizeContentsPrecision`` rows: the
        ones on screen first, then their neighbours; so it reads at most (precision − rows on
        screen) rows below the last one shown, and rows appended below those cannot change a
        width. A recall report appends its rows in a few batches while they are still being
        read: fitting after each one measured the same rows again on the UI thread, and took
        turns with the reading thread (issue #16).
        """
        view = self._view
        top = max(0, view.verticalHeader().visualIndexAt(0))
        bottom = view.verticalHeader().visualIndexAt(view.viewport().height())
        precision = view.horizontalHeader().resizeContentsPrecision()
        # Hidden, or rows not filling the view: Qt measures every row, so any row counts.
        if bottom < 0 or precision < 0 or not view.isVisible():
            self._contents_changed()
            return
        below = max(0, precision - (bottom - top + 1))
        if first <= bottom + below:
            self._contents_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view:
            if event.type() in _TEXT_SIZE_EVENTS:
                self._contents_changed()
        elif event.type() == QEvent.Type.Resize:
            self.fit()  # at once: the new width must not show the old columns for a frame
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._whole_text_tip(event)
        return False

    def _whole_text_tip(self, event: QHelpEvent) -> bool:
        """A cell whose text was shortened with "…" shows the whole text as its tooltip (unless
        the model gives a tooltip of its own, which is shown as usual)."""
        view = self._view
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        room = view.visualRect(index)
        if view.sizeHintForIndex(index).width() <= room.width():  # the delegate's own measure
            return False
        if view.wordWrap():  # too wide for one line, but wrapped it may show whole
            lines = QRect(0, 0, max(1, room.width() - _TEXT_MARGINS), 100_000)
            flags = int(Qt.TextFlag.TextWordWrap)
            if view.fontMetrics().boundingRect(lines, flags, text).height() <= room.height():
                return False
        QToolTip.showText(event.globalPos(), text, view.viewport(), room)
        return True

    def _cell_widths(self, columns: list[int]) -> dict[int, int]:
        """The width each of ``columns`` asks for its cells; measured again only when the
        cells, the columns or the rows on screen (which Qt measures first) have changed."""
        view = self._view
        where = (view.viewport().height(), view.verticalHeader().visualIndexAt(0))
        measured = self._measured
        if measured is not None and measured[0] == where and list(measured[1]) == columns:
            return measured[1]
        cells = {c: view.sizeHintForColumn(c) for c in columns}
        self._measured = (where, cells)
        return cells

    def fit(self) -> None:
        # This fit reads everything a change signalled so far did: a fit still waiting for the
        # event loop (after a resize's fit at once, say) would measure the same rows again.
        self._timer.stop()
        view = self._view
        header = view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        headings = {c: header.sectionSizeHint(c) for c in columns}
        cells = self._cell_widths(columns)
        wanted = {c: max(cells[c], headings[c]) for c in columns}
        room = view.viewport().width()
        floor = header.minimumSectionSize()
        widths = share_width(wanted, room, floor, self._keep, headings)
        stretch = self._stretch if self._stretch in widths else columns[-1]
        widths[stretch] += max(0, room - sum(widths.values()))
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        if self._rows_timer is not None:
            self._rows_timer.start()


def fit_columns(
    view: QTableView,
    stretch: int | None = None,
    keep: Collection[int] = (),
    *,
    rows: bool = False,
) -> ColumnFit:
    """Fit ``view``'s columns to its width from now on; ``stretch`` (default: the last visible
    column) takes the room left over, the ``keep`` columns are the last to be narrowed. With
    ``rows``, each row is measured again to the fitted widths, so wrapped text shows whole.
    Call it once the view has its model."""
    return ColumnFit(view, stretch, keep, rows)
