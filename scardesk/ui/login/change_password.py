"""Choosing one's own password: forced after signing in with a one-time password, or asked for
from the File menu.

Forced, it is the only thing shown after such a sign-in (the one-time password just typed is
passed in, so it is not asked again), and cancelling it signs out. The services refuse every
other action until the password is changed anyway (services.access), so a screen that slipped
past this dialog could do nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from scardesk.domain.errors import ValidationError
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.login.account_dialog import AccountDialog
from scardesk.ui.messages import field_texts
from scardesk.ui.tasks import Runner
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow
from scardesk.ui.widgets.password_strength import add_meter

if TYPE_CHECKING:
    # Loaded behind the sign-in window (app.py); this dialog only opens once they are.
    from scardesk.domain.records import UserRecord
    from scardesk.services.users import UserService


class ChangePasswordDialog(AccountDialog):
    """On success ``signed_in`` holds the user as now stored and the dialog is accepted."""

    def __init__(
        self,
        users: UserService,
        runner: Runner,
        user: UserRecord,
        *,
        forced: bool = False,
        current_password: str = "",
        errors: ErrorPresenter | None = None,
        parent: QWidget | None = None,
        change_bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(runner, errors, parent, change_bus)
        self._users = users
        self._user = user
        self._current_given = current_password if forced else ""
        if forced:
            self.setWindowTitle(_t("Choose your own password — ScarDesk"))
            self._add_heading(
                _t("Choose your own password"),
                _t(
                    "You signed in with a one-time password from your administrator. Choose a "
                    "password only you know to go on; until then ScarDesk opens nothing else."
                ),
            )
        else:
            self.setWindowTitle(_t("Change my password — ScarDesk"))
            # The labels bring in every modality's spec: not before the sign-in window shows.
            from scardesk.ui.labels import user_name

            self._add_heading(_t("Change my password"), user_name(user))
        self.current = FieldRow(_t("&Current password"), password=True)
        self.new = FieldRow(
            _t("&New password"),
            password=True,
            hint=_t("at least 12 characters, e.g. a few unrelated words"),
        )
        self.meter = add_meter(
            self.new, self.new.edit, lambda: (self._user.username, self._user.display_name)
        )
        self.repeat = FieldRow(_t("&Repeat the new password"), password=True)
        self.rows = {
            "current_password": self.current,
            "new_password": self.new,
            "repeat": self.repeat,
        }
        if not self._current_given:
            self.form.addWidget(self.current)
        else:
            self.current.hide()
        self.form.addWidget(self.new)
        self.form.addWidget(self.repeat)
        self.submit_button.setText(
            _t("Save my password and go on") if forced else _t("Save the new password")
        )
        self.cancel_button = QPushButton(_t("Sign out") if forced else _t("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.form.addWidget(self.form_error)
        self.form.addSpacing(4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        self.form.addLayout(buttons)
        (self.new if self._current_given else self.current).edit.setFocus()

    def submit(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.show_form_error("")
        current = self._current_given or self.current.text()
        new = self.new.text()
        from scardesk.domain.validation import validate_password  # not needed to show the form

        errors: dict[str, str] = {}
        if not current:
            errors["current_password"] = _t("type your current password")
        try:
            validate_password(
                new,
                "new_password",
                username=self._user.username,
                display_name=self._user.display_name,
            )
        except ValidationError as error:
            errors.update(field_texts(error))
        if new != self.repeat.text():
            errors["repeat"] = _t(
                "the two new passwords are different: type the same password in both fields"
            )
        if errors:
            self._show_field_errors(errors)
            return
        from scardesk.services.session import SignedIn

        actor = SignedIn(self._user).actor
        self._start(lambda: self._users.change_password(actor, current, new))

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for field, message in errors.items():
            row = self.rows.get(field)
            if row is None or row.isHidden():
                unplaced.append(sentence(message))
            else:
                row.set_error(sentence(message))
        self.show_form_error("\n".join(unplaced))
        first_bad = next((row for row in self.rows.values() if row.error()), None)
        if first_bad is not None:
            first_bad.edit.setFocus()

    def _handle(self, error: BaseException) -> bool:
        if not isinstance(error, ValidationError):
            return False
        self._show_field_errors(field_texts(error))
        return True
