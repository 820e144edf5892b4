"""Form pieces shared by the product dialogs: a labelled drop-down, the parsers for what staff
type (whole numbers, rials, expiry dates as printed on a box) and the dialog base that runs one
command and puts each refusal under the field it concerns.

Only what the form itself must turn into numbers or dates is checked here; every rule about what
a valid product or lot is stays in the domain, so the screen cannot drift from the service.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ValidationError
from scardesk.domain.numerals import western_digits
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, field_label, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.unsaved import DiscardGuard


class Row(Protocol):
    def set_error(self, message: str) -> None: ...
    def clear_error(self) -> None: ...
    def error(self) -> str: ...


class ChoiceRow(QWidget):
    """A labelled drop-down with its error message beneath, like ``FieldRow`` for text."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.combo = QComboBox()
        self.combo.setAccessibleName(label.replace("&", ""))
        self.combo.setMinimumHeight(34)  # as tall as the text fields beside it
        self.label.setBuddy(self.combo)
        self.error_label = ErrorLine()
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.error_label)
        self.combo.activated.connect(lambda _index: self.clear_error())

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def clear_error(self) -> None:
        self.set_error("")

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""


# --- what the form turns into values ------------------------------------------------------

_MINUS = str.maketrans({"−": "-", "–": "-"})


def parse_whole(text: str) -> int:
    """A whole number as staff type it: ``+2``, ``-1``, ``−1`` (a typographic minus) or ``3``."""
    clean = western_digits(text).strip().translate(_MINUS).replace(" ", "")
    if not re.fullmatch(r"[+-]?\d{1,9}", clean):
        raise ValueError(
            _t("“{text}” is not a whole number: type digits, e.g. 2").format(text=text)
        )
    return int(clean)


def parse_rials(text: str) -> int:
    """Omani rials with up to 3 decimals → integer baisa (money is never a float)."""
    try:
        amount = Decimal(western_digits(text).strip().replace(",", ""))
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.001")):
        raise ValueError(
            _t("“{text}” is not an amount: type rials with up to 3 decimals, e.g. 45.500").format(
                text=text
            )
        )
    return int(amount * 1000)


def parse_expiry(text: str) -> date:
    """The expiry as printed on the box: ``31/03/2027``, ``2027-03-31`` or a month ``03/2027``.

    A label that gives only a month means the product may be used to the end of that month.
    """
    clean = western_digits(text).strip()
    numbers = [int(part) for part in re.findall(r"\d+", clean)]
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", clean):
            return date(numbers[0], numbers[1], numbers[2])
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", clean):
            return date(numbers[2], numbers[1], numbers[0])
        if re.fullmatch(r"\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}", clean):
            year, month = (numbers[1], numbers[0]) if numbers[1] > 999 else numbers
            return date(year, month, calendar.monthrange(year, month)[1])
    except (ValueError, calendar.IllegalMonthError):
        pass
    if not clean:
        raise ValueError(_t("The expiry date is required: copy it from the label, e.g. 31/03/2027"))
    raise ValueError(
        _t("“{text}” is not a date: type day/month/year as on the label, e.g. 31/03/2027").format(
            text=text
        )
    )


# --- the shared save behaviour ---------------------------------------------------------------


class ServiceDialog(DiscardGuard, QDialog):
    """Runs one command; field errors go under their fields, others to the error presenter."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.saved: Any = None
        self.fields: dict[str, Row] = {}
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def actor(self) -> Any:
        return self._context.signed_in.actor

    def submit(self) -> None:
        for row in self.fields.values():
            row.clear_error()
        self.form_error.hide()
        task = self.prepare()
        if task is None:
            return
        self.save_button.setEnabled(False)
        self._context.run_command(task, self._succeeded, self._failed)

    def prepare(self) -> Callable[[], Any] | None:
        """The command to run, or None after showing what the form could not read."""
        raise NotImplementedError

    def show_field_errors(self, errors: dict[str, str]) -> None:
        leftovers = []
        for name, message in errors.items():
            row = self.fields.get(name)
            if row is None:
                leftovers.append(f"{field_label(name)}: {message}")
            else:
                row.set_error(sentence(message))
        if leftovers:
            self.form_error.setText("\n".join(leftovers))
            self.form_error.show()
        self.adjustSize()  # wrapped messages need the height they take

    def _succeeded(self, result: tuple[Any, Any]) -> None:
        self.saved, _changes = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_field_errors(field_texts(error))
        else:
            self._errors.show(error, self)


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("dialogTitle")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
