"""The clinic's logo in Admin → Clinic details: a preview, choose a file, remove it.

The file is read and checked by the service on the worker thread (``run_command``); what is
wrong with it (not a PNG or JPEG, too large) is shown under the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.domain.errors import ValidationError
from scardesk.services.clinic_logo import LOGO_MAX_BYTES
from scardesk.services.settings import ClinicDetails
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine

PREVIEW_SIZE = (240, 96)


class LogoPanel(QWidget):
    """Shows the stored logo; ``saved`` is called with the details after a change."""

    def __init__(
        self,
        context: ScreenContext,
        version: Callable[[], int],
        saved: Callable[[ClinicDetails], None],
        failed: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._version, self._saved, self._failed = context, version, saved, failed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(_t("Logo (printed at the top of every document)"))
        title.setObjectName("fieldLabel")
        self.preview = QLabel()
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("logoPreview")
        self.preview.setAccessibleName(_t("Logo preview"))
        self.choose_button = QPushButton(_t("Choose logo…"))
        self.remove_button = QPushButton(_t("Remove logo"))
        hint = QLabel(_t("PNG or JPEG, at most {size} KB.").format(size=LOGO_MAX_BYTES // 1024))
        hint.setObjectName("muted")
        self.error = ErrorLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(hint, 1)
        layout.addWidget(title)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.show_logo(None)

    def show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(
                pixmap.scaled(
                    *PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.clear()
            self.preview.setText(_t("No logo"))
        self.remove_button.setEnabled(bool(data))

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _t("Choose the clinic's logo"), "", _t("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.upload(Path(chosen))

    def upload(self, path: Path) -> None:
        """Store the file at ``path`` as the logo (read on the worker, checked by the service)."""
        self.error.set_message("")
        actor, version = self._context.signed_in.actor, self._version()
        settings = self._context.services.settings
        self._context.run_command(
            lambda: settings.set_logo(actor, path.read_bytes(), version), self._done, self._fail
        )

    def remove(self) -> None:
        self.error.set_message("")
        actor, version = self._context.signed_in.actor, self._version()
        settings = self._context.services.settings
        self._context.run_command(
            lambda: settings.set_logo(actor, None, version), self._done, self._fail
        )

    def _done(self, result: tuple[ClinicDetails, object]) -> None:
        details, _changes = result
        self.show_logo(details.logo)
        self._saved(details)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and "logo" in field_texts(error):
            self.error.set_message(sentence(field_texts(error)["logo"]))
            return
        if isinstance(error, OSError):
            message = _t("The file could not be read: {error}").format(error=error)
            self.error.set_message(message)
            return
        self._failed(error)
