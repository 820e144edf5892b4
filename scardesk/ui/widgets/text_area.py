"""A box of plain text in which each paragraph follows its own language.

Notes and goals are typed in Arabic or English, often both in one record. ``QPlainTextEdit``
orders an Arabic paragraph right to left but lays every paragraph out with one alignment, so
Arabic lines stayed flush left, in the Arabic interface too, and the caret began a new Arabic
line on the wrong side. ``QTextEdit`` aligns each paragraph by the direction of its own text:
an Arabic paragraph starts at the right and an English one at the left, in either interface.
Only plain text goes in: a paste from a browser or a word processor keeps its words, not its
fonts and colours, and ``toPlainText`` is what is saved.

``ParagraphsText`` shows such a text read-only (a signed session's notes) the same way: a
label lays all its lines out in the widget's direction, so it is one label per paragraph, each
in the direction of its own first letter.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget


class TextArea(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        # Tab moves on to the next field, as in every other box of a form.
        self.setTabChangesFocus(True)


def interface_mark() -> str:
    """The invisible mark of the interface's direction (RLM in Arabic, LRM in English)."""
    return "\u200f" if QGuiApplication.isRightToLeft() else "\u200e"


def interface_lines(text: str) -> str:
    """Text the interface composed (a session's preparation, a modality's settings), each line
    marked with the interface's direction: a line that starts with a Latin name ("Dermapen 4,
    عمق الإبرة 1.5 mm") is still an Arabic sentence in the Arabic interface, read from the
    right, and not laid out from the left as its first letter alone would have it."""
    mark = interface_mark()
    return "\n".join(mark + line for line in text.split("\n"))


def paragraph_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of a paragraph's first strong letter (Unicode's rule for a paragraph with
    no direction given); None when it has no letter (digits, punctuation or nothing)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class ParagraphsText(QWidget):
    """Read-only text, wrapped and selectable, each paragraph aligned by its own language."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.paragraphs: list[QLabel] = []
        for line in text.split("\n"):
            label = QLabel(line or " ")  # a blank line keeps its height
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
            self.paragraphs.append(label)
        self._set_directions()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_directions()

    def _set_directions(self) -> None:
        # A label aligns its "leading" side by its text's first letter, and a text with no
        # letter (a number, a dash) to the left whatever the interface: each label is given its
        # side outright, a paragraph with no letter the interface's, as in a TextArea.
        for label in self.paragraphs:
            direction = paragraph_direction(label.text()) or self.layoutDirection()
            label.setLayoutDirection(direction)
            side = (
                Qt.AlignmentFlag.AlignRight
                if direction == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return self._text
