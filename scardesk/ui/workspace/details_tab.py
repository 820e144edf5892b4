"""The patient's identity and contact details, read-only, with Edit opening the patient form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.domain.assessment import AssessmentSummary
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.records import Changes, PatientRecord
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.domain.validation import format_phone_display
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text, ltr_text, phone_text
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.form_fields import document_choices, fitzpatrick_choices
from scardesk.ui.tr import _t
from scardesk.ui.widgets.patient_header import sex_label
from scardesk.ui.widgets.shortcut_keys import give_shortcut

_EMPTY = "—"


class DetailsTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        self.record: PatientRecord | None = None
        self._clinical = allows(context.signed_in.user.role, Permission.VIEW_CLINICAL)
        self._skin_types = dict(fitzpatrick_choices())
        self.form_dialog: PatientFormDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.edit_button = QPushButton(_t("Edit details…"))
        self.edit_button.setObjectName("primary")
        self.edit_button.setEnabled(False)
        give_shortcut(self.edit_button, _t("Ctrl+Shift+E"))
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("name_latin", _t("Name (Latin)")),
            ("name_arabic", _t("Name (Arabic)")),
            ("date_of_birth", _t("Date of birth")),
            ("sex", _t("Sex")),
            ("civil_number", _t("Document number")),
            ("document", _t("Document")),
            ("phone", _t("Phone")),
            ("email", _t("E-mail")),
            ("address", _t("Address")),
            ("emergency", _t("Emergency contact")),
            ("fitzpatrick", _t("Skin type (Fitzpatrick)")),
            ("archived", _t("Archive")),
        ):
            value = QLabel(_EMPTY)
            value.setTextFormat(Qt.TextFormat.PlainText)  # patient text is never parsed as markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            # A wrapped label aligns each text by its own script: in Arabic, a Latin name sat
            # at the far edge while Arabic values sat by their labels. Every value starts at
            # the side its label is on (the window is rebuilt when the language changes).
            side = (
                Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
            )
            value.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
            self.values[key] = value
            self.form.addRow(label, value)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.edit_button.clicked.connect(self.edit)
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.patients.get(actor, self.patient_id),
            self._show,
            lambda error: self._errors.show(error, self),
        )

    def _show(self, record: PatientRecord) -> None:
        self.record = record
        data = record.data
        expiry = ""
        if data.document_expiry:
            expiry = _t("expires {day}").format(day=day_text(data.document_expiry))
            if data.document_expiry < muscat_today():
                expiry = _t("expired {day}: ask for the current one").format(
                    day=day_text(data.document_expiry)
                )
        kinds = dict(document_choices())
        document = " · ".join(
            part
            for part in (
                kinds.get(data.document_type.value, "") if data.document_type else "",
                expiry,
            )
            if part
        )
        emergency = " · ".join(
            part
            for part in (
                data.emergency_contact_name or "",
                # In the reader's digits and left to right, as the patient's own phone.
                phone_text(format_phone_display(data.emergency_contact_phone))
                if data.emergency_contact_phone
                else "",
            )
            if part
        )
        archived = (
            _t("Archived on {date}: {reason}").format(
                date=day_text(to_muscat(record.archived_at).date()),
                reason=record.archive_reason or "",
            )
            if record.archived_at
            else _t("Active")
        )
        texts = {
            "name_latin": data.name_latin,
            "name_arabic": data.name_arabic,
            "date_of_birth": day_text(data.date_of_birth),
            "sex": sex_label(data.sex),
            "civil_number": ltr_text(data.civil_number) if data.civil_number else "",
            "document": document,
            # Kept left to right in Arabic: "+968 …", never "… 968+".
            "phone": phone_text(format_phone_display(data.phone)) if data.phone else "",
            "email": data.email or "",
            "address": data.address or "",
            "emergency": emergency,
            "fitzpatrick": self._skin_types.get(data.fitzpatrick.value, "")
            if data.fitzpatrick
            else "",
            "archived": archived,
        }
        for key, text in texts.items():
            self.values[key].setText(text or _EMPTY)
        self.values["name_arabic"].setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.edit_button.setEnabled(True)
        if self._clinical:
            self._read_assessed_skin_type()

    def _read_assessed_skin_type(self) -> None:
        """The skin type assessed most recently wins over the one typed at registration: it is
        what the practitioner saw. Only roles that read clinical data are asked (the front desk
        keeps the registration value)."""
        actor, patient_id = self._context.signed_in.actor, self.patient_id
        self._context.runner.run(
            lambda: self._context.services.assessments.list_for_patient(actor, patient_id),
            self._show_assessed_skin_type,
            lambda error: self._errors.show(error, self),
        )

    def _show_assessed_skin_type(self, rows: list[object]) -> None:
        for row in rows:  # newest first
            if isinstance(row, AssessmentSummary) and row.fitzpatrick is not None:
                self.values["fitzpatrick"].setText(
                    _t("{type} (assessed {day})").format(
                        type=self._skin_types.get(row.fitzpatrick.value, ""),
                        day=day_text(to_muscat(row.assessed_at).date()),
                    )
                )
                return

    def edit(self) -> None:
        if self.record is None:
            return
        self.form_dialog = PatientFormDialog(self._context, self.record, self, today=muscat_today)
        self.form_dialog.open()

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()
