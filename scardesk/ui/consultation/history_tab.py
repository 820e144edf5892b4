"""The practitioner's medical-history tab: the questionnaire, what changed, and the review.

Answers are a dated log (see ``scardesk.domain.history``): Save appends only the answers the
practitioner changed; "Reviewed today, nothing changed" appends the current answers again, which
records that they were confirmed that day. The "What changed" panel replays the log, so a later
review shows which answer changed, from what, when and by whom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.errors import ValidationError
from scardesk.domain.history import (
    QUESTION_BY_FACT,
    QUESTIONNAIRE,
    ChangeKind,
    HistoryAnswer,
    HistoryAnswerInput,
    answers_as_of,
    history_changes,
    latest_answers,
)
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today
from scardesk.ui.consultation.common import (
    UserNames,
    answer_text,
    day_text,
    moment_text,
    section_title,
)
from scardesk.ui.consultation.history_question import QuestionRow, question_text
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.screens import ScreenContext


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryTab", text)


#: How the form groups the questionnaire. A question missing here still shows, under "Other".
GROUPS: tuple[tuple[str, tuple[HistoryFact, ...]], ...] = (
    ("Pregnancy and breastfeeding", (HistoryFact.PREGNANT, HistoryFact.BREASTFEEDING)),
    ("Neuromuscular", (HistoryFact.NEUROMUSCULAR_DISORDER,)),
    (
        "Infections and skin",
        (HistoryFact.HERPES_SIMPLEX, HistoryFact.ACTIVE_INFECTION, HistoryFact.KELOID_TENDENCY),
    ),
    (
        "Bleeding and medicines",
        (
            HistoryFact.BLEEDING_DISORDER,
            HistoryFact.ANTICOAGULANTS,
            HistoryFact.ISOTRETINOIN,
            HistoryFact.AMINOGLYCOSIDES,
            HistoryFact.MUSCLE_RELAXANTS,
            HistoryFact.PHOTOSENSITISING_DRUGS,
            HistoryFact.TOPICAL_RETINOIDS,
            HistoryFact.RECENT_TOXIN_OR_FILLER,
        ),
    ),
    (
        "Allergies",
        (HistoryFact.ALLERGY_TOXIN, HistoryFact.ALLERGY_ALBUMIN, HistoryFact.OTHER_ALLERGIES),
    ),
    ("Sun", (HistoryFact.RECENT_SUN_EXPOSURE,)),
)


def grouped_questions() -> list[tuple[str, list[HistoryFact]]]:
    placed = {fact for _title, facts in GROUPS for fact in facts}
    groups = [(title, [f for f in facts if f in QUESTION_BY_FACT]) for title, facts in GROUPS]
    rest = [q.fact for q in QUESTIONNAIRE if q.fact not in placed]
    if rest:
        groups.append(("Other", rest))
    return [(title, facts) for title, facts in groups if facts]


@dataclass(frozen=True)
class LogLine:
    """One row of the "What changed" panel."""

    when: datetime
    by_id: int | None
    fact: HistoryFact | None  # None for the summary line of the first history taken
    kind: ChangeKind | None
    before: HistoryAnswer | None
    after: HistoryAnswer | None
    answered_count: int = 0


def change_log(entries: list[HistoryAnswer]) -> list[LogLine]:
    """Replay the log, newest first: each save (or void) compared with the state just before.

    The very first history taken is summarised in one line rather than one line per question.
    """
    moments = sorted(
        {e.recorded_at for e in entries} | {e.voided_at for e in entries if e.voided_at}
    )
    lines: list[LogLine] = []
    previous: dict[HistoryFact, HistoryAnswer] = {}
    for index, moment in enumerate(moments):
        current = answers_as_of(entries, moment)
        changes = history_changes(previous, current)
        if index == 0 and changes and all(c.kind is ChangeKind.ANSWERED for c in changes):
            by = changes[0].after.recorded_by_id if changes[0].after else None
            lines.append(LogLine(moment, by, None, None, None, None, len(changes)))
        else:
            for change in changes:
                by = change.after.recorded_by_id if change.after else None
                lines.append(
                    LogLine(moment, by, change.fact, change.kind, change.before, change.after)
                )
        previous = current
    lines.reverse()
    return lines


def answer_summary(answer: HistoryAnswer | None) -> str:
    if answer is None:
        return answer_text(None)
    parts = [answer_text(answer.answer)]
    if answer.fact_date is not None:
        parts.append(day_text(answer.fact_date))
    text = ", ".join(parts)
    return f"{text} — {answer.detail}" if answer.detail else text


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
        bar.addWidget(self.review_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_log())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        context.change_bus.changed.connect(self._on_changed)
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
            heading = QLabel(QCoreApplication.translate("HistoryTab", title))
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
        scroll.setMinimumWidth(560)
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
        self.log_table = QTableWidget(0, 5)
        self.log_table.setHorizontalHeaderLabels(
            [_t("When"), _t("Question"), _t("Before"), _t("Now"), _t("By")]
        )
        header = self.log_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.log_table.setWordWrap(True)
        self.log_table.verticalHeader().hide()
        self.log_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        column.addWidget(self.log_table, 1)
        return panel

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.context.signed_in.actor
        history = self.context.services.history

        def load() -> tuple[list[HistoryAnswer], dict[int, str]]:
            return history.entries(actor, self.patient_id), self._names.load()

        self.context.runner.run(load, self._show, lambda error: self._errors.show(error, self))

    def _show(self, loaded: tuple[list[HistoryAnswer], dict[int, str]]) -> None:
        self.entries, names = loaded
        self._names.use(names)
        current = latest_answers(self.entries)
        for fact, row in self.rows.items():
            row.set_saved(current.get(fact))
        valid = [e for e in self.entries if e.voided_at is None]
        if valid:
            last = max(valid, key=lambda e: (e.recorded_at, e.entry_id))
            self.reviewed_label.setText(
                _t("Last reviewed {day} by {name}").format(
                    day=day_text(muscat_today(last.recorded_at)),
                    name=self._names.name(last.recorded_by_id),
                )
            )
        else:
            self.reviewed_label.setText(_t("No medical history taken yet"))
        self._show_log(change_log(self.entries))
        self._update_buttons()

    def _show_log(self, lines: list[LogLine]) -> None:
        self.log_lines = lines
        self.log_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            if line.fact is None:
                question = _t("History first taken: {count} questions answered").format(
                    count=line.answered_count
                )
                before, now = "", ""
            else:
                question = question_text(QUESTION_BY_FACT[line.fact])
                before, now = answer_summary(line.before), answer_summary(line.after)
            values = (moment_text(line.when), question, before, now, self._names.name(line.by_id))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3 and line.after is not None and line.kind is not None:
                    item.setForeground(
                        QColor("#9f1c12" if line.after.answer is Answer.YES else "#1f2933")
                    )
                self.log_table.setItem(row, column, item)
        self.log_table.resizeRowsToContents()

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()

    # --- state ------------------------------------------------------------------------------

    def dirty_rows(self) -> list[QuestionRow]:
        return [row for row in self.rows.values() if row.is_dirty()]

    def unanswered_count(self) -> int:
        return sum(1 for row in self.rows.values() if row.saved is None)

    def _update_buttons(self) -> None:
        dirty = len(self.dirty_rows())
        self.save_button.setEnabled(dirty > 0)
        self.save_button.setText(
            _t("Save {count} changes").format(count=dirty) if dirty > 1 else _t("Save changes")
        )
        self.review_button.setEnabled(dirty == 0 and self.unanswered_count() < len(self.rows))
        missing = self.unanswered_count()
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
                errors.update(error.field_errors)
                continue
            if item is not None:
                items.append(item)
        if errors:
            self._show_field_errors(ValidationError(errors))
            return
        if not items:
            self._say(_t("Nothing changed: there is nothing to save."))
            return
        self._record(items, _t("Saved {count} answers.").format(count=len(items)))

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
            self.context.change_bus.publish(result[1])
            if self.patient_id not in result[1].patients:
                self.reload()
            self._say(done_text, "#115e59")

        self.context.runner.run(
            lambda: history.record(actor, self.patient_id, items),
            done,
            self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_field_errors(error)
        else:
            self._errors.show(error, self)

    def _show_field_errors(self, error: ValidationError) -> None:
        shown = False
        for key, message in error.field_errors.items():
            row = next((r for f, r in self.rows.items() if f.value == key), None)
            if row is not None:
                row.set_error(message[:1].upper() + message[1:])
                shown = True
        if shown:
            self._say(_t("Nothing was saved: correct the answers marked in red."), "#b42318")
        else:
            self._errors.show(error, self)
