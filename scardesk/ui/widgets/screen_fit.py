"""Windows and dialogs fit the screen they open on: a 1280×720 laptop as well as a desktop.

Dialogs ask for a comfortable size (a session editor wants 1440×920) and Qt would open them at
that size even where the screen is smaller, with Save and the safety panel off the bottom edge.
``fit_size`` asks for a size no larger than the screen's available area (the screen less the task
bar); ``ScreenFit``, one application-wide event filter installed at start-up, catches every
other window, message boxes included, as it is shown: too big, it is shrunk to the area; partly
off-screen, it is moved back in. Content that needs more room scrolls inside (``ScrollingTabs``
and the editors' own scroll areas), so shrinking hides nothing for good.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget

from scardesk.ui.widgets.app_filters import install_once

FIT_NAME = "scardeskScreenFit"


def available_area(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen a window may use (the primary one before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, but never beyond the screen's available area."""
    area = available_area(widget)
    widget.resize(min(width, area.width()), min(height, area.height()))


def keep_inside(window: QWidget) -> None:
    """Shrink ``window`` to the available area if it is larger, then move it fully inside."""
    area = available_area(window)
    frame = window.frameGeometry()
    # The frame (title bar, borders) is part of what must fit: subtract it from the budget.
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))


class ScreenFit(QObject):
    """Event filter for the whole application; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.isMaximized()
            and not watched.isFullScreen()
        ):
            keep_inside(watched)
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    """Install the filter once; a second call returns the one already installed."""
    return install_once(app, ScreenFit, FIT_NAME)


class ScrollingTabs(QTabWidget):
    """A tab widget whose pages scroll inside it, so the tallest page never makes the window
    taller than the screen. ``widget``/``currentWidget`` still give the page itself."""

    def addTab(self, page: QWidget, title: str) -> int:  # type: ignore[override]
        scroll = QScrollArea()
        scroll.setObjectName("tabScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return super().addTab(scroll, title)

    def replace_page(self, index: int, page: QWidget) -> None:
        """Put ``page`` in place of the page at ``index``; the old page is deleted. The tab, its
        title and the current index stay as they are (no ``currentChanged``)."""
        scroll = super().widget(index)
        if isinstance(scroll, QScrollArea):
            scroll.setWidget(page)  # the scroll area deletes the page it held

    def widget(self, index: int) -> QWidget:
        scroll = super().widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll  # type: ignore[return-value]

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)


class GrowWithWrappedText(QObject):
    """Grows a dialog when wrapped text appears in it (a warning shown after a check).

    A top-level window's minimum height ignores height-for-width, so a word-wrapped label shown
    later was squeezed into the room the dialog already had: its last line lost its descenders.
    After each re-layout the dialog is made as tall as its content needs at its width, never
    taller than the screen's available area (beyond that the content's own scrolling takes
    over)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.grow)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._timer.start()  # once the layout has taken the request in
        return False

    def grow(self) -> None:
        dialog = self._dialog
        layout = dialog.layout()
        if layout is None or not dialog.isVisible():
            return
        layout.activate()
        wanted = dialog.heightForWidth(dialog.width())
        frame = dialog.frameGeometry().height() - dialog.height()
        room = available_area(dialog).height() - frame
        height = min(wanted, room)
        if height > dialog.height():
            dialog.resize(dialog.width(), height)
            keep_inside(dialog)


def grow_with_wrapped_text(dialog: QWidget) -> GrowWithWrappedText:
    """Keep ``dialog`` tall enough for the wrapped text shown in it, from now on."""
    return GrowWithWrappedText(dialog)
