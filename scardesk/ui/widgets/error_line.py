"""The red line under a field or section that says what is wrong and what is expected.

Messages quote what was typed, so they are plain text, never markup; the palette keeps them
red even where no stylesheet is applied. Empty means hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from scardesk.ui.style import ERROR


class ErrorLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR))
        self.setPalette(palette)
        self.hide()

    def set_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
