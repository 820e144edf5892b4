"""Read events: what logging a read adds to opening a patient or a session, and the
"Who has seen this record" report's first page over a large audit trail.

Medians (and p95) beside a baseline measured in the same run; nothing is asserted.

* open patient: ``patient_header.open`` as shipped (one read event in its transaction) against
  the same call with the read event left out (the unit of work still begins and commits);
* open session: ``sessions.open`` (read event) against ``sessions.get`` (the same read, no
  event, no write transaction);
* readers, first page: ``RecordReaders.readers`` (its own view logged, then 100 rows) on a
  trail of ``--events`` audit events, for a patient with a few reads and for one with
  thousands of other events, against the bare indexed SQL of the same page.

    .venv/bin/python benchmarks/bench_read_events.py [--events 200000] [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

import scardesk.services.patient_header as patient_header_module
from scardesk.db.audit import PendingEvent, append_events
from scardesk.db.engine import Database, open_database
from scardesk.db.models import Patient, TreatmentSession
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.demo import generate_demo
from scardesk.domain.read_events import READ_LIKE_ACTIONS, ReadKind, read_action
from scardesk.domain.time import utc_now
from scardesk.services.patient_header import PatientHeaderService
from scardesk.services.readers import RecordReaders
from scardesk.services.sessions import SessionService

ROUNDS = 60
BATCH = 5000


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(what: str, measured: list[float], baseline: list[float], name: str) -> None:
    p50, p95 = summary(measured)
    b50, b95 = summary(baseline)
    print(
        f"  {what:<44} p50 {p50:7.2f} ms  p95 {p95:7.2f}   {name} p50 {b50:6.2f} p95 {b95:6.2f}"
        f"  (+{p50 - b50:5.2f} ms, {p50 / b50:4.2f}×)",
        flush=True,
    )


@contextlib.contextmanager
def without_read_event() -> Iterator[None]:
    """The header opened exactly as shipped, less the one ``note_read`` call."""
    kept = patient_header_module.note_read
    patient_header_module.note_read = lambda *_a, **_k: None  # type: ignore[assignment]
    try:
        yield
    finally:
        patient_header_module.note_read = kept


def alternate(
    ids: list[int], measured: Callable[[int], Any], baseline: Callable[[int], Any]
) -> tuple[list[float], list[float]]:
    """Interleaved, so drift on a shared machine hits both sides alike."""
    with_ms, without_ms = [], []
    for row_id in ids:
        with_ms.append(timed(lambda row_id=row_id: measured(row_id)))  # type: ignore[misc]
        without_ms.append(timed(lambda row_id=row_id: baseline(row_id)))  # type: ignore[misc]
    return with_ms, without_ms


def bench_open(database: Database, label: str, rng: random.Random) -> None:
    header = PatientHeaderService(database)
    sessions = SessionService(database)
    with database.sessions() as session:
        patients = list(session.scalars(select(Patient.id)))
        session_ids = list(session.scalars(select(TreatmentSession.id)))
    picks = [rng.choice(patients) for _ in range(ROUNDS)]

    def bare_header(pid: int) -> None:
        with without_read_event():
            header.open(SYSTEM, pid)

    with_ms, without_ms = alternate(picks, lambda pid: header.open(SYSTEM, pid), bare_header)
    report(f"{label}: open patient (header)", with_ms, without_ms, "no event")
    picks = [rng.choice(session_ids) for _ in range(ROUNDS)]
    with_ms, without_ms = alternate(
        picks, lambda sid: sessions.open(SYSTEM, sid), lambda sid: sessions.get(SYSTEM, sid)
    )
    report(f"{label}: open session", with_ms, without_ms, "get   ")


def fill_trail(database: Database, events: int, busy: int, rng: random.Random) -> None:
    """``events`` real chained audit events over the clinic's patients: mostly changes, a
    third reads; ``busy`` gets a twentieth of all events, few of them reads."""
    with database.sessions() as session:
        patients = list(session.scalars(select(Patient.id)))
    kinds = [read_action(kind) for kind in ReadKind] + list(READ_LIKE_ACTIONS)
    moment = utc_now() - timedelta(days=400)
    written = 0
    started = time.perf_counter()
    while written < events:
        batch = []
        for _ in range(min(BATCH, events - written)):
            roll = rng.random()
            patient = busy if roll < 0.05 else rng.choice(patients)
            is_read = rng.random() < (0.02 if patient == busy else 0.33)
            action = rng.choice(kinds) if is_read else "session.update"
            batch.append(PendingEvent(action, "patients", patient, None, {"n": written}, patient))
        with UnitOfWork(database, SYSTEM, "bench.fill") as uow:
            append_events(uow.session, None, moment, batch)
            uow.session.commit()
        written += len(batch)
        moment += timedelta(hours=1)
    print(f"  filled {written:,} audit events in {time.perf_counter() - started:.1f} s", flush=True)


def bench_readers(database: Database, label: str, events: int, rng: random.Random) -> None:
    with database.sessions() as session:
        patients = list(session.scalars(select(Patient.id)))
    quiet, busy = patients[0], patients[-1]
    fill_trail(database, events, busy, rng)
    readers = RecordReaders(database)
    actions = [read_action(kind) for kind in ReadKind] + list(READ_LIKE_ACTIONS)
    marks = ", ".join(f":a{n}" for n in range(len(actions)))
    bare = text(
        "SELECT e.id, e.occurred_at, e.action, e.entity, e.entity_id, u.display_name, u.role "
        "FROM audit_events e LEFT JOIN users u ON u.id = e.user_id "
        f"WHERE e.patient_id = :p AND e.action IN ({marks}) ORDER BY e.id DESC LIMIT 101"
    )
    binds: dict[str, Any] = {f"a{n}": action for n, action in enumerate(actions)}
    with database.sessions() as session:
        total = session.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
        counts = {
            pid: session.execute(
                text("SELECT count(*) FROM audit_events WHERE patient_id = :p"), {"p": pid}
            ).scalar_one()
            for pid in (quiet, busy)
        }
    for name, pid in (("a patient", quiet), ("the busiest patient", busy)):

        def bare_page(pid: int = pid) -> None:
            with database.sessions() as session:
                session.execute(bare, {"p": pid, **binds}).all()

        page_ms = [timed(lambda pid=pid: readers.readers(SYSTEM, pid)) for _ in range(30)]
        bare_ms = [timed(bare_page) for _ in range(30)]
        report(
            f"{label}: readers page 1, {name} ({counts[pid]:,} ev.)",
            page_ms,
            bare_ms,
            "bare SQL",
        )
    print(f"  ({total:,} audit events in the trail)", flush=True)


def run(database: Database, label: str, events: int, patients: int) -> None:
    rng = random.Random(11)
    with database.sessions() as session:
        present = session.scalar(select(func.count()).select_from(Patient)) or 0
    if not present:
        started = time.perf_counter()
        generate_demo(database, patients, seed=3)
        print(f"  {label}: demo of {patients} patients in {time.perf_counter() - started:.0f} s")
    bench_open(database, label, rng)
    bench_readers(database, label, events, rng)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--patients", type=int, default=300)
    parser.add_argument("--postgres-url", help="also run on this empty PostgreSQL database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'reads.sqlite3'}")
        try:
            run(database, "SQLite", args.events, args.patients)
        finally:
            database.dispose()
    if args.postgres_url:
        database = open_database(args.postgres_url)
        try:
            run(database, "PostgreSQL", args.events, args.patients)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
