"""Run something once a window has been painted, so the first window is not kept waiting for
work it does not need (issue #16: the sign-in window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

#: A window that is never painted (shown minimised, on a locked screen) still gets the work done.
FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Watches one window (its own events only) until its first paint, then runs the work once.
    It belongs to the application, not the window: the work runs even if the window goes first."""

    def __init__(self, window: QWidget, work: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(QCoreApplication.instance())
        self._window = window
        self._work: Callable[[], object] | None = work
        window.installEventFilter(self)
        window.destroyed.connect(self._run)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            # Queued: the paint under way finishes and reaches the screen first.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:  # the paint, the fallback or the window's end asked before
            return
        if isValid(self._window):
            self._window.removeEventFilter(self)
        self.deleteLater()
        work()


def when_painted(
    window: QWidget, work: Callable[[], object], fallback_ms: int = FALLBACK_MS
) -> None:
    """Run ``work`` once, on the UI thread, just after ``window`` is first painted; or after
    ``fallback_ms`` if it is not painted by then, or when it is deleted, whichever comes first."""
    _FirstPaint(window, work, fallback_ms)
