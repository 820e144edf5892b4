"""Today screen benchmark: one day with 200 appointments, in a clinic with demo history.

Target: the Today screen shows such a day in at most 100 ms (service + model). The machines are
shared and noisy, so each figure is a median (and p95) printed beside a baseline measured in the
same run — the bare SQL select of the same rows — as a ratio. Nothing is asserted. Run:

    .venv/bin/python benchmarks/bench_today.py [--patients 2000] [--runs 40]

Measured, each on the same day:

* bare select: the join the service runs, executed with SQLAlchemy Core, rows left as tuples;
* service: ``AppointmentService.day_list`` (session, ORM rows, frozen records, phone display);
* service + model: the above, then the table model reset and every cell's display text read;
* screen: ``TodayScreen.reload_day`` with a synchronous runner, then the table repainted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from scardesk.db.engine import open_database
from scardesk.db.models import Appointment, Patient, User
from scardesk.demo import generate_demo
from scardesk.domain.enums import Role
from scardesk.domain.scheduling import AppointmentInput, muscat_day_range
from scardesk.domain.time import MUSCAT
from scardesk.services.container import build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.shell import prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.today.model import AppointmentTableModel
from scardesk.ui.today.screen import TodayScreen

DAY = date(2031, 3, 12)  # far from the demo's own appointments: exactly 200 on it
PER_DAY = 200


def timed(label: str, runs: int, work: Callable[[], object]) -> list[float]:
    work()  # warm caches and lazy imports once
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args(argv)
    prepare_application()
    with tempfile.TemporaryDirectory() as temp:
        database = open_database(f"sqlite:///{Path(temp) / 'bench.sqlite3'}")
        services = build_services(database)
        generate_demo(database, args.patients, seed=3)
        desk = SignedIn(
            services.users.add_user(
                SYSTEM, "b.desk", "Bench Desk", Role.FRONT_DESK, "Scar-Lantern-77"
            )
        )
        doctors = services.users.practitioners()
        patients = services.search.search(desk.actor, "", limit=PER_DAY).rows
        opening = datetime.combine(DAY, datetime.min.time(), tzinfo=MUSCAT) + timedelta(hours=8)
        for n in range(PER_DAY):
            doctor = doctors[n % len(doctors)]
            start = opening + timedelta(minutes=20 * (n // len(doctors)) % (13 * 60))
            services.appointments.book(
                desk.actor,
                AppointmentInput(patients[n % len(patients)].id, doctor.id, start, 20, ("toxin",)),
            )
        with database.sessions() as session:
            total = session.query(Appointment).count()
        print(
            f"SQLite, {args.patients} demo patients, {total} appointments in all, "
            f"{PER_DAY} on {DAY}, {len(doctors)} practitioners; {args.runs} runs each (ms)"
        )

        start, end = muscat_day_range(DAY)
        bare_statement = (
            select(
                Appointment.__table__,
                Patient.name_latin,
                Patient.name_arabic,
                Patient.phone,
                User.display_name,
            )
            .join(Patient, Patient.id == Appointment.patient_id)
            .join(User, User.id == Appointment.practitioner_id)
            .where(Appointment.starts_at >= start, Appointment.starts_at < end)
            .order_by(Appointment.starts_at, Appointment.id)
        )

        def bare() -> object:
            with database.engine.connect() as connection:
                rows = connection.execute(bare_statement).all()
            assert len(rows) == PER_DAY
            return rows

        def service() -> object:
            return services.appointments.day_list(desk.actor, DAY)

        model = AppointmentTableModel()

        def service_and_model() -> object:
            model.set_rows(services.appointments.day_list(desk.actor, DAY))
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            return model

        context = ScreenContext(services, desk, SyncTaskRunner(), ChangeBus())
        screen = TodayScreen(context)
        screen.resize(1200, 800)
        screen.show()
        screen.date_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))

        def whole_screen() -> object:
            screen.reload_day()
            screen.table.viewport().repaint()
            assert screen.model.rowCount() == PER_DAY
            return screen

        results = {
            "bare select (baseline)": timed("bare", args.runs, bare),
            "service day_list": timed("service", args.runs, service),
            "service + model fill": timed("model", args.runs, service_and_model),
            "screen reload + repaint": timed("screen", args.runs, whole_screen),
        }
        baseline = statistics.median(results["bare select (baseline)"])
        print(f"  {'measurement':<26}{'median':>9}{'p95':>9}{'× bare':>9}")
        for label, samples in results.items():
            median = statistics.median(samples)
            print(f"  {label:<26}{median:>9.2f}{p95(samples):>9.2f}{median / baseline:>9.1f}")
        target = statistics.median(results["service + model fill"])
        verdict = "within" if target <= 100 else "OVER"
        print(f"  target: service + model ≤ 100 ms — median {target:.1f} ms, {verdict} target")
        screen.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
