"""Capturing a consent with a drawn signature, and withdrawing one.

``CaptureConsentDialog`` is also what the photo import opens when clinical-photo consent is
missing, so it needs nothing but the screen context and the patient. Both dialogs are opened
with ``open()`` (window-modal, non-blocking) and report through ``accepted``/``captured``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.consents import (
    ADULT_AGE,
    ConsentRecord,
    guardian_required,
    modality_for_purpose,
    validate_capture,
)
from scardesk.domain.documents import ConsentWording
from scardesk.domain.enums import ConsentPurpose
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes, PatientRecord
from scardesk.domain.time import MUSCAT, age_on, muscat_today
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.labels import day_text, purpose_text
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.attest_dialog import AttestDialog, ask_to_attest
from scardesk.ui.widgets.date_fields import date_edit
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.signature_pad import SignaturePad
from scardesk.ui.widgets.unsaved import DiscardGuard


class ConsentWordingView(QWidget):
    """The form's text, read-only, English left and Arabic right, as the signer reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(_t("The form being signed (read it with the signer)"))
        self.title.setObjectName("fieldLabel")
        panes = QHBoxLayout()
        self.english, self.arabic = QPlainTextEdit(), QPlainTextEdit()
        for pane, name in (
            (self.english, _t("Form text, English")),
            (self.arabic, _t("Form text, Arabic")),
        ):
            pane.setReadOnly(True)
            pane.setMinimumHeight(160)
            pane.setAccessibleName(name)
            panes.addWidget(pane)
        self.arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        # Right-aligned, right-to-left paragraphs: the bullets hang on the right, as printed.
        option = QTextOption(Qt.AlignmentFlag.AlignRight)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.arabic.document().setDefaultTextOption(option)
        layout.addWidget(self.title)
        layout.addLayout(panes)
        self.hide()

    def show_wording(self, wording: ConsentWording) -> None:
        self.english.setPlainText(wording.english)
        self.arabic.setPlainText(wording.arabic)
        self.show()


class CaptureConsentDialog(DiscardGuard, QDialog):
    """Purpose, form version, optional guardian, and the signature drawn on the pad.

    ``captured`` carries the stored ``ConsentRecord``; the change is already published.
    """

    captured = Signal(object)

    def __init__(
        self,
        context: ScreenContext,
        patient_id: int,
        purpose: ConsentPurpose | None = None,
        parent: QWidget | None = None,
        *,
        fixed_purpose: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.record: ConsentRecord | None = None
        self.attest: AttestDialog | None = None
        self._needs_guardian = False  # known once the patient is loaded
        self._errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Capture consent"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(_t("Capture consent"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        self.patient_label = QLabel()
        self.patient_label.setTextFormat(Qt.TextFormat.PlainText)
        self.patient_label.setObjectName("muted")
        layout.addWidget(self.patient_label)

        purpose_label = QLabel(_t("Purpose"))
        purpose_label.setObjectName("fieldLabel")
        layout.addWidget(purpose_label)
        self.purpose = QComboBox()
        for item in ConsentPurpose:
            self.purpose.addItem(purpose_text(item), item)
        if purpose is not None:
            self.purpose.setCurrentIndex(self.purpose.findData(purpose))
        self.purpose.setEnabled(not fixed_purpose)
        purpose_label.setBuddy(self.purpose)
        layout.addWidget(self.purpose)
        self.purpose_error = ErrorLine()
        layout.addWidget(self.purpose_error)

        self.form_version = FieldRow(
            _t("Form version (printed on the signed form)"), hint=_t("e.g. 2026-1")
        )
        layout.addWidget(self.form_version)
        self.wording = ConsentWordingView()
        layout.addWidget(self.wording, 2)
        self.guardian = FieldRow(
            _t("Guardian's name (only when a guardian signs for a child)"),
            hint=_t("Name as on the guardian's ID card"),
        )
        layout.addWidget(self.guardian)

        sign_label = QLabel(_t("Signature of the patient (or guardian)"))
        sign_label.setObjectName("fieldLabel")
        layout.addWidget(sign_label)
        self.pad = SignaturePad()
        self.pad.changed.connect(self._pad_changed)
        layout.addWidget(self.pad, 1)
        pad_bar = QHBoxLayout()
        self.signature_error = ErrorLine()
        pad_bar.addWidget(self.signature_error, 1)
        self.clear_button = QPushButton(_t("Clear signature"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        pad_bar.addWidget(self.clear_button)
        layout.addLayout(pad_bar)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(_t("Save consent"))
        self.save_button.setObjectName("primary")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()
        self._load_patient()

    def _purpose_changed(self) -> None:
        """A treatment consent is signed on its printed form: show that form's text and take
        its version; other purposes (photos, reminders) have no form in the library."""
        purpose = self.purpose.currentData()
        modality = modality_for_purpose(purpose) if purpose is not None else None
        self.wording.hide()
        self.form_version.edit.setReadOnly(modality is not None)
        if modality is None:
            return
        self.form_version.set_text("")
        actor, documents = self.context.signed_in.actor, self.context.services.documents
        self.context.runner.run(
            lambda: documents.consent_wording(actor, modality),
            lambda wording: self._show_wording(purpose, wording),
            lambda error: self._errors.show(error, self),
        )

    def _show_wording(self, purpose: ConsentPurpose, wording: ConsentWording) -> None:
        if self.purpose.currentData() != purpose:
            return  # the user chose another purpose meanwhile
        self.form_version.set_text(wording.form_version)
        self.wording.show_wording(wording)

    def _load_patient(self) -> None:
        actor = self.context.signed_in.actor
        patients = self.context.services.patients
        self.context.runner.run(
            lambda: patients.get(actor, self.patient_id),
            self._show_patient,
            lambda error: self._errors.show(error, self),
        )

    def _show_patient(self, record: PatientRecord) -> None:
        today = muscat_today()
        patient = record.data
        names = " · ".join(n for n in (patient.name_arabic, patient.name_latin) if n)
        self.patient_label.setText(
            _t("Patient: {names}, {age} years").format(
                names=names, age=age_on(patient.date_of_birth, today)
            )
        )
        self._needs_guardian = guardian_required(patient.date_of_birth, today)
        if self._needs_guardian:
            self.guardian.label.setText(
                _t("Guardian's name (required: the patient is under {age})").format(age=ADULT_AGE)
            )

    def _pad_changed(self) -> None:
        self.signature_error.hide()

    def save(self) -> None:
        for row in (self.form_version, self.guardian):
            row.clear_error()
        self.purpose_error.hide()
        if self.pad.is_empty():
            self._show_signature_error(
                _t("The signature is missing: ask the signer to sign in the box above.")
            )
            return
        actor = self.context.signed_in.actor
        consents = self.context.services.consents
        purpose = self.purpose.currentData()
        version, guardian = self.form_version.text(), self.guardian.text()
        signature = self.pad.to_png_bytes()
        try:  # what the form can see wrong is said before the password is asked for
            validate_capture(str(purpose), version, signature, guardian, self._needs_guardian)
        except ValidationError as error:
            self._failed(error)
            return
        self.save_button.setEnabled(False)
        # Capturing attests the signature was witnessed: the capturer's password is asked for.
        self.attest = ask_to_attest(
            self,
            self.context,
            title=_t("Capture the consent"),
            statement=_t(
                "I explained this consent form to the signer and watched them sign it above; "
                "this record of their consent is accurate."
            ),
            action=_t("Capture consent"),
            task=lambda password: consents.capture(
                actor,
                self.patient_id,
                purpose,
                version,
                signature,
                guardian,
                password=password,
            ),
            on_done=self._saved,
            on_failed=self._failed,
            on_cancelled=lambda: self.save_button.setEnabled(True),
        )

    def _show_signature_error(self, message: str) -> None:
        self.signature_error.setText(message)
        self.signature_error.show()

    def _saved(self, result: tuple[ConsentRecord, Changes]) -> None:
        self.save_button.setEnabled(True)
        self.record = result[0]
        self.captured.emit(result[0])
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            self._errors.show(error, self)
            return
        rows = {"form_version": self.form_version, "signed_by_guardian": self.guardian}
        for name, message in field_texts(error).items():
            if name in rows:
                rows[name].set_error(sentence(message))
            elif name == "signature":
                self._show_signature_error(sentence(message))
            elif name == "purpose":
                self.purpose_error.setText(sentence(message))
                self.purpose_error.show()
            else:
                self._errors.show(error, self)
                return


def withdrawal_moment(day: date, captured_at: datetime, today: date) -> datetime | None:
    """Today means now (None); an earlier day counts from the start of that Muscat day, but
    never before the consent itself was given."""
    if day >= today:
        return None
    start = datetime.combine(day, time(0), MUSCAT)
    return max(start, captured_at)


class WithdrawConsentDialog(DiscardGuard, QDialog):
    """Reason and date of a withdrawal (back-dated when the patient wrote in earlier)."""

    withdrawn = Signal(object)

    def __init__(
        self, context: ScreenContext, record: ConsentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.consent = record
        self._errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Withdraw consent"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = QLabel(
            _t("Withdraw consent: {purpose}").format(purpose=purpose_text(record.purpose))
        )
        title.setObjectName("dialogTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        layout.addWidget(title)
        note = QLabel(_t("The consent stays in the ledger, marked withdrawn from the date below."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.reason = FieldRow(_t("Reason"), hint=_t("e.g. patient asked by phone"))
        layout.addWidget(self.reason)
        date_label = QLabel(_t("Withdrawn on"))
        date_label.setObjectName("fieldLabel")
        layout.addWidget(date_label)
        today = muscat_today()
        captured_day = muscat_today(record.captured_at)
        self.day = date_edit(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setMinimumDate(QDate(captured_day.year, captured_day.month, captured_day.day))
        date_label.setBuddy(self.day)
        layout.addWidget(self.day)
        hint = QLabel(_t("Consent given on {day}").format(day=day_text(captured_day)))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(_t("Withdraw consent"))
        self.save_button.setObjectName("primary")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.reason.clear_error()
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        when = withdrawal_moment(day, self.consent.captured_at, muscat_today())
        actor = self.context.signed_in.actor
        consents = self.context.services.consents
        record, reason = self.consent, self.reason.text()
        self.context.run_command(
            lambda: consents.withdraw(actor, record.id, record.version, reason, when),
            self._saved,
            self._failed,
        )

    def _saved(self, result: tuple[ConsentRecord, Changes]) -> None:
        self.withdrawn.emit(result[0])
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and "reason" in field_texts(error):
            self.reason.set_error(sentence(field_texts(error)["reason"]))
        else:
            self._errors.show(error, self)
