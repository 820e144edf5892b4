"""Switching language with the demo clinic open (issue #12): File › Preferences… → Apply.

A practitioner of the demo clinic is signed in through the real shell (``GuiSession``) with a
patient's workspace open on its last tab; each switch saves the choice (audited), installs the
translation, mirrors the layout and rebuilds the main window from the same services on the
same patient, then paints it. English and Arabic alternate. The Arabic ``.qm`` is the bundled
one when it exists (``--qm-folder``), else a small one compiled here with ``pyside6-lrelease``.

Baselines measured in the same run: the bare service call that saves the preferences, and a
fresh main window opened on the same patient and painted in the current language (what a
rebuild costs without any translation work). Medians and p95 with their ratio.

Checked, not timed: the database is never reconnected — the services' engine is the same
object after every switch and the engine's pool made no new DBAPI connection.

    .venv/bin/python benchmarks/bench_language_switch.py [--patients 5000] [--switches 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.ui.arabic_qm

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from scardesk.db.engine import open_database
from scardesk.demo import generate_demo
from scardesk.domain.display_prefs import DEFAULT, DisplayPreferences, Language
from scardesk.domain.enums import Role
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.language import LanguageChoice
from scardesk.ui.login import SignInDialog
from scardesk.ui.main_window import MainWindow
from scardesk.ui.shell import GuiSession, make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.widgets.unsaved import forget_all
from tests.ui.arabic_qm import build_arabic_qm

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Correct-horse-9"
ARABIC = DisplayPreferences(Language.ARABIC)


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(what: str, samples: list[float], baseline: list[float]) -> None:
    ordered = sorted(samples)
    p50, p95 = statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]
    ratio = p50 / statistics.median(baseline)
    print(f"  {what:<52} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms   ratio {ratio:5.2f}×")


def painted(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    window.repaint()
    # What the app's event loop does after each switch: the replaced window is deleted (and
    # its screen lock's application-wide event filter with it). processEvents alone never does.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=5000)
    parser.add_argument("--switches", type=int, default=20)
    parser.add_argument("--qm-folder", type=Path, default=ROOT / "resources" / "i18n")
    args = parser.parse_args()

    app = prepare_application("en")
    folder = Path(tempfile.mkdtemp())
    qm_folder = args.qm_folder
    if not (qm_folder / "scardesk_ar.qm").is_file():
        qm_folder = build_arabic_qm(folder / "i18n")
    print(f"Arabic translation: {qm_folder / 'scardesk_ar.qm'}")
    database = open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
    started = time.perf_counter()
    generate_demo(database, args.patients, seed=1)
    print(f"Demo clinic: {args.patients:,} patients in {time.perf_counter() - started:.1f} s")
    services = build_services(database)
    services.users.add_user(SYSTEM, "bench.prac", "Bench Practitioner", Role.PRACTITIONER, PASSWORD)
    engine = database.engine
    new_connections: list[int] = []
    event.listen(engine, "connect", lambda *_: new_connections.append(1))

    state = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    runner = SyncTaskRunner()
    languages = LanguageChoice(state, folder=qm_folder)
    session = GuiSession(
        services,
        runner=runner,
        change_bus=ChangeBus(),
        window_state=state,
        errors=ErrorPresenter(),
        languages=languages,
    )
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.username.set_text("bench.prac")
    dialog.password.set_text(PASSWORD)
    dialog.submit()
    window = session.main_window
    assert window is not None
    window.show()
    window.show_screen("patients")
    patient_id = 1 + args.patients // 2
    workspace = window.open_patient(patient_id)
    workspace.tabs.setCurrentIndex(workspace.tabs.count() - 1)
    painted(app, window)
    new_connections.clear()  # the pool is warm: from here on, any connect is a reconnection

    def switch(chosen: DisplayPreferences) -> MainWindow:
        current = session.main_window
        assert current is not None
        assert current.save_preferences(chosen)
        rebuilt = session.main_window
        assert rebuilt is not None and rebuilt is not current
        painted(app, rebuilt)
        return rebuilt

    # First on the Patients list with no patient open, then with the workspace open.
    workspace_window = session.main_window
    assert workspace_window is not None
    workspace_window.show_screen("patients")
    painted(app, workspace_window)
    listing: list[float] = []
    for index in range(args.switches):
        listing += timed(lambda i=index: switch(ARABIC if i % 2 == 0 else DEFAULT), 1)
    assert session.main_window is not None
    window = session.main_window
    workspace = window.open_patient(patient_id)
    workspace.tabs.setCurrentIndex(workspace.tabs.count() - 1)
    painted(app, window)
    switches: list[float] = []
    for index in range(args.switches):
        # Go on alternating from where the Patients-list switches left the language.
        chosen = ARABIC if (index + args.switches) % 2 == 0 else DEFAULT
        current = session.main_window
        assert current is not None
        start = time.perf_counter()
        assert current.save_preferences(chosen)
        rebuilt = session.main_window
        assert rebuilt is not None and rebuilt is not current
        painted(app, rebuilt)
        switches.append((time.perf_counter() - start) * 1000)
        assert rebuilt.workspace is not None and rebuilt.workspace.patient_id == patient_id
        expected = ARABIC.right_to_left if chosen is ARABIC else False
        assert rebuilt.isRightToLeft() == expected
        assert services.users._db.engine is engine  # the same engine: not reopened

    signed_in = session.main_window.signed_in if session.main_window else None
    assert signed_in is not None
    actor = signed_in.actor
    flip = [ARABIC, DEFAULT]
    saves = timed(
        lambda: services.users.set_display_preferences(actor, flip.reverse() or flip[0]),
        args.switches,
    )

    def fresh_window() -> None:
        window = make_main_window(
            services,
            SignedIn(signed_in.user),
            runner=runner,
            change_bus=ChangeBus(),
            window_state=state,
        )
        window.show()
        window.show_screen("patients")
        window.open_patient(patient_id)
        painted(app, window)
        window.close_without_asking()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    fresh = timed(fresh_window, args.switches)

    print(f"Switch language, demo clinic open ({args.switches} switches each, EN/AR alternating)")
    report("save the preferences alone (baseline)", saves, saves)
    report("a fresh main window on the same patient (baseline)", fresh, saves)
    report("switch on the Patients list, no patient open", listing, fresh)
    report(f"switch with patient #{patient_id}'s workspace open", switches, fresh)
    for what, samples in (("no patient", listing), ("patient open", switches)):
        p50 = statistics.median(samples)
        print(f"  target < 1000 ms, {what}: p50 {p50:.0f} ms {'met' if p50 < 1000 else 'NOT met'}")
    print(f"  database reconnections during the switches: {len(new_connections)}")
    assert not new_connections, "switching language reconnected the database"
    forget_all()
    if session.main_window is not None:
        session.main_window.close_without_asking()
    database.dispose()


if __name__ == "__main__":
    main()
