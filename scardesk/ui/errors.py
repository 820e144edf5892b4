"""The one place that turns an exception into something a receptionist can act on (rule 7).

Expected failures (``ScarDeskError`` subclasses) become a clear title and text. Anything else is
a defect: its traceback is logged and the user sees a plain apology. Exception *messages* are
left out of the log, because a database error can quote the values it was given, and those may
be patient names or phone numbers (ids only in logs).
"""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scardesk.domain.errors import (
    AccountInactiveError,
    AuthenticationError,
    ConflictError,
    IntegrityProblem,
    NotFoundError,
    PermissionDeniedError,
    SafetyBlockError,
    ScarDeskError,
    StorageRefusedError,
    UnreadableRecordError,
    ValidationError,
)
from scardesk.ui.messages import error_text, field_texts, message_text, sentence
from scardesk.ui.tr import _t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErrorMessage:
    title: str
    text: str
    unexpected: bool = False


def field_label(name: str) -> str:
    """``display_name`` → ``Display name``: good enough where no form label is at hand."""
    return sentence(name.replace("_", " "))


def describe_error(error: BaseException) -> ErrorMessage:
    """Title and text for ``error``; ``unexpected`` marks the ones that must be logged."""
    if isinstance(error, ValidationError):
        lines = [
            f"• {field_label(name)}: {message}" for name, message in field_texts(error).items()
        ]
        return ErrorMessage(
            _t("Please check the form"),
            _t("Nothing was saved. Correct these fields and try again:")
            + "\n\n"
            + "\n".join(lines),
        )
    if isinstance(error, ConflictError):
        return ErrorMessage(
            _t("Changed on another computer"),
            _t(
                "Someone else saved this record while you were editing it, so nothing was saved "
                "and their work is kept. Close and reopen the record to see their changes, then "
                "make yours again."
            ),
        )
    if isinstance(error, AccountInactiveError):
        return ErrorMessage(
            _t("Your account is no longer active"),
            _t(
                "An administrator has deactivated your account, so nothing was done and ScarDesk "
                "will sign you out. Ask the clinic administrator if this is a mistake."
            ),
        )
    if isinstance(error, PermissionDeniedError):
        return ErrorMessage(
            _t("Not allowed for your role"),
            _t(
                "Your account's role does not allow this ({detail}). Ask the clinic administrator "
                "if you need it."
            ).format(detail=message_text(error.message)),
        )
    if isinstance(error, StorageRefusedError):
        return ErrorMessage(_t("The database cannot be used safely"), error_text(error))
    if isinstance(error, NotFoundError):
        return ErrorMessage(
            _t("Not found"),
            _t(
                "This record no longer exists or is not visible to you. "
                "Refresh the list and try again."
            ),
        )
    if isinstance(error, SafetyBlockError):
        return ErrorMessage(_t("Stopped by a safety rule"), error_text(error))
    if isinstance(error, AuthenticationError):
        return ErrorMessage(_t("Sign-in failed"), error_text(error))
    if isinstance(error, UnreadableRecordError):
        # Named by table and number only: the detail may quote the stored value.
        return ErrorMessage(
            _t("This record cannot be read"),
            _t(
                "Record #{id} ({table}) is stored in a form this version of ScarDesk cannot "
                "read, so it is not shown. Nothing was changed. Ask your administrator to run "
                "the database check; the rest of the patient's file is unaffected."
            ).format(id=error.row_id, table=error.table),
        )
    if isinstance(error, IntegrityProblem):
        return ErrorMessage(_t("Integrity problem"), error_text(error))
    if isinstance(error, ScarDeskError):
        return ErrorMessage(_t("Could not finish"), error_text(error))
    return ErrorMessage(
        _t("Sorry, something went wrong"),
        _t(
            "ScarDesk hit an unexpected problem and did not finish what you asked. Nothing you "
            "saved before is affected. Please try again; if it happens again, tell your "
            "administrator the time it happened (the details are in the log)."
        ),
        unexpected=True,
    )


def log_unexpected(error: BaseException) -> None:
    """Log the exception types and stack frames of ``error`` and its causes, not their messages."""
    parts: list[str] = []
    current: BaseException | None = error
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}\n{frames}")
        current = current.__cause__ or current.__context__
    log.error(
        "unexpected error (messages omitted; they may hold personal data):\n%s",
        "\ncaused by ".join(parts),
    )


class ErrorPresenter(QObject):
    """Shows error boxes; non-blocking when there is a parent window, so tests never hang."""

    #: The signed-in account was deactivated elsewhere: the shell signs it out.
    account_inactive = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_message: ErrorMessage | None = None

    def show(self, error: BaseException, parent: QWidget | None = None) -> ErrorMessage:
        message = describe_error(error)
        if message.unexpected:
            log_unexpected(error)
        self.last_message = message
        if isinstance(error, AccountInactiveError):
            self.account_inactive.emit()
        owner = parent or QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical if message.unexpected else QMessageBox.Icon.Warning,
            message.title,
            message.text,
            QMessageBox.StandardButton.Ok,
            owner,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user input: never parse markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if owner is None:
            box.exec()
        else:
            box.open()
        return message


def install_excepthook(presenter: ErrorPresenter) -> None:
    """Route exceptions escaping Qt slots to the presenter instead of a silent stderr line."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(error, Exception):
            sys.__excepthook__(kind, error, tb)
            return
        presenter.show(error)

    sys.excepthook = hook
