"""Which widget each navigation key shows. A screen not listed here is an explicit placeholder.

Each screen is a folder under ``scardesk/ui/`` with a ``build(context) -> QWidget`` factory; adding
a screen is one line in ``_FACTORIES``. This registry belongs to the composition root (only the
main window imports it); screens take their ``ScreenContext`` from the leaf ``ui/context.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scardesk.ui.context import ScreenContext

ScreenFactory = Callable[[ScreenContext], QWidget]


def _factories() -> dict[str, ScreenFactory]:
    # Imported here so a screen's import cost is paid only when a window is built.
    from scardesk.ui import admin, assessments_screen
    from scardesk.ui.admin import audit_screen, safety_rules_screen
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
