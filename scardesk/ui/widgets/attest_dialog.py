"""The password asked for when a user signs something: a session, a consent, a merge.

Signing is an attestation, so the service takes the signer's password again (a workstation left
signed in must not sign in someone's name). This small window-modal dialog says who is signing
and what they vouch for, and runs the caller's service call with the password typed, off the UI
thread like every write. A wrong password is said inline and the dialog stays open for another
try; any other failure closes it and goes to the caller, whose form knows what to do with it.
Escape or Cancel signs nothing. While the call runs the dialog cannot be dismissed, because the
write may still succeed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import AttestationError
from scardesk.ui.context import ScreenContext
from scardesk.ui.labels import user_name
from scardesk.ui.tasks import OnDone, OnFailed
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine

DIALOG_WIDTH = 440


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the display name is typed by an admin
    label.setWordWrap(True)
    return label


class AttestDialog(QDialog):
    """Asks for the signer's password and runs ``task(password)`` with it.

    ``on_done(result)`` runs after a success (the dialog has closed), ``on_failed(error)`` after
    a failure other than a wrong password, and ``on_cancelled()`` when the user backs out.
    """

    def __init__(
        self,
        context: ScreenContext,
        *,
        title: str,
        statement: str,
        action: str,
        task: Callable[[str], Any],
        on_done: OnDone,
        on_failed: OnFailed,
        on_cancelled: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._task = task
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self._busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(DIALOG_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(_label(title, "dialogTitle"))
        # What the signer vouches for, set apart: it is the point of the dialog.
        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(14, 12, 14, 12)
        self.statement = _label(statement, "statement")
        card_layout.addWidget(self.statement)
        layout.addWidget(card)
        name = user_name(context.signed_in.user)
        self.prompt = _label(
            _t("Enter your password to sign as {name}").format(name=name), "fieldLabel"
        )
        layout.addWidget(self.prompt)
        self.password = QLineEdit()
        self.password.setObjectName("attestPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_t("Your password"))
        self.prompt.setBuddy(self.password)
        layout.addWidget(self.password)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(_t("Cancel"))
        self.sign_button = QPushButton(action)
        self.sign_button.setObjectName("primary")
        # Enter in the field submits through returnPressed alone, so it never fires twice.
        for button in (self.cancel_button, self.sign_button):
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.sign_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)
        layout.addLayout(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            self._say(_t("Enter your password to sign."))
            return
        self._set_busy(True)
        # Every attested task is a command (sign, merge, capture): its Changes go on the bus.
        self._context.run_command(lambda: self._task(password), self._succeeded, self._failed)

    def reject(self) -> None:
        if self._busy:
            return  # the signature may still be written: wait for the answer
        super().reject()
        if self._on_cancelled is not None:
            self._on_cancelled()

    def _succeeded(self, result: Any) -> None:
        self._set_busy(False)
        self.password.clear()
        self.accept()
        self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AttestationError):
            self.password.clear()
            self.password.setFocus()
            self._say(_t("That password is not right, so the record was not signed. Try again."))
            return
        self.password.clear()
        self.done(QDialog.DialogCode.Rejected)  # closed without counting as a cancel
        self._on_failed(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.password, self.sign_button, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _say(self, message: str) -> None:
        self.error.set_message(message)
        if (layout := self.layout()) is not None:
            layout.activate()
        self.adjustSize()


def ask_to_attest(
    parent: QWidget,
    context: ScreenContext,
    *,
    title: str,
    statement: str,
    action: str,
    task: Callable[[str], Any],
    on_done: OnDone,
    on_failed: OnFailed,
    on_cancelled: Callable[[], None] | None = None,
) -> AttestDialog:
    """Open the dialog window-modal (non-blocking) over ``parent`` and return it."""
    dialog = AttestDialog(
        context,
        title=title,
        statement=statement,
        action=action,
        task=task,
        on_done=on_done,
        on_failed=on_failed,
        on_cancelled=on_cancelled,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
