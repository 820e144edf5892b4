"""The passphrase asked for before sign-in when the clinic's SQLite database is encrypted.

The dialog only collects the passphrase and tries it through a callable the composition root
gives it (``app.py`` opens the database with it), so screens still never touch the database
layer. A wrong passphrase is said inline and the field is cleared for another try; "Quit" opens
nothing. "Remember on this computer" is offered only where the OS keyring works; where it does
not, the dialog says so instead of offering a box that would do nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import StorageRefusedError
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine

DIALOG_WIDTH = 460


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PassphraseDialog(QDialog):
    """Asks for the database passphrase; ``accept()`` only once ``try_open`` succeeded."""

    def __init__(
        self,
        try_open: Callable[[str], object],
        database_name: str,
        *,
        keyring_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._try_open = try_open
        self._keyring_available = keyring_available
        self.setWindowTitle(_t("ScarDesk — unlock the database"))
        self.setMinimumWidth(DIALOG_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.addWidget(_label("ScarDesk", "brand"))
        outer.addWidget(_label(_t("Unlock the clinic database"), "dialogTitle"))
        outer.addWidget(
            _label(
                _t(
                    "The database is encrypted on this computer's disk. Enter its passphrase "
                    "to continue to sign-in."
                ),
                "muted",
            )
        )
        card = QFrame()
        card.setObjectName("card")
        form = QVBoxLayout(card)
        form.setContentsMargins(20, 18, 20, 20)
        form.addWidget(_label(_t("Passphrase"), "fieldLabel"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_t("Passphrase"))
        form.addWidget(self.passphrase)
        self.error = ErrorLine()
        form.addWidget(self.error)
        self.remember = QCheckBox(_t("Remember on this computer"))
        self.remember.setObjectName("remember")
        self.remember.setVisible(keyring_available)
        form.addWidget(self.remember)
        if not keyring_available:
            form.addWidget(
                _label(
                    _t(
                        "This computer has no usable system keyring, so the passphrase cannot "
                        "be remembered here; it is asked for at each start."
                    ),
                    "muted",
                )
            )
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(_t("Quit"))
        self.quit_button.clicked.connect(self.reject)
        self.open_button = QPushButton(_t("Open"))
        self.open_button.setObjectName("primary")
        # Enter in the field submits through returnPressed alone, so it can never fire twice.
        self.open_button.setAutoDefault(False)
        self.quit_button.setAutoDefault(False)
        self.passphrase.returnPressed.connect(self.submit)
        self.open_button.clicked.connect(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)
        form.addLayout(buttons)
        outer.addWidget(card)
        outer.addWidget(_label(_t("Database: {name}").format(name=database_name), "muted"))

    def submit(self) -> None:
        key = self.passphrase.text()
        if not key:
            self._say(_t("Enter the passphrase."))
            return
        self.setCursor(Qt.CursorShape.WaitCursor)  # deriving the key takes a moment
        try:
            self._try_open(key)
        except StorageRefusedError:
            self.passphrase.clear()
            self.passphrase.setFocus()
            self._say(
                _t(
                    "That passphrase does not open the database (or the file is damaged). "
                    "Nothing was changed; try again."
                )
            )
            return
        finally:
            self.unsetCursor()
        self.accept()

    def _say(self, message: str) -> None:
        self.error.set_message(message)
        self.error.setMinimumHeight(self.error.heightForWidth(self.passphrase.width()))
        # Grow with the message instead of squeezing it (wrapped text needs the nudge).
        if (layout := self.layout()) is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))
        self.adjustSize()

    def chosen(self) -> tuple[str, bool]:
        """The passphrase that opened the database, and whether to remember it."""
        return self.passphrase.text(), self._keyring_available and self.remember.isChecked()
