"""Builders shared by the Today, booking and follow-up tests: a front-desk screen over a real
SQLite clinic with one practitioner, and quick ways to book and to make a patient due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt

from scardesk.domain.enums import Modality, Role
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.scheduling import AppointmentInput, AppointmentRecord
from scardesk.domain.time import MUSCAT, muscat_today
from scardesk.domain.working_calendar import Opening
from scardesk.services.container import Services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.today.model import AppointmentTableModel
from scardesk.ui.today.screen import TodayScreen
from tests.helpers import aisha


@dataclass
class Clinic:
    services: Services
    desk: SignedIn
    doctor: SignedIn
    bus: ChangeBus
    context: ScreenContext
    aisha_id: int
    khalid_id: int

    def at(self, hour: int, minute: int = 0, day: date | None = None) -> datetime:
        return datetime.combine(day or muscat_today(), time(hour, minute), tzinfo=MUSCAT)

    def book(
        self,
        patient_id: int,
        start: datetime,
        minutes: int = 30,
        modalities: tuple[str, ...] = ("microneedling",),
    ) -> AppointmentRecord:
        form = AppointmentInput(patient_id, self.doctor.user.id, start, minutes, modalities)
        record, _warnings, changes = self.services.appointments.book(self.desk.actor, form)
        self.bus.publish(changes)
        return record

    def make_due(self, patient_id: int, days_ago: int, modality: Modality) -> None:
        """An active plan started ``days_ago`` with no session yet: due since its start."""
        form = PlanInput(
            (PlanItemInput(modality, 3, 28),), started_on=muscat_today() - timedelta(days_ago)
        )
        _plan, changes = self.services.plans.create(self.doctor.actor, patient_id, form)
        self.bus.publish(changes)


def make_clinic(services: Services, make_user) -> Clinic:  # type: ignore[no-untyped-def]
    desk = make_user("f.desk", Role.FRONT_DESK)
    doctor = make_user("s.harthy", Role.PRACTITIONER)
    first, _ = services.patients.register(SYSTEM, aisha())
    second, _ = services.patients.register(
        SYSTEM,
        aisha(
            name_latin="Khalid Al Rawahi",
            name_arabic="خالد الرواحي",
            phone="9876 5432",
            civil_number="87654321",
            sex="male",
        ),
    )
    # Open every day, all day: these tests book "today", whatever weekday the suite runs on;
    # the working-time tests set the clinic's real week themselves.
    admin = make_user("a.admin", Role.ADMIN)
    services.working_time.save_week(
        admin.actor, frozenset(range(7)), (Opening(time(0, 0), time(23, 59)),), 0
    )
    bus = ChangeBus()
    context = ScreenContext(services, desk, SyncTaskRunner(), bus)
    return Clinic(services, desk, doctor, bus, context, first.id, second.id)


def open_today(qtbot, clinic: Clinic) -> TodayScreen:  # type: ignore[no-untyped-def]
    screen = TodayScreen(clinic.context)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    with qtbot.waitExposed(screen):
        screen.show()
    return screen


def click_cell_button(qtbot, view, index) -> None:  # type: ignore[no-untyped-def]
    """Click the middle of the button a delegate draws in ``index`` (a view-model index)."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def shown_rows(screen: TodayScreen) -> list[tuple[str, str, str]]:
    """(time, patient, status) as the table shows them, top to bottom."""
    proxy, m = screen.proxy, AppointmentTableModel
    return [
        tuple(
            proxy.index(row, column).data()
            for column in (m.TIME, m.PATIENT, m.STATUS)  # type: ignore[misc]
        )
        for row in range(proxy.rowCount())
    ]
