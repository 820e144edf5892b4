"""Application-wide event filters (the wheel guard, the keyboard guard, the screen fit), each
installed once: start-up and every test's window call ``install_once`` without counting."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

FilterT = TypeVar("FilterT", bound=QObject)


def install_once(app: QApplication, kind: type[FilterT], name: str) -> FilterT:
    """The filter of ``kind`` named ``name`` on ``app``: the one installed, else a new one."""
    found = app.findChild(kind, name)
    if found is None:
        found = kind(app)
        found.setObjectName(name)
        app.installEventFilter(found)
    return found


def replay_polish(filters: Iterable[QObject], window: QWidget) -> None:
    """Show ``filters`` a Polish event for ``window`` and every widget in it. Filters installed
    after a window was shown (start-up installs them once the sign-in window is painted) missed
    its widgets' Polish events, where they set up a widget (a combo box's wheel focus, Tab in
    item views); they do it now, as they would have then."""
    polish = QEvent(QEvent.Type.Polish)
    for widget in (window, *window.findChildren(QWidget)):
        for found in filters:
            found.eventFilter(widget, polish)
