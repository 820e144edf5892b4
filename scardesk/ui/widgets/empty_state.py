"""A sentence laid over an empty list: that there is nothing yet, and what to do about it.

An empty table or photo grid looks the same as one still loading or one that failed; a sentence
in its place says which. It is never shown after a failed read: the screen's warning says that
instead (``set_failed``), so an unreadable list is not mistaken for an empty one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel


class EmptyState(QLabel):
    """A muted, centred, wrapped label covering ``view``'s viewport while the list is empty."""

    def __init__(self, view: QAbstractScrollArea, text: str) -> None:
        super().__init__(text, view.viewport())
        self._viewport = view.viewport()
        self.setObjectName("muted")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Clicks and drops still reach the list underneath (a photo dropped on the grid).
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._viewport.installEventFilter(self)
        self._fit()
        self.hide()

    def show_for(self, rows: int) -> None:
        """Shown when the list read has no rows, hidden as soon as it has one."""
        self.setVisible(rows == 0)

    def set_failed(self) -> None:
        """The list could not be read: the failure is shown elsewhere, never "nothing yet"."""
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        margin = 24
        rect = self._viewport.rect().adjusted(margin, margin, -margin, -margin)
        self.setGeometry(rect)
