"""The sign-in dialog and the first-run "create the first administrator" dialog.

There is never a default account: an empty database opens the first-run dialog instead. Both
dialogs hash a password (~0.1 s), so the service call goes through the task runner and the
dialog stays responsive. A failed sign-in never says whether the user name or the password was
wrong, so the dialog cannot be used to discover account names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import AuthenticationError, ValidationError
from scardesk.domain.records import UserRecord
from scardesk.domain.validation import validate_free_text, validate_password, validate_username
from scardesk.services.session import SignedIn
from scardesk.services.users import UserService
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.tasks import Runner
from scardesk.ui.widgets import FieldRow

DIALOG_WIDTH = 460


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _AccountDialog(QDialog):
    """Shared frame: brand, title, a white card holding the form, a footer line."""

    def __init__(
        self,
        users: UserService,
        runner: Runner,
        errors: ErrorPresenter | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._runner = runner
        self._errors = errors or ErrorPresenter(self)
        self.signed_in: SignedIn | None = None
        self.setModal(True)
        self.setMinimumWidth(DIALOG_WIDTH)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(6)
        self._header = QVBoxLayout()
        self._header.setSpacing(4)
        self._header.addWidget(_label("ScarDesk", "brand"))
        outer.addLayout(self._header)
        outer.addSpacing(12)

        self.card = QFrame()
        self.card.setObjectName("card")
        self.form = QVBoxLayout(self.card)
        self.form.setContentsMargins(20, 18, 20, 20)
        self.form.setSpacing(12)
        outer.addWidget(self.card)

        self.form_error = _label("", "formError")
        self.form_error.hide()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("primary")
        self.submit_button.setDefault(True)  # Enter in any field submits
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)

        self.footer = _label("", "muted")
        self.footer.hide()
        outer.addSpacing(8)
        outer.addWidget(self.footer)

    def _add_heading(self, title: str, subtitle: str) -> None:
        self._header.addWidget(_label(title, "dialogTitle"))
        if subtitle:
            self._header.addWidget(_label(subtitle, "muted"))

    def _finish_form(self) -> None:
        self.form.addWidget(self.form_error)
        self.form.addSpacing(4)
        self.form.addWidget(self.submit_button)

    def set_footer(self, text: str) -> None:
        self.footer.setText(text)
        self.footer.setVisible(bool(text))

    def show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.setVisible(bool(message))
        self.fit_to_content()

    def fit_to_content(self) -> None:
        """Grow with inline messages instead of squashing the fields (wrapped text needs this)."""
        self.layout().activate()
        self.resize(self.width(), self.heightForWidth(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to_content()

    def _set_busy(self, busy: bool) -> None:
        self.card.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.WaitCursor if busy else Qt.CursorShape.ArrowCursor)

    def _start(self, task: Callable[[], UserRecord]) -> None:
        self._set_busy(True)
        self._runner.run(task, self._succeeded, self._failed, write=True)

    def _succeeded(self, user: UserRecord) -> None:
        self._set_busy(False)
        self.signed_in = SignedIn(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self._handle(error):
            self._errors.show(error, self)

    def _handle(self, error: BaseException) -> bool:
        """Show ``error`` inline if this dialog knows how; False hands it to the error display."""
        return False

    def submit(self) -> None:
        raise NotImplementedError


class SignInDialog(_AccountDialog):
    """User name + password. On success ``signed_in`` holds the user and the dialog is accepted."""

    def __init__(
        self,
        users: UserService,
        runner: Runner,
        *,
        clinic_name: str = "",
        errors: ErrorPresenter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(users, runner, errors, parent)
        self.setWindowTitle(self.tr("Sign in — ScarDesk"))
        self._add_heading(self.tr("Sign in  ·  تسجيل الدخول"), clinic_name)
        self.username = FieldRow(self.tr("&User name"), hint=self.tr("e.g. s.albalushi"))
        self.password = FieldRow(self.tr("&Password"), password=True)
        self.form.addWidget(self.username)
        self.form.addWidget(self.password)
        self.submit_button.setText(self.tr("Sign in"))
        self._finish_form()
        self.username.edit.setFocus()

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_form_error(self.tr("Enter your user name and your password, then sign in."))
            return
        self.show_form_error("")
        self._start(lambda: self._users.authenticate(username, password))

    def _handle(self, error: BaseException) -> bool:
        if not isinstance(error, AuthenticationError):
            return False
        self.show_form_error(
            self.tr(
                "That user name and password do not match an active account. Check both "
                "(and Caps Lock) and try again, or ask your administrator to reset your password."
            )
        )
        self.password.set_text("")
        self.password.edit.setFocus()
        return True


class FirstAdminDialog(_AccountDialog):
    """First run only: the person installing ScarDesk creates the first administrator account."""

    def __init__(
        self,
        users: UserService,
        runner: Runner,
        *,
        errors: ErrorPresenter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(users, runner, errors, parent)
        self.setWindowTitle(self.tr("Create the first administrator — ScarDesk"))
        self._add_heading(
            self.tr("Create the clinic's first administrator"),
            self.tr(
                "This clinic database has no accounts yet, and ScarDesk has no default account. "
                "The administrator adds the other staff accounts, clinic details and backups."
            ),
        )
        self.username = FieldRow(
            self.tr("&User name"), hint=self.tr("letters, digits, . _ - e.g. s.albalushi")
        )
        self.display_name = FieldRow(
            self.tr("&Display name (shown on screens and records)"),
            hint=self.tr("e.g. Dr Salma Al-Harthy or د. سلمى الحارثي"),
        )
        self.password = FieldRow(
            self.tr("&Password"),
            password=True,
            hint=self.tr("at least 10 characters, two kinds (e.g. letters and digits)"),
        )
        self.repeat = FieldRow(self.tr("&Repeat the password"), password=True)
        self.rows = {
            "username": self.username,
            "display_name": self.display_name,
            "password": self.password,
            "repeat": self.repeat,
        }
        for row in self.rows.values():
            self.form.addWidget(row)
        self.submit_button.setText(self.tr("Create administrator and sign in"))
        self._finish_form()
        self.username.edit.setFocus()

    def submit(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.show_form_error("")
        username = self.username.text()
        display_name = self.display_name.text()
        password = self.password.text()
        errors = self._check(username, display_name, password, self.repeat.text())
        if errors:
            self._show_field_errors(errors)
            return

        def create_and_sign_in() -> UserRecord:
            created = self._users.create_first_admin(username, display_name, password)
            # Signing in through the service records the sign-in in the audit trail.
            return self._users.authenticate(created.username, password)

        self._start(create_and_sign_in)

    def _check(
        self, username: str, display_name: str, password: str, repeat: str
    ) -> dict[str, str]:
        """The domain's own validators, run here so every mistake shows at once before any write."""
        errors: dict[str, str] = {}
        checks: list[Callable[[], object]] = [
            lambda: validate_username(username),
            lambda: validate_free_text(display_name, "display_name", 120),
            lambda: validate_password(password),
        ]
        for check in checks:
            try:
                check()
            except ValidationError as error:
                errors.update(error.field_errors)
        if not display_name.strip() and "display_name" not in errors:
            errors["display_name"] = self.tr(
                "a display name is needed: it is shown on screens and records, "
                "e.g. Dr Salma Al-Harthy"
            )
        if password != repeat:
            errors["repeat"] = self.tr(
                "the two passwords are different: type the same password in both fields"
            )
        return errors

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for field, message in errors.items():
            row = self.rows.get(field)
            if row is None:
                unplaced.append(sentence(message))
            else:
                row.set_error(sentence(message))
        self.show_form_error("\n".join(unplaced))  # also refits the dialog
        first_bad = next((row for row in self.rows.values() if row.error()), None)
        if first_bad is not None:
            first_bad.edit.setFocus()

    def _handle(self, error: BaseException) -> bool:
        if not isinstance(error, ValidationError):
            return False
        self._show_field_errors(error.field_errors)
        return True
