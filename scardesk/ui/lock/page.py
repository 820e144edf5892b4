"""The lock screen: who locked it and when, and a password field; never any patient data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.ui.labels import isolated
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow

CARD_WIDTH = 440
# Unicode isolates keep an Arabic name from reordering the English text around it.


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are user data, not markup
    label.setWordWrap(True)
    return label


class LockPage(QWidget):
    """Shown in place of the window's content; ``unlock_requested`` carries the typed password."""

    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(CARD_WIDTH)
        self.card = card
        form = QVBoxLayout(card)
        form.setContentsMargins(24, 20, 24, 22)
        form.setSpacing(10)
        form.addWidget(_label("ScarDesk", "brand"))
        self.clinic_label = _label("", "muted")
        self.clinic_label.hide()
        form.addWidget(self.clinic_label)
        self.title = _label(
            _t("Locked — {name}").format(name=isolated(display_name)),
            "dialogTitle",
        )
        form.addWidget(self.title)
        self.locked_at_label = _label("", "muted")
        form.addWidget(self.locked_at_label)
        self.password = FieldRow(_t("&Password"), password=True)
        form.addWidget(self.password)
        self.form_error = _label("", "formError")
        self.form_error.hide()
        form.addWidget(self.form_error)
        self.unlock_button = QPushButton(_t("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        form.addWidget(self.unlock_button)
        self.switch_button = QPushButton(_t("Sign in as someone else…"))
        form.addWidget(self.switch_button)
        # Centred by stretches, not an alignment flag: then the card grows with a wrapped message.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self._submit)
        self.password.edit.returnPressed.connect(self._submit)
        self.switch_button.clicked.connect(self.switch_user_requested)

    def set_clinic(self, name: str) -> None:
        self.clinic_label.setText(name)
        self.clinic_label.setVisible(bool(name))

    def prepare(self, locked_at: str) -> None:
        """A fresh lock: empty password, no message, the time it locked."""
        self.locked_at_label.setText(_t("Locked at {time}").format(time=locked_at))
        self.password.set_text("")
        self.password.clear_error()
        self.show_error("")
        self.set_busy(False)
        self.unlock_button.setEnabled(True)

    def show_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        self.card.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.WaitCursor if busy else Qt.CursorShape.ArrowCursor)

    def focus_password(self) -> None:
        self.password.edit.setFocus()

    def _submit(self) -> None:
        password = self.password.text()
        if not password:
            self.show_error(_t("Type your password, then choose Unlock."))
            self.focus_password()
            return
        self.show_error("")
        self.unlock_requested.emit(password)
