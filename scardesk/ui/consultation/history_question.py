"""One question of the medical-history form: Yes / No / Unknown, its date and detail, its state.

There is deliberately no default answer: a question nobody asked shows no button pressed and a
grey "Not asked yet" chip, because the safety gate treats a missing answer as a finding and the
screen must never let it pass for "no". Each row knows the answer last saved, so the form can
save only what the practitioner changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from scardesk.domain.enums import Answer
from scardesk.domain.errors import ValidationError
from scardesk.domain.history import HistoryAnswer, HistoryAnswerInput, HistoryQuestion
from scardesk.domain.time import muscat_today, parse_date_any
from scardesk.ui.consultation.common import answer_text, chip, set_chip
from scardesk.ui.labels import day_text
from scardesk.ui.tr import _n, _t
from scardesk.ui.widgets.error_line import ErrorLine

ANSWER_BUTTON = """
QPushButton {{ padding: 5px 14px; min-width: 64px; border-radius: 6px; }}
QPushButton:checked {{ background: {bg}; color: {fg}; border: 1px solid {fg}; font-weight: 700; }}
"""
_ANSWER_COLOURS = {
    Answer.YES: ("#fdecea", "#9f1c12"),
    Answer.NO: ("#e3f1ef", "#115e59"),
    Answer.UNKNOWN: ("#fff4e0", "#8a4b08"),
}


def question_text(question: HistoryQuestion) -> str:
    return _t(question.label)


class QuestionRow(QWidget):
    """``edited`` fires whenever the pending answer changes."""

    edited = Signal()

    def __init__(self, question: HistoryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.saved: HistoryAnswer | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 8, 4, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.label = QLabel(question_text(question))
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: 600;")
        grid.addWidget(self.label, 0, 0)

        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QPushButton] = {}
        answers = QHBoxLayout()
        answers.setSpacing(4)
        for answer in (Answer.YES, Answer.NO, Answer.UNKNOWN):
            button = QPushButton(answer_text(answer))
            button.setCheckable(True)
            bg, fg = _ANSWER_COLOURS[answer]
            button.setStyleSheet(ANSWER_BUTTON.format(bg=bg, fg=fg))
            button.setAccessibleName(f"{answer_text(answer)}: {question.label}")
            self.group.addButton(button)
            self.buttons[answer] = button
            answers.addWidget(button)
        grid.addLayout(answers, 0, 1)
        self.status = chip(answer_text(None), "muted")
        self.status.setMinimumWidth(150)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid.addWidget(self.status, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        self.undo_button = QPushButton(_t("Undo"))
        self.undo_button.setToolTip(_t("Go back to the saved answer"))
        self.undo_button.clicked.connect(self.revert)
        policy = self.undo_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the answer buttons stay put when Undo appears
        self.undo_button.setSizePolicy(policy)
        grid.addWidget(self.undo_button, 0, 3)

        extra = QHBoxLayout()
        extra.setSpacing(8)
        self.date_edit: QLineEdit | None = None
        self.date_caption: QLabel | None = None
        if question.takes_date:
            caption = _t(question.date_label or "Date")
            self.date_caption = QLabel(caption)
            self.date_caption.setObjectName("muted")
            self.date_edit = QLineEdit()
            self.date_edit.setPlaceholderText(_t("dd/mm/yyyy"))
            self.date_edit.setAccessibleName(caption)
            self.date_edit.setFixedWidth(130)
            self.date_edit.textEdited.connect(self._changed)
            extra.addWidget(self.date_caption)
            extra.addWidget(self.date_edit)
        self.detail_edit = QLineEdit()
        hint = question.detail_hint or _n("Details (optional)")
        self.detail_edit.setPlaceholderText(_t(hint))
        self.detail_edit.textEdited.connect(self._changed)
        extra.addWidget(self.detail_edit, 1)
        grid.addLayout(extra, 1, 0, 1, 4)
        self.error_label = ErrorLine()
        grid.addWidget(self.error_label, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.group.buttonClicked.connect(lambda _button: self._changed())
        self._refresh_state()

    # --- state ------------------------------------------------------------------------------

    def chosen(self) -> Answer | None:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return None

    def choose(self, answer: Answer | None) -> None:
        """Press one answer (or none: the exclusive group must be relaxed to clear it)."""
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key is answer)
        self.group.setExclusive(True)
        self._changed()

    def set_date_text(self, text: str) -> None:
        if self.date_edit is not None:
            self.date_edit.setText(text)
            self._changed()

    def set_detail(self, text: str) -> None:
        self.detail_edit.setText(text)
        self._changed()

    def set_saved(self, saved: HistoryAnswer | None) -> None:
        """Take ``saved`` as the baseline; pending edits survive a reload caused elsewhere."""
        dirty = self.is_dirty()
        self.saved = saved
        if not dirty:
            self.revert()
        else:
            self._refresh_state()

    def revert(self) -> None:
        saved = self.saved
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(saved is not None and key is saved.answer)
        self.group.setExclusive(True)
        if self.date_edit is not None:
            self.date_edit.setText(day_text(saved.fact_date) if saved else "")
        self.detail_edit.setText((saved.detail or "") if saved else "")
        self._changed()

    def _pending_values(self) -> tuple[Answer | None, str, str]:
        date_text = self.date_edit.text().strip() if self.date_edit is not None else ""
        return self.chosen(), date_text, self.detail_edit.text().strip()

    def is_dirty(self) -> bool:
        saved = self.saved
        if saved is None:
            baseline: tuple[Answer | None, str, str] = (None, "", "")
        else:
            baseline = (saved.answer, day_text(saved.fact_date), (saved.detail or "").strip())
        answer, date_text, detail = self._pending_values()
        if answer is None and saved is None:
            return False  # typing a detail without an answer is not yet an answer
        if saved is not None and date_text and saved.fact_date is not None:
            # The same day typed differently (1/3/2026 vs 01/03/2026) is no change.
            try:
                if parse_date_any(date_text) == saved.fact_date:
                    date_text = baseline[1]
            except ValidationError:
                pass  # a typo is a change; saving reports it under the question
        return (answer, date_text, detail) != baseline

    def pending(self) -> HistoryAnswerInput | None:
        """The answer to save, or None when nothing is chosen. Raises ValidationError on a bad
        date (keyed by the fact, like the service's own errors)."""
        answer, date_text, detail = self._pending_values()
        if answer is None:
            return None
        fact_date: date | None = None
        if date_text:
            fact_date = parse_date_any(date_text, self.question.fact.value)
        return HistoryAnswerInput(self.question.fact, answer, fact_date, detail)

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # --- display ----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.set_error("")
        self._refresh_state()
        self.edited.emit()

    def _refresh_state(self) -> None:
        answer = self.chosen()
        if self.date_edit is not None and self.date_caption is not None:
            # A date only goes with "yes": the field appears with it rather than being refused.
            shown = answer is Answer.YES or bool(self.date_edit.text())
            self.date_edit.setVisible(shown)
            self.date_caption.setVisible(shown)
        dirty = self.is_dirty()
        self.undo_button.setVisible(dirty)
        if dirty:
            set_chip(self.status, _t("Changed, not saved"), "unknown")
        elif self.saved is None:
            set_chip(self.status, answer_text(None), "muted")
        else:
            kind = {Answer.YES: "alert", Answer.NO: "calm", Answer.UNKNOWN: "unknown"}
            when = day_text(muscat_today(self.saved.recorded_at))
            set_chip(
                self.status,
                _t("{answer} · asked {day}").format(
                    answer=answer_text(self.saved.answer), day=when
                ),
                kind[self.saved.answer],
            )
        unasked = self.saved is None and answer is None
        self.label.setStyleSheet(
            "font-weight: 600; color: #5b6770;" if unasked else "font-weight: 600;"
        )
