"""Two small dialogs of the patient form: possible duplicates, and archiving with a reason.

A duplicate registration splits one person's history in two, so before a new patient is
saved the form shows anyone already registered with the same identity document, the same
phone, or the same birthday and a similar name — each with a one-click way to open that record
instead. The same document (type and number) is never registered twice: then the dialog has no
"register anyway", only the way to the existing record.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.patient_search import DuplicateMatch, DuplicateReason
from scardesk.domain.validation import REASON_MAX
from scardesk.ui.labels import ltr_text, number_text
from scardesk.ui.patients.model import format_day
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.field_row import FieldRow
from scardesk.ui.widgets.unsaved import DiscardGuard


def plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # patient data, never markup
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def reason_text(reason: DuplicateReason) -> str:
    return {
        DuplicateReason.SAME_DOCUMENT: _t("the same identity document"),
        DuplicateReason.SAME_CIVIL_NUMBER: _t("the same number on another kind of document"),
        DuplicateReason.SAME_PHONE: _t("same phone"),
        DuplicateReason.SAME_BIRTH_DATE_SIMILAR_NAME: _t("same date of birth and a similar name"),
    }[reason]


class DuplicateChoice(Enum):
    BACK = "back"
    OPEN_EXISTING = "open_existing"
    REGISTER_ANYWAY = "register_anyway"


class DuplicateDialog(QDialog):
    """Lists the possible duplicates; ``choice`` (and ``chosen_id``) say what the user picked."""

    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Already registered?"))
        self.setMinimumWidth(720)
        self.choice = DuplicateChoice.BACK
        self.chosen_id: int | None = None
        self.open_buttons: dict[int, QPushButton] = {}
        # One identity document is one person: that match cannot be registered again.
        self.blocked = any(match.blocks for match in matches)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(12)
        if self.blocked:
            title = _t("This document is already registered")
            text = _t(
                "Nothing has been saved. A patient with this identity document is registered "
                "already: open their record (and update it there) instead of creating a second one."
            )
        else:
            title = _t("This patient may already be registered")
            text = _t(
                "Nothing has been saved yet. If one of these is the same person, open their "
                "record instead of creating a second one."
            )
        layout.addWidget(plain_label(title, "dialogTitle"))
        layout.addWidget(plain_label(text, "muted"))
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.setSpacing(8)
        for match in matches:
            cards_layout.addWidget(self._card(match))
        cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        scroll.setMinimumHeight(min(120 * len(matches), 360))
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(_t("Back to the form"))
        self.register_button = QPushButton(_t("Register as a new patient anyway"))
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        layout.addLayout(buttons)
        self.register_button.setVisible(not self.blocked)
        self.back_button.clicked.connect(self.reject)
        self.register_button.clicked.connect(self._register_anyway)
        if matches:
            self.open_buttons[matches[0].patient.id].setDefault(True)

    def _card(self, match: DuplicateMatch) -> QFrame:
        row = match.patient
        card = QFrame()
        card.setObjectName("card")
        body = QHBoxLayout(card)
        body.setContentsMargins(14, 10, 14, 10)
        text = QVBoxLayout()
        text.setSpacing(2)
        names = QHBoxLayout()
        latin = plain_label(row.name_latin or "—")
        latin.setWordWrap(False)
        latin.setStyleSheet("font-weight: 600; font-size: 12pt;")
        arabic = plain_label(row.name_arabic)
        arabic.setStyleSheet("font-weight: 600; font-size: 12pt;")
        arabic.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        names.addWidget(latin)
        names.addStretch(1)
        names.addWidget(arabic)
        text.addLayout(names)
        details = [
            _t("born {date} ({age} years)").format(
                date=format_day(row.date_of_birth), age=number_text(row.age)
            )
        ]
        if row.phone_display:
            details.append(_t("phone {phone}").format(phone=ltr_text(row.phone_display)))
        if row.civil_number:
            details.append(_t("document {number}").format(number=ltr_text(row.civil_number)))
        if row.archived:
            details.append(_t("archived"))
        text.addWidget(plain_label(" · ".join(details), "muted"))
        why = listed(reason_text(reason) for reason in match.reasons)
        reasons = plain_label(_t("Why: {reasons}").format(reasons=why))
        reasons.setStyleSheet("color: #8a4b08;")
        text.addWidget(reasons)
        body.addLayout(text, 1)
        button = QPushButton(_t("Open this record"))
        button.setObjectName("primary")
        button.clicked.connect(lambda _checked=False, pid=row.id: self._open(pid))
        self.open_buttons[row.id] = button
        body.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return card

    def _open(self, patient_id: int) -> None:
        self.choice = DuplicateChoice.OPEN_EXISTING
        self.chosen_id = patient_id
        self.accept()

    def _register_anyway(self) -> None:
        if self.blocked:  # the button is hidden; the service would refuse it anyway
            return
        self.choice = DuplicateChoice.REGISTER_ANYWAY
        self.accept()


class ArchiveDialog(DiscardGuard, QDialog):
    """Asks why a patient is being archived; the reason goes into the record and the audit."""

    def __init__(self, patient_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Archive patient"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(
            plain_label(_t("Archive {name}?").format(name=patient_name), "dialogTitle")
        )
        layout.addWidget(
            plain_label(
                _t(
                    "The record is kept in full and can be restored at any time; it is only "
                    "hidden from the patient list."
                ),
                "muted",
            )
        )
        self.reason = FieldRow(_t("Reason"), hint=_t("e.g. duplicate record, moved abroad"))
        self.reason.edit.setMaxLength(REASON_MAX)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        cancel = QPushButton(_t("Cancel"))
        self.archive_button = QPushButton(_t("Archive"))
        self.archive_button.setObjectName("primary")
        self.archive_button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.archive_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.archive_button.clicked.connect(self.accept)
        self.reason.edit.textChanged.connect(
            lambda text: self.archive_button.setEnabled(bool(text.strip()))
        )

    def reason_text(self) -> str:
        return self.reason.text().strip()
