"""The patient list as a thin, incrementally fetched table model (architecture rules 4 and 5).

The clinic may hold a hundred thousand patients, so the model never holds "all of them": the
search service filters and pages in the query, and the model asks for one more page only when
the view scrolls to the end (``canFetchMore``/``fetchMore``). Every service call goes through
the task runner, so typing never waits for the database.

Typing fast starts a new search before the previous one answered. Each search gets a new
*generation* number; an answer carrying an older generation is dropped, so a slow reply to
``ais`` can never overwrite the rows of ``aisha``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from scardesk.domain.patient_search import PatientRow, QueryKind, SearchPage
from scardesk.services.search import PatientSearchService
from scardesk.services.session import Actor
from scardesk.ui import labels
from scardesk.ui.style import MUTED
from scardesk.ui.tasks import Runner
from scardesk.ui.tr import _t
from scardesk.ui.widgets.record_table import ID_ROLE, RECORD_ROLE, SORT_ROLE, RecordTableModel

NAME_LATIN, NAME_ARABIC, AGE, PHONE, CIVIL_NUMBER, LAST_VISIT, NEXT_APPOINTMENT = range(7)
COLUMN_COUNT = 7
PAGE_SIZE = 50

_Index = QModelIndex | QPersistentModelIndex
ErrorHandler = Callable[[BaseException], None]


def column_titles() -> list[str]:
    return [
        _t("Name"),
        _t("Arabic name"),
        _t("Age"),
        _t("Phone"),
        _t("Document number"),
        _t("Last visit"),
        _t("Next appointment"),
    ]


def format_day(day: date | None) -> str:
    return labels.day_text(day)


def format_appointment(when: datetime | None) -> str:
    """Appointments are stored in UTC and always shown on Muscat wall-clock time."""
    return labels.moment_text(when)


def _display(row: PatientRow, column: int) -> str:
    if column == NAME_LATIN:
        if row.merged_into_id is not None:  # opening it opens the survivor
            note = _t("merged into file #{id}").format(id=labels.number_text(row.merged_into_id))
            return f"{row.name_latin} ({note})" if row.name_latin else note
        return row.name_latin
    if column == NAME_ARABIC:
        return row.name_arabic
    if column == AGE:
        return labels.number_text(row.age)
    if column == PHONE:
        return labels.ltr_text(row.phone_display or "")
    if column == CIVIL_NUMBER:
        return labels.ltr_text(row.civil_number or "")
    if column == LAST_VISIT:
        return format_day(row.last_visit)
    return format_appointment(row.next_appointment)


def _sort_key(row: PatientRow, column: int) -> Any:
    if column == AGE:
        return row.age
    if column == LAST_VISIT:
        return row.last_visit.toordinal() if row.last_visit else 0
    if column == NEXT_APPOINTMENT:
        return row.next_appointment.timestamp() if row.next_appointment else 0.0
    return _display(row, column).casefold()


class PatientListModel(RecordTableModel):
    """Rows of one search, paged in as the view scrolls.

    ``loading_changed`` says when a request is out; ``search_settled`` fires once the first
    page of a new search has arrived (the screen updates its status line from it).
    """

    loading_changed = Signal(bool)
    search_settled = Signal()

    def __init__(
        self,
        search: PatientSearchService,
        actor: Actor,
        runner: Runner,
        *,
        page_size: int = PAGE_SIZE,
        on_error: ErrorHandler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._actor = actor
        self._runner = runner
        self._page_size = page_size
        self._on_error = on_error
        self._titles = column_titles()
        self._query = ""
        self._include_archived = False
        self._generation = 0
        self._has_more = False
        self._loading = False
        self._started = False
        self.kind: QueryKind = QueryKind.EMPTY

    # --- what the screen asks ------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def generation(self) -> int:
        return self._generation

    def row_record(self, row: int) -> PatientRow:
        return self._rows[row]

    def row_of(self, patient_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == patient_id:
                return number
        return None

    def set_query(self, text: str, include_archived: bool | None = None) -> None:
        """Start a new search: the old rows go at once and the first page is requested."""
        self._query = text
        if include_archived is not None:
            self._include_archived = include_archived
        self._generation += 1
        self._started = True
        self.beginResetModel()
        self._rows = []
        self._has_more = False
        self.endResetModel()
        self._request(0)

    def reload(self) -> None:
        """Run the current search again (after a registration, say)."""
        self.set_query(self._query)

    def refresh_patients(self, patient_ids: Iterable[int]) -> None:
        """Re-read the given loaded rows in place (a save elsewhere changed them)."""
        wanted = [pid for pid in dict.fromkeys(patient_ids) if self.row_of(pid) is not None]
        if not wanted:
            return
        generation = self._generation
        self._runner.run(
            lambda: self._search.rows(self._actor, wanted),
            lambda rows: self._replace(generation, wanted, rows),
            self._failed,
        )

    # --- incremental fetching ------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's API
        if self.canFetchMore(parent):
            self._request(len(self._rows))

    def _request(self, offset: int) -> None:
        generation = self._generation
        query, archived, limit = self._query, self._include_archived, self._page_size
        self._set_loading(True)
        self._runner.run(
            lambda: self._search.search(
                self._actor, query, include_archived=archived, limit=limit, offset=offset
            ),
            lambda page: self._page_arrived(generation, offset, page),
            lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, offset: int, page: SearchPage) -> None:
        if generation != self._generation or offset != len(self._rows):
            return  # an answer to a search the user has already typed past
        if page.rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._has_more = page.has_more
        self.kind = page.kind
        self._set_loading(False)
        if offset == 0:
            self.search_settled.emit()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if self._on_error is None:
            raise error
        self._on_error(error)

    def _replace(self, generation: int, asked: list[int], rows: list[PatientRow]) -> None:
        if generation != self._generation:
            return
        fresh = {row.id: row for row in rows}
        for pid in asked:
            number = self.row_of(pid)
            if number is None:
                continue
            row = fresh.get(pid)
            if row is None or (row.archived and not self._include_archived):
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
                continue
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMN_COUNT - 1))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- the Qt model interface ----------------------------------------------------------
    def headers(self) -> list[str]:
        return self._titles

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == RECORD_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and row.merged_into_id is not None:
            return _t("Merged into file #{id}: opening it opens that record").format(
                id=row.merged_into_id
            )
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return _t("Archived record")
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _alignment(column: int) -> Qt.AlignmentFlag:
    middle = Qt.AlignmentFlag.AlignVCenter
    if column == NAME_ARABIC:
        # Absolute right: an Arabic name starts on the right even in a left-to-right window.
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | middle
    if column == AGE:
        return Qt.AlignmentFlag.AlignCenter
    return Qt.AlignmentFlag.AlignLeft | middle
