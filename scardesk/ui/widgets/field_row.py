"""A labelled input with its error message right beneath it.

Staff fix a field from its message alone, so the message sits under the field it concerns
(not in a dialog) and says what is wrong and what is expected. It disappears as soon as the user
edits the field. Messages quote what was typed, so they are shown as plain text, never markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from scardesk.ui.widgets.error_line import ErrorLine


class FieldRow(QWidget):
    def __init__(
        self,
        label: str,
        *,
        hint: str = "",
        password: bool = False,
        right_to_left: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(hint)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.label.setBuddy(self.edit)
        if password:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        if right_to_left:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        self.error_label = ErrorLine()

        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        self.edit.textEdited.connect(self.clear_error)

    def set_label(self, label: str, hint: str = "") -> None:
        """New wording for the label and hint (the language changed); the typed text stays."""
        self.label.setText(label)
        self.edit.setPlaceholderText(hint)
        self.edit.setAccessibleName(label.replace("&", ""))

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_error(self, message: str) -> None:
        """Show ``message`` under the field and mark the field invalid; blank clears it."""
        if not message:
            self.clear_error()
            return
        self.error_label.setText(message)
        self.error_label.show()
        self.edit.setAccessibleDescription(message)
        self._mark(True)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.edit.setAccessibleDescription("")
        self._mark(False)

    def _mark(self, invalid: bool) -> None:
        self.edit.setProperty("invalid", invalid)
        # A dynamic property only restyles after a re-polish.
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)


class ArabicFieldRow(FieldRow):
    """For Arabic input (a name, an address): label, text and caret start on the right."""

    def __init__(self, label: str, *, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label, hint=hint, right_to_left=True, parent=parent)
