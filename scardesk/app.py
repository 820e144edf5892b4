"""Composition root: opens the database, builds the services and starts the window."""

from __future__ import annotations

import logging
import os
import sys
import threading

from scardesk.db.engine import open_database
from scardesk.domain.errors import StorageRefusedError
from scardesk.logging_setup import configure_logging
from scardesk.services.container import build_services

log = logging.getLogger(__name__)


def run_app(database_url: str, *, exit_after_start: bool = False) -> int:
    configure_logging()
    log.info("starting ScarDesk")
    try:
        database = open_database(database_url)
    except StorageRefusedError as error:
        _show_refusal(str(error), interactive=not exit_after_start)
        return 2
    from scardesk.ui.shell import run_gui  # Qt is imported only when a window is wanted

    if not exit_after_start:
        threading.Thread(target=_warm_up_documents, name="warm-up", daemon=True).start()
    try:
        return run_gui(build_services(database), exit_after_start=exit_after_start)
    finally:
        database.dispose()


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
