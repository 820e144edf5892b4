"""Clinic details printed on every sheet, shared by every workstation (stored in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.domain.errors import ValidationError
from scardesk.domain.validation import format_phone_display
from scardesk.services.settings import AUTO_LOCK_MINUTES_RANGE, ClinicDetails
from scardesk.ui.admin.logo_panel import LogoPanel
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.unsaved import UnsavedChanges


class ClinicTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self._version = 0
        layout = QVBoxLayout(self)
        self.name = FieldRow(_t("Clinic name (English)"))
        self.name_arabic = FieldRow(_t("Clinic name (Arabic)"), right_to_left=True)
        self.address = FieldRow(_t("Address (English)"))
        self.address_arabic = FieldRow(_t("Address (Arabic)"), right_to_left=True)
        self.phone = FieldRow(_t("Phone"), hint=_t("e.g. 2412 3456 or +968 2412 3456"))
        low, high = AUTO_LOCK_MINUTES_RANGE
        self.auto_lock = FieldRow(
            _t("Lock after N idle minutes"),
            hint=_t("{low} to {high}; 5 is usual on clinical workstations").format(
                low=low, high=high
            ),
        )
        self.hours = FieldRow(
            _t("Opening hours (English)"),
            hint=_t("e.g. Saturday to Thursday, 9:00 to 21:00"),
        )
        self.hours_arabic = FieldRow(_t("Opening hours (Arabic)"), right_to_left=True)
        self.moh_licence = FieldRow(_t("Ministry of Health licence number"))
        self.whatsapp = FieldRow(
            _t("WhatsApp number (an Omani mobile)"),
            hint=_t("e.g. 9123 4567; printed as a QR code that opens a chat"),
        )
        self.fields = {
            "name": self.name,
            "name_arabic": self.name_arabic,
            "address": self.address,
            "address_arabic": self.address_arabic,
            "hours": self.hours,
            "hours_arabic": self.hours_arabic,
            "phone": self.phone,
            "whatsapp": self.whatsapp,
            "moh_licence": self.moh_licence,
            "auto_lock_minutes": self.auto_lock,
        }
        # English left, Arabic right: the order they print in.
        grid = QGridLayout()
        for index, row in enumerate(self.fields.values()):
            grid.addWidget(row, index // 2, index % 2)
        layout.addLayout(grid)
        self.logo = LogoPanel(context, lambda: self._version, self._logo_saved, self._fail)
        layout.addWidget(self.logo)
        bar = QHBoxLayout()
        self.save_button = QPushButton(_t("Save clinic details"))
        self.save_button.setObjectName("primary")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        bar.addWidget(self.save_button)
        bar.addWidget(self.saved_label, 1)
        layout.addLayout(bar)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.unsaved = UnsavedChanges(self)
        context.runner.run(context.services.settings.clinic, self._show, self._fail)

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _show(self, details: ClinicDetails) -> None:
        self._version = details.version
        self.name.set_text(details.name)
        self.name_arabic.set_text(details.name_arabic)
        self.address.set_text(details.address)
        self.address_arabic.set_text(details.address_arabic)
        self.phone.set_text(format_phone_display(details.phone) if details.phone else "")
        self.auto_lock.set_text(str(details.auto_lock_minutes))
        self.hours.set_text(details.hours)
        self.hours_arabic.set_text(details.hours_arabic)
        self.moh_licence.set_text(details.moh_licence)
        self.whatsapp.set_text(format_phone_display(details.whatsapp) if details.whatsapp else "")
        self.logo.show_logo(details.logo)
        self.unsaved.mark_clean()  # the stored details

    def save(self) -> None:
        for row in self.fields.values():
            row.clear_error()
        minutes = self._minutes()
        if minutes is None:
            low, high = AUTO_LOCK_MINUTES_RANGE
            self.auto_lock.set_error(
                _t("Enter a whole number of minutes from {low} to {high}, e.g. 5.").format(
                    low=low, high=high
                )
            )
            self.auto_lock.edit.setFocus()
            return
        details = ClinicDetails(
            self.name.text(),
            self.name_arabic.text(),
            self.address.text(),
            self.address_arabic.text(),
            self.phone.text(),
            self._version,
            minutes,
            hours=self.hours.text(),
            hours_arabic=self.hours_arabic.text(),
            moh_licence=self.moh_licence.text(),
            whatsapp=self.whatsapp.text(),
        )
        actor = self._context.signed_in.actor
        self._context.run_command(
            lambda: self._context.services.settings.save_clinic(actor, details),
            self._saved,
            self._save_failed,
        )

    def _logo_saved(self, details: ClinicDetails) -> None:
        """A logo change moved the row's version; the typed fields stay as they are."""
        self._version = details.version
        self.saved_label.setText(_t("Logo saved."))

    def _minutes(self) -> int | None:
        """The typed minutes as a number (any script's digits); the service checks the range."""
        typed = self.auto_lock.text().strip()
        if not typed.isdecimal() or len(typed) > 4:
            return None
        return int(typed)

    def _saved(self, result: tuple[ClinicDetails, object]) -> None:
        details, _changes = result
        self._show(details)
        self.saved_label.setText(_t("Saved."))

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            for name, message in field_texts(error).items():
                self.fields.get(name, self.name).set_error(sentence(message))
            return
        self._fail(error)
