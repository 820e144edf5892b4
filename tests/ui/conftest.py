"""UI fixtures: a real SQLite clinic database per test, and the objects the shell would pass in.

Tests may import ``scardesk.db`` to build the database; only ``scardesk/ui`` may not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Without a display Qt aborts the process instead of raising: set this before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.services.container import Services, build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.i18n import install_translation
from scardesk.ui.main_window import MainWindow
from scardesk.ui.shell import make_main_window
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.widgets.digit_input import install_digit_input
from scardesk.ui.widgets.keyboard_guard import install_keyboard_guard
from scardesk.ui.widgets.screen_fit import install_screen_fit
from scardesk.ui.widgets.unsaved import forget_all
from scardesk.ui.widgets.wheel_guard import install_wheel_guard
from tests import db_templates
from tests.ui.rtl_fixtures import arabic, arabic_rtl, display_preferences  # noqa: F401  (fixtures)

PASSWORD = "Correct-horse-9"
SCREENS = Path(__file__).parent / "screens"


def pytest_configure(config: pytest.Config) -> None:
    """Qt's offscreen screen is 800×800 unless told otherwise: every UI test runs on a 1280×720
    laptop screen, the smallest the clinics use (``SCARDESK_TEST_SCREEN=1366x768`` or
    ``1600x1000`` picks another). Set before pytest-qt creates the application."""
    screen = os.environ.get("SCARDESK_TEST_SCREEN", "1280x720")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS / f'{screen}.json'}"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # type: ignore[no-untyped-def]
    """pytest-qt closes each test's widgets next; that is not a user leaving unsaved work."""
    forget_all()
    return (yield)


@pytest.fixture(scope="session")
def built_translations() -> None:
    """The .qm files as set-up builds them, rebuilt when a .ts is newer (an edit since set-up)."""
    folder = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        script = folder.parents[1] / "scripts" / "i18n.py"
        subprocess.run([sys.executable, str(script), "release"], check=True)


@pytest.fixture(autouse=True)
def english(qapp: QApplication, built_translations: None) -> Iterator[None]:
    """Each test starts in English, with its plural forms, as a new clinic does; a test that
    switches language is put back afterwards."""
    install_translation(qapp, "en")
    yield
    install_translation(qapp, "en")


@pytest.fixture(autouse=True)
def wheel_guard(qapp: QApplication) -> None:
    """The wheel guard the application installs at start-up (``prepare_application``)."""
    install_wheel_guard(qapp)


@pytest.fixture(autouse=True)
def digit_input(qapp: QApplication) -> None:
    """The Arabic-Indic digit filter the application installs at start-up."""
    install_digit_input(qapp)


@pytest.fixture(autouse=True)
def screen_fit(qapp: QApplication) -> None:
    """The screen fit the application installs at start-up (``prepare_application``)."""
    install_screen_fit(qapp)


@pytest.fixture(autouse=True)
def keyboard_guard(qapp: QApplication) -> None:
    """The keyboard guard the application installs at start-up (``prepare_application``)."""
    install_keyboard_guard(qapp)


@pytest.fixture
def services(tmp_path: Path, sqlite_template: Path) -> Iterator[Services]:
    """A migrated clinic of this test alone: a copy of the migrated template (db_templates)."""
    db_templates.copy_sqlite(sqlite_template, tmp_path / "clinic.sqlite3")
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    yield build_services(database)
    database.dispose()


@pytest.fixture
def runner() -> SyncTaskRunner:
    """Synchronous, and re-raises anything a dialog did not handle, so a defect fails the test."""
    return SyncTaskRunner()


@pytest.fixture
def errors(qtbot) -> ErrorPresenter:
    return ErrorPresenter()


@pytest.fixture
def window_state(tmp_path: Path) -> QSettings:
    """Window geometry goes to this test's folder, never to the developer's own settings."""
    return QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_user(services: Services) -> Callable[[str, Role], SignedIn]:
    def make(username: str, role: Role) -> SignedIn:
        if services.users.needs_first_admin():
            services.users.create_first_admin("first.admin", "First Admin", PASSWORD)
        if username == "first.admin":
            return SignedIn(services.users.authenticate(username, PASSWORD))
        user = services.users.add_user(SYSTEM, username, username.title(), role, PASSWORD)
        return SignedIn(user)

    return make


@pytest.fixture
def open_window(
    qtbot, services: Services, runner, window_state
) -> Callable[[SignedIn], MainWindow]:
    def open_for(signed_in: SignedIn) -> MainWindow:
        window = make_main_window(
            services, signed_in, runner=runner, change_bus=ChangeBus(), window_state=window_state
        )
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        # Window shortcuts (Ctrl+F…) only fire in the active window.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return open_for
