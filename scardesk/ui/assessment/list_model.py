"""A thin table model over a patient's assessment summaries (architecture rule 5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from scardesk.domain.assessment import AssessmentSummary
from scardesk.domain.time import to_muscat
from scardesk.ui.style import MUTED

RECORD_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DATE, GRADE, GB_TOTAL, ECCA_TOTAL, SKIN, STATE = range(6)
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("AssessmentList", text)


class AssessmentListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AssessmentSummary] = []

    def set_rows(self, rows: list[AssessmentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_record(self, row: int) -> AssessmentSummary:
        return self._rows[row]

    def row_of(self, assessment_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == assessment_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _t("Assessed"),
            _t("G&B grade"),
            _t("G&B score"),
            _t("ECCA"),
            _t("Skin type"),
            _t("State"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return summary
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
            return to_muscat(summary.assessed_at).strftime("%d %b %Y  %H:%M")
        if column == GRADE:
            return summary.gb_grade.value if summary.gb_grade else "—"
        if column == GB_TOTAL:
            return str(summary.gb_total)
        if column == ECCA_TOTAL:
            return str(summary.ecca_total)
        if column == SKIN:
            return summary.fitzpatrick.value if summary.fitzpatrick else "—"
        return _t("Voided") if summary.voided_at is not None else _t("Current")
