"""The cyclic garbage collector held off while ScarDesk loads its modules, and while a bulk
job (the demo) builds and writes its batches (issue #16).

Loading creates objects that live as long as the process (modules, classes, functions,
SQLAlchemy's mappers, Qt's enums): the collector can free none of them, yet each of its full
passes walks all of them, again as they grow. That was 0.1–0.2 s of ``scardesk aftercare``.
The program holds the collector off from its start; once what a command needs is loaded (for
the app: once the modules behind the sign-in window are), what exists is frozen, never walked
again, and collection resumes for what the work itself creates. A bulk job collects between
its batches instead (``bulk``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_held = [False]

#: A bulk job collects after this many batches (see ``bulk``).
FULL_PASS_BATCHES = 10


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


class _Batches:
    def __init__(self) -> None:
        self.done = 0

    def batch_done(self) -> None:
        """Every ``FULL_PASS_BATCHES`` batches, one full pass for the cycles they left behind."""
        self.done += 1
        if self.done % FULL_PASS_BATCHES == 0:
            gc.collect()


@contextmanager
def bulk() -> Iterator[_Batches]:
    """Automatic collection held off for a job that builds and writes large batches (the demo).

    Each batch is a few hundred thousand containers (rows, their dicts and tuples), alive
    together for a moment. The collector's passes, triggered by their allocation, walked them
    again and again: 15% of a demo's time at 40,000 patients. The job calls ``batch_done``
    after each batch instead, which makes one full pass every ``FULL_PASS_BATCHES`` batches for
    the cycles they left behind (sessions, transactions), so memory stays flat. (A young pass
    after every batch was 4% of the 1M demo's builder: the batch it walked was still alive,
    waiting to be pickled.) Collection is as before once the job ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield _Batches()
    finally:
        if enabled:
            gc.enable()
