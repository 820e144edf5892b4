"""What each of Today's panels is built from: the screen's context, its clock (tests fix the
day) and the error presenter the screen shares with its panels, so one message box shows.

A panel builds its widgets in ``_build``, called once these are stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter


class TodayPanel(QWidget):
    def __init__(
        self,
        context: ScreenContext,
        clock: Callable[[], date],
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock
        self._errors = errors
        self._build()

    def _build(self) -> None:
        raise NotImplementedError
