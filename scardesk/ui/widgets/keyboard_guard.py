"""Tables and lists behave the same under the keyboard everywhere: Tab leaves them, Enter is theirs.

Qt's table view moves from cell to cell on Tab, so a user who tabs into the Today table can
never tab out of it again. And Enter on a list row activates the row (the view emits
``activated``) but then lets the key travel on to the dialog, whose default button fires as
well: in New booking, Down+Enter in the patient list pressed Book.

One application-wide event filter, installed once at start-up, fixes both for every view:
each item view has Tab navigation between its cells switched off when it is polished, and an
Enter that a focused view did not keep (or that it handled through its own filter) goes no
further than the view. The view still emits ``activated``, which each screen connects to what
opening or picking the row means there. Drop-down lists of combo boxes and completers are left
alone: there Enter is the choice itself.

Two more things would otherwise swallow Tab in a form: a notes box (Tab typed a tab character
into clinical notes, so the user could not get past it) and the scroll area around a long form
(itself a tab stop, so the first Tab in the patient form went to an invisible frame). Notes
boxes pass Tab on to the next field; a scroll area whose content has fields is no tab stop —
Qt scrolls a field into view when it gets the focus.

The style sheet draws the focus ring of most widgets; a combo or spin box whose border the style
sheet drew would lose its native arrows, so those get their ring from a ``QFocusFrame`` (drawn
around the widget, styled in ``style.py``) while they have the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from scardesk.ui.widgets.app_filters import install_once

GUARD_NAME = "scardeskKeyboardGuard"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def in_popup(view: QWidget) -> bool:
    """A combo box's or completer's drop-down list: Qt handles Enter there itself."""
    return view.window().windowType() == Qt.WindowType.Popup


def owns_enter(widget: QWidget | None) -> bool:
    """The focused widget is a table or list in a window, with a row under the cursor."""
    return (
        isinstance(widget, QAbstractItemView)
        and not in_popup(widget)
        and widget.currentIndex().isValid()
        and widget.state() != QAbstractItemView.State.EditingState
    )


def travels_up_from_focus(watched: QObject) -> bool:
    """``watched`` is a parent of the focused widget: a key event it gets was not kept below."""
    focused = QApplication.focusWidget()
    return (
        isinstance(watched, QWidget)
        and focused is not None
        and watched is not focused  # Qt counts a widget as its own ancestor
        and watched.isAncestorOf(focused)
    )


def has_fields(area: QScrollArea) -> bool:
    content = area.widget()
    if content is None:
        return False
    return any(
        child.focusPolicy() & Qt.FocusPolicy.TabFocus for child in content.findChildren(QWidget)
    )


def polish(widget: QObject) -> None:
    """Make ``widget`` behave under Tab as the module docstring says."""
    if isinstance(widget, QAbstractItemView):
        if not in_popup(widget):
            widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QScrollArea) and has_fields(widget):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


RINGED = (QComboBox, QAbstractSpinBox)


class KeyboardGuard(QObject):
    """Event filter for the whole application; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame: QFocusFrame | None = None

    def _ring(self, widget: QWidget | None) -> None:
        """Draw the focus frame around ``widget``, or nowhere."""
        if self._frame is not None and isValid(self._frame):
            self._frame.hide()
            self._frame.deleteLater()
        self._frame = None
        if widget is not None and not in_popup(widget):
            self._frame = QFocusFrame(widget)
            self._frame.setWidget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            polish(watched)
        elif kind == QEvent.Type.FocusIn and isinstance(watched, RINGED):
            self._ring(watched)
        elif kind == QEvent.Type.FocusOut and isinstance(watched, RINGED):
            self._ring(None)
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and travels_up_from_focus(watched)
        ):
            # The focused view has had its turn; this is the key on its way to the dialog.
            return owns_enter(QApplication.focusWidget())
        return False


def install_keyboard_guard(app: QApplication) -> KeyboardGuard:
    """Install the guard on ``app`` once (calling again returns the installed one)."""
    return install_once(app, KeyboardGuard, GUARD_NAME)


class _EnterActivates(QObject):
    def __init__(self, view: QAbstractItemView, callback: Callable[[QModelIndex], object]) -> None:
        super().__init__(view)
        self._view = view
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and self._view.currentIndex().isValid()
        ):
            self._callback(self._view.currentIndex())
            return True
        return False


def activate_on_enter(view: QAbstractItemView, callback: Callable[[QModelIndex], object]) -> None:
    """Enter on ``view``'s current row does what a double-click does there.

    For views that open a row on ``doubleClicked``: connecting ``activated`` as well would run
    the action twice on a double-click (Qt emits both), so Enter is caught here instead.
    """
    view.installEventFilter(_EnterActivates(view, callback))
