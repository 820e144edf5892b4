"""Edit the names and licence number documents print for one account.

The Arabic name is printed in the Arabic column of aftercare sheets, consent forms and visit
summaries; without one the Latin name is printed there too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from scardesk.domain.errors import ValidationError
from scardesk.services.accounts import AccountRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets import FieldRow


class PrintedNamesDialog(QDialog):
    def __init__(
        self, context: ScreenContext, account: AccountRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context, self._account = context, account
        self.saved: AccountRecord | None = None
        self.setWindowTitle(_t("Names on documents: {user}").format(user=account.username))
        layout = QVBoxLayout(self)
        self.display_name = FieldRow(_t("Name shown on screens and sheets"))
        self.display_name_arabic = FieldRow(
            _t("Name in Arabic (printed in the Arabic column)"), right_to_left=True
        )
        self.licence = FieldRow(_t("Practitioner licence number (optional)"))
        self.display_name.set_text(account.display_name)
        self.display_name_arabic.set_text(account.display_name_arabic or "")
        self.licence.set_text(account.licence_number or "")
        self.fields = {
            "display_name": self.display_name,
            "display_name_arabic": self.display_name_arabic,
            "licence_number": self.licence,
        }
        for row in self.fields.values():
            layout.addWidget(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        for row in self.fields.values():
            row.clear_error()
        actor, accounts = self._context.signed_in.actor, self._context.services.accounts
        username = self._account.username
        values = (self.display_name.text(), self.display_name_arabic.text(), self.licence.text())
        self._context.run_command(
            lambda: accounts.set_printed_names(actor, username, *values),
            self._done,
            self._fail,
        )

    def _done(self, record: AccountRecord) -> None:
        self.saved = record
        self.accept()

    def _fail(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            ErrorPresenter(self).show(error, self)
            return
        for name, message in field_texts(error).items():
            self.fields.get(name, self.display_name).set_error(sentence(message))
