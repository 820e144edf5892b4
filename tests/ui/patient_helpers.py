"""Helpers for the Patients tests: a screen context, patients to find, and typing Arabic.

``qtbot.keyClicks`` aborts the process on any non-ASCII character, so Arabic is typed as key
events that carry their text (key ``Key_unknown``), which is what an Arabic keyboard delivers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from scardesk.domain.enums import Role
from scardesk.domain.records import PatientRecord
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.tasks import SyncTaskRunner
from tests.helpers import aisha


def make_context(services: Services, signed_in: SignedIn, runner: Any = None) -> ScreenContext:
    return ScreenContext(services, signed_in, runner or SyncTaskRunner(), ChangeBus())


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, as a keyboard would (any script)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def register(services: Services, signed_in: SignedIn, **fields: str) -> PatientRecord:
    record, _changes = services.patients.register(signed_in.actor, aisha(**fields))
    return record


def clinic(services: Services, signed_in: SignedIn) -> dict[str, PatientRecord]:
    """A handful of patients with Arabic and Latin names, distinct phones and civil numbers."""
    people = {
        "aisha": {},
        "ahmed": {
            "name_latin": "Ahmed Al Harthy",
            "name_arabic": "أحمد الحارثي",
            "date_of_birth": "1985-11-20",
            "sex": "male",
            "phone": "9234 5678",
            "civil_number": "22334455",
        },
        "fatma": {
            "name_latin": "Fatma Al Said",
            "name_arabic": "فاطمة السعيدي",
            "date_of_birth": "12/07/1999",
            "phone": "7123 4567",
            "civil_number": "99887766",
        },
        "mariam": {
            "name_latin": "Mariam Al Lawati",
            "name_arabic": "مريم اللواتي",
            "date_of_birth": "01/01/2001",
            "phone": "9345 6789",
            "civil_number": "55443322",
        },
    }
    return {key: register(services, signed_in, **fields) for key, fields in people.items()}


class DeferredRunner:
    """Holds tasks until the test delivers them, to play out slow or out-of-order answers."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None] | None]] = []

    def watch_account(self, callback: Callable[[BaseException], None]) -> None:
        pass  # these tests never deactivate an account

    def run(
        self, task, on_done=None, on_failed=None, *, write: bool = False, slow: bool = False
    ) -> None:
        self.pending.append((task, on_done))

    def deliver(self, number: int) -> None:
        task, on_done = self.pending.pop(number)
        result = task()
        if on_done is not None:
            on_done(result)


ROLES = {"front_desk": Role.FRONT_DESK, "practitioner": Role.PRACTITIONER}
