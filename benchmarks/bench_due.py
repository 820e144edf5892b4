"""Today's "Due for follow-up" and "Reminders" lists on a demo clinic's real data.

    PYTHONPATH=. python benchmarks/bench_due.py --database /tmp/demo1m/clinic.sqlite3 --runs 3
    PYTHONPATH=. python benchmarks/bench_due.py --patients 20000      # a fresh demo, SQLite
    PYTHONPATH=. python benchmarks/bench_due.py --database-url postgresql+psycopg://…/scardesk_1m

Both lists open with the Today screen, side by side on the read threads. Measured, runs
interleaved with the baseline:

* **due list, first page** — ``FollowUpService.due_list(today, limit=50)``;
* **due list, eleventh page** — the same at offset 500 (ten presses of "More");
* **reminders for today** — ``ReminderService.for_day(today, today)`` (today's bookings, then
  the first due patients: it reads the due list too);
* **index refresh, one patient** — what every write about a patient now adds: computing that
  patient's due reasons again (``db.due_index.refresh``, in a transaction rolled back), for a
  patient with an active plan and sessions;
* **baseline** — the bare SQL of a first page of 50 patients with an active plan, in plan
  order.

At 1,000,000 demo patients the due list took 55 s alone (79 s on PostgreSQL) while it ranked
every active plan in Python (538,447 of them) on each read; it now reads one page off the due
index (revision 0015). Target: first page ≤ 200 ms at 1M. Nothing is asserted; no patient
data is printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from scardesk.db import due_index
from scardesk.db.engine import Database, open_database
from scardesk.db.models import Patient, TreatmentPlan, TreatmentSession
from scardesk.domain.enums import PlanStatus
from scardesk.domain.time import muscat_today
from scardesk.services.container import build_services
from scardesk.services.session import SignedIn

PAGE = 50


def timed(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def line(label: str, samples: list[float], base: list[float]) -> None:
    median, worst = statistics.median(samples), max(samples)
    ratio = median / statistics.median(base)
    print(f"  {label:<28} p50 {median:10.1f} ms  max {worst:10.1f}   ×bare p50 {ratio:10.1f}")


def bench(database: Database, runs: int) -> None:
    services = build_services(database)
    doctor = SignedIn(services.users.practitioners()[0]).actor
    today = muscat_today()
    bare_page = (
        select(Patient.id, Patient.name_latin, Patient.name_arabic, Patient.phone)
        .join(TreatmentPlan, TreatmentPlan.patient_id == Patient.id)
        .where(TreatmentPlan.status == PlanStatus.ACTIVE.value, Patient.archived_at.is_(None))
        .order_by(TreatmentPlan.id)
        .limit(PAGE)
    )

    def bare() -> None:
        with database.engine.connect() as connection:
            assert len(connection.execute(bare_page).all()) <= PAGE

    with database.engine.connect() as connection:
        plans = connection.execute(
            select(func.count())
            .select_from(TreatmentPlan)
            .where(TreatmentPlan.status == PlanStatus.ACTIVE.value)
        ).scalar_one()
        treated = connection.execute(
            select(TreatmentPlan.patient_id)
            .join(TreatmentSession, TreatmentSession.plan_id == TreatmentPlan.id)
            .where(TreatmentPlan.status == PlanStatus.ACTIVE.value)
            .order_by(TreatmentPlan.id.desc())
            .limit(1)
        ).scalar_one()

    def refresh() -> None:
        with database.engine.connect() as connection, connection.begin() as transaction:
            due_index.refresh(connection, [treated])
            transaction.rollback()

    print(f"{database.kind}: {plans:,} active plans; {runs} runs each, interleaved")
    samples: dict[str, list[float]] = {name: [] for name in _LABELS}
    for _ in range(runs):
        samples["base"].append(timed(bare))
        samples["due"].append(timed(lambda: services.followup.due_list(doctor, today, limit=PAGE)))
        samples["deep"].append(
            timed(lambda: services.followup.due_list(doctor, today, limit=PAGE, offset=10 * PAGE))
        )
        samples["reminders"].append(timed(lambda: services.reminders.for_day(doctor, today, today)))
        samples["refresh"].append(timed(refresh))
    for name, label in _LABELS.items():
        line(label, samples[name], samples["base"])


_LABELS = {
    "base": "bare first page (baseline)",
    "due": "due list, first page",
    "deep": "due list, eleventh page",
    "reminders": "reminders for today",
    "refresh": "index refresh, one patient",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--database", type=Path, help="a demo SQLite file")
    where.add_argument("--database-url", help="a demo clinic on a server: postgresql+psycopg://…")
    parser.add_argument("--patients", type=int, default=5000, help="a fresh demo's size")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.database or args.database_url:
        database = open_database(args.database_url or f"sqlite:///{args.database}")
        bench(database, args.runs)
        database.dispose()
        return 0
    from scardesk.demo import generate_demo

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'clinic.sqlite3'}")
        build_services(database)
        generate_demo(database, args.patients, seed=5)
        bench(database, args.runs)
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
