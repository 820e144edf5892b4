"""The treatment-plan tab: where the patient stands ("Microneedling 2 of 4, next due …") and the
plan itself (modalities, sessions, intervals, goals).

Progress is computed by the plan service from the sessions actually recorded, the same numbers
the front desk's due list uses, so the two screens cannot disagree. A patient has at most one
active plan; stopping it needs a reason, and past plans stay listed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Modality, PlanStatus
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plans import PlanInput, PlanRecord, ProgressLine
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today, parse_date_any
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.consultation.common import UserNames, chip, iso, section_title
from scardesk.ui.consultation.plan_rows import (
    ModalityRow,
    due_state,
    header_row,
    name_width,
    progress_text,
)
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.labels import day_text, modality_name
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t, listed
from scardesk.ui.unreadable import note_failure, show_warning, unreadable_text, warning_label
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.shortcut_keys import give_shortcut, relabel
from scardesk.ui.widgets.text_area import TextArea
from scardesk.ui.widgets.unsaved import DiscardGuard, UnsavedChanges

Loaded = tuple[
    list[PlanRecord | UnreadableRecord], list[ProgressLine], IntervalSettings, dict[int, str]
]


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(14, 10, 14, 12)
    return frame, inner


def readable_plans(listed: list[PlanRecord | UnreadableRecord]) -> list[PlanRecord]:
    return [p for p in listed if isinstance(p, PlanRecord)]


class StopPlanDialog(DiscardGuard, QDialog):
    """Why the plan ends early; the reason is kept with the plan and in the audit trail."""

    def __init__(self, context: ScreenContext, plan: PlanRecord, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.plan = context, plan
        self._errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Stop the plan"))
        layout = QVBoxLayout(self)
        self.reason = FieldRow(_t("Reason"), hint=_t("e.g. patient chose to pause treatment"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(_t("Stop plan"))
        self.save_button.setObjectName("primary")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        actor, plans, plan = self.context.signed_in.actor, self.context.services.plans, self.plan
        reason = self.reason.text()
        self.context.run_command(
            lambda: plans.stop(actor, plan.id, plan.version, reason),
            lambda _result: self.accept(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and "reason" in field_texts(error):
            self.reason.set_error(sentence(field_texts(error)["reason"]))
        else:
            self._errors.show(error, self)


class PlanTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.plans: list[PlanRecord] = []
        self.active: PlanRecord | None = None
        self.progress: list[ProgressLine] = []
        self.dialog: QDialog | None = None
        self._names = UserNames(context)
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(section_title(_t("Treatment plan")))
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.status_label)
        # A plan that cannot be read, or a tab that could not be read: said, never "no plan".
        self.problem = warning_label()
        titles.addWidget(self.problem)
        bar.addLayout(titles, 1)
        self.complete_button = QPushButton(_t("Mark complete"))
        self.stop_button = QPushButton(_t("Stop plan…"))
        self.save_button = QPushButton(_t("Save plan"))
        self.save_button.setObjectName("primary")
        for button in (self.complete_button, self.stop_button, self.save_button):
            bar.addWidget(button)
        give_shortcut(self.complete_button, _t("Ctrl+Shift+M"))
        give_shortcut(self.stop_button, _t("Ctrl+Shift+T"))
        give_shortcut(self.save_button, _t("Ctrl+S"))
        layout.addLayout(bar)

        progress_card, self.progress_box = _card()
        progress_title = QLabel(_t("Progress"))
        progress_title.setStyleSheet("font-weight: 700; color: #115e59;")
        self.progress_box.addWidget(progress_title)
        self.progress_lines: list[QLabel] = []
        layout.addWidget(progress_card)

        editor, inner = _card()
        heading = QLabel(_t("Modalities, sessions and intervals"))
        heading.setStyleSheet("font-weight: 700; color: #115e59;")
        inner.addWidget(heading)
        name_column = name_width()  # measured once: the same for the header and every row
        inner.addWidget(header_row(name_column))
        self.rows = {modality: ModalityRow(modality, name_column) for modality in Modality}
        for row in self.rows.values():
            inner.addWidget(row)
        self.items_error = ErrorLine()
        inner.addWidget(self.items_error)
        goals_label = QLabel(_t("Goals"))
        goals_label.setObjectName("fieldLabel")
        inner.addWidget(goals_label)
        self.goals = TextArea()
        self.goals.setPlaceholderText(_t("What the patient hopes for, in their words"))
        self.goals.setFixedHeight(80)
        inner.addWidget(self.goals)
        self.started_on = FieldRow(
            _t("First session on (optional)"), hint=_t("dd/mm/yyyy — sets the first due date")
        )
        self.started_on.setMaximumWidth(320)
        inner.addWidget(self.started_on)
        layout.addWidget(editor)
        self.past_label = QLabel()
        self.past_label.setObjectName("muted")
        self.past_label.setTextFormat(Qt.TextFormat.PlainText)
        self.past_label.setWordWrap(True)
        layout.addWidget(self.past_label)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.stop_button.clicked.connect(self.stop)
        self.complete_button.clicked.connect(self.complete)
        context.change_bus.changed.connect(self._on_changed)
        self.unsaved = UnsavedChanges(self)
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.context.signed_in.actor
        service = self.context.services.plans

        def load() -> Loaded:
            plans = service.list_for_patient(actor, self.patient_id)
            active = next((p for p in readable_plans(plans) if p.status is PlanStatus.ACTIVE), None)
            lines = service.progress(actor, active.id) if active else []
            return plans, lines, service.default_intervals(actor), self._names.load()

        self.context.runner.run(load, self._show, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        """The plan could not be read: say so, offer nothing to save over it, never "no plan"."""
        self.plans, self.progress, self.active = [], [], None
        self.status_label.setText("")
        show_warning(self.problem, note_failure(error))
        for button in (self.save_button, self.stop_button, self.complete_button):
            button.setEnabled(False)
        self._clear_progress()
        self.past_label.hide()

    def _show(self, loaded: Loaded) -> None:
        listed, self.progress, settings, names = loaded
        self.plans = readable_plans(listed)
        unreadable = [p for p in listed if isinstance(p, UnreadableRecord)]
        show_warning(self.problem, "\n".join(unreadable_text(p) for p in unreadable))
        self.save_button.setEnabled(True)
        self._names.use(names)
        self.active = next((p for p in self.plans if p.status is PlanStatus.ACTIVE), None)
        plan = self.active
        by_modality = {item.modality: item for item in plan.items} if plan else {}
        for modality, row in self.rows.items():
            row.set_settings(settings)
            row.load(by_modality.get(modality))
        self.goals.setPlainText((plan.goals or "") if plan else "")
        self.started_on.set_text(day_text(plan.started_on) if plan else "")
        if plan is None and unreadable:
            self.status_label.setText(_t("No readable active plan."))
        elif plan is None:
            self.status_label.setText(
                _t("No active plan. Tick the modalities below and save to start one.")
            )
        else:
            started = (
                _t("first session {day}").format(day=day_text(plan.started_on))
                if plan.started_on
                else _t("no first-session date")
            )
            self.status_label.setText(
                _t("Active plan, {started} · written {day} by {name}").format(
                    started=started,
                    day=day_text(muscat_today(plan.created_at)),
                    name=iso(self._names.name(plan.created_by_id)),
                )
            )
        relabel(self.save_button, _t("Save changes") if plan else _t("Start plan"))
        self.stop_button.setEnabled(plan is not None)
        self.complete_button.setEnabled(plan is not None)
        self._show_progress()
        past = [p for p in self.plans if p.status is not PlanStatus.ACTIVE]
        self.past_label.setText("\n".join(self._past_text(p) for p in past) if past else "")
        self.past_label.setVisible(bool(past))
        self.unsaved.mark_clean()  # the form shows the stored plan again

    def _past_text(self, plan: PlanRecord) -> str:
        modalities = listed(modality_name(i.modality) for i in plan.items)
        if plan.status is PlanStatus.STOPPED:
            return _t("Plan of {day} ({modalities}): stopped — {reason}").format(
                day=day_text(muscat_today(plan.created_at)),
                modalities=modalities,
                reason=iso(plan.stop_reason or ""),
            )
        return _t("Plan of {day} ({modalities}): completed").format(
            day=day_text(muscat_today(plan.created_at)), modalities=modalities
        )

    def _clear_progress(self) -> None:
        for label in self.progress_lines:
            self.progress_box.removeWidget(label)
            label.hide()  # gone now, not when the event loop gets to deleteLater
            label.deleteLater()
        self.progress_lines = []

    def _show_progress(self) -> None:
        self._clear_progress()
        today = muscat_today()
        if not self.progress:
            if self.problem.text():
                return  # a plan that cannot be read is not "nothing planned"
            nothing = QLabel(_t("Nothing planned yet."))
            nothing.setObjectName("muted")
            self.progress_lines.append(nothing)
            self.progress_box.addWidget(nothing)
            return
        for line in self.progress:
            kind, note = due_state(line, today)
            text = progress_text(line) + (f" — {note}" if note else "")
            if kind == "overdue":
                label = chip(text, "alert")
            elif kind == "due":
                label = chip(text, "unknown")
            elif line.complete:
                label = chip(text, "calm")
            else:
                label = chip(text, "muted")
            label.setProperty("dueKind", kind)
            self.progress_lines.append(label)
            self.progress_box.addWidget(label, 0, Qt.AlignmentFlag.AlignLeft)

    def progress_texts(self) -> list[str]:
        return [label.text() for label in self.progress_lines]

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()

    # --- commands ---------------------------------------------------------------------------

    def form(self) -> PlanInput:
        """The plan as typed; raises ValidationError for a bad start date."""
        items = tuple(item for row in self.rows.values() if (item := row.value()) is not None)
        started: date | None = None
        if self.started_on.text().strip():
            started = parse_date_any(self.started_on.text(), "started_on")
        return PlanInput(items, self.goals.toPlainText(), started)

    def save(self) -> None:
        self.items_error.hide()
        self.started_on.clear_error()
        try:
            form = self.form()
        except ValidationError as error:
            self._failed(error)
            return
        actor, service, plan = (
            self.context.signed_in.actor,
            self.context.services.plans,
            self.active,
        )
        if plan is None:
            task = lambda: service.create(actor, self.patient_id, form)  # noqa: E731
        else:
            task = lambda: service.update(actor, plan.id, plan.version, form)  # noqa: E731
        # The plan tab reloads from the bus, like any screen showing this patient.
        self.context.run_command(task, on_failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            self._errors.show(error, self)
            return
        lines: list[str] = []
        for name, message in field_texts(error).items():
            if name == "started_on":
                self.started_on.set_error(sentence(message))
                continue
            parts = name.split(".")
            if parts[0] == "items" and len(parts) > 1 and parts[1] in Modality._value2member_map_:
                lines.append(f"{modality_name(Modality(parts[1]))}: {message}")
            elif name == "goals" or name == "items":
                lines.append(sentence(message))
            else:
                self._errors.show(error, self)
                return
        if lines:
            self.items_error.setText("\n".join(lines))
            self.items_error.show()

    def stop(self) -> StopPlanDialog | None:
        if self.active is None:
            return None
        dialog = StopPlanDialog(self.context, self.active, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def complete(self) -> None:
        plan = self.active
        if plan is None:
            return
        actor, service = self.context.signed_in.actor, self.context.services.plans
        self.context.run_command(
            lambda: service.complete(actor, plan.id, plan.version),
            on_failed=lambda error: self._errors.show(error, self),
        )
