"""Every number field accepts Arabic-Indic digits as well as 0–9.

Staff switch keyboard layouts all day: with the Arabic layout the number keys type ٠–٩ (and
the decimal key ٫). Text fields hand what is typed to the domain's parsers, which fold these
digits already (``domain/numerals.py``, ``domain/search_text.py``); Qt's spin boxes and
date/time edits do not, and silently drop the key. One application-wide event filter,
installed once at start-up, turns such a key press (or a paste) into its Western form before the
field sees it, so "٤" in the units box is 4. Free text is never touched: a note keeps the
digits it was written with.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit

from scardesk.domain.numerals import western_digits
from scardesk.ui.widgets.app_filters import install_once

FILTER_NAME = "scardeskDigitInput"


def _western_key(text: str) -> Qt.Key:
    if len(text) == 1 and text.isascii() and text.isdigit():
        return Qt.Key(Qt.Key.Key_0.value + int(text))
    if text == ".":
        return Qt.Key.Key_Period
    if text == ",":
        return Qt.Key.Key_Comma
    return Qt.Key.Key_unknown


class DigitInput(QObject):
    """Event filter for the whole application; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractSpinBox):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Paste):
            return self._paste(watched)
        text = event.text()
        western = western_digits(text)
        if western == text:
            return False
        QApplication.sendEvent(
            watched,
            QKeyEvent(
                QEvent.Type.KeyPress,
                _western_key(western),
                event.modifiers(),
                western,
                event.isAutoRepeat(),
                event.count(),
            ),
        )
        return True

    @staticmethod
    def _paste(box: QAbstractSpinBox) -> bool:
        pasted = QGuiApplication.clipboard().text()
        western = western_digits(pasted)
        editor = box.findChild(QLineEdit)
        if western == pasted or editor is None:
            return False  # Qt's own paste
        editor.insert(western)
        return True


def install_digit_input(app: QApplication) -> DigitInput:
    """Install the filter on ``app`` once (calling again returns the installed one)."""
    return install_once(app, DigitInput, FILTER_NAME)
