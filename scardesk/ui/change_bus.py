"""The one app-wide signal that says what a command changed (architecture rule 3).

Screens never call each other to refresh: whoever runs a command publishes the ``Changes``
record the service returned, and each screen reloads only what concerns it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from scardesk.domain.records import Changes


class ChangeBus(QObject):
    """Built once by the shell and handed to every screen."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes != Changes():
            self.changed.emit(changes)
