"""The audit viewer's filter bar: patient file number, user, kind of action, from and to dates.

Each change emits ``changed`` with the filters now set; an empty date shows "any".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from scardesk.domain.audit_labels import ACTION_GROUP_LABELS, ROLE_LABELS, ActionGroup
from scardesk.domain.audit_view import AuditFilters, AuditUser
from scardesk.ui.admin.audit_model import arabic_reader, tr_audit
from scardesk.ui.labels import isolated
from scardesk.ui.qt_dates import python_date
from scardesk.ui.tr import _t
from scardesk.ui.widgets.date_fields import date_edit
from scardesk.ui.widgets.text_fit import fit_to_hint

#: The date a date box shows as "any" (its minimum).
_NO_DATE = QDate(2000, 1, 1)


def parse_file_number(typed: str) -> int | None:
    """``10234`` or ``#10234`` → 10234; anything else → None (no patient filter)."""
    text = typed.strip().lstrip("#").strip()
    return int(text) if text.isdigit() and len(text) <= 12 else None


class AuditFilterBar(QWidget):
    changed = Signal(object)  # AuditFilters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.patient = QLineEdit()
        self.patient.setPlaceholderText(_t("#file number"))
        self.patient.setClearButtonEnabled(True)
        fit_to_hint(self.patient)
        self.user = QComboBox()
        # The staff's names are long ("Clinic manager: …"): the list may be narrower than the
        # longest, so the bar fits 1280×720 without the page scrolling sideways.
        self.user.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.user.setMinimumContentsLength(16)
        self.user.addItem(_t("Everyone"), None)
        self.group = QComboBox()
        self.group.addItem(_t("All actions"), None)
        for group in ActionGroup:
            self.group.addItem(tr_audit(ACTION_GROUP_LABELS[group]), group.value)
        self.since = self._date_edit()
        self.until = self._date_edit()
        for label, widget in (
            (_t("Patient"), self.patient),
            (_t("User"), self.user),
            (_t("Action"), self.group),
            (_t("From"), self.since),
            (_t("To"), self.until),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addStretch(1)
        self.patient.editingFinished.connect(self._emit)
        self.patient.textChanged.connect(self._patient_typed)
        self.user.currentIndexChanged.connect(self._emit)
        self.group.currentIndexChanged.connect(self._emit)
        self.since.dateChanged.connect(self._emit)
        self.until.dateChanged.connect(self._emit)
        self._last = self.filters()

    def _date_edit(self) -> QDateEdit:
        edit = date_edit()
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(_t("any"))
        edit.setDate(_NO_DATE)
        return edit

    def set_users(self, users: list[AuditUser]) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(_t("Everyone"), None)
        arabic = arabic_reader()
        for user in users:
            role = tr_audit(ROLE_LABELS[user.role]) if user.role in ROLE_LABELS else user.role
            # Isolated in Arabic: a Latin name cannot pull the role's brackets around it.
            name = isolated(user.shown(True)) if arabic else user.name
            self.user.addItem(f"{name} ({role})", user.id)
        found = self.user.findData(chosen)
        self.user.setCurrentIndex(max(found, 0))
        self.user.blockSignals(False)

    def filters(self) -> AuditFilters:
        return AuditFilters(
            patient_id=parse_file_number(self.patient.text()),
            user_id=self.user.currentData(),
            group=ActionGroup(group) if (group := self.group.currentData()) else None,
            since=_day(self.since),
            until=_day(self.until),
        )

    def _patient_typed(self, text: str) -> None:
        if not text.strip():  # the clear button: show everyone's events again at once
            self._emit()

    def _emit(self) -> None:
        current = self.filters()
        if current != self._last:
            self._last = current
            self.changed.emit(current)


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == _NO_DATE:
        return None
    return python_date(value)
