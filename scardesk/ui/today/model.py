"""Thin table models for the Today screen: the day's appointments and the follow-up list.

They hold frozen records handed over by the screen (which loads them off the UI thread) and
only turn them into text, sort keys and colours; they never call a service themselves, so
filling one is cheap and testable without a window (architecture rule 5).

A patient has two spellings; the name cell shows both on two lines, each wrapped in a
first-strong isolate so an Arabic name cannot reorder the Latin text beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from scardesk.domain.enums import AppointmentStatus
from scardesk.domain.scheduling import AppointmentRecord, DueReason, DueRow
from scardesk.ui.labels import (
    both_names,
    day_text,
    isolated,
    modality_name,
    phone_text,
    practitioner_text,
    time_range,
)
from scardesk.ui.style import ACCENT_DARK, MUTED
from scardesk.ui.tr import _n, _t, listed
from scardesk.ui.unreadable import UNREADABLE_BACKGROUND, UNREADABLE_FOREGROUND
from scardesk.ui.widgets.record_table import BUTTON_ROLE, RECORD_ROLE, SORT_ROLE, RecordTableModel

_Index = QModelIndex | QPersistentModelIndex


def status_name(status: AppointmentStatus) -> str:
    names = {
        AppointmentStatus.BOOKED: _t("Booked"),
        AppointmentStatus.ARRIVED: _t("Arrived"),
        AppointmentStatus.DONE: _t("Done"),
        AppointmentStatus.CANCELLED: _t("Cancelled"),
        AppointmentStatus.NO_SHOW: _t("No-show"),
    }
    return names[status]


def reason_name(reason: DueReason) -> str:
    names = {
        DueReason.PLAN_SESSION: _t("Next planned session"),
        DueReason.TOXIN_REVIEW: _t("2-week toxin review"),
        DueReason.UNREADABLE: _t("Plan cannot be read — ask your administrator"),
    }
    return names[reason]


_STATUS_COLOURS = {
    AppointmentStatus.BOOKED: "#1f2933",
    AppointmentStatus.ARRIVED: ACCENT_DARK,
    AppointmentStatus.DONE: "#2f6b2f",
    AppointmentStatus.CANCELLED: MUTED,
    AppointmentStatus.NO_SHOW: "#a15c07",
}


class _TodayTable(RecordTableModel):
    """The Today screen's tables: headers named by ``HEADERS``, each answers ``data`` itself."""

    HEADERS: tuple[str, ...] = ()

    def headers(self) -> list[str]:
        return [_t(header) for header in self.HEADERS]


class AppointmentTableModel(_TodayTable):
    """One row per appointment of the shown day, in the order the service gave (by time)."""

    TIME, PATIENT, PRACTITIONER, MODALITIES, STATUS, ACTION = range(6)
    HEADERS = (_n("Time"), _n("Patient"), _n("Practitioner"), _n("Planned"), _n("Status"), "")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.arrival_enabled = True  # only on the current day: nobody arrives tomorrow

    def row_of(self, appointment_id: int) -> int | None:
        for row, record in enumerate(self._rows):
            if record.id == appointment_id:
                return row
        return None

    def replace(self, record: AppointmentRecord) -> None:
        """Swap one changed appointment in place (after a status click), repainting its row."""
        row = self.row_of(record.id)
        if row is None:
            return
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record: AppointmentRecord = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == BUTTON_ROLE and column == self.ACTION:
            booked = record.status is AppointmentStatus.BOOKED
            return _t("Arrived") if booked and self.arrival_enabled else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(_STATUS_COLOURS[record.status]))
        if role == Qt.ItemDataRole.ForegroundRole and record.status in (
            AppointmentStatus.CANCELLED,
            AppointmentStatus.NO_SHOW,
        ):
            return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and record.cancel_reason:
            return _t("Cancelled: {reason}").format(reason=record.cancel_reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TIME:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, record: AppointmentRecord, column: int) -> str:
        if column == self.TIME:
            return time_range(record)
        if column == self.PATIENT:
            return both_names(record.patient_name_latin, record.patient_name_arabic)
        if column == self.PRACTITIONER:
            return isolated(practitioner_text(record))
        if column == self.MODALITIES:
            names = [modality_name(m) for m in record.planned_modalities]
            if record.is_toxin_review:
                names = [_t("Toxin review")]
            return "\n".join(names)
        if column == self.STATUS:
            text = status_name(record.status)
            if record.status is AppointmentStatus.CANCELLED and record.cancel_reason:
                text += "\n" + record.cancel_reason
            return text
        return ""

    def _sort_key(self, record: AppointmentRecord, column: int) -> Any:
        if column == self.TIME:
            return record.starts_at.timestamp()
        if column == self.PATIENT:
            return record.patient_name_latin.casefold()
        if column == self.PRACTITIONER:
            return practitioner_text(record).casefold()
        if column == self.STATUS:
            return list(AppointmentStatus).index(record.status)
        return self._display(record, column)


class DueTableModel(_TodayTable):
    """The follow-up list, most overdue first as the service ranks it; paged by the screen."""

    PATIENT, PHONE, DUE_FOR, DUE_SINCE, OVERDUE, ACTION = range(6)
    HEADERS = (_n("Patient"), _n("Phone"), _n("Due for"), _n("Due since"), _n("Overdue"), "")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.has_more = False  # the service has another page after the rows held

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: DueRow = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DUE_FOR:
            return self._display(row, column)  # whole, should a long list not fit its cell
        if role == SORT_ROLE:
            if column == self.OVERDUE:
                return row.days_overdue
            if column == self.DUE_SINCE:
                return row.due_on.toordinal()
            return self._display(row, column)
        if role == BUTTON_ROLE and column == self.ACTION:
            return _t("Book")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.OVERDUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and row.days_overdue:
            return QBrush(QColor("#a15c07"))
        if DueReason.UNREADABLE in row.reasons and column == self.DUE_FOR:
            # Whether this patient is due cannot be told: the row must stand out.
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(UNREADABLE_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(UNREADABLE_BACKGROUND)
        return None

    def _display(self, row: DueRow, column: int) -> str:
        if column == self.PATIENT:
            return both_names(row.name_latin, row.name_arabic)
        if column == self.PHONE:
            # Digits run left to right even in a right-to-left layout.
            return phone_text(row.phone_display) if row.phone_display else _t("no phone")
        if column == self.DUE_FOR:
            lines = []
            if DueReason.TOXIN_REVIEW in row.reasons:
                lines.append(reason_name(DueReason.TOXIN_REVIEW))
            if DueReason.PLAN_SESSION in row.reasons:
                lines.append(listed(modality_name(m) for m in row.modalities))
            if DueReason.UNREADABLE in row.reasons:
                lines.append(reason_name(DueReason.UNREADABLE))
            return "\n".join(lines)
        if column == self.DUE_SINCE:
            return day_text(row.due_on)
        if column == self.OVERDUE:
            days = row.days_overdue
            if days == 0:
                return _t("due today")
            return _t("1 day") if days == 1 else _t("{days} days").format(days=days)
        return ""
