"""Application-wide event filters (the wheel guard, the keyboard guard, the screen fit), each
installed once: start-up and every test's window call ``install_once`` without counting."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

FilterT = TypeVar("FilterT", bound=QObject)


def install_once(app: QApplication, kind: type[FilterT], name: str) -> FilterT:
    """The filter of ``kind`` named ``name`` on ``app``: the one installed, else a new one."""
    found = app.findChild(kind, name)
    if found is None:
        found = kind(app)
        found.setObjectName(name)
        app.installEventFilter(found)
    return found
