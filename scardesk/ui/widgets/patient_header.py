"""The band at the top of every patient screen: who this is, and what must not be missed.

Names in both scripts, age, sex and (for clinicians) the front photo identify the patient at a
glance — two patients with similar names are told apart here. The safety flags (allergies,
pregnancy and breastfeeding, neuromuscular disorder, anticoagulants, isotretinoin) are shown
only to roles that may read clinical data; the service already withholds them from the others,
and the widget checks the role too, so a front-desk screen can never show them by mistake. A
question never asked is shown as such, never as "no".
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from scardesk.domain.enums import Answer, HistoryFact, Role, Sex
from scardesk.domain.patient_header import PatientHeader, SafetyFlag
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.records import PatientRecord
from scardesk.domain.time import age_on
from scardesk.ui.labels import day_text, hijri_day_text, number_text
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import unreadable_text

PHOTO_SIZE = 64
_CHIP = "border-radius: 10px; padding: 3px 10px; font-weight: 600;"
CHIP_STYLES = {
    "alert": f"color: #9f1c12; background: #fdecea; border: 1px solid #f4b9b3; {_CHIP}",
    "unknown": f"color: #8a4b08; background: #fff4e0; border: 1px solid #f3d19c; {_CHIP}",
    "calm": f"color: #115e59; background: #e3f1ef; border: 1px solid #b9dcd7; {_CHIP}",
    "muted": f"color: #5b6770; background: #eef1f3; border: 1px solid #d9e0e5; {_CHIP}",
}


def fact_label(fact: HistoryFact) -> str:
    labels = {
        HistoryFact.ALLERGY_TOXIN: _t("Allergy: botulinum toxin"),
        HistoryFact.ALLERGY_ALBUMIN: _t("Allergy: albumin"),
        HistoryFact.ALLERGY_LOCAL_ANAESTHETIC: _t("Allergy: local anaesthetic"),
        HistoryFact.OTHER_ALLERGIES: _t("Other allergies"),
        HistoryFact.PREGNANT: _t("Pregnant"),
        HistoryFact.BREASTFEEDING: _t("Breastfeeding"),
        HistoryFact.NEUROMUSCULAR_DISORDER: _t("Neuromuscular disorder"),
        HistoryFact.ANTICOAGULANTS: _t("Anticoagulants"),
        HistoryFact.ISOTRETINOIN: _t("Isotretinoin"),
    }
    return labels.get(fact, fact.value.replace("_", " "))


def sex_label(sex: Sex) -> str:
    return _t("Female") if sex is Sex.FEMALE else _t("Male")


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are user data, never markup
    if style:
        label.setStyleSheet(style)
    return label


class PatientHeaderWidget(QFrame):
    """Fill it with ``set_header`` (from ``services.patient_header.open``) or, for identity
    only, ``show_record``. ``flag_texts()`` lists the chips shown (empty for non-clinicians)."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._clinical = allows(role, Permission.VIEW_CLINICAL)
        self.header: PatientHeader | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(14)

        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #eef1f3; border-radius: 8px; color: #5b6770;")
        self.photo.hide()
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)

        who = QVBoxLayout()
        who.setSpacing(2)
        names = QHBoxLayout()
        names.setSpacing(16)
        self.latin_label = _label(style="font-size: 15pt; font-weight: 700;")
        self.arabic_label = _label(style="font-size: 15pt; font-weight: 700;")
        self.arabic_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        names.addWidget(self.latin_label)
        names.addWidget(self.arabic_label)
        names.addStretch(1)
        who.addLayout(names)
        self.details_label = _label(style="color: #5b6770;")
        who.addWidget(self.details_label)
        # Chips get their own line under the names, so neither ever squeezes the other.
        self.flags_box = QHBoxLayout()
        self.flags_box.setSpacing(6)
        self.flags_box.setContentsMargins(0, 4, 0, 0)
        self.flags_box.addStretch(1)
        who.addLayout(self.flags_box)
        row.addLayout(who, 1)
        self._chips: list[QLabel] = []

    # --- filling --------------------------------------------------------------------------
    def show_record(self, record: PatientRecord, today: date) -> None:
        """Identity from a record already at hand (no flags: those need the header service)."""
        data = record.data
        dob = data.date_of_birth
        self._show_identity(
            data.name_latin,
            data.name_arabic,
            age_on(dob, today) if dob <= today else 0,
            data.sex,
            dob,
            record.archived_at is not None,
        )
        self._set_chips([])
        self.photo.hide()

    def set_header(self, header: PatientHeader) -> None:
        self.header = header
        self._show_identity(
            header.name_latin,
            header.name_arabic,
            header.age,
            header.sex,
            header.date_of_birth,
            header.archived,
        )
        self._show_photo(header)
        if not self._clinical or header.safety_flags is None:
            self._set_chips([])
            return
        specs = [
            (unreadable_text(item), "alert", "") for item in header.unreadable_flags
        ] + self._chip_specs(header.safety_flags, bool(header.unreadable_flags))
        self._set_chips(specs)

    def _show_identity(
        self, latin: str, arabic: str, age: int, sex: Sex, dob: date, archived: bool
    ) -> None:
        self.latin_label.setText(latin)
        self.latin_label.setVisible(bool(latin))
        self.arabic_label.setText(arabic)
        self.arabic_label.setVisible(bool(arabic))
        parts = [
            _t("{age} years").format(age=number_text(age)),
            sex_label(sex),
            _t("born {day}").format(day=day_text(dob)),
        ]
        if hijri := hijri_day_text(dob):
            parts.append(hijri)
        if archived:
            parts.append(_t("ARCHIVED"))
        self.details_label.setText(" · ".join(parts))

    def _show_photo(self, header: PatientHeader) -> None:
        pixmap = QPixmap()
        if self._clinical and header.thumbnail and pixmap.loadFromData(header.thumbnail):
            self.photo.setPixmap(
                pixmap.scaled(
                    PHOTO_SIZE,
                    PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()

    def _chip_specs(
        self, flags: tuple[SafetyFlag, ...], unreadable: bool = False
    ) -> list[tuple[str, str, str]]:
        """(text, style key, tooltip) per chip: alerts first, then a calm summary.

        With an unreadable answer beside them there is no calm summary: it would be untrue.
        """
        chips: list[tuple[str, str, str]] = []
        for flag in flags:
            if flag.answer is Answer.YES:
                chips.append((fact_label(flag.fact), "alert", flag.detail or ""))
            elif flag.answer is Answer.UNKNOWN:
                text = _t("{fact}: unknown").format(fact=fact_label(flag.fact))
                chips.append((text, "unknown", flag.detail or ""))
        if unreadable:
            return chips
        if not flags:
            chips.append((_t("Safety history not recorded"), "muted", ""))
        elif not chips:
            chips.append((_t("No safety flags"), "calm", ""))
        return chips

    def _set_chips(self, specs: list[tuple[str, str, str]]) -> None:
        for chip in self._chips:
            self.flags_box.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for text, style, tip in specs:
            chip = _label(text, CHIP_STYLES[style])
            chip.setObjectName(f"flag_{style}")
            if tip:
                # Tooltips guess rich text: escape the detail and force rich mode explicitly.
                chip.setToolTip(f"<qt>{html.escape(tip)}</qt>")
            self.flags_box.insertWidget(self.flags_box.count() - 1, chip)
            self._chips.append(chip)

    def flag_texts(self) -> list[str]:
        return [chip.text() for chip in self._chips]

    def visible_text(self) -> str:
        labels = (self.latin_label, self.arabic_label, self.details_label, *self._chips)
        return "\n".join(label.text() for label in labels if not label.isHidden())
