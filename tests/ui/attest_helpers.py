"""Answering the password dialog that signing, capturing a consent and merging open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import isValid

from scardesk.ui.widgets.attest_dialog import AttestDialog
from tests.ui.conftest import PASSWORD


def type_password(qtbot, dialog: AttestDialog | None, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    """Type ``password`` into the open attestation dialog and press Enter, as a person does.

    A dialog that closed is deleted on the next turn of the event loop: wait for that, so the
    screen under it holds only its own widgets again."""
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    if not dialog.isVisible():
        qtbot.waitUntil(lambda: not isValid(dialog))
