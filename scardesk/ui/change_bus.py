"""The one app-wide signal that says what a command changed (architecture rule 3).

Screens never call each other to refresh: whoever runs a command publishes the ``Changes``
record the service returned, and each screen reloads only what concerns it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from scardesk.ui.tasks import OnFailed, Runner

if TYPE_CHECKING:
    # The records' module is loaded behind the sign-in window, which builds a bus (issue #16);
    # nothing is published before someone signs in.
    from scardesk.domain.records import Changes

Result = TypeVar("Result")


class ChangeBus(QObject):
    """Built once by the shell and handed to every screen."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        from scardesk.domain.records import Changes

        if changes != Changes():
            self.changed.emit(changes)


def run_command(
    runner: Runner,
    change_bus: ChangeBus,
    command: Callable[[], Result],
    on_done: Callable[[Result], object] | None = None,
    on_failed: OnFailed | None = None,
) -> None:
    """What ``ScreenContext.run_command`` does, for a dialog handed a runner and a bus but no
    context (the password dialog): one path, so there is no second way to publish."""

    def done(result: Result) -> None:
        change_bus.publish(changes_in(result))
        if on_done is not None:
            on_done(result)

    runner.run(command, done, on_failed, write=True)


def changes_in(result: object) -> Changes:
    """The ``Changes`` a service command returned: the result itself, the ``Changes`` in its
    tuple (``(record, changes)``, ``(record, warnings, changes)``) or its ``changes`` field."""
    from scardesk.domain.records import Changes

    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        for item in result:
            if isinstance(item, Changes):
                return item
    changes = getattr(result, "changes", None)
    if isinstance(changes, Changes):
        return changes
    # A command that does not say what it changed would leave other screens stale.
    raise TypeError(f"a command returned no Changes: {type(result).__name__}")
