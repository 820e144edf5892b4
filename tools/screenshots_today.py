"""Render the Today screen, the booking dialog (with an overlap warning), the cancel dialog and
the follow-up list offscreen into ``screenshots/``, over a generated demo clinic whose patients
have Arabic and Latin names.

Run ``.venv/bin/python tools/screenshots_today.py`` and look at every PNG: only a picture shows
whether the rows read well, whether Arabic is shaped and whether a warning is noticed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from scardesk.db.engine import open_database
from scardesk.demo import generate_demo
from scardesk.domain.enums import Modality, Role
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.time import MUSCAT, muscat_today
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.appointments.booking import BookingRequest
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.shell import make_main_window, prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.today.screen import TodayScreen

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Demo-password-2024"


def save(widget: QWidget, folder: Path, name: str, msecs: int = 200) -> Path:
    widget.show()
    QTest.qWait(msecs)
    path = folder / name
    widget.grab().save(str(path))
    print(path)
    return path


def populate(folder: Path):  # type: ignore[no-untyped-def]
    database = open_database(f"sqlite:///{folder / 'today.sqlite3'}")
    services = build_services(database)
    generate_demo(database, 300, seed=7)
    desk = services.users.add_user(SYSTEM, "f.desk", "Fatma Al Balushi", Role.FRONT_DESK, PASSWORD)
    doctor = services.users.add_user(
        SYSTEM, "m.rawahi", "د. مريم الرواحي", Role.PRACTITIONER, PASSWORD
    )
    clinician = SignedIn(doctor).actor
    today = muscat_today()
    page = services.search.search(SignedIn(desk).actor, "", limit=200)
    free = [row for row in page.rows if row.next_appointment is None]
    # Plans started in the past make patients due for their next session.
    plan_items = [
        (PlanItemInput(Modality.MICRONEEDLING, 4, 28),),
        (PlanItemInput(Modality.FRACTIONAL_LASER, 3, 28), PlanItemInput(Modality.TOXIN, 2, 90)),
        (PlanItemInput(Modality.MICRONEEDLING, 3, 35),),
    ]
    for n, row in enumerate(free[:10]):
        try:
            services.plans.create(
                clinician,
                row.id,
                PlanInput(plan_items[n % 3], started_on=today - timedelta(days=3 + 4 * n)),
            )
        except Exception:  # a patient may already have a plan: skip them
            continue
    # A busy afternoon for the new practitioner, with one booking overlapping another.
    for n, row in enumerate(page.rows[:4]):
        start = datetime.combine(today, time(16, 0), tzinfo=MUSCAT) + timedelta(minutes=45 * n)
        services.appointments.book(
            clinician,
            AppointmentInput(row.id, doctor.id, start, 45, ("toxin", "microneedling")[: 1 + n % 2]),
        )
    return services, SignedIn(desk), doctor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    prepare_application()
    runner = SyncTaskRunner()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        services, desk, doctor = populate(folder)
        state = QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat)
        window = make_main_window(
            services, desk, runner=runner, change_bus=ChangeBus(), window_state=state
        )
        window.resize(1280, 820)
        save(window, args.out, "today-main-window.png")
        screen = window.pages["today"]
        assert isinstance(screen, TodayScreen)
        screen.tabs.setCurrentIndex(1)
        save(window, args.out, "today-due-list.png")
        screen.tabs.setCurrentIndex(0)

        booking = screen.open_booking(
            BookingRequest(muscat_today(), at=time(16, 30), practitioner_id=doctor.id)
        )
        booking.picker.search.setText("Al")
        booking.picker.search_now()
        booking.picker.choose_row(0)
        booking.modality_boxes[Modality.CHEMICAL_PEEL].setChecked(True)
        booking.check_overlaps()
        save(booking, args.out, "booking-overlap-warning.png")
        booking.reject()

        empty = screen.open_booking(BookingRequest(muscat_today()))
        empty.submit()
        save(empty, args.out, "booking-inline-errors.png")
        empty.reject()

        rows = screen.model.records()
        booked = next(r for r in rows if r.status.value == "booked")
        screen.open_cancel(booked)
        assert screen.dialog is not None
        screen.dialog.submit()  # type: ignore[union-attr]
        save(screen.dialog, args.out, "cancel-needs-reason.png")
        screen.dialog.reject()

        screen.show_day(muscat_today() + timedelta(days=1))
        save(window, args.out, "today-tomorrow.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
