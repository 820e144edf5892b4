"""What every screen is handed: a leaf module, so screens can depend on it without reaching the
registry in ``screens.py`` that imports them all (which is what made ``ui/`` one import cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.change_bus import ChangeBus, run_command
from scardesk.ui.tasks import OnFailed, Runner

Result = TypeVar("Result")


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

    def run_command(
        self,
        command: Callable[[], Result],
        on_done: Callable[[Result], object] | None = None,
        on_failed: OnFailed | None = None,
    ) -> None:
        """Run a service command on the write worker, publish the ``Changes`` it returns on the
        change bus, then hand its result to ``on_done``.

        The one way a screen runs a command, so no screen forgets to tell the others what
        changed, and none emits the bus signal by hand. Publishing comes first: the other
        screens hear of the change even if ``on_done`` closes the dialog that asked for it.
        """
        run_command(self.runner, self.change_bus, command, on_done, on_failed)
