"""Which widget each navigation key shows. A screen not listed here is an explicit placeholder.

Each screen is a folder under ``scardesk/ui/`` with a ``build(context) -> QWidget`` factory; adding
a screen is one line in ``_FACTORIES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtWidgets import QWidget

from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.tasks import Runner


class OpenedPatient(Protocol):
    """What ``open_patient`` hands back: the workspace shown, so a screen can pick its tab."""

    def show_tab(self, key: str) -> bool: ...


@dataclass(frozen=True)
class ScreenContext:
    """What every screen needs: the services, who is signed in, the task runner and the bus.

    ``open_patient(patient_id)`` shows that patient's workspace (header and record tabs) and
    returns it, or None where no workspace can open (a screen shown on its own in a test).
    """

    services: Services
    signed_in: SignedIn
    runner: Runner
    change_bus: ChangeBus
    open_patient: Callable[[int], OpenedPatient | None] = field(default=lambda _patient_id: None)


ScreenFactory = Callable[[ScreenContext], QWidget]


def _factories() -> dict[str, ScreenFactory]:
    # Imported here so a screen's import cost is paid only when a window is built.
    from scardesk.ui import admin, assessments_screen, audit_screen, safety_rules_screen
    from scardesk.ui.patients import screen as patients
    from scardesk.ui.products import screen as products
    from scardesk.ui.sessions import screen as sessions
    from scardesk.ui.today import screen as today

    return {
        "admin": admin.build,
        "audit": audit_screen.build,
        "patients": patients.build,
        "today": today.build,
        "assessments": assessments_screen.build,
        "products": products.build,
        "sessions": sessions.build,
        "safety_rules": safety_rules_screen.build,
    }


def build_screen(key: str, context: ScreenContext) -> QWidget | None:
    """The real screen for ``key``, or None while it is still a placeholder."""
    factory = _factories().get(key)
    return factory(context) if factory else None
