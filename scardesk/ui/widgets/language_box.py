"""The English / العربية picker of the sign-in window and the Preferences dialog.

The language names are written each in its own script, as language menus usually are, so
someone who cannot read the current language still finds their own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from scardesk.domain.display_prefs import Language

#: Each language named in its own script: never translated.
LANGUAGE_NAMES = {Language.ENGLISH: "English", Language.ARABIC: "العربية"}


def language_box() -> QComboBox:
    """The English / العربية picker, of the sign-in window and the Preferences dialog."""
    box = QComboBox()
    for language, name in LANGUAGE_NAMES.items():
        box.addItem(name, language.value)
    return box


def select_language(box: QComboBox, language: Language) -> None:
    box.setCurrentIndex(box.findData(language.value))
