"""The small dialogs of the Users tab: confirm an account change, pick a new role, and show a
one-time password once.

All open window-modal without blocking (``open()``), so the tab carries on from their signals
and a test drives them as a person would: find the dialog, press its button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Role
from scardesk.ui.labels import role_name
from scardesk.ui.tr import _t

#: How long a one-time password works (enforced at sign-in from password_changed_at).
ONE_TIME_HOURS = 72


class ConfirmBox(QMessageBox):
    """A question with a named action button and Cancel (the default: Enter does not act)."""

    def __init__(self, parent: QWidget, title: str, text: str, action: str) -> None:
        super().__init__(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        self.setTextFormat(Qt.TextFormat.PlainText)  # user names are user data
        self.act_button = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.addButton(QMessageBox.StandardButton.Cancel))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class ChangeRoleDialog(QDialog):
    """Pick the account's new role; the current one is preselected."""

    def __init__(self, username: str, current: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Change role"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        label = QLabel(_t("New &role for {name}").format(name=username))
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(list(Role).index(current))
        label.setBuddy(self.role)
        note = QLabel(
            _t(
                "The change takes effect at the account's next action, on every workstation. "
                "A clinical lead who stops being a practitioner stops being a lead."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Change role"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (label, self.role, note, buttons):
            layout.addWidget(widget)
        self.role.setFocus()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())  # Qt hands the enum back as its plain string


class OneTimePasswordDialog(QDialog):
    """Shows a reset's one-time password once: selectable, copyable, then forgotten."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("One-time password"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(_t("One-time password for {name}:").format(name=username))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit(password)
        self.password.setReadOnly(True)
        self.password.setAccessibleName(_t("One-time password"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        self.password.setFont(font)
        self.password.selectAll()
        self.copy_button = QPushButton(_t("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        self.note = QLabel(
            _t(
                "Give it to {name} in person. It must be changed at the next sign-in, within "
                "{hours} hours, after which it stops working. ScarDesk does not keep it: it is "
                "not shown again."
            ).format(name=username, hours=ONE_TIME_HOURS)
        )
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(heading)
        layout.addLayout(row)
        for widget in (self.note, self.status, buttons):
            layout.addWidget(widget)
        self.password.setFocus()
        self.finished.connect(lambda _result: self.password.clear())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.status.setText(_t("Copied. Clear the clipboard once it has been used."))
