"""Preferences (File › Preferences…, Ctrl+,): the signed-in user's language, digits and Hijri date.

The dialog only chooses; the main window saves the choice through the user service (audited)
and the shell applies it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.display_prefs import DigitStyle, DisplayPreferences, Language
from scardesk.ui.tr import _t
from scardesk.ui.widgets.language_box import language_box, select_language


class PreferencesDialog(QDialog):
    def __init__(self, current: DisplayPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(_t("Preferences"))
        self.setModal(True)
        self.language = language_box()
        select_language(self.language, current.language)
        self.digits = QComboBox()
        # The sample digits are isolated: in a right-to-left window the brackets stay around them.
        western, eastern = (f"\u2066{digits}\u2069" for digits in ("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        self.digits.addItem(
            _t("Western ({digits})").format(digits=western), DigitStyle.WESTERN.value
        )
        self.digits.addItem(
            _t("Arabic-Indic ({digits})").format(digits=eastern), DigitStyle.ARABIC_INDIC.value
        )
        self.digits.setCurrentIndex(self.digits.findData(current.digits.value))
        self.hijri = QCheckBox(_t("Show the Hijri date beside the Gregorian date"))
        self.hijri.setChecked(current.show_hijri)
        self.note = QLabel(
            _t(
                "Your choice is kept with your account, so you see it on every workstation. "
                "Applying it rebuilds the open screens; unsaved changes are asked about first."
            )
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_t("&Language"), self.language)
        form.addRow(_t("&Digits"), self.digits)
        form.addRow("", self.hijri)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_t("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> DisplayPreferences:
        return DisplayPreferences(
            Language(self.language.currentData()),
            DigitStyle(self.digits.currentData()),
            self.hijri.isChecked(),
        )
