"""Composition root: shows the sign-in window, then opens the database and builds the services
behind it.

Only Qt and the sign-in dialog are imported before the window is shown. SQLAlchemy, Alembic,
the models, ReportLab and every service (about a second on a clinic's computer) are imported
by ``_Opener.open`` on a worker thread while the user types their name (issue #16); signing in
waits for them only if they are not ready yet, and the dialog says so.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from scardesk import gc_hold
from scardesk.domain.errors import ScarDeskError, StorageRefusedError
from scardesk.logging_setup import configure_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from scardesk.db.engine import Database
    from scardesk.services.container import Services
    from scardesk.ui.startup import Opened

log = logging.getLogger(__name__)

EXIT_FAILED, EXIT_REFUSED = 1, 2


def run_app(
    database_url: str,
    *,
    exit_after_start: bool = False,
    check_start: bool = False,
    language: str | None = None,
    restore_refusal: ScarDeskError | None = None,
) -> int:
    """Run the desktop app. ``exit_after_start`` exits once the sign-in window is shown, before
    the database is opened (start-up is measured with it); ``check_start`` exits once the
    database is open and signing in is ready (0), or refused (2). ``language`` ("ar" or "en",
    from ``--language``) overrides the language for this run only. ``restore_refusal`` is why a
    restore asked for in Admin did not finish: the sign-in window shows it."""
    configure_logging()
    log.info("starting ScarDesk")
    from scardesk.domain.display_prefs import Language
    from scardesk.ui.startup import run_gui  # Qt is imported only when a window is wanted

    interactive = not (exit_after_start or check_start)
    interactive = interactive and os.environ.get("QT_QPA_PLATFORM") != "offscreen"
    opener = _Opener(database_url, interactive=interactive)
    try:
        return run_gui(
            opener.open,
            opener.failed,
            exit_after="shown" if exit_after_start else "ready" if check_start else None,
            language=Language(language) if language else None,
            notice=restore_refusal,
        )
    finally:
        opener.dispose()


class _Opener:
    """Opens the database and builds the services, off the UI thread; says what went wrong."""

    def __init__(self, database_url: str, *, interactive: bool) -> None:
        self._url = database_url
        self._interactive = interactive
        self._database: Database | None = None
        self._lock = threading.Lock()

    def open(self) -> Opened:
        """Runs on a worker thread: everything below the UI is imported here, not before."""
        try:
            from scardesk.cli_checks import check_database_url
            from scardesk.db.engine import open_database
            from scardesk.services.container import build_services
            from scardesk.ui.startup import Opened
        finally:
            # Loaded (see gc_hold); what follows may run for minutes (a schema upgrade) and
            # must be collected as it goes.
            gc_hold.release()

        with self._lock:
            if self._database is None:
                self._database = open_database(check_database_url(self._url))
            database = self._database
        if database.transport_warning:
            print(f"ScarDesk: warning: {database.transport_warning}", file=sys.stderr)
        services = build_services(database)
        opened = Opened(services, services.users.needs_first_admin(), services.settings.clinic())
        if self._interactive:
            warming = threading.Thread(
                target=_warm_up, args=(services,), name="warm-up", daemon=True
            )
            warming.start()
        return opened

    def failed(self, error: BaseException, window: QWidget) -> int | None:
        """On the UI thread, when ``open`` raised: None to try again (the database was
        unlocked), else the exit code once the refusal has been shown."""
        from scardesk.db.cipher import PassphraseNeededError

        if isinstance(error, PassphraseNeededError) and self._interactive:
            database = _unlock_in_dialog(self._url, error.path, window)
            if database is None:
                return EXIT_REFUSED
            with self._lock:
                self._database = database
            return None
        if isinstance(error, StorageRefusedError):
            _show_refusal(str(error), lambda: refusal_text(error), window, self._interactive)
            return EXIT_REFUSED
        from scardesk.cli_checks import report_unexpected

        report_unexpected(error)
        if self._interactive:
            from scardesk.ui.tr import _t

            _show_refusal(
                "ScarDesk could not start. The details are in its log file.",
                lambda: _t("ScarDesk could not start. The details are in its log file."),
                window,
                True,
            )
        return EXIT_FAILED

    def dispose(self) -> None:
        with self._lock:
            if self._database is not None:
                self._database.dispose()


def _unlock_in_dialog(database_url: str, path: Path, window: QWidget) -> Database | None:
    """Ask for the passphrase over the sign-in window; None when the user quits."""
    from scardesk.db import cipher
    from scardesk.db.engine import open_database
    from scardesk.ui.login.passphrase import PassphraseDialog

    opened: list[Database] = []

    def try_open(key: str) -> None:
        opened.append(open_database(database_url, key=key))

    problem = cipher.keyring_problem()
    if problem:
        log.info("the passphrase cannot be remembered here: %s", problem)
    dialog = PassphraseDialog(try_open, str(path), keyring_available=problem is None, parent=window)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted or not opened:
        return None
    key, remember = dialog.chosen()
    cipher.provide_key(path, key)
    if remember:
        try:
            cipher.remember_key(path, key)
        except StorageRefusedError:
            log.exception("the passphrase could not be stored in the OS keyring")
    return opened[-1]


def _warm_up(services: Services) -> None:
    """Fonts, ReportLab and the parsed wording ready while the user signs in, so the first
    sheet comes out at once (see documents.warmup), and the search statements compiled, so
    the first search of each kind is as quick as the next; the sign-in window is already up."""
    try:
        services.search.warm_up()
    except Exception:  # only a head start: a real search compiles its own and reports errors
        log.exception("warming up the patient search failed")
    try:
        services.documents.warm_up()
    except Exception:  # only a head start: a real print reports its own errors
        log.exception("warming up the document renderer failed")


def refusal_text(error: StorageRefusedError) -> str:
    """The refusal as the start-up window shows it: in the user's language, from its code."""
    from scardesk.ui.messages import error_text

    return error_text(error)


def _show_refusal(
    english: str, shown: Callable[[], str], window: QWidget, interactive: bool
) -> None:
    """English on stderr (for whoever reads the log or the terminal); ``shown()`` in a dialog."""
    one_line = "; ".join(line.strip() for line in english.splitlines() if line.strip())
    print(f"ScarDesk cannot open the database: {one_line}", file=sys.stderr)
    if not interactive:
        return  # nobody could click a dialog away
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(window, "ScarDesk", shown())
