"""The simple parts of the session form: when and under which plan, preparation, notes.

Post-treatment notes are often written in Arabic; Qt lays out each paragraph in its own
direction, so an Arabic paragraph starts on the right and an English one on the left in the
same box.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QCompleter, QGridLayout, QLineEdit

from scardesk.domain.sessions import NOTES_MAX, SessionInput
from scardesk.ui.sessions.common import datetime_edit, moment_of, whole_box
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.text_area import TextArea

ANAESTHETICS = ("EMLA 5%", "lidocaine 23% / tetracaine 7%", "lidocaine 4%", "BLT cream")


class WhenCard(Card):
    changed = Signal()

    def __init__(self, moment: datetime) -> None:
        super().__init__(_t("Session"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.performed_at = datetime_edit(moment)
        self.performed_at.setAccessibleName(_t("Performed at (Muscat time)"))
        self.plan_label = plain_label(_t("No active treatment plan"), muted=True, wrap=True)
        grid.addWidget(plain_label(_t("Performed at (Muscat time)")), 0, 0)
        grid.addWidget(self.performed_at, 1, 0)
        grid.addWidget(plain_label(_t("Treatment plan")), 0, 1)
        grid.addWidget(self.plan_label, 1, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.finish()
        self.performed_at.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def moment(self) -> datetime:
        return moment_of(self.performed_at)


class PreparationCard(Card):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Preparation"))
        self.cleansing = QCheckBox(_t("Skin cleansed"))
        self.antiviral = QCheckBox(_t("Antiviral prophylaxis given"))
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(_t("Topical anaesthetic, e.g. EMLA 5% (optional)"))
        self.agent.setAccessibleName(_t("Topical anaesthetic"))
        self.agent.setCompleter(QCompleter(list(ANAESTHETICS), self.agent))
        self.minutes = whole_box(0, 180, _t(" min"))
        self.minutes.setSpecialValueText(_t("— min"))
        self.minutes.setAccessibleName(_t("Anaesthetic minutes"))
        self.agent_error = ErrorLine()
        self.minutes_error = ErrorLine()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.cleansing, 0, 0)
        grid.addWidget(self.antiviral, 0, 1)
        grid.addWidget(plain_label(_t("Topical anaesthetic")), 1, 0)
        grid.addWidget(plain_label(_t("Applied for")), 1, 1)
        grid.addWidget(self.agent, 2, 0)
        grid.addWidget(self.minutes, 2, 1)
        grid.addWidget(self.agent_error, 3, 0)
        grid.addWidget(self.minutes_error, 3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.finish()
        self.cleansing.toggled.connect(lambda _b: self.changed.emit())
        self.antiviral.toggled.connect(lambda _b: self.changed.emit())
        self.agent.textChanged.connect(lambda _t: self.changed.emit())
        self.minutes.valueChanged.connect(lambda _v: self.changed.emit())

    def load(self, form: SessionInput) -> None:
        self.cleansing.setChecked(form.cleansing_done)
        self.antiviral.setChecked(form.antiviral_prophylaxis)
        self.agent.setText(form.anaesthetic_agent or "")
        self.minutes.setValue(form.anaesthetic_minutes or 0)

    def agent_text(self) -> str | None:
        return self.agent.text().strip() or None

    def minutes_value(self) -> int | None:
        return self.minutes.value() or None


class NotesCard(Card):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Post-treatment notes"))
        self.notes = TextArea()
        self.notes.setPlaceholderText(
            _t("How the skin looked at the end, aftercare given… (Arabic or English)")
        )
        self.notes.setAccessibleName(_t("Post-treatment notes"))
        self.notes.setMinimumHeight(90)
        self.body.addWidget(self.notes)
        self.finish()
        self.notes.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self.error.set_message("")
        self.changed.emit()

    def text(self) -> str | None:
        return self.notes.toPlainText().strip() or None

    def too_long(self) -> bool:
        return len(self.notes.toPlainText().strip()) > NOTES_MAX


class AmendReasonCard(Card):
    """Amend mode's side card: why the session is corrected (required, kept with the change)."""

    def __init__(self) -> None:
        super().__init__(_t("Reason for the amendment"))
        self.body.addWidget(
            plain_label(
                _t("The session as it was stays in the record beside your correction."),
                muted=True,
                wrap=True,
            )
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_t("e.g. units at one point were mistyped"))
        self.reason.setAccessibleName(_t("Reason for the amendment"))
        self.body.addWidget(self.reason)
        self.finish()
