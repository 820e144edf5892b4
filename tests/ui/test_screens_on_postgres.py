"""The front desk's screens over a real PostgreSQL server, as several workstations would use it.

The screens reach storage only through the services (tested on both databases); these tests
show the whole path — widgets, runner, services, server — working end to end on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.services.container import Services, build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.shell import make_main_window
from tests.ui.patient_helpers import clinic, type_text

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_services(postgres_url: str) -> Iterator[Services]:
    database = open_database(postgres_url)
    yield build_services(database)
    database.dispose()


def test_an_arabic_search_opens_the_patient_workspace_on_postgres(qtbot, pg_services, tmp_path):
    pg_services.users.create_first_admin("first.admin", "First Admin", "Correct-horse-9")
    desk = SignedIn(
        pg_services.users.add_user(SYSTEM, "f.desk", "Fatma", Role.FRONT_DESK, "Correct-horse-9")
    )
    clinic(pg_services, desk)
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    window = make_main_window(pg_services, desk, window_state=state)
    qtbot.addWidget(window)
    window.show_screen("patients")
    screen = window.pages["patients"]
    type_text(screen.search_edit, "فاطمه")  # finds فاطمة: the folded letter variant
    qtbot.waitUntil(lambda: not screen._debounce.isActive() and not screen.model.loading)
    assert screen.model.rowCount() == 1
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert "Fatma Al Said" in window.workspace.header.visible_text()


def test_today_lists_a_booking_made_on_postgres(qtbot, pg_services, tmp_path):
    from datetime import datetime, time

    from scardesk.domain.scheduling import AppointmentInput
    from scardesk.domain.time import MUSCAT, muscat_today

    pg_services.users.create_first_admin("first.admin", "First Admin", "Correct-horse-9")
    desk = SignedIn(
        pg_services.users.add_user(SYSTEM, "f.desk", "Fatma", Role.FRONT_DESK, "Correct-horse-9")
    )
    doctor = pg_services.users.add_user(
        SYSTEM, "s.harthy", "Dr Salma", Role.PRACTITIONER, "Correct-horse-9"
    )
    patients = clinic(pg_services, desk)
    start = datetime.combine(muscat_today(), time(11, 0), tzinfo=MUSCAT)
    pg_services.appointments.book(
        desk.actor, AppointmentInput(patients["aisha"].id, doctor.id, start, 30, ("toxin",))
    )
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    window = make_main_window(pg_services, desk, window_state=state)
    qtbot.addWidget(window)
    today = window.page("today")
    assert today.model.rowCount() == 1
    assert "عائشة" in today.model.index(0, 1).data()
