"""A thin table model over a patient's assessment summaries (architecture rule 5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from scardesk.domain.assessment import AssessmentSummary
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.labels import moment_text
from scardesk.ui.style import MUTED
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import (
    UNREADABLE_BACKGROUND,
    UNREADABLE_FOREGROUND,
    day_text,
    short_text,
    unreadable_text,
)
from scardesk.ui.widgets.record_table import RECORD_ROLE, SORT_ROLE, RecordTableModel

DATE, GRADE, GB_TOTAL, ECCA_TOTAL, SKIN, STATE = range(6)
Index = QModelIndex | QPersistentModelIndex


class AssessmentListModel(RecordTableModel):
    def row_record(self, row: int) -> AssessmentSummary | UnreadableRecord:
        return self._rows[row]

    def row_of(self, assessment_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if isinstance(summary, AssessmentSummary) and summary.id == assessment_id:
                return row
        return None

    def headers(self) -> list[str]:
        return [
            _t("Assessed"),
            _t("G&B grade"),
            _t("G&B score"),
            _t("ECCA"),
            _t("Skin type"),
            _t("State"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return summary
        if isinstance(summary, UnreadableRecord):
            return self._unreadable(summary, column, role)
        if role == SORT_ROLE:
            return (
                summary.assessed_at,
                summary.gb_grade.value if summary.gb_grade else "",
                summary.gb_total,
                summary.ecca_total,
                summary.fitzpatrick.value if summary.fitzpatrick else "",
                summary.voided_at is not None,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and summary.voided_at is not None:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (GRADE, GB_TOTAL, ECCA_TOTAL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DATE:
            return moment_text(summary.assessed_at)
        if column == GRADE:
            return summary.gb_grade.value if summary.gb_grade else "—"
        if column == GB_TOTAL:
            return str(summary.gb_total)
        if column == ECCA_TOTAL:
            return str(summary.ecca_total)
        if column == SKIN:
            return summary.fitzpatrick.value if summary.fitzpatrick else "—"
        return _t("Voided") if summary.voided_at is not None else _t("Current")

    @staticmethod
    def _unreadable(item: UnreadableRecord, column: int, role: int) -> Any:
        """An assessment that cannot be decoded: its date if known, and that it cannot be read."""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return day_text(item.when) or "—"
            if column == GRADE:
                return short_text(item)
            return _t("Cannot be read") if column == STATE else "—"
        if role == SORT_ROLE:
            # Sorted by date among the others; without one it goes last, never away.
            return item.when if column == DATE and item.when is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNREADABLE_FOREGROUND
        if role == Qt.ItemDataRole.BackgroundRole:
            return UNREADABLE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return unreadable_text(item)
        return None
