"""The sign-in dialog and the first-run "create the first administrator" dialog.

There is never a default account: an empty database opens the first-run dialog instead. Both
dialogs hash a password (~0.1 s), so the service call goes through the task runner and the
dialog stays responsive. A failed sign-in never says whether the user name or the password was
wrong, so the dialog cannot be used to discover account names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from scardesk.domain.errors import (
    AuthenticationError,
    OneTimePasswordExpiredError,
    SignInLockedError,
    SignInWaitError,
    ValidationError,
)
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.login.account_dialog import AccountDialog
from scardesk.ui.login.change_password import ChangePasswordDialog
from scardesk.ui.messages import field_texts
from scardesk.ui.tasks import Runner
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.language_box import language_box, select_language
from scardesk.ui.widgets.password_strength import add_meter

if TYPE_CHECKING:
    # The services load behind the sign-in window (app.py): the dialog is shown without them.
    from scardesk.domain.records import UserRecord
    from scardesk.services.users import UserService
    from scardesk.ui.language import LanguageChoice


class SignInDialog(AccountDialog):
    """User name + password. On success ``signed_in`` holds the user and the dialog is accepted.

    At start-up it is shown before the clinic database is open (``users`` is None): the user
    types at once, and "Sign in" pressed before ``users_ready`` waits, saying so, then goes on.
    """

    def __init__(
        self,
        users: UserService | None,
        runner: Runner,
        *,
        clinic_name: str = "",
        errors: ErrorPresenter | None = None,
        languages: LanguageChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, errors, parent)
        self._users = users
        self._waiting = False
        self._languages = languages
        self._add_heading("", clinic_name)
        self.username = FieldRow("")
        self.password = FieldRow("", password=True)
        self.form.addWidget(self.username)
        self.form.addWidget(self.password)
        self._finish_form()
        self._add_language_switch()
        self.retranslate()
        self.username.edit.setFocus()
        self._typed_password = ""
        self.change_dialog: ChangePasswordDialog | None = None

    def _add_language_switch(self) -> None:
        """English / العربية under the card: the person at the desk reads the window in their
        language before signing in; the workstation remembers it for the next start."""
        self.language_label = QLabel()
        self.language_label.setObjectName("muted")
        self.language = language_box()
        self.language.setObjectName("signInLanguage")
        self.language_label.setBuddy(self.language)
        current = self._languages.workstation_language() if self._languages is not None else None
        if current is not None:
            select_language(self.language, current)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language.setVisible(self._languages is not None)
        self.language_label.setVisible(self._languages is not None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        self.outer.addLayout(row)

    def _language_chosen(self) -> None:
        from scardesk.domain.display_prefs import Language

        if self._languages is None:
            return
        self._languages.choose(Language(self.language.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the installed language; what was typed stays."""
        self.setWindowTitle(_t("Sign in — ScarDesk"))
        self.title_label.setText(_t("Sign in"))
        self.username.set_label(_t("&User name"), _t("e.g. s.albalushi"))
        self.password.set_label(_t("&Password"))
        self.language_label.setText(_t("&Language:"))
        self.submit_button.setText(
            _t("Signing in as soon as the database is open…") if self._waiting else _t("Sign in")
        )
        self.refresh_footer()
        if self.isVisible():  # before the first show, showEvent fits it
            # After the posted direction change has been laid out: Arabic labels are taller.
            QTimer.singleShot(0, self._refit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._refit)  # a language applied just before: see retranslate

    def _refit(self) -> None:
        self.fit_to_content()
        self.resize(self.width(), max(self.height(), self.minimumSizeHint().height()))

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_form_error(_t("Enter your user name and your password, then sign in."))
            return
        users = self._users
        if users is None:  # the fields stay editable: what they hold then is what signs in
            self._waiting = True
            self.submit_button.setEnabled(False)
            self.submit_button.setText(_t("Signing in as soon as the database is open…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
            return
        self.show_form_error("")
        self._typed_password = password
        self._start(lambda: users.authenticate(username, password))

    def users_ready(
        self, users: UserService, *, clinic_name: str, footer: str | Callable[[], str]
    ) -> None:
        """The database is open: show whose clinic it is, and sign in if that was waiting."""
        self._users = users
        self.subtitle.setText(clinic_name)
        self.subtitle.setVisible(bool(clinic_name))
        self.set_footer(footer)
        self.fit_to_content()
        if self._waiting:
            self._waiting = False
            self.submit_button.setEnabled(True)
            self.submit_button.setText(_t("Sign in"))
            self.unsetCursor()
            self.submit()

    def _succeeded(self, user: UserRecord) -> None:
        typed, self._typed_password = self._typed_password, ""
        users = self._users
        if not user.must_change_password or users is None:
            super()._succeeded(user)
            return
        # A one-time password: the forced change is all this sign-in opens.
        self._set_busy(False)
        dialog = ChangePasswordDialog(
            users,
            self._runner,
            user,
            forced=True,
            current_password=typed,
            errors=self._errors,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._changed(dialog))
        dialog.rejected.connect(self._change_cancelled)
        self.change_dialog = dialog
        dialog.open()

    def _changed(self, dialog: ChangePasswordDialog) -> None:
        self.change_dialog = None
        self.signed_in = dialog.signed_in
        dialog.deleteLater()
        self.accept()

    def _change_cancelled(self) -> None:
        """Cancel signs out: back to an empty sign-in, nothing else was opened."""
        self.change_dialog = None
        self.password.set_text("")
        self.show_form_error(
            _t(
                "You are signed out. Sign in with your one-time password again and choose "
                "your own password to go on."
            )
        )
        self.password.edit.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._typed_password = ""
        super()._failed(error)

    def _handle(self, error: BaseException) -> bool:
        if not isinstance(error, AuthenticationError):
            return False
        self.show_form_error(self.sign_in_message(error))
        self.password.set_text("")
        self.password.edit.setFocus()
        return True

    def sign_in_message(self, error: AuthenticationError) -> str:
        """The line under the form for each kind of refused sign-in (never which part was
        wrong: the service answers an unknown name exactly like a real one)."""
        if isinstance(error, SignInWaitError) and error.seconds == 1:
            return _t(
                "Too many failed sign-ins with this user name. Wait a second, then try again."
            )
        if isinstance(error, SignInWaitError):
            return _t(
                "Too many failed sign-ins with this user name. Wait {seconds} seconds, then "
                "try again."
            ).format(seconds=error.seconds)
        if isinstance(error, SignInLockedError):
            return _t(
                "This sign-in is locked after too many failed attempts. Ask your administrator "
                "to unlock it."
            )
        if isinstance(error, OneTimePasswordExpiredError):
            return _t(
                "This one-time password has expired (they last 72 hours). Ask your "
                "administrator for a new one."
            )
        return _t(
            "That user name and password do not match an active account. Check both "
            "(and Caps Lock) and try again, or ask your administrator to reset your password."
        )


class FirstAdminDialog(AccountDialog):
    """First run only: the person installing ScarDesk creates the first administrator account."""

    def __init__(
        self,
        users: UserService,
        runner: Runner,
        *,
        errors: ErrorPresenter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, errors, parent)
        self._users = users
        self.setWindowTitle(_t("Create the first administrator — ScarDesk"))
        self._add_heading(
            _t("Create the clinic's first administrator"),
            _t(
                "This clinic database has no accounts yet, and ScarDesk has no default account. "
                "The administrator adds the other staff accounts, clinic details and backups."
            ),
        )
        self.username = FieldRow(
            _t("&User name"), hint=_t("letters, digits, . _ - e.g. s.albalushi")
        )
        self.display_name = FieldRow(
            _t("&Display name (shown on screens and records)"),
            hint=_t("e.g. Dr Salma Al-Harthy or د. سلمى الحارثي"),
        )
        self.password = FieldRow(
            _t("&Password"),
            password=True,
            hint=_t("at least 12 characters, e.g. a few unrelated words"),
        )
        self.meter = add_meter(
            self.password,
            self.password.edit,
            lambda: (self.username.text(), self.display_name.text()),
        )
        self.repeat = FieldRow(_t("&Repeat the password"), password=True)
        self.rows = {
            "username": self.username,
            "display_name": self.display_name,
            "password": self.password,
            "repeat": self.repeat,
        }
        for row in self.rows.values():
            self.form.addWidget(row)
        self.submit_button.setText(_t("Create administrator and sign in"))
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

        users = self._users

        def create_and_sign_in() -> UserRecord:
            created = users.create_first_admin(username, display_name, password)
            # Signing in through the service records the sign-in in the audit trail.
            return users.authenticate(created.username, password)

        self._start(create_and_sign_in)

    def _check(
        self, username: str, display_name: str, password: str, repeat: str
    ) -> dict[str, str]:
        """The domain's own validators, run here so every mistake shows at once before any write."""
        # Imported here: the validators (phone numbers and all) are not needed to show the form.
        from scardesk.domain.validation import (
            validate_free_text,
            validate_password,
            validate_username,
        )

        errors: dict[str, str] = {}
        checks: list[Callable[[], object]] = [
            lambda: validate_username(username),
            lambda: validate_free_text(display_name, "display_name", 120),
            lambda: validate_password(password, username=username, display_name=display_name),
        ]
        for check in checks:
            try:
                check()
            except ValidationError as error:
                errors.update(field_texts(error))
        if not display_name.strip() and "display_name" not in errors:
            errors["display_name"] = _t(
                "a display name is needed: it is shown on screens and records, "
                "e.g. Dr Salma Al-Harthy"
            )
        if password != repeat:
            errors["repeat"] = _t(
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
        self._show_field_errors(field_texts(error))
        return True
