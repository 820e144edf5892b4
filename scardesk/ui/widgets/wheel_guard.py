"""The mouse wheel scrolls forms; it never changes a value field the user has not chosen.

Qt lets the wheel change any spin box, date edit, combo box or slider under the pointer. In a
long scrolling form that silently rewrites clinical values as the user scrolls past them (a
SCAR-S grade, a scar count). One application-wide event filter, installed once at start-up,
stops that: over a value field that does not have the keyboard focus the wheel scrolls the
surrounding scroll area instead; once the user has clicked or tabbed into the field, the wheel
works on it as usual. The filter also takes away the "wheel gives focus" policy, otherwise the
first wheel notch would focus the field and the next ones would change it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from scardesk.ui.widgets.app_filters import install_once

# Spin boxes cover QSpinBox, QDoubleSpinBox and the date/time edits.
GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)
GUARD_NAME = "scardeskWheelGuard"


def is_guarded(widget: QObject) -> bool:
    """A value field the wheel must not change unless focused (scroll bars are for scrolling)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """Event filter for the whole application; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if is_guarded(watched) and isinstance(watched, QWidget) and not watched.hasFocus():
                assert isinstance(event, QWheelEvent)
                scroll_enclosing_area(watched, event)
                return True  # the field itself never sees it
        elif kind == QEvent.Type.Polish and is_guarded(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def scroll_enclosing_area(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area that can still move, innermost first."""
    event.accept()  # consumed either way: it must not reach the field by propagation
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            forwarded = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            forwarded.ignore()
            QApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                return
        if parent.isWindow():
            return
        parent = parent.parentWidget()


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once (calling again returns the installed one)."""
    return install_once(app, WheelGuard, GUARD_NAME)


def wheel_guard_installed(app: QApplication) -> bool:
    return app.findChild(WheelGuard, GUARD_NAME) is not None
