"""Register or edit a patient.

The form checks itself with the domain validators as the user types, so a problem is shown
beside its field (once the user has left the field, or at once if it was already flagged) and
Save stays disabled — harmless — until every field is acceptable; a line above the buttons
names what is still missing. Registration first looks for possible duplicates; an edit that
loses a race with another workstation opens the conflict dialog instead of overwriting.

Dialogs are opened with ``open()`` (window-modal, non-blocking) so the event loop — and tests —
keep running; their outcome arrives through ``finished``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ConflictError, DuplicateDocumentError, ValidationError
from scardesk.domain.patient_search import DuplicateMatch
from scardesk.domain.records import Changes, PatientInput, PatientRecord
from scardesk.domain.reminders import Channel
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.domain.validation import validate_patient
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text, reminder_channel_choices
from scardesk.ui.messages import field_texts
from scardesk.ui.patients.conflict import ConflictChoice, ConflictDialog
from scardesk.ui.patients.dialogs import (
    ArchiveDialog,
    DuplicateChoice,
    DuplicateDialog,
)
from scardesk.ui.patients.dialogs import (
    plain_label as _plain,
)
from scardesk.ui.patients.form_fields import (
    WARNED_FIELDS,
    Field,
    FieldRow,
    add_warning_line,
    input_from,
    input_of,
    make_field,
    sections,
    show_warnings,
)
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.patient_header import PatientHeaderWidget
from scardesk.ui.widgets.unsaved import DiscardGuard


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


class PatientFormDialog(DiscardGuard, QDialog):
    """``saved`` carries the record after every successful register, edit, archive or restore."""

    saved = Signal(object)

    def __init__(
        self,
        context: ScreenContext,
        record: PatientRecord | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = muscat_today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in.actor
        self._today = today
        self.errors = ErrorPresenter(self)
        self.record: PatientRecord | None = None
        self.touched: set[str] = set()
        self.fields: dict[str, Field] = {}
        self.warning_labels: dict[str, QLabel] = {}
        self.duplicate_dialog: DuplicateDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self.setMinimumSize(860, 640)
        self._build()
        self.load_record(record)

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(10)
        self.title_label = _plain("", "dialogTitle")
        outer.addWidget(self.title_label)
        self.header = PatientHeaderWidget(self._context.signed_in.user.role)
        outer.addWidget(self.header)
        self.notice_label = _plain("", "formError")
        self.notice_label.hide()
        outer.addWidget(self.notice_label)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(2, 2, 12, 2)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        line = 0
        for title, specs in sections():
            heading = _plain(title)
            heading.setStyleSheet("font-size: 12pt; font-weight: 700; margin-top: 6px;")
            grid.addWidget(heading, line, 0, 1, 2)
            line += 1
            for number, spec in enumerate(specs):
                field = make_field(spec)
                self.fields[spec.name] = field
                if spec.name in WARNED_FIELDS:
                    self.warning_labels[spec.name] = add_warning_line(field)
                grid.addWidget(field, line + number // 2, number % 2, Qt.AlignmentFlag.AlignTop)
                self._watch(spec.name, field)
            line += (len(specs) + 1) // 2
        grid.addWidget(self._reminders_field(), line, 0, Qt.AlignmentFlag.AlignTop)
        line += 1
        grid.setRowStretch(line, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        body.setObjectName("formBody")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea, QWidget#formBody { background: transparent; }")
        outer.addWidget(scroll, 1)

        self.missing_label = _plain("", "muted")
        outer.addWidget(self.missing_label)
        buttons = QHBoxLayout()
        self.archive_button = QPushButton(_t("Archive…"))
        self.restore_button = QPushButton(_t("Restore from archive"))
        self.cancel_button = QPushButton(_t("Close"))
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.ask_archive)
        self.restore_button.clicked.connect(self.restore)

    def _reminders_field(self) -> QWidget:
        """How the patient wants appointment reminders: the Reminders view follows it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.reminders_box = QComboBox()
        for channel, text in reminder_channel_choices():
            self.reminders_box.addItem(text, channel)
        label = QLabel(_t("Appointment &reminders by"))
        label.setObjectName("fieldLabel")
        label.setBuddy(self.reminders_box)
        self.reminders_box.setToolTip(
            _t("Sending any reminder also needs the patient's consent to reminders.")
        )
        column.addWidget(label)
        column.addWidget(self.reminders_box)
        self._stored_channel: Channel | None = None
        return box

    def reminder_channel(self) -> Channel:
        return Channel(self.reminders_box.currentData())

    def _show_channel(self, channel: Channel) -> None:
        with self.unsaved.loading():  # a clean form stays clean
            self._stored_channel = channel
            self.reminders_box.setCurrentIndex(self.reminders_box.findData(channel))

    def _changed_channel(self) -> Channel | None:
        """The choice to save: always for a new patient, else only when it was changed."""
        chosen = self.reminder_channel()
        return chosen if self.record is None or chosen is not self._stored_channel else None

    def _watch(self, name: str, field: Field) -> None:
        if isinstance(field, FieldRow):
            field.edit.textChanged.connect(lambda _text: self.revalidate())
            field.edit.editingFinished.connect(lambda: self._touch(name))
        else:
            field.changed.connect(lambda: self._touch(name))

    def _touch(self, name: str) -> None:
        self.touched.add(name)
        self.revalidate()

    # --- state ----------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.record is None

    def load_record(self, record: PatientRecord | None) -> None:
        """Show ``record`` (None: an empty registration form), discarding unsaved input."""
        self.record = record
        values = input_of(record.data) if record else PatientInput()
        for name, field in self.fields.items():
            field.blockSignals(True)
            field.set_text(getattr(values, name))
            field.blockSignals(False)
            field.set_error("")
        self.touched = set()
        self._stored_channel = None
        self.reminders_box.setCurrentIndex(self.reminders_box.findData(Channel.WHATSAPP))
        if record is not None:
            patient_id = record.id
            self._context.runner.run(
                lambda: self._context.services.patients.reminder_channel(self._actor, patient_id),
                self._show_channel,
                lambda error: self.errors.show(error, self),
            )
        if record is None:
            self.setWindowTitle(_t("New patient"))
            self.title_label.setText(_t("Register a new patient"))
            self.save_button.setText(_t("Register"))
            self.header.hide()
        else:
            self.setWindowTitle(_t("Patient details"))
            self.title_label.setText(_t("Patient details"))
            self.save_button.setText(_t("Save changes"))
            self.header.show()
            self._load_header(record)
        archived = record is not None and record.archived_at is not None
        self.archive_button.setVisible(record is not None and not archived)
        self.restore_button.setVisible(archived)
        if archived and record is not None and record.archived_at is not None:
            self.show_notice(
                _t("Archived on {day}. Reason: {reason}").format(
                    day=day_text(to_muscat(record.archived_at).date()),
                    reason=record.archive_reason or "—",
                )
            )
        else:
            self.show_notice("")
        if record is not None and record.merged_into_id is not None:
            # Read-only: its details live on in the survivor; editing here would fork them.
            self.archive_button.hide()
            self.restore_button.hide()
            self.show_notice(
                _t("This file was merged into file #{survivor}: open that record.").format(
                    survivor=record.merged_into_id
                )
            )
        self.revalidate()
        self.unsaved.mark_clean()  # the stored record is what "unchanged" means from here

    def _load_header(self, record: PatientRecord) -> None:
        self.header.show_record(record, self._today())
        service = getattr(self._context.services, "patient_header", None)
        if service is not None:  # audited (read.patient.open); adds flags and photo for clinicians
            run_logged_read(
                self._context.runner,
                lambda: service.open(self._actor, record.id),
                self.header.set_header,
                lambda error: self.errors.show(error, self),
            )

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def prefill_name(self, text: str) -> None:
        field = self.fields["name_arabic" if _has_arabic(text) else "name_latin"]
        field.set_text(text)

    def current_input(self) -> PatientInput:
        return input_from(self.fields)

    def problems(self) -> dict[str, str]:
        """Every field the domain would refuse right now, with its message."""
        try:
            validate_patient(self.current_input(), self._today())
        except ValidationError as error:
            return field_texts(error)
        return {}

    def revalidate(self) -> None:
        problems = self.problems()
        for name, field in self.fields.items():
            if name in self.touched or field.error():
                field.set_error(problems.get(name, ""))
        show_warnings(self.warning_labels, self.current_input(), self._today(), problems)
        merged = self.record is not None and self.record.merged_into_id is not None
        self.save_button.setEnabled(not problems and not merged)
        if problems:
            labels = [self._label(name) for name in self.fields if name in problems]
            self.missing_label.setText(
                _t("To save, fix or fill in: {fields}").format(fields=listed(labels))
            )
        else:
            self.missing_label.setText(_t("Everything needed is filled in."))

    def _label(self, name: str) -> str:
        return self.fields[name].label.text().replace("&", "")

    def show_field_errors(self, field_errors: dict[str, str]) -> None:
        self.touched |= set(field_errors) & set(self.fields)
        for name, message in field_errors.items():
            if name in self.fields:
                self.fields[name].set_error(message)
        self.save_button.setEnabled(False)

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        problems = self.problems()
        if problems:  # unreachable with Save disabled, but never send what will be refused
            self.show_field_errors(problems)
            return
        form = self.current_input()
        if self.record is None:
            self._context.runner.run(
                lambda: self._context.services.search.find_duplicates(self._actor, form),
                lambda matches: self._duplicates_checked(form, matches),
                self._save_failed,
            )
        else:
            self._update(form, self.record.id, self.record.version)

    def _duplicates_checked(self, form: PatientInput, matches: list[DuplicateMatch]) -> None:
        if not matches:
            self._register(form)
            return
        dialog = DuplicateDialog(matches, self)
        self.duplicate_dialog = dialog
        dialog.finished.connect(lambda _result: self._duplicate_decided(dialog, form))
        dialog.open()

    def _duplicate_decided(self, dialog: DuplicateDialog, form: PatientInput) -> None:
        if dialog.choice is DuplicateChoice.REGISTER_ANYWAY:
            self._register(form)
        elif dialog.choice is DuplicateChoice.OPEN_EXISTING and dialog.chosen_id is not None:
            self.open_existing(dialog.chosen_id)

    def open_existing(self, patient_id: int) -> None:
        """Replace the registration with the existing record (nothing was saved)."""
        self._context.runner.run(
            lambda: self._context.services.patients.get(self._actor, patient_id),
            self._existing_loaded,
            lambda error: self.errors.show(error, self),
        )

    def _existing_loaded(self, record: PatientRecord) -> None:
        self.load_record(record)
        self.show_notice(_t("Opened the existing record instead of registering a second one."))

    def _register(self, form: PatientInput) -> None:
        channel = self._changed_channel()
        self._context.run_command(
            lambda: self._context.services.patients.register(self._actor, form, reminders=channel),
            self._saved,
            self._save_failed,
        )

    def _update(self, form: PatientInput, patient_id: int, version: int) -> None:
        channel = self._changed_channel()
        self._context.run_command(
            lambda: self._context.services.patients.update(
                self._actor, patient_id, version, form, reminders=channel
            ),
            self._saved,
            lambda error: self._save_failed(error, form),
        )

    def _saved(self, result: tuple[PatientRecord, Changes]) -> None:
        record, _changes = result
        self.saved.emit(record)
        self.accept()

    def _save_failed(self, error: BaseException, form: PatientInput | None = None) -> None:
        if isinstance(error, DuplicateDocumentError) and self.record is None:
            self.open_existing(error.patient_id)  # registered meanwhile, elsewhere
        elif isinstance(error, ValidationError):
            self.show_field_errors(field_texts(error))
        elif isinstance(error, ConflictError) and form is not None and self.record is not None:
            patient_id = self.record.id
            self._context.runner.run(
                lambda: self._context.services.patients.get(self._actor, patient_id),
                lambda theirs: self._show_conflict(form, theirs),
                lambda failure: self.errors.show(failure, self),
            )
        else:
            self.errors.show(error, self)

    def _show_conflict(self, form: PatientInput, theirs: PatientRecord) -> None:
        dialog = ConflictDialog(form, theirs, self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _result: self._conflict_decided(dialog, form))
        dialog.open()

    def _conflict_decided(self, dialog: ConflictDialog, form: PatientInput) -> None:
        theirs = dialog.theirs
        if dialog.choice is ConflictChoice.KEEP_THEIRS:
            self.load_record(theirs)
            self.show_notice(_t("Showing the version saved on the other computer."))
        elif dialog.choice is ConflictChoice.OVERWRITE_WITH_MINE:
            self._update(form, theirs.id, theirs.version)
        # Back to editing: the form keeps the user's text; saving again asks again.

    # --- archive and restore --------------------------------------------------------------
    def ask_archive(self) -> None:
        if self.record is None:
            return
        data = self.record.data
        dialog = ArchiveDialog(data.name_latin or data.name_arabic, self)
        self.archive_dialog = dialog
        dialog.accepted.connect(lambda: self._archive(dialog.reason_text()))
        dialog.open()

    def _archive(self, reason: str) -> None:
        record = self.record
        if record is None:
            return
        self._context.run_command(
            lambda: self._context.services.patients.archive(
                self._actor, record.id, record.version, reason
            ),
            self._status_changed,
            lambda error: self.errors.show(error, self),
        )

    def restore(self) -> None:
        record = self.record
        if record is None:
            return
        self._context.run_command(
            lambda: self._context.services.patients.restore(self._actor, record.id, record.version),
            self._status_changed,
            lambda error: self.errors.show(error, self),
        )

    def _status_changed(self, result: tuple[PatientRecord, Changes]) -> None:
        record, _changes = result
        self.load_record(record)
        self.saved.emit(record)
