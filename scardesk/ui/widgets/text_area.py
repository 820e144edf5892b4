"""A box of plain text in which each paragraph follows its own language.

Notes and goals are typed in Arabic or English, often both in one record. ``QPlainTextEdit``
orders an Arabic paragraph right to left but lays every paragraph out with one alignment, so
Arabic lines stayed flush left, in the Arabic interface too, and the caret began a new Arabic
line on the wrong side. ``QTextEdit`` aligns each paragraph by the direction of its own text:
an Arabic paragraph starts at the right and an English one at the left, in either interface.
Only plain text goes in: a paste from a browser or a word processor keeps its words, not its
fonts and colours, and ``toPlainText`` is what is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit, QWidget


class TextArea(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        # Tab moves on to the next field, as in every other box of a form.
        self.setTabChangesFocus(True)
