"""Noticing that nobody has touched the application for the clinic's idle minutes.

The screen lock's event filter on the whole application hands every event to ``notice``: a key
press, click, mouse move or wheel turn, in the main window or in any dialog, starts the
countdown again. Only real input counts: a screen that refreshes itself, or a background load
finishing, does not keep a workstation unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

MS_PER_MINUTE = 60_000

USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` once after ``minutes`` without input; ``start`` begins counting again.

    ``ms_per_minute`` is a real minute except in tests, which shorten it rather than wait.
    """

    idle = Signal()

    def __init__(
        self, minutes: int, *, ms_per_minute: int = MS_PER_MINUTE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ms_per_minute = ms_per_minute
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    @property
    def minutes(self) -> int:
        return self.timer.interval() // self._ms_per_minute

    def set_minutes(self, minutes: int) -> None:
        """A new setting counts from now, not from the last input."""
        self.timer.setInterval(max(1, minutes) * self._ms_per_minute)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def notice(self, event: QEvent) -> None:
        """Input of any kind, anywhere in the application, counts from zero again."""
        if event.type() in USER_INPUT and self.timer.isActive():
            self.timer.start()
