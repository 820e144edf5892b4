"""The screen lock's costs: its application-wide event filter on every key press, and the time
to lock and to unlock a main window with a patient open.

Baselines measured in the same run: typing into a field with no lock filter installed, and the
bare ``authenticate`` call (argon2) that unlocking makes. Medians and p95 with their ratio;
nothing is asserted.

    .venv/bin/python benchmarks/bench_screen_lock.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.helpers

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.widgets.unsaved import forget_all
from tests.helpers import aisha

PASSWORD = "Correct-horse-9"
KEYS = 200


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(what: str, samples: list[float], baseline: list[float], unit: str = "ms") -> None:
    ordered = sorted(samples)
    p50, p95 = statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]
    ratio = p50 / statistics.median(baseline)
    print(f"  {what:<46} p50 {p50:8.3f} {unit}  p95 {p95:8.3f} {unit}   ratio {ratio:5.2f}×")


def main() -> None:
    app = prepare_application("en")
    folder = Path(tempfile.mkdtemp())
    database = open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
    services = build_services(database)
    services.users.create_first_admin("admin", "Admin", PASSWORD)
    user = services.users.add_user(SYSTEM, "f.desk", "Front Desk", Role.FRONT_DESK, PASSWORD)
    patient, _ = services.patients.register(SYSTEM, aisha())

    field = QLineEdit()
    field.show()

    def type_keys() -> None:
        field.clear()
        for _ in range(KEYS):
            QTest.keyClick(field, Qt.Key.Key_A)

    bare_typing = timed(type_keys, 15)
    state = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = make_main_window(services, SignedIn(user), change_bus=ChangeBus(), window_state=state)
    window.show()
    window.open_patient(patient.id)
    app.processEvents()
    filtered_typing = timed(type_keys, 15)
    print(f"Typing {KEYS} keys into a field (ms per {KEYS} keys)")
    report("no lock filter (baseline)", bare_typing, bare_typing)
    report("with a main window's lock filter", filtered_typing, bare_typing)

    lock = window.screen_lock
    authenticate = timed(lambda: services.users.authenticate("f.desk", PASSWORD), 15)
    locks, unlocks = [], []
    for _ in range(15):
        locks += timed(lambda: (lock.lock("manual"), app.processEvents()), 1)
        unlocks += timed(lambda: (lock._try_unlock(PASSWORD), app.processEvents()), 1)
        assert not lock.locked
    print("Lock and unlock a window with a patient open (SQLite, synchronous runner)")
    report("authenticate alone (baseline)", authenticate, authenticate)
    report("lock (hide, audit)", locks, authenticate)
    report("unlock (password check, audit, show)", unlocks, authenticate)
    forget_all()
    window.close_without_asking()
    database.dispose()


if __name__ == "__main__":
    main()
