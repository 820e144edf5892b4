"""The strength meter under every new-password field: a short bar and a word.

The estimate is domain.passwords.estimate_strength (length first, a little credit for mixing
kinds of character, and the policy's own refusals: too short, common, the user's names), so
the meter never calls "good" a password the service would refuse. It is a guide while typing;
the service decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from scardesk.domain.passwords import Strength, estimate_strength
from scardesk.ui.tr import _t

#: How full the bar is for each estimate (out of 4).
_LEVELS = {
    Strength.TOO_SHORT: 1,
    Strength.COMMON: 1,
    Strength.WEAK: 2,
    Strength.GOOD: 3,
    Strength.STRONG: 4,
}


def strength_word(strength: Strength) -> str:
    words = {
        Strength.TOO_SHORT: _t("too short"),
        Strength.COMMON: _t("common: easy to guess"),
        Strength.WEAK: _t("weak"),
        Strength.GOOD: _t("good"),
        Strength.STRONG: _t("strong"),
    }
    return words[strength]


class PasswordStrengthMeter(QWidget):
    """Follows ``edit`` as it is typed in; ``names`` gives the account's user name and display
    name (they may be typed in the same dialog), so a password built from them shows as common.
    """

    def __init__(
        self,
        edit: QLineEdit,
        names: Callable[[], tuple[str, str]] = lambda: ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self._names = names
        self.strength: Strength | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.bar = QProgressBar()
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, len(_LEVELS) - 1)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.label = QLabel()
        self.label.setObjectName("strengthWord")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.setAccessibleName(_t("Password strength"))
        edit.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        password = self._edit.text()
        if not password:
            self.strength = None
            self.bar.setValue(0)
            self.label.setText(_t("Password strength: type a password"))
            self._paint("")
            return
        username, display_name = self._names()
        self.strength = estimate_strength(password, username, display_name)
        self.bar.setValue(_LEVELS[self.strength])
        self.label.setText(strength_word(self.strength))
        self.setAccessibleDescription(self.label.text())
        self._paint(self.strength.value)

    def _paint(self, strength: str) -> None:
        for widget in (self.bar, self.label):
            widget.setProperty("strength", strength)
            # A dynamic property only restyles after a re-polish.
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def add_meter(
    row: QWidget, edit: QLineEdit, names: Callable[[], tuple[str, str]]
) -> PasswordStrengthMeter:
    """A meter placed inside a field row, right under its line edit and above its error line."""
    meter = PasswordStrengthMeter(edit, names)
    layout = row.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(layout.indexOf(edit) + 1, meter)
    return meter
