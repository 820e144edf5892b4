"""One modality line of the plan editor, and the sentence for one line of progress.

The interval box starts at "clinic default (N days)" — the value from the clinic's settings
(clinical reference §5–§6) — so the common case needs no typing and a changed setting reaches
new plans; typing a number overrides it for this patient. A chemical peel's default depends on
its depth, so the peel line has a depth choice that updates the default shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from scardesk.domain.enums import Modality, PeelDepth
from scardesk.domain.intervals import MAX_INTERVAL_DAYS, IntervalSettings, interval_days
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.plans import SESSIONS_MAX, PlanItem, PlanItemInput, ProgressLine
from scardesk.ui.labels import day_text, modality_name
from scardesk.ui.tr import _t
from scardesk.ui.widgets.number_boxes import NumberBox

#: A sensible first number of sessions per modality (its spec's plan row).
DEFAULT_SESSIONS = {modality: spec.plan_sessions for modality, spec in SPECS.items()}


NAME_WIDTH, SESSIONS_WIDTH, INTERVAL_WIDTH, DEPTH_WIDTH = 170, 90, 220, 120
NAME_STYLE = "font-weight: 600;"


def name_width() -> int:
    """The modality column's width: the longest modality name in the reader's language, shown
    whole (the Arabic names are longer than the English ones and were cut at a fixed 170 px)."""
    probe = QCheckBox()
    probe.setStyleSheet(NAME_STYLE)
    probe.ensurePolished()
    widest = 0
    for modality in SPECS:
        probe.setText(modality_name(modality))
        widest = max(widest, probe.sizeHint().width())
    return max(NAME_WIDTH, widest)


def peel_depth_text(depth: PeelDepth) -> str:
    return {
        PeelDepth.SUPERFICIAL: _t("superficial"),
        PeelDepth.MEDIUM: _t("medium"),
        PeelDepth.DEEP: _t("deep"),
    }[depth]


def header_row(name_column: int) -> QWidget:
    """Column captions above the modality rows, aligned with their widths (``name_column``:
    the modality column's, from ``name_width``)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for text, width in (
        (_t("Modality"), name_column),
        (_t("Sessions"), SESSIONS_WIDTH),
        (_t("Interval"), INTERVAL_WIDTH),
        (_t("Peel depth"), DEPTH_WIDTH),
        (_t("Notes"), 0),
    ):
        label = QLabel(text)
        label.setObjectName("muted")
        if width:
            label.setFixedWidth(width)
            layout.addWidget(label)
        else:
            layout.addWidget(label, 1)
    return row


class ModalityRow(QWidget):
    """Include?, sessions planned, interval (blank = clinic default), peel depth, notes."""

    edited = Signal()

    def __init__(self, modality: Modality, name_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modality = modality
        self.settings = IntervalSettings()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.include = QCheckBox(modality_name(modality))
        self.include.setFixedWidth(name_column)
        self.include.setStyleSheet(NAME_STYLE)
        row.addWidget(self.include)
        self.sessions = NumberBox()
        self.sessions.setRange(1, SESSIONS_MAX)
        self.sessions.setValue(DEFAULT_SESSIONS[modality])
        self.sessions.setAccessibleName(_t("Sessions planned"))
        self.sessions.setFixedWidth(SESSIONS_WIDTH)
        row.addWidget(self.sessions)
        self.interval = NumberBox()
        self.interval.setRange(0, MAX_INTERVAL_DAYS)
        self.interval.setSuffix(_t(" days"))
        self.interval.setFixedWidth(INTERVAL_WIDTH)
        self.interval.setAccessibleName(_t("Interval in days"))
        row.addWidget(self.interval)
        self.peel_depth: QComboBox | None = None
        if spec_of(modality).interval_needs_depth:
            self.peel_depth = QComboBox()
            for depth in PeelDepth:
                self.peel_depth.addItem(peel_depth_text(depth), depth)
            self.peel_depth.currentIndexChanged.connect(self._show_default)
            self.peel_depth.setFixedWidth(DEPTH_WIDTH)
            self.peel_depth.setAccessibleName(_t("Peel depth"))
            row.addWidget(self.peel_depth)
        else:
            row.addSpacing(DEPTH_WIDTH + row.spacing())
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(_t("Notes (areas, device, agent…)"))
        row.addWidget(self.notes, 1)
        self.include.toggled.connect(self._enable)
        for signal in (
            self.include.toggled,
            self.sessions.valueChanged,
            self.interval.valueChanged,
        ):
            signal.connect(lambda *_args: self.edited.emit())
        self.notes.textEdited.connect(lambda *_args: self.edited.emit())
        self._enable(False)
        self._show_default()

    def default_days(self) -> int:
        depth = self.peel_depth.currentData() if self.peel_depth is not None else None
        return interval_days(self.modality, self.settings, depth)

    def set_settings(self, settings: IntervalSettings) -> None:
        self.settings = settings
        self._show_default()

    def _show_default(self) -> None:
        self.interval.setSpecialValueText(
            _t("clinic default (%n day(s))", None, self.default_days())
        )

    def _enable(self, on: bool) -> None:
        for widget in (self.sessions, self.interval, self.notes, self.peel_depth):
            if widget is not None:
                widget.setEnabled(on)

    def load(self, item: PlanItem | None) -> None:
        self.include.setChecked(item is not None)
        self.sessions.setValue(item.sessions_planned if item else DEFAULT_SESSIONS[self.modality])
        # A stored interval equal to today's default shows as the default.
        days = item.interval_days if item else 0
        self.interval.setValue(0 if days == self.default_days() else days)
        self.notes.setText((item.notes or "") if item else "")
        self._enable(item is not None)

    def value(self) -> PlanItemInput | None:
        if not self.include.isChecked():
            return None
        depth = self.peel_depth.currentData() if self.peel_depth is not None else None
        days = self.interval.value() or None
        return PlanItemInput(self.modality, self.sessions.value(), days, depth, self.notes.text())


def progress_text(line: ProgressLine) -> str:
    """ "Microneedling 2 of 4, next due 20/12/2026", in the user's language."""
    head = _t("{modality} {done} of {planned}").format(
        modality=modality_name(line.modality), done=line.done, planned=line.planned
    )
    if line.complete:
        return _t("{head}, complete").format(head=head)
    if line.next_due is None:
        return _t("{head}, not started").format(head=head)
    if line.done == 0:
        return _t("{head}, first due {day}").format(head=head, day=day_text(line.next_due))
    return _t("{head}, next due {day}").format(head=head, day=day_text(line.next_due))


def due_state(line: ProgressLine, today: date) -> tuple[str, str]:
    """(kind, note): "overdue" with the days late, "due" today, or "" when neither."""
    if line.complete or line.next_due is None:
        return "", ""
    late = (today - line.next_due).days
    if late > 0:
        return "overdue", _t("overdue by {days} days").format(days=late)
    if late == 0:
        return "due", _t("due today")
    return "", ""
