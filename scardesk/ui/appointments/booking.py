"""The booking dialog: book a new appointment, or move an existing one.

Overlaps are a warning, not a refusal (a quick toxin review may fit inside a long laser
slot), so the dialog checks the practitioner's diary as soon as the slot changes and says
plainly, before anything is saved, which bookings it would share minutes with; the confirm
button then reads "Book anyway". Times are entered and shown in Muscat time. Problems the
service finds come back as per-field messages shown under the field they concern.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.scheduling import (
    MAX_DURATION,
    MIN_DURATION,
    AppointmentInput,
    AppointmentRecord,
    OverlapWarning,
)
from scardesk.domain.time import MUSCAT, to_muscat
from scardesk.domain.working_calendar import Outside
from scardesk.ui.appointments.patient_picker import PatientChoice, PatientPicker
from scardesk.ui.appointments.request import BookingRequest
from scardesk.ui.appointments.safety_note import SafetyNote
from scardesk.ui.appointments.working_time import outside_text
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.labels import isolated, modality_name, time_range, user_name
from scardesk.ui.messages import field_texts
from scardesk.ui.qt_dates import python_date, python_time
from scardesk.ui.tr import _t
from scardesk.ui.widgets.date_fields import date_edit, time_edit
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.number_boxes import NumberBox
from scardesk.ui.widgets.screen_fit import grow_with_wrapped_text
from scardesk.ui.widgets.unsaved import DiscardGuard

CHECK_DELAY_MS = 150
_WARNING_STYLE = (
    "background: #fff4e0; color: #7a4100; border: 1px solid #f3d19c; border-radius: 6px;"
    " padding: 8px 10px;"
)
#: What booking and moving both return: the appointment, the overlaps it has, the change made.
_Booked = tuple[AppointmentRecord, list[OverlapWarning], Changes]


class BookingDialog(DiscardGuard, QDialog):
    """``saved`` carries the AppointmentRecord after the service stored it."""

    saved = Signal(object)

    def __init__(
        self,
        context: ScreenContext,
        request: BookingRequest,
        *,
        moving: AppointmentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._moving = moving
        self._check_generation = 0
        self.errors = ErrorPresenter(self)
        self.overlaps: list[OverlapWarning] = []
        self.outside: list[Outside] = []
        self.setWindowTitle(_t("Move appointment") if moving else _t("New booking"))
        self.setMinimumWidth(560)

        self.picker = PatientPicker(context.services, context.signed_in.actor, context.runner)
        self.practitioner = QComboBox()
        self.practitioner.setAccessibleName(_t("Practitioner"))
        self.modality_boxes = {m: QCheckBox(modality_name(m)) for m in Modality}
        self.toxin_review = QCheckBox(_t("2-week toxin review"))
        self.date_edit = date_edit()
        self.time_edit = time_edit()
        self.duration = NumberBox()
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(_t(" min"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(_t("Optional, e.g. prefers the afternoon"))
        self.field_errors = {
            name: ErrorLine()
            for name in ("patient_id", "practitioner_id", "planned_modalities", "starts_at")
        }
        self.field_errors["notes"] = ErrorLine()
        self.overlap_label = QLabel()
        self.overlap_label.setTextFormat(Qt.TextFormat.PlainText)
        self.overlap_label.setWordWrap(True)
        self.overlap_label.setStyleSheet(_WARNING_STYLE)
        self.overlap_label.hide()
        self.outside_label = QLabel()
        self.outside_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outside_label.setWordWrap(True)
        self.outside_label.setStyleSheet(_WARNING_STYLE)
        self.outside_label.hide()
        self.safety_note = SafetyNote(context)
        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton()
        self.confirm.setObjectName("primary")
        self.confirm.setDefault(True)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        # The warnings and the safety note arrive after the checks, wrapped: grow to show them.
        grow_with_wrapped_text(self)
        self._prefill(request)
        self._wire()
        self._update_confirm_text()
        self._load_practitioners(request.practitioner_id)

    # --- building ---------------------------------------------------------------------------
    def _layout(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(10)
        title = QLabel(self.windowTitle())
        title.setObjectName("dialogTitle")
        outer.addWidget(title)

        def field(label: str, widget: QWidget, error: str | None = None) -> None:
            caption = QLabel(label)
            caption.setObjectName("fieldLabel")
            caption.setBuddy(widget)
            outer.addWidget(caption)
            outer.addWidget(widget)
            if error:
                outer.addWidget(self.field_errors[error])

        field(_t("&Patient"), self.picker, "patient_id")
        field(_t("P&ractitioner"), self.practitioner, "practitioner_id")
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate([*self.modality_boxes.values(), self.toxin_review]):
            grid.addWidget(box, i // 3, i % 3)
        field(_t("Planned"), boxes, "planned_modalities")
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (_t("&Date"), self.date_edit),
            (_t("&Time (Muscat)"), self.time_edit),
            (_t("D&uration"), self.duration),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1)
            row.addSpacing(8)
        field(_t("When"), when, "starts_at")
        outer.addWidget(self.outside_label)
        outer.addWidget(self.overlap_label)
        outer.addWidget(self.safety_note)
        field(_t("&Notes"), self.notes, "notes")
        outer.addSpacing(6)
        outer.addWidget(self.buttons)

    def _prefill(self, request: BookingRequest) -> None:
        moving = self._moving
        if moving is not None:
            local = to_muscat(moving.starts_at)
            day, at, minutes = local.date(), local.time(), moving.duration_minutes
            self.picker.set_fixed(
                PatientChoice(
                    moving.patient_id,
                    moving.patient_name_latin,
                    moving.patient_name_arabic,
                    moving.patient_phone_display,
                )
            )
            chosen = set(moving.planned_modalities)
            review = moving.is_toxin_review
            for box in [*self.modality_boxes.values(), self.toxin_review]:
                box.setEnabled(False)  # moving keeps what was planned
        else:
            now = datetime.now(MUSCAT)
            day = request.day
            if request.at is not None:
                at = request.at
            elif day == now.date() and now.hour < 20:
                at = (now + timedelta(minutes=15 - now.minute % 15)).time().replace(second=0)
            else:
                at = time(9, 0)
            minutes = 30
            chosen = set(request.modalities)
            review = request.toxin_review
            if request.patient is not None:
                self.picker.set_fixed(request.patient)
        for modality, box in self.modality_boxes.items():
            box.setChecked(modality in chosen)
        self.toxin_review.setChecked(review)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.time_edit.setTime(QTime(at.hour, at.minute))
        self.duration.setValue(minutes)

    def _wire(self) -> None:
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_overlaps)
        for signal in (
            self.practitioner.currentIndexChanged,
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
            self.duration.valueChanged,
        ):
            signal.connect(lambda *_: self._check_timer.start())
        self.practitioner.currentIndexChanged.connect(
            lambda *_: self.field_errors["practitioner_id"].hide()
        )
        self.picker.chosen_changed.connect(lambda _c: self.field_errors["patient_id"].hide())
        self.picker.chosen_changed.connect(lambda _c: self._after_pick())
        for changed in (self.picker.chosen_changed, self.date_edit.dateChanged):
            changed.connect(lambda *_: self.check_safety())
        for box in self.modality_boxes.values():
            box.toggled.connect(lambda *_: self.check_safety())
        self.confirm.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _after_pick(self) -> None:
        """A patient picked from the keyboard: carry on to the next field, never to Book."""
        focused = self.focusWidget()
        if focused is not None and self.picker.isAncestorOf(focused):
            self.practitioner.setFocus(Qt.FocusReason.TabFocusReason)

    def _load_practitioners(self, wanted: int | None) -> None:
        if self._moving is not None:
            wanted = self._moving.practitioner_id
        self._context.runner.run(
            self._context.services.users.practitioners,
            lambda users: self._fill_practitioners(users, wanted),
            lambda error: self.errors.show(error, self),
        )

    def _fill_practitioners(self, users: list[UserRecord], wanted: int | None) -> None:
        with self.unsaved.loading():  # the list arriving is not the user's change
            self._fill_practitioner_box(users, wanted)
        self.check_overlaps()

    def _fill_practitioner_box(self, users: list[UserRecord], wanted: int | None) -> None:
        self.practitioner.blockSignals(True)
        self.practitioner.clear()
        self.practitioner.addItem(_t("Choose a practitioner…"), None)
        for user in users:
            self.practitioner.addItem(user_name(user), user.id)
        index = self.practitioner.findData(wanted) if wanted is not None else -1
        if index < 0 and len(users) == 1:
            index = 1  # a one-practitioner clinic needs no choice
        self.practitioner.setCurrentIndex(max(index, 0))
        self.practitioner.blockSignals(False)

    # --- reading the form -------------------------------------------------------------------
    def practitioner_id(self) -> int | None:
        value = self.practitioner.currentData()
        return int(value) if value is not None else None

    def starts_at(self) -> datetime:
        """The chosen date and time as an aware Muscat datetime."""
        day = python_date(self.date_edit.date())
        return datetime.combine(day, python_time(self.time_edit.time()), tzinfo=MUSCAT)

    def planned(self) -> tuple[str, ...]:
        return tuple(m.value for m, box in self.modality_boxes.items() if box.isChecked())

    def check_safety(self) -> None:
        chosen = [m for m, box in self.modality_boxes.items() if box.isChecked()]
        patient = self.picker.chosen.id if self.picker.chosen else None
        self.safety_note.refresh(patient, chosen, python_date(self.date_edit.date()))

    # --- overlap check ----------------------------------------------------------------------
    def check_overlaps(self) -> None:
        """Ask the services which bookings the slot would share minutes with, and whether it
        falls outside the clinic's (and the practitioner's) working time."""
        self._check_timer.stop()
        self._check_generation += 1
        generation = self._check_generation
        practitioner = self.practitioner_id()
        services, actor = self._context.services, self._context.signed_in.actor
        start, minutes = self.starts_at(), self.duration.value()
        exclude = self._moving.id if self._moving else None

        def task() -> tuple[list[AppointmentRecord], list[Outside]]:
            outside = services.working_time.calendar(actor).outside(start, minutes, practitioner)
            if practitioner is None:
                return [], outside
            found = services.appointments.overlaps(
                actor, practitioner, start, minutes, exclude_id=exclude
            )
            return [services.appointments.get(actor, w.appointment_id) for w in found[:5]], outside

        self._context.runner.run(
            task,
            lambda answer: self._show_checks(generation, *answer),
            lambda error: self.errors.show(error, self),
        )

    def _show_checks(
        self, generation: int, found: list[AppointmentRecord], outside: list[Outside]
    ) -> None:
        if generation != self._check_generation:
            return
        self.outside = outside
        self.outside_label.setText(
            "\n".join(
                [
                    *(outside_text(item, self.practitioner.currentText()) for item in outside),
                    _t("You can still book if the clinic agreed to open."),
                ]
            )
            if outside
            else ""
        )
        self.outside_label.setVisible(bool(outside))
        self._show_overlaps(found)

    def _show_overlaps(self, found: list[AppointmentRecord]) -> None:
        self.overlaps = [OverlapWarning(r.id, r.starts_at, r.duration_minutes) for r in found]
        if found:
            lines = [
                f"• {time_range(r)}  {isolated(r.patient_name_latin or r.patient_name_arabic)}"
                for r in found
            ]
            self.overlap_label.setText(
                _t("{name} is already booked at this time:").format(
                    name=isolated(self.practitioner.currentText())
                )
                + "\n"
                + "\n".join(lines)
                + "\n"
                + _t("You can still book if the practitioner agreed.")
            )
        self.overlap_label.setVisible(bool(found))
        self._update_confirm_text()

    def _update_confirm_text(self) -> None:
        if self._moving is not None:
            text = _t("Move anyway") if self.overlaps or self.outside else _t("Move")
        else:
            text = _t("Book anyway") if self.overlaps or self.outside else _t("Book")
        self.confirm.setText(text)

    # --- saving -----------------------------------------------------------------------------
    def submit(self) -> None:
        for label in self.field_errors.values():
            label.hide()
        problems: dict[str, str] = {}
        if self.picker.chosen is None:
            problems["patient_id"] = _t("Choose the patient: type part of a name or phone.")
        if self.practitioner_id() is None:
            problems["practitioner_id"] = _t("Choose who will see the patient.")
        if problems:
            self.show_field_errors(problems)
            return
        assert self.picker.chosen is not None
        services, actor = self._context.services, self._context.signed_in.actor
        practitioner = self.practitioner_id()
        assert practitioner is not None
        start, minutes = self.starts_at(), self.duration.value()
        moving = self._moving
        if moving is not None:

            def task() -> _Booked:
                return services.appointments.move(
                    actor,
                    moving.id,
                    moving.version,
                    start,
                    duration_minutes=minutes,
                    practitioner_id=practitioner,
                )
        else:
            form = AppointmentInput(
                patient_id=self.picker.chosen.id,
                practitioner_id=practitioner,
                starts_at=start,
                duration_minutes=minutes,
                planned_modalities=self.planned(),
                is_toxin_review=self.toxin_review.isChecked(),
                notes=self.notes.text(),
            )

            def task() -> _Booked:
                return services.appointments.book(actor, form)

        self.confirm.setEnabled(False)
        self._context.run_command(task, self._saved, self._failed)

    def _saved(self, result: _Booked) -> None:
        record, _warnings, _changes = result
        self.confirm.setEnabled(True)
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.confirm.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_field_errors(field_texts(error))
        else:
            self.errors.show(error, self)

    def show_field_errors(self, problems: dict[str, str]) -> None:
        aliases = {"duration_minutes": "starts_at", "status": "starts_at", "reason": "notes"}
        for name, message in problems.items():
            label = self.field_errors.get(aliases.get(name, name), self.field_errors["notes"])
            label.setText(sentence(message))
            label.show()

    def visible_errors(self) -> list[str]:
        return [label.text() for label in self.field_errors.values() if not label.isHidden()]
