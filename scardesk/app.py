"""Composition root: opens the database, builds the services and starts the window."""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from scardesk.db import cipher
from scardesk.db.cipher import PassphraseNeededError
from scardesk.db.engine import Database, open_database
from scardesk.domain.errors import StorageRefusedError
from scardesk.logging_setup import configure_logging
from scardesk.services.container import build_services

log = logging.getLogger(__name__)


def run_app(database_url: str, *, exit_after_start: bool = False) -> int:
    configure_logging()
    log.info("starting ScarDesk")
    try:
        try:
            database = open_database(database_url)
        except PassphraseNeededError as needed:
            if exit_after_start or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
                raise  # nobody could type into a dialog
            unlocked = _unlock_in_dialog(database_url, needed.path)
            if unlocked is None:
                return 2
            database = unlocked
    except StorageRefusedError as error:
        _show_refusal(str(error), interactive=not exit_after_start)
        return 2
    if database.transport_warning:
        print(f"ScarDesk: warning: {database.transport_warning}", file=sys.stderr)
    from scardesk.ui.shell import run_gui  # Qt is imported only when a window is wanted

    if not exit_after_start:
        threading.Thread(target=_warm_up_documents, name="warm-up", daemon=True).start()
    try:
        return run_gui(build_services(database), exit_after_start=exit_after_start)
    finally:
        database.dispose()


def _unlock_in_dialog(database_url: str, path: Path) -> Database | None:
    """Ask for the passphrase before sign-in; None when the user quits."""
    from scardesk.ui.login.passphrase import PassphraseDialog
    from scardesk.ui.shell import prepare_application

    prepare_application()
    opened: list[Database] = []

    def try_open(key: str) -> None:
        opened.append(open_database(database_url, key=key))

    problem = cipher.keyring_problem()
    if problem:
        log.info("the passphrase cannot be remembered here: %s", problem)
    dialog = PassphraseDialog(try_open, str(path), keyring_available=problem is None)
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


def _warm_up_documents() -> None:
    """Fonts and layouts ready before the first sheet is printed (see documents.warmup)."""
    from scardesk.documents import ContentLibrary
    from scardesk.documents.warmup import warm_up

    try:
        warm_up(ContentLibrary())
    except Exception:  # only a head start: a real print reports its own errors
        log.exception("warming up the document renderer failed")


def _show_refusal(message: str, *, interactive: bool) -> None:
    print(f"ScarDesk cannot open the database: {message}", file=sys.stderr)
    if not interactive or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody could click a dialog away
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv)
        QMessageBox.critical(None, "ScarDesk", message)
        del app
    except Exception:  # no display at all: the message is already on stderr
        log.exception("could not show the refusal dialog")
