"""The audit log as a table model that loads page by page as the view scrolls.

The view asks ``canFetchMore``/``fetchMore`` when it nears the last row; the next page is
read off the UI thread and appended. A change of filters starts a new generation: pages of an
older one that arrive late are dropped, so rows of two filters never mix.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from scardesk.domain.audit_labels import ROLE_LABELS
from scardesk.domain.audit_sentences import render
from scardesk.domain.audit_view import AuditEntry, AuditEntryPage, AuditFilters
from scardesk.domain.display_prefs import Language
from scardesk.ui import display
from scardesk.ui.labels import moment_text
from scardesk.ui.tasks import Runner
from scardesk.ui.tr import _t
from scardesk.ui.widgets.record_table import RECORD_ROLE, RecordTableModel

PAGE = 100
Fetch = Callable[[AuditFilters, int | None, int], AuditEntryPage]
_Index = QModelIndex | QPersistentModelIndex


def tr_audit(text: str) -> str:
    """The translator of every audit sentence, in the UI and in exports alike."""
    return _t(text)


def arabic_reader() -> bool:
    """Whether the signed-in user reads Arabic: users' Arabic display names are shown to them
    (on screen and in the files they export), like everywhere else in ScarDesk."""
    return display.current().language is Language.ARABIC


class AuditModel(RecordTableModel):
    WHEN, WHO, ROLE, WHAT, PATIENT = range(5)
    #: After each page arrives (or fails): the screen updates its count.
    loaded = Signal()
    failed = Signal(object)

    def __init__(self, runner: Runner, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._filters = AuditFilters()
        self._texts: list[tuple[str, str, str, str, str]] = []
        self._has_more = False
        self._loading = False
        self._generation = 0

    # --- loading -------------------------------------------------------------------------
    @property
    def filters(self) -> AuditFilters:
        return self._filters

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def loading(self) -> bool:
        return self._loading

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    def load(self, filters: AuditFilters) -> None:
        """Show the newest events that pass ``filters`` (the first page now, more on scroll)."""
        self._generation += 1
        self.beginResetModel()
        self._filters = filters
        self._rows, self._texts = [], []
        self._has_more = False
        self.endResetModel()
        self._request(None)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._rows:
            self._request(self._rows[-1].id)

    def _request(self, before_id: int | None) -> None:
        self._loading = True
        generation, filters, fetch = self._generation, self._filters, self._fetch
        self._runner.run(
            lambda: fetch(filters, before_id, PAGE),
            lambda page: self._arrived(generation, page),
            lambda error: self._failed(generation, error),
            write=before_id is None,  # a first page writes its audit.view event
        )

    def _arrived(self, generation: int, page: AuditEntryPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self._texts.extend(_texts(entry) for entry in page.entries)
            self.endInsertRows()
        self._has_more = page.has_more
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = False
        self.loaded.emit()
        self.failed.emit(error)

    # --- the table -----------------------------------------------------------------------
    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        texts = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == RECORD_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHAT:
            entry = self._rows[index.row()]
            return f"{texts[self.WHAT]}\n({entry.action}, #{entry.id})"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PATIENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> list[str]:
        return [
            _t("When (Muscat)"),
            _t("Who"),
            _t("Role"),
            _t("What happened"),
            _t("Patient"),
        ]


def _texts(entry: AuditEntry) -> tuple[str, str, str, str, str]:
    """Rendered once per row when it arrives, not on every paint."""
    arabic = arabic_reader()
    if entry.user is not None:
        who = render(entry.user, tr_audit, isolate=True, arabic=arabic)
    elif entry.user_id is None and entry.action != "user.sign_in_failed":
        who = _t("ScarDesk (system)")
    else:
        who = ""
    role = tr_audit(ROLE_LABELS[entry.role]) if entry.role in ROLE_LABELS else ""
    return (
        moment_text(entry.occurred_at, seconds=True),
        who,
        role,
        render(entry.sentence, tr_audit, isolate=True, arabic=arabic),
        str(entry.patient_id) if entry.patient_id is not None else "",
    )
