"""A titled card holding one part of a form, and the plain-text label every form uses.

Shared by the assessment and session forms (and any screen laid out in cards).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from scardesk.ui.widgets.error_line import ErrorLine


def plain_label(text: str = "", *, muted: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if muted:
        label.setObjectName("muted")
    return label


class Card(QFrame):
    """A titled white card holding one part of the form."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)
        # Wraps: a long Arabic title must not make its column, and so the form, scroll sideways.
        self.heading = plain_label(title, wrap=True)
        self.heading.setObjectName("sectionTitle")
        self.heading.setStyleSheet("font-weight: 700; font-size: 11.5pt;")
        self.body.addWidget(self.heading)
        self.error = ErrorLine()

    def finish(self) -> None:
        self.body.addWidget(self.error)
