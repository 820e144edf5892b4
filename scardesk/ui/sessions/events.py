"""Immediate reactions and adverse events: "none" ticked explicitly, or one row per event.

An empty list must never read as "nothing happened" (clinical reference §5), so the form
starts with neither: the practitioner ticks "No adverse events" or adds each event with its
severity, the action taken and whether it needs a follow-up. Ticking "none" and listing
events at once is refused by the domain; here the tick simply disables the rows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from scardesk.domain.enums import Severity
from scardesk.domain.sessions import AdverseEventInput
from scardesk.ui.errors import sentence
from scardesk.ui.sessions.common import severity_name
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import Card
from scardesk.ui.widgets.error_line import ErrorLine

#: What the seed text and the labels say to expect; offered as completions, never forced.
COMMON_REACTIONS = (
    "swelling",
    "bruising",
    "erythema",
    "discomfort at the injection site",
    "pinpoint bleeding",
    "headache",
    "vasovagal episode",
    "blistering",
)


class EventRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, removable: bool = True) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(_t("Reaction, e.g. swelling"))
        self.kind.setAccessibleName(_t("Reaction"))
        self.kind.setCompleter(QCompleter(list(COMMON_REACTIONS), self.kind))
        self.severity = QComboBox()
        self.severity.setAccessibleName(_t("Severity"))
        for severity in Severity:
            self.severity.addItem(severity_name(severity), severity)
        self.action = QLineEdit()
        self.action.setPlaceholderText(_t("Action taken, e.g. cold compress"))
        self.action.setAccessibleName(_t("Action taken"))
        self.follow_up = QCheckBox(_t("Follow-up needed"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(_t("Remove this event"))
        self.remove.setEnabled(removable)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = ErrorLine()
        layout.addWidget(self.kind, 0, 0)
        layout.addWidget(self.severity, 0, 1)
        layout.addWidget(self.action, 0, 2)
        layout.addWidget(self.follow_up, 0, 3)
        layout.addWidget(self.remove, 0, 4)
        layout.addWidget(self.error, 1, 0, 1, 5)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(2, 4)
        self.kind.textChanged.connect(lambda _t: self.changed.emit())
        self.action.textChanged.connect(lambda _t: self.changed.emit())
        self.severity.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.follow_up.toggled.connect(lambda _b: self.changed.emit())

    def value(self) -> AdverseEventInput:
        return AdverseEventInput(
            kind=self.kind.text().strip(),
            severity=Severity(self.severity.currentData()),  # Qt hands back plain text
            action_taken=self.action.text().strip() or None,
            follow_up_needed=self.follow_up.isChecked(),
        )

    def load(self, event: AdverseEventInput) -> None:
        self.kind.setText(event.kind)
        self.severity.setCurrentIndex(max(0, self.severity.findData(event.severity)))
        self.action.setText(event.action_taken or "")
        self.follow_up.setChecked(event.follow_up_needed)


class AdverseEventsCard(Card):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Immediate reactions and adverse events"))
        self.none_box = QCheckBox(_t("No adverse events"))
        self.none_box.setAccessibleName(_t("No adverse events"))
        self.add_button = QPushButton(_t("+ Add event"))
        top = QHBoxLayout()
        top.addWidget(self.none_box)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.body.addLayout(top)
        self.rows_box = QWidget()
        self.rows_layout = QGridLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.rows_box)
        self.rows: list[EventRow] = []
        self.fixed = 0  # amend mode: recorded events stay
        self.finish()
        self.none_box.toggled.connect(self._none_toggled)
        self.add_button.clicked.connect(lambda: self.add_event())

    def _none_toggled(self, checked: bool) -> None:
        self.rows_box.setEnabled(not checked)
        self.add_button.setEnabled(not checked)
        self.error.set_message("")
        self.changed.emit()

    def add_event(self, event: AdverseEventInput | None = None) -> EventRow:
        row = EventRow(removable=len(self.rows) >= self.fixed)
        if event is not None:
            row.load(event)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows_layout.addWidget(row, len(self.rows), 0)
        self.rows.append(row)
        self.error.set_message("")
        self.changed.emit()
        row.kind.setFocus()
        return row

    def _remove(self, row: EventRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def none_stated(self) -> bool | None:
        """True when "none" is ticked; None when neither ticked nor any event listed."""
        if self.none_box.isChecked():
            return True
        return False if self.rows else None

    def events(self) -> tuple[AdverseEventInput, ...]:
        return () if self.none_box.isChecked() else tuple(r.value() for r in self.rows)

    def load(self, none: bool | None, events: tuple[AdverseEventInput, ...]) -> None:
        self.none_box.setChecked(bool(none))
        for event in events:
            self.add_event(event)

    def lock_recorded(self) -> None:
        self.fixed = len(self.rows)
        for row in self.rows:
            row.remove.setEnabled(False)
        if self.rows:
            self.none_box.setEnabled(False)

    def set_errors(self, messages: dict[str, str]) -> None:
        """Keys as the domain gives them, without the ``adverse_events`` head."""
        for key, message in messages.items():
            index, _, _field = key.partition(".")
            if index.isdigit() and int(index) < len(self.rows):
                self.rows[int(index)].error.set_message(sentence(message))
            else:
                self.error.set_message(sentence(message))

    def clear_errors(self) -> None:
        self.error.set_message("")
        for row in self.rows:
            row.error.set_message("")
