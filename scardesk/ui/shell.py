"""Start-up and the sign-in cycle: dialog → main window → sign out → dialog again.

``app.py`` builds ``Services`` and calls ``run_gui``; everything Qt-specific (fonts, style,
translations, the error display, the background runner, the change bus) is created here once
and passed down, so no screen reaches for a global.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from scardesk.domain.errors import PasswordChangeRequiredError
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.fonts import install_fonts
from scardesk.ui.i18n import install_translation
from scardesk.ui.language import LanguageChoice
from scardesk.ui.login import FirstAdminDialog, SignInDialog
from scardesk.ui.messages import message_text
from scardesk.ui.style import apply_style
from scardesk.ui.tasks import Runner, SyncTaskRunner, run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.widgets.digit_input import install_digit_input
from scardesk.ui.widgets.keyboard_guard import install_keyboard_guard
from scardesk.ui.widgets.screen_fit import install_screen_fit
from scardesk.ui.widgets.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    # The services and the main window's screens load behind the sign-in window (app.py).
    from scardesk.domain.records import UserRecord
    from scardesk.services.container import Services
    from scardesk.services.session import SignedIn
    from scardesk.services.settings import ClinicDetails
    from scardesk.ui.main_window import MainWindow, WindowPlace

log = logging.getLogger(__name__)

ORGANISATION = APPLICATION = "ScarDesk"
#: How often the daily automatic backup is looked at (it runs once its time has passed).
BACKUP_CHECK_MS = 5 * 60 * 1000


def default_window_state() -> QSettings:
    """Per-machine, per-user window state (never clinic data)."""
    return QSettings(ORGANISATION, APPLICATION)


def make_main_window(
    services: Services,
    signed_in: SignedIn,
    *,
    runner: Runner | None = None,
    change_bus: ChangeBus | None = None,
    window_state: QSettings | None = None,
    idle_ms_per_minute: int | None = None,
    place: WindowPlace | None = None,
) -> MainWindow:
    """A main window for ``signed_in``. The defaults suit tests: a synchronous runner, and
    the screen lock counting real minutes unless ``idle_ms_per_minute`` says otherwise."""
    # Imported here: the screens and the screen lock load with the first main window, not
    # before the sign-in window (issue #16).
    from scardesk.ui.lock import MS_PER_MINUTE
    from scardesk.ui.main_window import MainWindow

    return MainWindow(
        services,
        signed_in,
        runner=runner or SyncTaskRunner(),
        change_bus=change_bus or ChangeBus(),
        window_state=window_state or default_window_state(),
        idle_ms_per_minute=MS_PER_MINUTE if idle_ms_per_minute is None else idle_ms_per_minute,
        place=place,
    )


class GuiSession(QObject):
    """Shows the right dialog, then the main window; sign-out starts over with a fresh window.

    "Sign in as someone else…" on a locked window keeps that window, unsaved forms and all,
    hidden and locked (``kept``, by user id) while the next person works in a window of their
    own. The first user signing in again gets their kept window back; when the other person
    signs out, the kept window comes back locked, waiting for its owner's password.
    """

    finished = Signal()

    def __init__(
        self,
        services: Services,
        *,
        runner: Runner,
        change_bus: ChangeBus,
        window_state: QSettings,
        errors: ErrorPresenter,
        idle_ms_per_minute: int | None = None,
        languages: LanguageChoice | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.languages = languages or LanguageChoice(window_state)
        self._runner = runner
        self.change_bus = change_bus
        self._window_state = window_state
        self._errors = errors
        # Deactivated on another workstation: every action is now refused, so sign out,
        # whichever screen's call was refused (the runner tells) or whatever showed the error.
        errors.account_inactive.connect(lambda: self._account_refused(None))
        runner.watch_account(self._account_refused)
        self._account_notice = ""
        self.dialog: SignInDialog | FirstAdminDialog | None = None
        self.main_window: MainWindow | None = None
        self.kept: dict[int, MainWindow] = {}
        self._idle_ms_per_minute = idle_ms_per_minute
        self._signing_out = False
        # The daily automatic backup is looked at every few minutes, off the UI thread.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start()
        self._backup_failure_shown = False

    def start(self) -> None:
        users, settings = self.services.users, self.services.settings
        self._runner.run(
            lambda: (users.needs_first_admin(), settings.clinic()),
            self._show_dialog,
            self._start_failed,
        )

    def _start_failed(self, error: BaseException) -> None:
        self._errors.show(error)
        self.finished.emit()

    def _show_dialog(self, state: tuple[bool, ClinicDetails]) -> None:
        needs_first_admin, clinic = state
        dialog: SignInDialog | FirstAdminDialog
        if needs_first_admin:
            dialog = FirstAdminDialog(self.services.users, self._runner, errors=self._errors)
        else:
            dialog = SignInDialog(
                self.services.users,
                self._runner,
                clinic_name=clinic.name or clinic.name_arabic,
                errors=self._errors,
                languages=self.languages,
            )
        dialog.set_footer(self._footer)
        self._present(dialog)

    def show_first_dialog(self, needs_first_admin: bool, clinic: ClinicDetails) -> None:
        """The first-run or sign-in dialog for a database opened elsewhere (ui.startup)."""
        self._show_dialog((needs_first_admin, clinic))

    def adopt(self, dialog: SignInDialog, clinic: ClinicDetails) -> None:
        """Take over the sign-in window shown while the database was opening (ui.startup)."""
        self._present(dialog, shown=True)
        dialog.users_ready(
            self.services.users,
            clinic_name=clinic.name or clinic.name_arabic,
            footer=self._footer,
        )

    def _footer(self) -> str:
        return _t("Database: {label}").format(label=message_text(self.services.database_label))

    def _present(self, dialog: SignInDialog | FirstAdminDialog, *, shown: bool = False) -> None:
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self._dialog_rejected)
        self.dialog = dialog
        if not shown:
            dialog.show()
        if self._account_notice and isinstance(dialog, SignInDialog):
            dialog.show_form_error(self._account_notice)
        self._account_notice = ""

    def _signed_in(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.signed_in is None:
            return
        signed_in = dialog.signed_in
        dialog.deleteLater()
        log.info("user %s signed in", signed_in.user.id)
        kept = self.kept.pop(signed_in.user.id, None)
        # Their own language, digits and Hijri date (or this run's --language).
        self.languages.sign_in(
            kept.signed_in.user.display if kept is not None else signed_in.user.display
        )
        if kept is not None:  # their own window, as they left it: they just proved who they are
            self.main_window = kept
            kept.show()
            kept.screen_lock.restore()
            return
        self.main_window = self._open_window(signed_in)

    def _open_window(self, signed_in: SignedIn, place: WindowPlace | None = None) -> MainWindow:
        window = make_main_window(
            self.services,
            signed_in,
            runner=self._runner,
            change_bus=self.change_bus,
            window_state=self._window_state,
            idle_ms_per_minute=self._idle_ms_per_minute,
            place=place,
        )
        window.sign_out_requested.connect(self.sign_out)
        window.switch_user_requested.connect(lambda: self._switch_user(window))
        window.closed.connect(lambda: self._window_closed(window))
        window.preferences_saved.connect(lambda user: self._preferences_saved(window, user))
        window.show()
        return window

    def _preferences_saved(self, window: MainWindow, user: UserRecord) -> None:
        """Apply the saved preferences and rebuild the window in them, on the same screen and
        patient, from the same services: the database connection stays as it is. The window
        already asked about unsaved work before saving (MainWindow.save_preferences)."""
        from scardesk.services.session import SignedIn

        if window is not self.main_window:
            return
        self.languages.saved(user.display)
        place = window.place()
        window.closed.disconnect()  # not a sign-out: no backup, no new sign-in dialog
        window.close_without_asking()
        window.deleteLater()
        self.main_window = self._open_window(SignedIn(user), place)
        log.info("user %s changed their display preferences", user.id)

    def _switch_user(self, window: MainWindow) -> None:
        """Keep the locked ``window`` out of sight and ask who is signing in now."""
        if window is not self.main_window or not window.locked:
            return
        self.main_window = None
        self.kept[window.signed_in.user.id] = window
        window.hide()
        log.info("user %s kept locked while another user signs in", window.signed_in.user.id)
        self.start()

    def _dialog_rejected(self) -> None:
        """Cancel on the sign-in: back to a kept locked window if there is one, else quit."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if not self._bring_back_kept():
            self.finished.emit()

    def _bring_back_kept(self) -> bool:
        """Show the most recently kept window, still locked, for its owner to unlock."""
        if not self.kept:
            return False
        user_id = next(reversed(self.kept))
        window = self.kept.pop(user_id)
        self.main_window = window
        window.show()
        return True

    def sign_out(self) -> None:
        if self.main_window is not None:
            self._signing_out = True
            if not self.main_window.close():  # the user kept editing unsaved work
                self._signing_out = False

    def _account_refused(self, error: BaseException | None) -> None:
        """The account was deactivated, or its password reset: close without asking.

        Its unsaved work could not be saved by it anyway; the sign-in dialog says why.
        """
        window = self.main_window
        if window is None or self._signing_out:
            return
        if isinstance(error, PasswordChangeRequiredError):
            self._account_notice = _t(
                "The administrator reset your password, so you were signed out. "
                "Sign in with the one-time password they gave you."
            )
        else:
            self._account_notice = _t(
                "Your account was deactivated, so you were signed out. "
                "Ask the administrator if this is a mistake."
            )
        self._signing_out = True
        window.close_without_asking()

    def backup_if_due(self) -> None:
        service = self.services.auto_backup
        run_logged_read(self._runner, service.run_if_due, None, self._automatic_backup_failed)

    def _automatic_backup_failed(self, error: BaseException) -> None:
        # Said once per run of the app, not every few minutes; Admin keeps showing it as stale.
        log.error("automatic backup failed: %s", type(error).__name__)
        if not self._backup_failure_shown:
            self._backup_failure_shown = True
            self._errors.show(error)

    def _window_closed(self, window: MainWindow) -> None:
        if window is self.main_window:
            self.main_window = None
        else:  # a kept window, closed by the application
            self.kept = {uid: kept for uid, kept in self.kept.items() if kept is not window}
        log.info("user %s signed out", window.signed_in.user.id)
        window.deleteLater()
        self._reseal()
        service = self.services.auto_backup
        run_logged_read(self._runner, service.run_at_sign_out, None, self._automatic_backup_failed)
        if self.main_window is not None:
            return
        if self._bring_back_kept():  # someone else's unsaved work waits behind its lock
            self._signing_out = False
            return
        if self._signing_out:
            self._signing_out = False
            self.start()
        else:
            self.finished.emit()

    def _reseal(self) -> None:
        """Anchor the audit chain at sign-out (each commit already did; this catches a lag)."""
        try:
            self.services.maintenance.reseal()
        except Exception:  # signing out must not fail over the seal
            # The seal may lag the table, which the check accepts; the next commit advances it.
            log.warning("could not update the audit seal at sign-out", exc_info=True)

    def close_all(self) -> None:
        """Close whatever is open without asking anything (smoke test, shutdown)."""
        if self.dialog is not None:
            self.dialog.done(0)
        for kept in list(self.kept.values()):
            kept.close_without_asking()
        if self.main_window is not None:
            self.main_window.close_without_asking()


def prepare_application(locale: str | None = None, *, filters: bool = True) -> QApplication:
    """The QApplication with bundled fonts, style and translation in place, and the
    application-wide event filters unless ``filters`` is False (start-up installs them once
    the sign-in window is painted: see ``install_filters``)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    families = install_fonts(app)
    log.info("registered fonts: %s", ", ".join(families))
    apply_style(app)
    install_translation(app, locale or "en")
    if filters:
        install_filters(app)
    return app


def install_filters(app: QApplication) -> tuple[QObject, ...]:
    """The application-wide event filters, each installed once; returns them.

    The first event a Python filter is handed for an object of one of Qt's private classes (the
    gesture manager, a window's platform side) makes PySide load every class it has not loaded
    yet, to look for that one: 20–40 ms. Start-up therefore installs the filters just after the
    sign-in window is first painted (``ui/startup.py``).
    """
    return (
        install_wheel_guard(app),  # the wheel scrolls forms, never changes a value in passing
        install_digit_input(app),  # number fields take Arabic-Indic digits too
        install_screen_fit(app),  # no window opens larger than the screen or off its edge
        install_keyboard_guard(app),  # Tab leaves tables; Enter in a list never presses OK
    )
