"""Start-up: the sign-in window first, the clinic database and the services behind it.

The composition root (``app.py``) hands over two callables: one opening the database and
building the services, run here on the write worker (so a sign-in queued behind it waits for
it), and one saying what to do when that fails (ask for a passphrase and try again, or show
the refusal and exit). Until the services are there the sign-in window takes typing; pressing
"Sign in" early waits for them and says so (``SignInDialog.users_ready``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scardesk.domain.errors import ScarDeskError
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter, install_excepthook
from scardesk.ui.language import LanguageChoice
from scardesk.ui.login import SignInDialog
from scardesk.ui.messages import error_text
from scardesk.ui.shell import GuiSession, default_window_state, install_filters, prepare_application
from scardesk.ui.tasks import TaskRunner, run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.widgets.app_filters import replay_polish
from scardesk.ui.widgets.first_paint import when_painted
from scardesk.ui.widgets.screen_fit import keep_inside

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from scardesk.domain.display_prefs import Language
    from scardesk.services.container import Services
    from scardesk.services.settings import ClinicDetails

log = logging.getLogger(__name__)

#: ``"shown"``: exit once the sign-in window is painted (measuring start-up); ``"ready"``: once
#: the database is open and signing in is ready (a start-up check); None: run until the user quits.
ExitAfter = Literal["shown", "ready"] | None
#: How long a shutdown waits for the database to finish opening (a schema upgrade may be running).
OPENING_WAIT_MS = 10 * 60 * 1000


@dataclass(frozen=True)
class Opened:
    """What the first dialog needs once the database is open."""

    services: Services
    needs_first_admin: bool
    clinic: ClinicDetails


OpenLayers = Callable[[], Opened]
#: Called on the UI thread with what ``OpenLayers`` raised and the window to show it over:
#: None to try again (e.g. the passphrase was given), else the exit code.
OnOpenFailed = Callable[[BaseException, QWidget], "int | None"]


class StartUp(QObject):
    """Shows the sign-in window, opens the layers behind it, then hands over to a GuiSession."""

    ready = Signal()
    #: The exit code: the database was refused, or the user quit.
    finished = Signal(int)

    def __init__(
        self,
        open_layers: OpenLayers,
        on_failed: OnOpenFailed,
        *,
        runner: TaskRunner,
        errors: ErrorPresenter,
        window_state: QSettings,
        languages: LanguageChoice | None = None,
    ) -> None:
        super().__init__()
        self.languages = languages or LanguageChoice(window_state)
        self._open_layers = open_layers
        self._on_failed = on_failed
        self._runner = runner
        self._errors = errors
        self._window_state = window_state
        self.session: GuiSession | None = None
        self._quitting = False
        self.dialog = SignInDialog(None, runner, errors=errors, languages=self.languages)
        self.dialog.set_footer(lambda: _t("Opening the clinic database…"))
        self.dialog.rejected.connect(self._quit)

    def show(self) -> None:
        self.dialog.show()
        # What the screen fit does as a window is shown; its filter is installed later.
        keep_inside(self.dialog)

    def open(self) -> None:
        run_logged_read(self._runner, self._open_layers, self._opened, self._failed)

    def _opened(self, opened: Opened) -> None:
        if self._quitting:  # the user closed the window while the database was opening
            return
        self.dialog.rejected.disconnect(self._quit)
        session = GuiSession(
            opened.services,
            runner=self._runner,
            change_bus=ChangeBus(self),
            window_state=self._window_state,
            errors=self._errors,
            languages=self.languages,
        )
        session.finished.connect(lambda: self.finished.emit(0))
        self.session = session
        if opened.needs_first_admin:  # a new clinic: its first administrator comes first
            self.dialog.hide()
            self.dialog.deleteLater()
            session.show_first_dialog(opened.needs_first_admin, opened.clinic)
        else:
            session.adopt(self.dialog, opened.clinic)
        self.ready.emit()

    def _failed(self, error: BaseException) -> None:
        if self._quitting:
            return
        code = self._on_failed(error, self.dialog)
        if code is None:
            self.open()
            return
        self.dialog.rejected.disconnect(self._quit)
        self.dialog.hide()
        self.finished.emit(code)

    def _quit(self) -> None:
        self._quitting = True
        self.finished.emit(0)

    def close_all(self) -> None:
        """Close whatever is open without asking (a start-up check, shutdown)."""
        if self.session is not None:
            self.session.close_all()
        elif self.dialog.isVisible():
            self.dialog.done(0)


def run_gui(
    open_layers: OpenLayers,
    on_failed: OnOpenFailed,
    *,
    exit_after: ExitAfter = None,
    language: Language | None = None,
    notice: ScarDeskError | None = None,
) -> int:
    """Run the desktop application until the user quits; return the exit code. ``language``
    (``scardesk --language``) overrides the workstation's and the users' language for this run;
    ``notice`` is a restore's refusal, shown over the sign-in window."""
    qInstallMessageHandler(_qt_message_to_log)
    app = prepare_application(filters=False)  # installed once the window is painted, below
    app.setQuitOnLastWindowClosed(False)  # the cycle dialog → window → dialog has gaps
    errors = ErrorPresenter(app)
    install_excepthook(errors)
    runner = TaskRunner(errors.show, app)
    window_state = default_window_state()
    languages = LanguageChoice(window_state, override=language)
    languages.start()  # the sign-in window opens in the workstation's last language
    start = StartUp(
        open_layers,
        on_failed,
        runner=runner,
        errors=errors,
        window_state=window_state,
        languages=languages,
    )
    start.show()
    if notice is not None:
        show_restore_refusal(start.dialog, notice)
    if exit_after == "shown":
        return _painted_once(start)
    painted = when_painted(start.dialog, lambda: install_filters_behind(app))
    start.finished.connect(app.exit)
    if exit_after == "ready":
        start.ready.connect(lambda: app.exit(0))
    start.open()
    code = app.exec()
    # A run that ended before its window's first paint (a refusal that came first) has no use
    # for the filters, and its watcher must not outlive it: run in-process (the command-line
    # tests), its fallback fired half a second later in whatever processed events next.
    painted.cancel()
    # Calling exit() outside exec() makes every later event loop in this process return at once
    # (Qt keeps the request): closing the windows below must not ask for it again.
    start.finished.disconnect(app.exit)
    if exit_after == "ready":
        start.close_all()
    runner.wait_until_idle(OPENING_WAIT_MS)
    return code


def install_filters_behind(app: QApplication) -> None:
    """The application-wide event filters, installed once the sign-in window is painted (their
    first event costs 20–40 ms: see ``install_filters``), told about the widgets already shown."""
    filters = install_filters(app)
    for window in app.topLevelWidgets():
        replay_polish(filters, window)


def show_restore_refusal(parent: QWidget, error: ScarDeskError) -> QMessageBox:
    """Why the backup chosen in Admin was not restored, in the user's language (not modal: the
    sign-in window stays usable behind it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _t("The backup was not restored"),
        error_text(error) + "\n\n" + _t("ScarDesk has started again on the clinic database."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.open()
    return box


def _painted_once(start: StartUp) -> int:
    """Paint the sign-in window once, synchronously, and leave: start-up is measured up to
    here (issue #16), so nothing else may run: the database is never opened and the
    application-wide filters, which come just after the first paint, are never installed."""
    dialog = start.dialog
    shown = dialog.isVisible()
    if shown:
        dialog.repaint()
        QCoreApplication.processEvents()
    start.close_all()
    return 0 if shown else 1


def _qt_message_to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own chatter (e.g. the offscreen platform's) goes to the log file: stderr carries
    ScarDesk's one-line messages, which scripts and the start-up checks read."""
    level = logging.DEBUG if kind == QtMsgType.QtDebugMsg else logging.WARNING
    log.log(level, "Qt: %s", message)
