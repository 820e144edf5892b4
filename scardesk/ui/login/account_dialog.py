"""The frame shared by the sign-in, first-run and password dialogs: brand, title, a white
card holding the form, an error line and a footer. The service call runs through the task
runner (hashing a password takes ~0.1 s), so the dialog stays responsive."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.ui.change_bus import ChangeBus, run_command
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.tasks import Runner, run_logged_read

if TYPE_CHECKING:
    # The services (SQLAlchemy and all) load behind the sign-in window: see app.py.
    from scardesk.domain.records import UserRecord
    from scardesk.services.session import SignedIn

DIALOG_WIDTH = 460


def plain_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AccountDialog(QDialog):
    """Shared frame: brand, title, a white card holding the form, a footer line."""

    def __init__(
        self,
        runner: Runner,
        errors: ErrorPresenter | None,
        parent: QWidget | None,
        change_bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._change_bus = change_bus
        self._errors = errors or ErrorPresenter(self)
        self.signed_in: SignedIn | None = None
        self.setModal(True)
        self.setMinimumWidth(DIALOG_WIDTH)

        outer = QVBoxLayout(self)
        self.outer = outer
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(6)
        self._header = QVBoxLayout()
        self._header.setSpacing(4)
        self._header.addWidget(plain_label("ScarDesk", "brand"))
        outer.addLayout(self._header)
        outer.addSpacing(12)

        self.card = QFrame()
        self.card.setObjectName("card")
        self.form = QVBoxLayout(self.card)
        self.form.setContentsMargins(20, 18, 20, 20)
        self.form.setSpacing(12)
        outer.addWidget(self.card)

        self.form_error = plain_label("", "formError")
        self.form_error.hide()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("primary")
        self.submit_button.setDefault(True)  # Enter in any field submits
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)

        self.footer = plain_label("", "muted")
        self.footer.hide()
        outer.addSpacing(8)
        outer.addWidget(self.footer)

    def _add_heading(self, title: str, subtitle: str) -> None:
        self.title_label = plain_label(title, "dialogTitle")
        self._header.addWidget(self.title_label)
        self.subtitle = plain_label(subtitle, "muted")
        self.subtitle.setVisible(bool(subtitle))
        self._header.addWidget(self.subtitle)

    def _finish_form(self) -> None:
        self.form.addWidget(self.form_error)
        self.form.addSpacing(4)
        self.form.addWidget(self.submit_button)

    def set_footer(self, text: str | Callable[[], str]) -> None:
        """A callable footer is asked again when the language changes (``refresh_footer``)."""
        self._footer_source = text
        self.refresh_footer()

    def refresh_footer(self) -> None:
        source = getattr(self, "_footer_source", "")
        text = source() if callable(source) else source
        self.footer.setText(text)
        self.footer.setVisible(bool(text))

    def show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.setVisible(bool(message))
        self.fit_to_content()

    def fit_to_content(self) -> None:
        """Grow with inline messages instead of squashing the fields (wrapped text needs this)."""
        if (layout := self.layout()) is not None:
            layout.activate()
        self.resize(self.width(), self.heightForWidth(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to_content()

    def _set_busy(self, busy: bool) -> None:
        self.card.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.WaitCursor if busy else Qt.CursorShape.ArrowCursor)

    def _start(self, task: Callable[[], UserRecord]) -> None:
        self._set_busy(True)
        if self._change_bus is not None:  # signed in: the open screens hear of the change
            run_command(self._runner, self._change_bus, task, self._succeeded, self._failed)
        else:  # signing in, or before the shell exists: nothing on screen to tell
            run_logged_read(self._runner, task, self._succeeded, self._failed)

    def _succeeded(self, user: UserRecord) -> None:
        from scardesk.services.session import SignedIn  # loaded by now: the user signed in

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
