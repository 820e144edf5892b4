"""Covering a main window with the lock screen, and giving it back exactly as it was.

Locking hides the window's content (a page of a stacked widget, so it is out of a window grab,
out of Tab focus and out of the accessibility tree), hides every dialog the window opened, takes
the menus and their shortcuts away and puts a title without patient data on the window. Nothing
is thrown away: unsaved text stays in its fields, and unlocking with the same user's password
shows it all again. Both are audited (``user.lock_screen``, ``user.unlock_screen``).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QToolTip,
    QWidget,
)

from scardesk.domain.errors import (
    AccountInactiveError,
    AuthenticationError,
    InvalidCredentialsError,
)
from scardesk.domain.records import UserRecord
from scardesk.services.session import SignedIn
from scardesk.services.settings import AUTO_LOCK_DEFAULT_MINUTES
from scardesk.services.users import UserService
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import user_name
from scardesk.ui.lock.idle import MS_PER_MINUTE, IdleWatch
from scardesk.ui.lock.page import LockPage
from scardesk.ui.messages import error_text
from scardesk.ui.tasks import Runner, run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.widgets.unsaved import UnsavedChanges, unsaved_under

log = logging.getLogger(__name__)


def opened_from(widget: QWidget, window: QWidget) -> bool:
    """Whether the separate window ``widget`` was opened from ``window`` (at any depth)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


class ScreenLock(QObject):
    """Puts ``content`` and the lock page in one stack as ``window``'s central widget."""

    locked_changed = Signal(bool)
    switch_user_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        content: QWidget,
        *,
        users: UserService,
        runner: Runner,
        signed_in: SignedIn,
        errors: ErrorPresenter | None = None,
        ms_per_minute: int = MS_PER_MINUTE,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._users = users
        self._runner = runner
        self._signed_in = signed_in
        self._errors = errors or ErrorPresenter(self)
        self.content = content
        self.page = LockPage(user_name(signed_in.user))
        self.frame = QStackedWidget()
        self.frame.addWidget(content)
        self.frame.addWidget(self.page)
        window.setCentralWidget(self.frame)
        self.locked = False
        self._title = window.windowTitle()
        self._hidden_windows: list[QWidget] = []
        self._watching: list[QMetaObject.Connection] = []
        self._disabled_actions: list[QAction] = []
        self._focus: QWidget | None = None
        # Forms with unsaved edits when it locked: their dialogs are hidden now, so looking at
        # what is on screen would no longer find them.
        self._unsaved: list[UnsavedChanges] = []
        self.idle = IdleWatch(AUTO_LOCK_DEFAULT_MINUTES, ms_per_minute=ms_per_minute, parent=self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.page.unlock_requested.connect(self._try_unlock)
        self.page.switch_user_requested.connect(self.switch_user_requested)
        self.idle.start()
        # One filter on the whole application: input anywhere restarts the idle countdown, and
        # the lock key (``shortcut``, Ctrl+L) is heard in the window's dialogs too, where the
        # menu's shortcut is not (a modal dialog blocks its window's shortcuts).
        self.shortcut = QKeySequence()
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)  # removed by Qt when this object goes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.idle.notice(event)
        if (
            event.type() == QEvent.Type.KeyPress
            and not self.locked
            and not self.shortcut.isEmpty()
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self.shortcut
            and isinstance(watched, QWidget)
            and self._window.isVisible()
            and self._belongs(watched)
        ):
            self.lock("manual")
            return True
        return False

    @property
    def unsaved_work(self) -> bool:
        """Whether a form hidden by the lock still holds edits nobody saved or discarded."""
        return any(tracker.is_dirty() for tracker in self._unsaved)

    # --- what the window tells it ---------------------------------------------------------
    def set_title(self, title: str) -> None:
        """The window's normal title; while locked it is kept for later, not shown."""
        self._title = title
        if not self.locked:
            self._window.setWindowTitle(title)

    def set_clinic(self, name: str) -> None:
        self.page.set_clinic(name)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    # --- locking ----------------------------------------------------------------------------
    def lock(self, reason: str) -> None:
        """Cover the window now; ``reason`` ("idle" or "manual") goes into the audit trail."""
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._unsaved = unsaved_under(self._window)
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._belongs(focus) else None
        self._hide_windows()
        self._disabled_actions = [
            action for action in self._window.findChildren(QAction) if action.isEnabled()
        ]
        for action in self._disabled_actions:
            action.setEnabled(False)
        self._window.menuBar().hide()
        self._window.statusBar().hide()
        self._window.setWindowTitle(_t("ScarDesk — locked"))
        locale_time = self._window.locale().toString(QTime.currentTime(), "HH:mm")
        self.page.prepare(locale_time)
        self.frame.setCurrentWidget(self.page)
        self.page.focus_password()
        self.locked_changed.emit(True)
        log.info("screen locked (%s) for user %s", reason, self._signed_in.user.id)
        actor = self._signed_in.actor
        run_logged_read(
            self._runner, lambda: self._users.lock_screen(actor, reason), None, self._audit_failed
        )

    def _belongs(self, widget: QWidget) -> bool:
        top = widget.window()
        return top is self._window or opened_from(top, self._window)

    def _hide_windows(self) -> None:
        """Every dialog or editor this window opened goes out of sight with it.

        A dialog running its own event loop (``exec``) ends it when hidden, as if cancelled;
        ScarDesk's forms open with ``open()`` and are shown again on unlock as they were."""
        opened = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self._window
            and widget.isVisible()
            and opened_from(widget, self._window)
        ]
        opened.sort(key=_depth)  # a dialog before the ones it opened, on the way back
        # Menus, drop-down lists and tooltips just close, like on any click elsewhere.
        self._hidden_windows = [
            widget
            for widget in opened
            if widget.windowModality() != Qt.WindowModality.ApplicationModal
            and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ]
        QToolTip.hideText()
        for widget in reversed(opened):
            widget.hide()
        for widget in self._hidden_windows:
            if isinstance(widget, QDialog):  # finished meanwhile (a save came back): not again
                self._watching.append(
                    widget.finished.connect(lambda _result, done=widget: self._forget_window(done))
                )

    def _forget_window(self, widget: QWidget) -> None:
        self._hidden_windows = [kept for kept in self._hidden_windows if kept is not widget]

    def _audit_failed(self, error: BaseException) -> None:
        # The screen is locked either way; an unaudited lock must not leave it open.
        log.warning("could not audit a screen lock: %s", type(error).__name__)

    # --- unlocking --------------------------------------------------------------------------
    def _try_unlock(self, password: str) -> None:
        self.page.set_busy(True)
        actor = self._signed_in.actor
        run_logged_read(
            self._runner,
            lambda: self._users.unlock_screen(actor, password),
            self._unlocked,
            self._unlock_failed,
        )

    def _unlocked(self, _user: UserRecord) -> None:
        self.restore()

    def _unlock_failed(self, error: BaseException) -> None:
        self.page.set_busy(False)
        self.page.password.set_text("")
        self.page.focus_password()
        if type(error) in (AuthenticationError, InvalidCredentialsError):
            self.page.show_error(
                _t(
                    "That password is not right, so the screen stays locked. Check Caps Lock "
                    "and try again, or choose Sign in as someone else."
                )
            )
        elif isinstance(error, AuthenticationError):  # a wait or a lock-out: say which
            self.page.show_error(error_text(error))
        elif isinstance(error, AccountInactiveError):
            # The work stays locked away; someone else may still sign in at this workstation.
            self.page.unlock_button.setEnabled(False)
            self.page.show_error(
                _t(
                    "This account is no longer active, so it cannot unlock this screen. "
                    "Choose Sign in as someone else."
                )
            )
        else:
            self._errors.show(error, self._window)

    def restore(self) -> None:
        """Show the window's content, its dialogs, menus and title again, as they were."""
        if not self.locked:
            return
        self.locked = False
        self._unsaved = []
        self.page.prepare("")
        self.frame.setCurrentWidget(self.content)
        self._window.menuBar().show()
        self._window.statusBar().show()
        for action in self._disabled_actions:
            if shiboken6.isValid(action):
                action.setEnabled(True)
        self._disabled_actions = []
        self._window.setWindowTitle(self._title)
        for connection in self._watching:
            QObject.disconnect(connection)
        self._watching = []
        hidden, self._hidden_windows = self._hidden_windows, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self.idle.start()
        self.locked_changed.emit(False)
