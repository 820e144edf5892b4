"""Run something once a window has been painted, so the first window is not kept waiting for
work it does not need (issue #16: the sign-in window)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

#: A window that is never painted (shown minimised, on a locked screen) still gets the work done.
FALLBACK_MS = 500


class FirstPaint(QObject):
    """Watches one window (its own events only) until its first paint, then runs the work once.
    It belongs to the application, not the window: the work runs even if the window goes first.

    The window is held weakly: its owner decides when it goes, never this watcher. Held
    strongly, a window nobody else kept (the sign-in window of a start that ended before its
    first paint) was deleted from inside this watcher's own deferred deletion, and its
    ``destroyed`` signal then called into the half-deleted watcher: a segmentation fault in
    whatever processed events next (CI, a later test of the same process).
    """

    def __init__(self, window: QWidget, work: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(QCoreApplication.instance())
        self._window = weakref.ref(window)
        self._work: Callable[[], object] | None = work
        window.installEventFilter(self)
        window.destroyed.connect(self._window_gone)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            # Queued: the paint under way finishes and reaches the screen first.
            QTimer.singleShot(0, self, self._run)
        return False

    def cancel(self) -> None:
        """Drop the work if it has not run yet, and go: nothing of this watch fires later.
        Not from inside the work itself."""
        if self._work is None:  # ran or cancelled already: nothing is pending
            return
        self._work = None
        self._finish()

    def _window_gone(self) -> None:
        # Called from inside the window's destructor: the work (installing the application's
        # filters, which walk the windows) runs once that deletion is over, not halfway in it.
        if self._work is not None:
            QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:  # the paint, the fallback or the window's end asked before
            return
        self._finish()
        work()

    def _finish(self) -> None:
        """Stop watching: no timer, no filter, no connection left to reach this object."""
        self._fallback.stop()
        window = self._window()
        if window is not None and isValid(window):
            window.removeEventFilter(self)
            window.destroyed.disconnect(self._window_gone)
        self.deleteLater()


def when_painted(
    window: QWidget, work: Callable[[], object], fallback_ms: int = FALLBACK_MS
) -> FirstPaint:
    """Run ``work`` once, on the UI thread, just after ``window`` is first painted; or after
    ``fallback_ms`` if it is not painted by then, or just after it is deleted, whichever comes
    first. ``cancel()`` on the returned watch drops the work if it has not run yet."""
    return FirstPaint(window, work, fallback_ms)
