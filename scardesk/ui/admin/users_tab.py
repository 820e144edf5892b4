"""Users: who may sign in, in which role; add one, reset its password, change its role, switch
it off or on (never deleted), unlock it, and name the clinical leads and privacy officers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Role
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes, UserRecord
from scardesk.services.accounts import AccountRecord, AccountService
from scardesk.services.session import Actor
from scardesk.ui.admin.account_dialogs import ChangeRoleDialog, ConfirmBox, OneTimePasswordDialog
from scardesk.ui.admin.printed_names_dialog import PrintedNamesDialog
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import person_name, role_name
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.password_strength import add_meter
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.table_columns import fit_columns
from scardesk.ui.widgets.text_fit import fit_to_hint
from scardesk.ui.widgets.unsaved import DiscardGuard

COLUMNS = ("username", "name", "role", "status", "lead", "privacy_officer", "sign_in")


class AddUserDialog(DiscardGuard, QDialog):
    """Name, role, licence and a password typed twice; field errors shown beside each field."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.created: UserRecord | None = None
        self.setWindowTitle(_t("Add a user"))
        layout = QVBoxLayout(self)
        self.username = FieldRow(_t("User name"), hint=_t("e.g. s.albalushi"))
        self.display_name = FieldRow(_t("Name shown on screens and sheets"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role)
        self.licence = FieldRow(_t("Practitioner licence number (optional)"))
        self.password = FieldRow(
            _t("Password"),
            password=True,
            hint=_t("at least 12 characters, e.g. a few unrelated words"),
        )
        self.meter = add_meter(
            self.password,
            self.password.edit,
            lambda: (self.username.text(), self.display_name.text()),
        )
        self.repeat = FieldRow(_t("Repeat the password"), password=True)
        fit_to_hint(self.password.edit, fixed=False)  # the dialog was narrower than its hint
        for row in (self.username, self.display_name):
            layout.addWidget(row)
        layout.addWidget(QLabel(_t("Role")))
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
            self.repeat.set_error(_t("The two passwords differ: type the same password twice."))
            return
        context = self._context
        actor, values = (
            context.signed_in.actor,
            (
                self.username.text(),
                self.display_name.text(),
                self.role.currentData(),
                self.password.text(),
                self.licence.text(),
            ),
        )
        context.run_command(
            lambda: context.services.users.add_user(actor, *values),
            self._created,
            self._refused,
        )

    def _created(self, record: UserRecord) -> None:
        self.created = record
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            ErrorPresenter(self).show(error, self)
            return
        for name, message in field_texts(error).items():
            self.fields.get(name, self.username).set_error(message)


class UsersTab(QWidget):
    """Every account, and what the admin can do to one: reset its password, change its role,
    switch it off or on, lift a sign-in lock, name clinical leads and privacy officers."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.accounts: list[AccountRecord] = []
        self.dialog: QDialog | None = None  # the confirmation or result now open, for tests
        self._fail = lambda error: self._errors.show(error, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(_t("&Add user…"))
        self.add_button.setObjectName("primary")
        self.names_button = QPushButton(_t("&Names on documents…"))
        self.reset_button = QPushButton(_t("&Reset password…"))
        self.role_button = QPushButton(_t("Change r&ole…"))
        self.active_button = QPushButton(_t("&Deactivate…"))
        self.unlock_button = QPushButton(_t("&Unlock"))
        self.lead_button = QPushButton(_t("Make clinical &lead"))
        self.officer_button = QPushButton(_t("Make &privacy officer"))
        self.account_buttons = (
            self.names_button,
            self.reset_button,
            self.role_button,
            self.active_button,
            self.unlock_button,
            self.lead_button,
            self.officer_button,
        )
        # Two rows, the account's sign-in then its duties: one row of eight buttons made the
        # tab wider than the Admin screen at the default window size (sideways scrolling).
        duties = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.unlock_button, self.active_button):
            bar.addWidget(button)
        for button in (self.role_button, self.names_button, self.lead_button, self.officer_button):
            duties.addWidget(button)
        bar.addStretch(1)
        duties.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(duties)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                _t("User name"),
                _t("Name"),
                _t("Role"),
                _t("Status"),
                _t("Clinical lead"),
                _t("Privacy officer"),
                _t("Sign-in"),
            ]
        )
        self.table.setAccessibleName(_t("Accounts"))
        # Sized to their contents: equal columns cut the staff's names beside empty flags.
        fit_columns(self.table, stretch=COLUMNS.index("name"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add)
        self.names_button.clicked.connect(self.edit_names)
        self.reset_button.clicked.connect(self.ask_reset_password)
        self.role_button.clicked.connect(self.ask_role)
        self.active_button.clicked.connect(self.ask_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.lead_button.clicked.connect(self.toggle_lead)
        self.officer_button.clicked.connect(self.toggle_officer)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        # Every account change, made here or on another screen, comes back as Changes.users.
        context.change_bus.changed.connect(self._changed)
        self.reload()

    # --- the list ---------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.users:
            self.reload()

    def reload(self) -> None:
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.accounts.list_accounts(actor), self._show, self._fail
        )

    def _show(self, accounts: list[AccountRecord]) -> None:
        chosen = self.selected()
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            for column, value in enumerate(self._cells(account)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.username)
        self._update_buttons()

    def _cells(self, account: AccountRecord) -> tuple[str, ...]:
        # Status is what an administrator acts on (Reactivate, Unlock); the sign-in column
        # says why an account is locked or what it must do next.
        if not account.active:
            status = _t("Deactivated")
        elif account.locked:
            status = _t("Locked")
        else:
            status = _t("Active")
        if account.failed_sign_ins:
            sign_in = _t("%n failed sign-in(s)", "", account.failed_sign_ins)
        elif account.must_change_password:
            sign_in = _t("One-time password")
        else:
            sign_in = ""
        yes = _t("Yes")
        return (
            account.username,
            person_name(account.display_name, account.display_name_arabic),
            role_name(account.role),
            status,
            yes if account.clinical_lead else "",
            yes if account.privacy_officer else "",
            sign_in,
        )

    def selected(self) -> AccountRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def select(self, username: str) -> bool:
        for row, account in enumerate(self.accounts):
            if account.username == username:
                select_row(self.table, row)
                return True
        return False

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in self.account_buttons:
            button.setEnabled(account is not None)
        if account is None:
            return
        self.active_button.setText(_t("&Deactivate…") if account.active else _t("Rea&ctivate"))
        self.unlock_button.setEnabled(account.locked or account.failed_sign_ins > 0)
        self.lead_button.setText(
            _t("Remove clinical &lead") if account.clinical_lead else _t("Make clinical &lead")
        )
        self.lead_button.setEnabled(account.clinical_lead or account.role is Role.PRACTITIONER)
        self.officer_button.setText(
            _t("Remove &privacy officer")
            if account.privacy_officer
            else _t("Make &privacy officer")
        )

    # --- actions ----------------------------------------------------------------------------
    def _add(self) -> None:
        AddUserDialog(self._context, self).exec()  # the list reloads when the bus says so

    def edit_names(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PrintedNamesDialog(self._context, account, self)
        self.dialog = dialog
        dialog.open()

    def _change(self, call: Callable[[AccountService, Actor, str], object]) -> None:
        """Run one account change off the UI thread; the list reloads when the bus says so."""
        account = self.selected()
        if account is None:
            return
        service, actor = self._context.services.accounts, self._context.signed_in.actor
        self._context.run_command(
            lambda: call(service, actor, account.username),
            None,
            self._fail,
        )

    def _confirm(self, title: str, text: str, action: str, then: Callable[[], None]) -> None:
        box = ConfirmBox(self, title, text, action)
        box.act_button.clicked.connect(then)
        self.dialog = box
        box.open()

    def ask_reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._confirm(
            _t("Reset password"),
            _t(
                "Give {name} a new one-time password? Their current password stops working "
                "at once; the new one must be changed at their next sign-in."
            ).format(name=account.username),
            _t("Reset password"),
            lambda: self._reset(account.username),
        )

    def _reset(self, username: str) -> None:
        service, actor = self._context.services.accounts, self._context.signed_in.actor
        self._context.run_command(
            lambda: service.reset_password(actor, username),
            lambda reset: self._show_password(username, reset.password),
            self._fail,
        )

    def _show_password(self, username: str, password: str) -> None:
        dialog = OneTimePasswordDialog(username, password, self)
        self.dialog = dialog
        dialog.open()

    def ask_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = ChangeRoleDialog(account.username, account.role, self)
        dialog.accepted.connect(
            lambda: self._change(
                lambda service, actor, name: service.set_role(actor, name, dialog.chosen_role())
            )
        )
        self.dialog = dialog
        dialog.open()

    def ask_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not account.active:
            self._change(lambda service, actor, name: service.set_active(actor, name, True))
            return
        self._confirm(
            _t("Deactivate account"),
            _t(
                "Deactivate {name}? They can no longer sign in, and a window they have open "
                "stops at its next action. Nothing they recorded is removed."
            ).format(name=account.username),
            _t("Deactivate"),
            lambda: self._change(
                lambda service, actor, name: service.set_active(actor, name, False)
            ),
        )

    def unlock(self) -> None:
        self._change(lambda service, actor, name: service.unlock(actor, name))

    def toggle_lead(self) -> None:
        account = self.selected()
        if account is not None:
            on = not account.clinical_lead
            self._change(lambda service, actor, name: service.set_clinical_lead(actor, name, on))

    def toggle_officer(self) -> None:
        account = self.selected()
        if account is not None:
            on = not account.privacy_officer
            self._change(lambda service, actor, name: service.set_privacy_officer(actor, name, on))
