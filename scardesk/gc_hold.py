"""The cyclic garbage collector held off while ScarDesk loads its modules (issue #16).

Loading creates objects that live as long as the process (modules, classes, functions,
SQLAlchemy's mappers, Qt's enums): the collector can free none of them, yet each of its full
passes walks all of them, again as they grow. That was 0.1–0.2 s of ``scardesk aftercare``.
The program holds the collector off from its start; once what a command needs is loaded (for
the app: once the modules behind the sign-in window are), what exists is frozen, never walked
again, and collection resumes for what the work itself creates.
"""

from __future__ import annotations

import gc

_held = [False]


def hold() -> None:
    """Hold collection off, if it is on (a host that turned it off keeps it so)."""
    if gc.isenabled():
        gc.disable()
        _held[0] = True


def release() -> None:
    """Freeze what exists and collect again; nothing if :func:`hold` did not hold it off."""
    if _held[0]:
        _held[0] = False
        gc.freeze()
        gc.enable()
