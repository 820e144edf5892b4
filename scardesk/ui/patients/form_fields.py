"""The fields of the patient form, one per ``PatientInput`` field, each with its inline error.

Text fields reuse ``FieldRow``; closed choices (sex, document type, skin type) are combo boxes
with the same label-above, error-below shape, so every field reports its problem the same way.
The widgets hand back raw strings: the domain validators are the one judge of what is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from scardesk.domain.enums import DocumentType, Fitzpatrick, Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.identity import document_warnings, validate_document_number
from scardesk.domain.records import PatientData, PatientInput
from scardesk.domain.validation import (
    format_phone_display,
    validate_document_expiry,
    validate_document_type,
)
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.field_row import ArabicFieldRow, FieldRow

DATE_FORMAT = "%d/%m/%Y"


class ChoiceRow(QWidget):
    """A labelled combo box whose items carry the stored value ("" for none chosen)."""

    changed = Signal()

    def __init__(self, label: str, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.combo = QComboBox()
        self.combo.setAccessibleName(label.replace("&", ""))
        self.combo.setMinimumHeight(34)
        for value, text in choices:
            self.combo.addItem(text, value)
        self.label.setBuddy(self.combo)
        self.error_label = ErrorLine()
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.error_label)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def text(self) -> str:
        return str(self.combo.currentData() or "")

    def set_text(self, value: str) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.combo.setAccessibleDescription(message)


Field = FieldRow | ChoiceRow


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the PatientInput attribute
    label: str
    hint: str = ""
    arabic: bool = False
    choices: tuple[tuple[str, str], ...] = ()


def sex_choices() -> list[tuple[str, str]]:
    return [("", _t("— choose —")), (Sex.FEMALE.value, _t("Female")), (Sex.MALE.value, _t("Male"))]


def document_choices() -> list[tuple[str, str]]:
    return [
        ("", _t("— none —")),
        (DocumentType.OMANI_ID.value, _t("Omani ID card")),
        (DocumentType.RESIDENT_CARD.value, _t("Resident card")),
        (DocumentType.PASSPORT.value, _t("Passport")),
        (DocumentType.GCC_ID.value, _t("GCC ID card")),
    ]


def fitzpatrick_choices() -> list[tuple[str, str]]:
    return [
        ("", _t("— not assessed yet —")),
        (Fitzpatrick.I.value, _t("I — always burns, never tans")),
        (Fitzpatrick.II.value, _t("II — burns, tans with difficulty")),
        (Fitzpatrick.III.value, _t("III — sometimes burns, tans average")),
        (Fitzpatrick.IV.value, _t("IV — rarely burns, tans easily")),
        (Fitzpatrick.V.value, _t("V — very rarely burns, tans very easily")),
        (Fitzpatrick.VI.value, _t("VI — never burns")),
    ]


def sections() -> list[tuple[str, list[FieldSpec]]]:
    """Field groups in form order; translated when called."""
    return [
        (
            _t("Identity"),
            [
                FieldSpec("name_latin", _t("Name in Latin letters"), _t("e.g. Aisha Al Balushi")),
                FieldSpec("name_arabic", _t("Name in Arabic"), "عائشة البلوشي", arabic=True),
                FieldSpec(
                    "date_of_birth", _t("Date of birth"), _t("day/month/year, e.g. 05/03/1990")
                ),
                FieldSpec("sex", _t("Sex"), choices=tuple(sex_choices())),
            ],
        ),
        (
            _t("Identity document"),
            [
                # The type first: it decides the number's rule (domain.identity).
                FieldSpec("document_type", _t("Document"), choices=tuple(document_choices())),
                FieldSpec(
                    "civil_number",
                    _t("Document number"),
                    _t("civil number: digits, e.g. 12345678; passport: e.g. K1234567"),
                ),
                FieldSpec(
                    "document_expiry", _t("Document expiry (optional)"), _t("e.g. 31/12/2030")
                ),
            ],
        ),
        (
            _t("Contact"),
            [
                FieldSpec("phone", _t("Phone"), _t("e.g. 9123 4567 or +968 9123 4567")),
                FieldSpec("email", _t("E-mail"), _t("e.g. name@example.com")),
                FieldSpec(
                    "address", _t("Address"), _t("area and wilayat, e.g. Al Khuwair, Bawshar")
                ),
                FieldSpec(
                    "emergency_contact_name", _t("Emergency contact"), _t("name, either script")
                ),
                FieldSpec(
                    "emergency_contact_phone", _t("Emergency contact phone"), _t("e.g. 9876 5432")
                ),
            ],
        ),
        (
            _t("Skin"),
            [
                FieldSpec(
                    "fitzpatrick",
                    _t("Skin type (Fitzpatrick)"),
                    choices=tuple(fitzpatrick_choices()),
                )
            ],
        ),
    ]


def make_field(spec: FieldSpec) -> Field:
    if spec.choices:
        return ChoiceRow(spec.label, list(spec.choices))
    if spec.arabic:
        return ArabicFieldRow(spec.label, hint=spec.hint)
    return FieldRow(spec.label, hint=spec.hint)


def input_from(fields: dict[str, Field]) -> PatientInput:
    return PatientInput(**{name: field.text() for name, field in fields.items()})


def input_of(data: PatientData) -> PatientInput:
    """A stored patient as the form would show it: phones and dates in local writing."""

    def day(value: date | None) -> str:
        return value.strftime(DATE_FORMAT) if value is not None else ""

    return PatientInput(
        name_latin=data.name_latin,
        name_arabic=data.name_arabic,
        date_of_birth=day(data.date_of_birth),
        sex=data.sex.value,
        civil_number=data.civil_number or "",
        document_type=data.document_type.value if data.document_type else "",
        document_expiry=day(data.document_expiry),
        phone=format_phone_display(data.phone) if data.phone else "",
        email=data.email or "",
        address=data.address or "",
        emergency_contact_name=data.emergency_contact_name or "",
        emergency_contact_phone=(
            format_phone_display(data.emergency_contact_phone)
            if data.emergency_contact_phone
            else ""
        ),
        fitzpatrick=data.fitzpatrick.value if data.fitzpatrick else "",
    )


#: Fields that may carry a warning: stored as typed, but worth a second look.
WARNED_FIELDS = ("civil_number", "document_expiry")
WARNING_STYLE = "color: #8a4b08;"


def add_warning_line(field: Field) -> QLabel:
    """An amber line under the field (below its error line), hidden while empty."""
    label = QLabel()
    label.setObjectName("fieldWarning")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    layout = field.layout()
    if layout is not None:
        layout.addWidget(label)
    return label


_Parsed = TypeVar("_Parsed")


def identity_warnings(form: PatientInput, today: date) -> dict[str, str]:
    """The document warnings (short civil number, past expiry) for what is typed so far;
    fields that do not parse yet have their error instead, so they give no warning."""

    def lenient(parse: Callable[[], _Parsed]) -> _Parsed | None:
        try:
            return parse()
        except ValidationError:
            return None

    kind = lenient(lambda: validate_document_type(form.document_type))
    number = lenient(lambda: validate_document_number(kind, form.civil_number))
    expiry = lenient(lambda: validate_document_expiry(form.document_expiry))
    found = document_warnings(kind, number, expiry, today)
    texts = {
        "civil_number": _t("Check this number: it is unusually short for a civil number."),
        "document_expiry": _t("This document has expired: ask for the current one."),
    }
    # The domain's messages are English; the form shows its own translated wording.
    return {name: texts[name] for name in found}


def show_warnings(
    labels: dict[str, QLabel], form: PatientInput, today: date, problems: dict[str, str]
) -> None:
    """Fill the warning lines; a field with an error shows only its error."""
    warnings = identity_warnings(form, today)
    for name, label in labels.items():
        text = "" if problems.get(name) else warnings.get(name, "")
        label.setText(text)
        label.setVisible(bool(text))
