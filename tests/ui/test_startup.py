"""Start-up (issue #16): the sign-in window first, the database and services opened behind it.

The window is driven as a person would: typing and pressing "Sign in" before the database is
open, on a real SQLite clinic opened on a real worker thread that the test holds back.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.domain.errors import StorageRefusedError
from scardesk.services.container import build_services
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.login import FirstAdminDialog
from scardesk.ui.startup import Opened, StartUp
from scardesk.ui.tasks import TaskRunner
from tests.ui.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "scardesk.db.engine",
    "scardesk.ui.main_window",
    # Not the layers, but still not needed to show the window (issue #16, stop 28): every
    # modality's spec (through the labels), the domain records, the file-writing helpers.
    "scardesk.ui.labels",
    "scardesk.domain.modalities",
    "scardesk.domain.records",
    "scardesk.services",
)
#: The application-wide event filters: installed once the sign-in window is painted.
FILTERS = ("scardeskWheelGuard", "scardeskDigitInput", "scardeskScreenFit", "scardeskKeyboardGuard")


class HeldOpening:
    """Opens a real clinic database on the worker thread once the test lets it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.release = threading.Event()
        self.databases: list[object] = []

    def __call__(self) -> Opened:
        assert self.release.wait(30), "the test never let the database open"
        database = open_database(self.url)
        self.databases.append(database)
        services = build_services(database)
        return Opened(services, services.users.needs_first_admin(), services.settings.clinic())


@pytest.fixture
def clinic_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    database = open_database(url)
    build_services(database).users.create_first_admin("s.admin", "Salma Al-Harthy", PASSWORD)
    database.dispose()
    return url


def _start(qtbot, opening, window_state, on_failed=None) -> tuple[StartUp, list[int], TaskRunner]:
    errors = ErrorPresenter()
    runner = TaskRunner(errors.show)
    start = StartUp(
        opening,
        on_failed or (lambda error, window: pytest.fail(f"opening failed: {error!r}")),
        runner=runner,
        errors=errors,
        window_state=window_state,
    )
    codes: list[int] = []
    start.finished.connect(codes.append)
    start.show()
    return start, codes, runner


def test_the_sign_in_window_takes_typing_before_the_database_is_open_and_signs_in_once_it_is(
    qtbot, clinic_url: str, window_state
) -> None:
    opening = HeldOpening(clinic_url)
    start, _codes, _runner = _start(qtbot, opening, window_state)
    start.open()
    dialog = start.dialog
    assert dialog.isVisible()
    assert dialog.footer.text() == "Opening the clinic database…"
    qtbot.keyClicks(dialog.username.edit, "s.admi")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert "as soon as the database is open" in dialog.submit_button.text()
    assert not dialog.submit_button.isEnabled()  # waiting, not frozen: the window still paints
    qtbot.keyClicks(dialog.username.edit, "n")  # a typo fixed while waiting is what signs in
    dialog.grab().save("/tmp/start-sign-in-waiting.png")

    opening.release.set()
    qtbot.waitUntil(lambda: start.session is not None and start.session.main_window is not None)
    assert start.session.main_window.signed_in.user.username == "s.admin"
    start.session.close_all()
    for database in opening.databases:
        database.dispose()


def test_once_open_the_window_names_the_clinic_database_and_signs_in_at_once(
    qtbot, clinic_url: str, window_state
) -> None:
    opening = HeldOpening(clinic_url)
    opening.release.set()
    start, _codes, _runner = _start(qtbot, opening, window_state)
    readied: list[bool] = []
    start.ready.connect(lambda: readied.append(True))
    start.open()
    qtbot.waitUntil(lambda: bool(readied))
    dialog = start.dialog
    assert start.session is not None and start.session.dialog is dialog
    assert dialog.footer.text().startswith("Database: ")
    assert dialog.card.isEnabled()
    dialog.grab().save("/tmp/start-sign-in-ready.png")
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.password.edit, "not the password")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "do not match" in dialog.form_error.text())
    start.session.close_all()
    for database in opening.databases:
        database.dispose()


def test_a_new_clinic_gets_the_first_administrator_dialog_instead(
    qtbot, tmp_path: Path, window_state
) -> None:
    opening = HeldOpening(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    opening.release.set()
    start, _codes, _runner = _start(qtbot, opening, window_state)
    start.open()
    qtbot.waitUntil(lambda: start.session is not None and start.session.dialog is not None)
    first = start.session.dialog
    assert isinstance(first, FirstAdminDialog) and first.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(start.dialog))  # the sign-in window went away
    start.session.close_all()
    for database in opening.databases:
        database.dispose()


def test_a_refused_database_is_handed_over_with_the_window_and_ends_the_start(
    qtbot, window_state
) -> None:
    def refuse() -> Opened:
        raise StorageRefusedError("The database was created by a newer version of ScarDesk.")

    seen: list[tuple[str, QWidget]] = []

    def failed(error: BaseException, window: QWidget) -> int:
        seen.append((str(error), window))
        return 2

    start, codes, _runner = _start(qtbot, refuse, window_state, failed)
    start.open()
    qtbot.waitUntil(lambda: bool(codes))
    assert codes == [2]
    assert seen == [("The database was created by a newer version of ScarDesk.", start.dialog)]
    assert not start.dialog.isVisible()


def test_opening_is_tried_again_when_the_failure_was_resolved(
    qtbot, clinic_url: str, window_state
) -> None:
    """E.g. the passphrase dialog unlocked an encrypted database: opening goes on."""
    opening = HeldOpening(clinic_url)
    opening.release.set()
    attempts: list[int] = []

    def first_refused() -> Opened:
        attempts.append(1)
        if len(attempts) == 1:
            raise StorageRefusedError("locked")
        return opening()

    start, codes, _runner = _start(qtbot, first_refused, window_state, lambda error, window: None)
    start.open()
    qtbot.waitUntil(lambda: start.session is not None)
    assert len(attempts) == 2 and codes == []
    start.session.close_all()
    for database in opening.databases:
        database.dispose()


def _scardesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SCARDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "scardesk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _installed_filters() -> str:
    """Probe code: the names of the application-wide filters installed on the application."""
    return (
        "from PySide6.QtCore import QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication.instance()\n"
        f"installed = [name for name in {FILTERS!r} if app.findChild(QObject, name)]\n"
    )


def _run_probe(probe: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the Python ``probe`` in a fresh process, offscreen, its state in ``tmp_path`` and
    its clinic the one it names (never one set in the environment)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    env.pop("SCARDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_first_window_imports_neither_the_database_nor_the_documents(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from scardesk.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, '--exit-after-start'])\n"
        + _installed_filters()
        + f"print(code, [name for name in {HEAVY!r} if name in sys.modules], installed)\n"
    )
    done = _run_probe(probe, tmp_path)
    # Painted, then left: neither the database nor the filters, which come after the paint.
    assert done.stdout.strip() == "0 [] []", done.stderr
    assert not (tmp_path / "clinic.sqlite3").exists()  # measured, not opened


def test_the_started_app_has_every_application_filter(tmp_path: Path) -> None:
    """Installed once the sign-in window is painted, before signing in is ready."""
    probe = (
        "from scardesk.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, '--check-start'])\n"
        + _installed_filters()
        + "print(code, installed)\n"
    )
    done = _run_probe(probe, tmp_path)
    assert done.stdout.strip() == f"0 {list(FILTERS)!r}", done.stderr


def test_check_start_creates_a_new_clinic_and_refuses_a_newer_one(tmp_path: Path) -> None:
    started = _scardesk("--data-dir", str(tmp_path), "--check-start")
    assert started.returncode == 0, started.stderr
    path = tmp_path / "clinic.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    refused = _scardesk("--data-dir", str(tmp_path), "--check-start")
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "newer version of ScarDesk" in lines[0], refused.stderr


def test_closing_the_window_while_the_database_opens_quits_without_showing_anything_else(
    qtbot, tmp_path: Path, window_state
) -> None:
    opening = HeldOpening(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    start, codes, runner = _start(qtbot, opening, window_state)
    start.open()
    start.dialog.reject()  # Esc, or the window's close button
    assert codes == [0]
    opening.release.set()
    assert runner.wait_until_idle()  # the opening's result arrived, and was dropped
    assert start.session is None
    for database in opening.databases:
        database.dispose()


def test_a_start_run_in_this_process_leaves_its_event_loops_working(
    qtbot, clinic_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (CI, 2026-12-05): closing the windows after ``exec()`` returned asked the
    application to exit once more; Qt keeps that request, so every later event loop in the
    process returned at once and the next tests waited in vain for their background work."""
    from PySide6.QtCore import QTimer

    from scardesk.app import run_app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert run_app(clinic_url, check_start=True) == 0
    fired: list[int] = []
    QTimer.singleShot(20, lambda: fired.append(1))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)


def test_a_start_refused_in_this_process_leaves_nothing_to_fire_later(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (CI, 2026-12-07): a run whose refusal came before its window's first paint
    left the first-paint watch behind, holding the sign-in window; its fallback fired in a later
    test, and the watch's deletion took the window with it: a segmentation fault. Whether the
    refusal beats the paint is the machine's timing (test_first_paint.py makes that sequence
    certain); whichever comes first, nothing of the run may be left once it has returned."""
    from PySide6.QtWidgets import QApplication

    from scardesk.app import run_app
    from scardesk.ui.widgets.first_paint import FALLBACK_MS, FirstPaint

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def windows() -> set[int]:
        return {shiboken6.getCppPointer(window)[0] for window in app.topLevelWidgets()}

    before = windows()
    assert run_app("nonsense", check_start=True) == 2  # refused: not a database address
    qtbot.wait(FALLBACK_MS + 200)  # past any fallback the run could have left
    assert app.findChildren(FirstPaint) == []
    assert windows() <= before
