"""PostgreSQL's planner steered for one transaction, never for the server.

ScarDesk sets no server setting. Where the planner's choice was measured wrong for one kind of
read, that read changes a setting with ``set_local``, which lasts until its transaction ends
(``set_config(name, value, true)`` is ``SET LOCAL``), so nothing run later on the same pooled
connection is affected (docs/design-notes.md, issue #16).
"""

from __future__ import annotations

from collections.abc import Callable


def set_local(execute: Callable[[str], object], **settings: str) -> None:
    """Give each of ``settings`` its value for the rest of the transaction, in one statement run
    by ``execute`` (a driver cursor's ``execute`` or a connection's ``exec_driver_sql``).

    Names and values are the code's own constants, never user input."""
    calls = ", ".join(f"set_config('{name}', '{value}', true)" for name, value in settings.items())
    execute(f"SELECT {calls}")
