"""Foundation benchmark: demo generation, cold start, save-with-audit latency.

The machines are shared and noisy, so every figure is printed next to a baseline measured in
the same run (a ratio), as medians; nothing is asserted. Run from the repository root:

    .venv/bin/python benchmarks/bench_foundation.py [--patients 20000] [--postgres-url URL]

PostgreSQL is measured when ``--postgres-url`` or SCARDESK_TEST_POSTGRES_URL points at a server
(a database is created for the run and dropped afterwards).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import insert, select, update
from sqlalchemy.engine import make_url

from scardesk.db.engine import Database, open_database
from scardesk.db.models import Base, Patient
from scardesk.db.unit_of_work import SYSTEM
from scardesk.demo import generate_demo
from scardesk.domain.records import PatientInput
from scardesk.services.patients import PatientService

SAVES = 200
PATIENTS_TABLE = Base.metadata.tables["patients"]
COLD_RUNS = 5
ROWS: list[tuple[str, str, str, str]] = []  # section, measurement, value, baseline/ratio


def report(section: str, what: str, value: str, versus: str = "") -> None:
    ROWS.append((section, what, value, versus))
    print(f"  {section:<12} {what:<44} {value:>16}  {versus}", flush=True)


def fresh_sqlite(folder: Path) -> str:
    return f"sqlite:///{folder / f'{uuid.uuid4().hex}.sqlite3'}"


@contextmanager
def fresh_postgres(server_url: str) -> Iterator[str]:
    name = f"scardesk_bench_{uuid.uuid4().hex[:12]}"
    admin = make_url(server_url).set(drivername="postgresql", database="postgres")
    dsn = admin.render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def bare_patient_rows(count: int) -> list[dict[str, object]]:
    now = datetime.now(UTC)
    return [
        {
            "id": i + 1,
            "version": 1,
            "name_latin": f"Patient {i}",
            "name_arabic": "",
            "search_text": f"patient {i}",
            "date_of_birth": date(1990, 1, 1),
            "sex": "female",
            "is_demo": True,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(count)
    ]


def bench_generation(url_factory: Callable[[], str], label: str, patients: int, repeat: int) -> str:
    """Demo generation against bare Core inserts of as many plain patient rows; returns the
    URL of the last generated database for the other sections."""
    demo_seconds, demo_rows, bare_seconds = [], 0, []
    last_url = ""
    for _ in range(repeat):
        last_url = url_factory()
        db = open_database(last_url)
        summary = generate_demo(db, patients, seed=1)
        demo_seconds.append(summary.seconds)
        demo_rows = sum(summary.counts.values())
        db.dispose()
        bare = open_database(url_factory())
        rows = bare_patient_rows(patients)
        started = time.perf_counter()
        with bare.engine.begin() as conn:
            conn.execute(insert(PATIENTS_TABLE), rows)
        bare_seconds.append(time.perf_counter() - started)
        bare.dispose()
    demo, base = statistics.median(demo_seconds), statistics.median(bare_seconds)
    report(
        label,
        f"demo generate {patients:,} patients (s, median of {repeat})",
        f"{demo:.2f}",
        f"bare insert of {patients:,} patient rows {base:.3f} s; ratio {demo / base:.1f}x",
    )
    report(label, "demo rows/s (all tables)", f"{demo_rows / demo:,.0f}", f"{demo_rows:,} rows")
    report(
        label,
        "demo patients/s",
        f"{patients / demo:,.0f}",
        f"bare patient rows/s {patients / base:,.0f}",
    )
    return last_url


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def edit_form(data: object, address: str) -> PatientInput:
    """The edit form as the screen would submit it: every field as typed, address changed."""
    fields = {name: _as_text(getattr(data, name)) for name in PatientInput.__dataclass_fields__}
    fields["address"] = address
    return PatientInput(**fields)


def bench_saves(db: Database, label: str) -> None:
    """PatientService.update (validation, version check, audit row) against a bare UPDATE."""
    service = PatientService(db)
    with db.sessions() as session:
        patient_id = session.scalar(
            select(Patient.id).where(Patient.archived_at.is_(None)).limit(1)
        )
    assert patient_id is not None
    record = service.get(SYSTEM, patient_id)
    saves = []
    for n in range(SAVES):
        form = edit_form(record.data, f"Way {n}, Al Khuwair, Muscat")
        started = time.perf_counter()
        record, _ = service.update(SYSTEM, record.id, record.version, form)
        saves.append(time.perf_counter() - started)
    table = PATIENTS_TABLE
    bare = []
    for n in range(SAVES):
        started = time.perf_counter()
        with db.engine.begin() as conn:
            conn.execute(update(table).where(table.c.id == patient_id).values(address=f"Bare {n}"))
        bare.append(time.perf_counter() - started)
    med, p95 = statistics.median(saves), statistics.quantiles(saves, n=20)[-1]
    bmed, bp95 = statistics.median(bare), statistics.quantiles(bare, n=20)[-1]
    report(
        label,
        f"save with audit, median of {SAVES} (ms)",
        f"{med * 1000:.2f}",
        f"bare UPDATE+commit {bmed * 1000:.2f} ms; ratio {med / bmed:.1f}x",
    )
    report(
        label,
        f"save with audit, p95 of {SAVES} (ms)",
        f"{p95 * 1000:.2f}",
        f"bare p95 {bp95 * 1000:.2f} ms; ratio {p95 / bp95:.1f}x",
    )


BARE_WINDOW = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(time.time())
"""

SCARDESK_WINDOW = """
import sys, time
from scardesk.db.engine import open_database
from scardesk.services.container import build_services
from scardesk.services.session import SignedIn
from scardesk.ui.shell import make_main_window, prepare_application
services = build_services(open_database(sys.argv[1]))
user = services.users.authenticate("demo.frontdesk1", "demo-FrontDesk-1")
app = prepare_application()
window = make_main_window(services, SignedIn(user))
window.show()
app.processEvents()
print(time.time())
"""


def cold_start(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return float(done.stdout.strip().splitlines()[-1]) - started


def bench_cold_start(url: str) -> None:
    bare = [cold_start(BARE_WINDOW) for _ in range(COLD_RUNS)]
    base = statistics.median(bare)
    report("cold start", f"bare QMainWindow shown (s, median of {COLD_RUNS})", f"{base:.2f}")
    try:
        ours = [cold_start(SCARDESK_WINDOW, url) for _ in range(COLD_RUNS)]
    except RuntimeError as error:
        report(
            "cold start", "ScarDesk main window", "skipped", f"main window not available ({error})"
        )
        return
    med = statistics.median(ours)
    report(
        "cold start",
        "ScarDesk signed in, main window shown (s)",
        f"{med:.2f}",
        f"ratio {med / base:.1f}x the bare window (includes one argon2 sign-in)",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the generation benchmark")
    parser.add_argument("--postgres-url", default=os.environ.get("SCARDESK_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    print(f"ScarDesk foundation benchmark — Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="scardesk-bench-") as folder:
        path = Path(folder)
        url = bench_generation(lambda: fresh_sqlite(path), "sqlite", args.patients, args.repeat)
        bench_cold_start(url)
        db = open_database(url)
        bench_saves(db, "sqlite")
        db.dispose()
    if args.postgres_url:
        with (
            fresh_postgres(args.postgres_url) as pg_url,
            fresh_postgres(args.postgres_url) as bare_url,
        ):
            urls = iter([pg_url, bare_url])
            bench_generation(lambda: next(urls), "postgresql", args.patients, 1)
            db = open_database(pg_url)
            bench_saves(db, "postgresql")
            db.dispose()
    else:
        print("  postgresql   skipped: no --postgres-url or SCARDESK_TEST_POSTGRES_URL")
    print("\nsection      measurement                                   value  baseline / ratio")
    for section, what, value, versus in ROWS:
        print(f"{section:<12} {what:<44} {value:>8}  {versus}")


if __name__ == "__main__":
    main()
