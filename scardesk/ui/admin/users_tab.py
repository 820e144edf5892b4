"""Users: who may sign in, in which role; add one, or switch one off (never deleted)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Role
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import UserRecord
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.main_window import role_name
from scardesk.ui.screens import ScreenContext
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.password_strength import add_meter
from scardesk.ui.widgets.unsaved import DiscardGuard

COLUMNS = ("username", "name", "role", "licence", "status")


class AddUserDialog(DiscardGuard, QDialog):
    """Name, role, licence and a password typed twice; field errors shown beside each field."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.created: UserRecord | None = None
        self.setWindowTitle(self.tr("Add a user"))
        layout = QVBoxLayout(self)
        self.username = FieldRow(self.tr("User name"), hint=self.tr("e.g. s.albalushi"))
        self.display_name = FieldRow(self.tr("Name shown on screens and sheets"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role)
        self.licence = FieldRow(self.tr("Practitioner licence number (optional)"))
        self.password = FieldRow(
            self.tr("Password"),
            password=True,
            hint=self.tr("at least 12 characters, e.g. a few unrelated words"),
        )
        self.meter = add_meter(
            self.password,
            self.password.edit,
            lambda: (self.username.text(), self.display_name.text()),
        )
        self.repeat = FieldRow(self.tr("Repeat the password"), password=True)
        for row in (self.username, self.display_name):
            layout.addWidget(row)
        layout.addWidget(QLabel(self.tr("Role")))
        layout.addWidget(self.role)
        for row in (self.licence, self.password, self.repeat):
            layout.addWidget(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields = {
            "username": self.username,
            "display_name": self.display_name,
            "licence_number": self.licence,
            "password": self.password,
        }

    def _save(self) -> None:
        for row in (*self.fields.values(), self.repeat):
            row.clear_error()
        if self.password.text() != self.repeat.text():
            self.repeat.set_error(
                self.tr("The two passwords differ: type the same password twice.")
            )
            return
        try:
            self.created = self._context.services.users.add_user(
                self._context.signed_in.actor,
                self.username.text(),
                self.display_name.text(),
                self.role.currentData(),
                self.password.text(),
                self.licence.text(),
            )
        except ValidationError as error:
            for name, message in error.field_errors.items():
                row = self.fields.get(name, self.username)
                row.set_error(message)
            return
        self.accept()


class UsersTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.users: list[UserRecord] = []
        self._fail = lambda error: self._errors.show(error, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("primary")
        self.toggle_button = QPushButton(self.tr("Switch off / on"))
        self.toggle_button.setEnabled(False)
        bar.addWidget(self.add_button)
        bar.addWidget(self.toggle_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Licence"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add)
        self.toggle_button.clicked.connect(self._toggle)
        self.table.itemSelectionChanged.connect(
            lambda: self.toggle_button.setEnabled(self._selected() is not None)
        )
        self.reload()

    def reload(self) -> None:
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.users.list_users(actor), self._show, self._fail
        )

    def _show(self, users: list[UserRecord]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            status = self.tr("active") if user.active else self.tr("switched off")
            values = (
                user.username,
                user.display_name,
                role_name(user.role),
                user.licence_number or "",
                status,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)

    def _selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _add(self) -> None:
        dialog = AddUserDialog(self._context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _toggle(self) -> None:
        user = self._selected()
        if user is None:
            return
        if user.id == self._context.signed_in.user.id:
            self._fail(ValidationError({"user": self.tr("you cannot switch off your own account")}))
            return
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.users.set_active(actor, user.id, not user.active),
            lambda _record: self.reload(),
            self._fail,
            write=True,
        )
