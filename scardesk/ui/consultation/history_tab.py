"""The practitioner's medical-history tab: the questionnaire, what changed, and the review.

Answers are a dated log (see ``scardesk.domain.history``): Save appends only the answers the
practitioner changed; "Reviewed today, nothing changed" appends the current answers again, which
records that they were confirmed that day. The "What changed" panel replays the log, so a later
review shows which answer changed, from what, when and by whom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.errors import ValidationError
from scardesk.domain.history import (
    QUESTION_BY_FACT,
    HistoryAnswer,
    HistoryAnswerInput,
    latest_answers,
)
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.consultation.common import UserNames, iso, moment_text, section_title
from scardesk.ui.consultation.history_log import (
    LogLine,
    answer_summary,
    change_log,
    grouped_questions,
)
from scardesk.ui.consultation.history_question import QuestionRow, question_text
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text, number_text
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import note_failure, show_warning, unreadable_text, warning_label
from scardesk.ui.widgets.shortcut_keys import give_shortcut, relabel
from scardesk.ui.widgets.unsaved import UnsavedChanges


class HistoryTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.entries: list[HistoryAnswer] = []
        self.log_lines: list[LogLine] = []
        self._names = UserNames(context)
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        bar = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(section_title(_t("Medical history")))
        self.reviewed_label = QLabel()
        self.reviewed_label.setObjectName("muted")
        self.reviewed_label.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.reviewed_label)
        self.problem = warning_label()  # unreadable answers, or a history that could not be read
        titles.addWidget(self.problem)
        self.unanswered_label = QLabel()
        self.unanswered_label.setStyleSheet("color: #8a4b08; font-weight: 600;")
        titles.addWidget(self.unanswered_label)
        bar.addLayout(titles, 1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        bar.addWidget(self.message, 1)
        self.review_button = QPushButton(_t("Reviewed today, nothing changed"))
        self.review_button.setToolTip(
            _t("Records today that every current answer was checked with the patient")
        )
        self.review_button.clicked.connect(self.confirm_review)
        self.save_button = QPushButton(_t("Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        give_shortcut(self.review_button, _t("Ctrl+Shift+R"))
        give_shortcut(self.save_button, _t("Ctrl+S"))
        bar.addWidget(self.review_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_log())
        # A question row needs about 650 px (three answer buttons, its state, Undo): the form
        # takes the room first, so it never scrolls sideways on a 1280×720 laptop; the log's
        # cards wrap in what is left.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 280])
        layout.addWidget(splitter, 1)
        context.change_bus.changed.connect(self._on_changed)
        self.unsaved = UnsavedChanges(self)
        self._update_buttons()
        self.reload()

    def _build_form(self) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.rows: dict[HistoryFact, QuestionRow] = {}
        for title, facts in grouped_questions():
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(14, 10, 14, 10)
            heading = QLabel(_t(title))
            heading.setStyleSheet("font-size: 11pt; font-weight: 700; color: #115e59;")
            inner.addWidget(heading)
            for index, fact in enumerate(facts):
                if index:
                    rule = QFrame()
                    rule.setFrameShape(QFrame.Shape.HLine)
                    rule.setStyleSheet("color: #e6ebee;")
                    inner.addWidget(rule)
                row = QuestionRow(QUESTION_BY_FACT[fact])
                row.edited.connect(self._update_buttons)
                self.rows[fact] = row
                inner.addWidget(row)
            column.addWidget(card)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # Room for the widest row and the vertical scroll bar beside it: nothing hides sideways.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(body.minimumSizeHint().width() + bar)
        self.form_scroll = scroll
        return scroll

    def _build_log(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(section_title(_t("What changed")))
        hint = QLabel(_t("Every change to an answer, newest first, with when and by whom."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        column.addWidget(hint)
        body = QWidget()
        self.log_column = QVBoxLayout(body)
        self.log_column.setContentsMargins(0, 0, 6, 0)
        self.log_column.setSpacing(8)
        self.log_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        column.addWidget(scroll, 1)
        self.log_cards: list[QFrame] = []
        return panel

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.context.signed_in.actor
        history = self.context.services.history

        def load() -> tuple[list[HistoryAnswer | UnreadableRecord], dict[int, str]]:
            return history.entries(actor, self.patient_id), self._names.load()

        self.context.runner.run(load, self._show, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        """The history could not be read: say so, never "no medical history taken yet"."""
        self.reviewed_label.setText("")
        show_warning(self.problem, note_failure(error))

    def _show(self, loaded: tuple[list[HistoryAnswer | UnreadableRecord], dict[int, str]]) -> None:
        listed, names = loaded
        self.entries = [e for e in listed if isinstance(e, HistoryAnswer)]
        unreadable = [e for e in listed if isinstance(e, UnreadableRecord)]
        show_warning(self.problem, "\n".join(unreadable_text(e) for e in unreadable))
        self._names.use(names)
        current = latest_answers(self.entries)
        with self.unsaved.loading():  # pending edits survive a reload, and stay unsaved
            for fact, row in self.rows.items():
                row.set_saved(current.get(fact))
        valid = [e for e in self.entries if e.voided_at is None]
        if valid:
            last = max(valid, key=lambda e: (e.recorded_at, e.entry_id))
            self.reviewed_label.setText(
                _t("Last reviewed {day} by {name}").format(
                    day=day_text(muscat_today(last.recorded_at)),
                    name=iso(self._names.name(last.recorded_by_id)),
                )
            )
        elif not unreadable:
            self.reviewed_label.setText(_t("No medical history taken yet"))
        else:
            self.reviewed_label.setText("")
        self._show_log(change_log(self.entries))
        self._update_buttons()

    def _show_log(self, lines: list[LogLine]) -> None:
        self.log_lines = lines
        for card in self.log_cards:
            self.log_column.removeWidget(card)
            card.deleteLater()
        self.log_cards = []
        if not lines:
            # With unreadable answers (banner above) the log is not "nothing recorded".
            empty = "" if self.problem.text() else _t("Nothing recorded yet.")
            lines_text = [(empty, "", "")] if empty else []
        else:
            lines_text = [self.log_text(line) for line in lines]
        for index, (when, question, change) in enumerate(lines_text):
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(10, 8, 10, 8)
            inner.setSpacing(2)
            for text, style in (
                (when, "color: #5b6770;"),
                (question, "font-weight: 600;"),
                (change, self._change_style(lines[index] if lines else None)),
            ):
                if not text:
                    continue
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setStyleSheet(style)
                inner.addWidget(label)
            self.log_column.insertWidget(self.log_column.count() - 1, card)
            self.log_cards.append(card)

    def log_text(self, line: LogLine) -> tuple[str, str, str]:
        """(when and who, question, "before → now") for one line of the panel."""
        when = _t("{when} · {name}").format(
            when=moment_text(line.when), name=iso(self._names.name(line.by_id))
        )
        if line.fact is None:
            question = _t("History first taken: {count} questions answered").format(
                count=line.answered_count
            )
            return when, question, ""
        question = question_text(QUESTION_BY_FACT[line.fact])
        change = _t("{before}  →  {now}").format(
            before=answer_summary(line.before), now=answer_summary(line.after)
        )
        return when, question, change

    @staticmethod
    def _change_style(line: LogLine | None) -> str:
        if line is not None and line.after is not None and line.after.answer is Answer.YES:
            return "color: #9f1c12;"
        return ""

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()

    # --- state ------------------------------------------------------------------------------

    def dirty_rows(self) -> list[QuestionRow]:
        return [row for row in self.rows.values() if row.is_dirty()]

    def unanswered_count(self) -> int:
        return sum(1 for row in self.rows.values() if row.saved is None)

    def not_asked_count(self) -> int:
        """Questions with no answer on screen, saved or not: counts down as answers are typed."""
        return sum(1 for row in self.rows.values() if row.chosen() is None)

    def _update_buttons(self) -> None:
        dirty = len(self.dirty_rows())
        self.save_button.setEnabled(dirty > 0)
        relabel(
            self.save_button,
            _t("Save {count} changes").format(count=number_text(dirty))
            if dirty > 1
            else _t("Save changes"),
        )
        self.review_button.setEnabled(dirty == 0 and self.unanswered_count() < len(self.rows))
        missing = self.not_asked_count()
        self.unanswered_label.setText(
            _t("{count} of {total} questions not asked yet").format(
                count=missing, total=len(self.rows)
            )
            if missing
            else ""
        )
        self.unanswered_label.setVisible(bool(missing))

    def _say(self, text: str, colour: str = "#5b6770") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour}; font-weight: 600;")

    # --- commands ---------------------------------------------------------------------------

    def save(self) -> None:
        """Record only the changed answers, each dated now."""
        items: list[HistoryAnswerInput] = []
        errors: dict[str, str] = {}
        for row in self.dirty_rows():
            try:
                item = row.pending()
            except ValidationError as error:
                errors.update(field_texts(error))
                continue
            if item is not None:
                items.append(item)
        if errors:
            self._show_field_errors(ValidationError(errors))
            return
        if not items:
            self._say(_t("Nothing changed: there is nothing to save."))
            return
        self._record(items, _t("Saved {count} answers.").format(count=number_text(len(items))))

    def confirm_review(self) -> None:
        """Record today that the current answers still hold (nothing changed)."""
        if self.dirty_rows():
            self._say(_t("Save or undo your changes first."), "#b42318")
            return
        items = [
            HistoryAnswerInput(saved.fact, saved.answer, saved.fact_date, saved.detail or "")
            for saved in (row.saved for row in self.rows.values())
            if saved is not None
        ]
        if not items:
            self._say(_t("Nothing recorded yet: answer the questions and save."), "#b42318")
            return
        self._record(items, _t("Review recorded: every answer confirmed today."))

    def _record(self, items: list[HistoryAnswerInput], done_text: str) -> None:
        actor = self.context.signed_in.actor
        history = self.context.services.history

        def done(result: tuple[list[HistoryAnswer], Changes]) -> None:
            if self.patient_id not in result[1].patients:
                self.reload()
            self.unsaved.mark_clean()  # what is on screen is stored now
            self._say(done_text, "#115e59")

        self.context.run_command(
            lambda: history.record(actor, self.patient_id, items), done, self._save_failed
        )

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_field_errors(error)
        else:
            self._errors.show(error, self)

    def _show_field_errors(self, error: ValidationError) -> None:
        marked: list[QuestionRow] = []
        for key, message in field_texts(error).items():
            row = next((r for f, r in self.rows.items() if f.value == key), None)
            if row is not None:
                row.set_error(message[:1].upper() + message[1:])
                marked.append(row)
        if marked:
            self.form_scroll.ensureWidgetVisible(marked[0], 0, 80)
            self._say(_t("Nothing was saved: correct the answers marked in red."), "#b42318")
        else:
            self._errors.show(error, self)
