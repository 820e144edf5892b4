"""Cancelling an appointment, which always needs a reason.

Appointments are never deleted: a cancelled one stays in the day list with its reason, so a
later "why is this patient not booked?" has an answer in the audit trail. The reason is
checked here before the service is called (a blank one never leaves the dialog) and again by
the service, whose message is shown under the field if it still refuses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes
from scardesk.domain.scheduling import AppointmentRecord
from scardesk.domain.time import to_muscat
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.labels import both_names, day_text, isolated, practitioner_text, time_range
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine


class CancelDialog(QDialog):
    """``cancelled`` carries the updated AppointmentRecord."""

    cancelled = Signal(object)

    def __init__(
        self, context: ScreenContext, record: AppointmentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        self.errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Cancel appointment"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(8)
        title = QLabel(_t("Cancel appointment"))
        title.setObjectName("dialogTitle")
        when = to_muscat(record.starts_at)
        summary = QLabel(
            f"{both_names(record.patient_name_latin, record.patient_name_arabic)}\n"
            f"{day_text(when.date())}  {time_range(record)}"
            f"  ·  {isolated(practitioner_text(record))}"
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)  # names are user data, not markup
        caption = QLabel(_t("&Reason (required)"))
        caption.setObjectName("fieldLabel")
        self.common = QComboBox()
        self.common.setAccessibleName(_t("Common reasons"))
        self.common.addItem(_t("Pick a common reason, or type one below"), "")
        for reason in (
            _t("Patient asked to cancel"),
            _t("Patient is unwell"),
            _t("Practitioner unavailable"),
            _t("Booked by mistake"),
        ):
            self.common.addItem(reason, reason)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason"))
        self.reason.setPlaceholderText(_t("Why is it cancelled?"))
        caption.setBuddy(self.reason)
        self.error_label = ErrorLine()
        buttons = QDialogButtonBox()
        self.confirm = QPushButton(_t("Cancel appointment"))
        self.confirm.setObjectName("primary")
        keep = QPushButton(_t("Keep it"))
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)

        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.common)
        layout.addWidget(self.reason)
        layout.addWidget(self.error_label)
        layout.addSpacing(6)
        layout.addWidget(buttons)

        self.common.currentIndexChanged.connect(self._use_common)
        self.reason.textEdited.connect(lambda _t: self.error_label.hide())
        self.confirm.clicked.connect(self.submit)
        keep.clicked.connect(self.reject)

    def _use_common(self, index: int) -> None:
        text = self.common.itemData(index)
        if text:
            self.reason.setText(text)
            self.error_label.hide()

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self._show_error(_t("A reason is required: say briefly why, e.g. 'patient is unwell'."))
            self.reason.setFocus()
            return
        services, actor, record = (
            self._context.services,
            self._context.signed_in.actor,
            self._record,
        )
        self.confirm.setEnabled(False)
        self._context.run_command(
            lambda: services.appointments.cancel(actor, record.id, record.version, reason),
            self._done,
            self._failed,
        )

    def _done(self, result: tuple[AppointmentRecord, Changes]) -> None:
        record, _changes = result
        self.confirm.setEnabled(True)
        self.cancelled.emit(record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.confirm.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_error(sentence("; ".join(field_texts(error).values())))
        else:
            self.errors.show(error, self)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
