"""Speed of saving a charted toxin session and of the lot recall report.

    .venv/bin/python benchmarks/bench_sessions.py [--postgres-url URL] [--recall-sessions N]

1. Saving a session with 40 injection points through SessionService.record_session (validation,
   lot checks, the safety gate over the patient's facts, stock, audit events) — p50/p95 —
   against a bare Core insert of the same rows (session, modality, toxin entry, 40 points) in
   one transaction, measured in the same run. Target: p95 ≤ 50 ms on SQLite.
2. The recall report for one lot over N sessions (default 1,000,000, each with a toxin entry),
   generated with Core bulk inserts of minimal columns — median of the service call (query,
   row records, audit note) against the same SQL executed bare. Target: ≤ 1 s.

3. Audit overhead of the keyed chain: the same 40-point save on two SQLite databases, runs
   alternating, one as shipped (sequence number, HMAC link, seal written and fsynced after the
   commit) and one with the HMAC and the seal switched off (the plain hash chain as before
   revision 0005) — p50/p95 and the ratio. Target: p95 ≤ 50 ms.

Machines here are shared and noisy: read the ratios, not only the absolute times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scardesk.db import audit, unit_of_work
from scardesk.db.engine import Database, open_database
from scardesk.db.models import (
    Consent,
    HistoryEntry,
    InjectionPoint,
    Lot,
    ModalityEntry,
    Patient,
    Product,
    ToxinEntry,
    TreatmentSession,
    User,
)
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact, Role
from scardesk.domain.sessions import PointInput, SessionInput, ToxinInput
from scardesk.services.recall import recall_query, recall_report
from scardesk.services.session_store import copied_from_session
from scardesk.services.sessions import SessionService

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
PRACTITIONER = Actor(user_id=2, role=Role.PRACTITIONER)
ADMIN = Actor(user_id=1, role=Role.ADMIN)
SAVES = 120
RECALL_LOTS = 1000
CHUNK = 50_000


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _base_rows(db: Database, patients: int) -> None:
    """Users, patients with a reviewed history and consents, one toxin product with lots."""
    with db.engine.begin() as c:
        c.execute(
            insert(User),
            [
                {"id": 1, "username": "admin", "display_name": "Admin", "role": "admin",
                 "password_hash": "x", "created_at": NOW},
                {"id": 2, "username": "dr", "display_name": "Dr Salma", "role": "practitioner",
                 "password_hash": "x", "created_at": NOW},
            ],
        )  # fmt: skip
        c.execute(
            insert(Patient),
            [
                {"id": n, "name_latin": f"Patient {n}", "name_arabic": "عائشة البلوشي",
                 "search_text": "", "date_of_birth": date(1990, 1, 1), "sex": "female",
                 "phone": f"+9689{n:07d}", "civil_number": f"{n:08d}", "fitzpatrick": "IV",
                 "created_at": NOW, "updated_at": NOW}
                for n in range(1, patients + 1)
            ],
        )  # fmt: skip
        c.execute(
            insert(Product),
            {"id": 1, "brand": "Botox", "nonproprietary_name": "onabotulinumtoxinA",
             "modality": "toxin", "unit_kind": "toxin_units", "vial_units": 100,
             "reconstitution_window_hours": 24},
        )  # fmt: skip
        c.execute(
            insert(Lot),
            [
                {"id": n, "product_id": 1, "lot_number": f"L{n:05d}",
                 "expiry_date": date(2027, 1, 1), "quantity_received": 100_000,
                 "quantity_in_stock": 100_000, "received_at": NOW}
                for n in range(1, RECALL_LOTS + 1)
            ],
        )  # fmt: skip


def _clinical_facts(db: Database, patient_ids: range) -> None:
    with db.engine.begin() as c:
        c.execute(
            insert(HistoryEntry),
            [
                {"patient_id": p, "fact": f.value, "answer": Answer.NO.value,
                 "recorded_at": NOW - timedelta(days=1), "recorded_by_id": 2}
                for p in patient_ids for f in HistoryFact
            ],
        )  # fmt: skip
        c.execute(
            insert(Consent),
            [
                {"patient_id": p, "purpose": ConsentPurpose.TREATMENT_TOXIN.value,
                 "form_version": "1", "captured_at": NOW - timedelta(days=1), "captured_by_id": 2}
                for p in patient_ids
            ],
        )  # fmt: skip


def _forty_points() -> SessionInput:
    points = tuple(PointInput(0.1 + i / 50, 0.3 + (i % 5) / 20, 2.0, "forehead") for i in range(40))
    toxin = ToxinInput(1, 1, 100.0, 2.5, NOW - timedelta(hours=1), points, 80.0, 2.0)
    return SessionInput(NOW, (toxin,), adverse_events_none=True, cleansing_done=True)


def _copies(session_id: int, performed_at: datetime, patient_id: int) -> dict[str, Any]:
    """The session's values a toxin entry carries, for a session of practitioner 2."""
    session = {"id": session_id, "performed_at": performed_at, "patient_id": patient_id,
               "practitioner_id": 2, "voided_at": None}  # fmt: skip
    return copied_from_session(session)


def _bare_insert(db: Database, patient_id: int) -> None:
    with db.engine.begin() as c:
        sid = c.execute(
            insert(TreatmentSession).returning(TreatmentSession.id),
            {"patient_id": patient_id, "practitioner_id": 2, "performed_at": NOW,
             "cleansing_done": True, "no_adverse_events": True},
        ).scalar_one()  # fmt: skip
        mid = c.execute(
            insert(ModalityEntry).returning(ModalityEntry.id),
            {
                "session_id": sid,
                "modality": "toxin",
                "areas": [],
                "parameters": {},
                "product_id": 1,
            },
        ).scalar_one()
        tid = c.execute(
            insert(ToxinEntry).returning(ToxinEntry.id),
            {"modality_entry_id": mid, "product_id": 1, "lot_id": 1, "vial_units": 100,
             "diluent_ml": 2.5, "reconstituted_at": NOW, "total_units": 80.0, "waste_units": 2.0,
             **_copies(sid, NOW, patient_id)},
        ).scalar_one()  # fmt: skip
        c.execute(
            insert(InjectionPoint),
            [{"toxin_entry_id": tid, "x": 0.1, "y": 0.3, "region": "forehead", "units": 2.0}] * 40,
        )


def bench_save(db: Database, label: str) -> None:
    _base_rows(db, 2 * SAVES + 10)
    _clinical_facts(db, range(1, 2 * SAVES + 11))
    service = SessionService(db)
    form = _forty_points()
    for warm in range(3):  # first calls compile statements and warm caches
        service.record_session(PRACTITIONER, SAVES + 1 + warm, form)
        _bare_insert(db, SAVES + 4 + warm)
    saves = [
        _timed(lambda p=p: service.record_session(PRACTITIONER, p, form))
        for p in range(1, SAVES + 1)
    ]
    bare = [_timed(lambda p=p: _bare_insert(db, p)) for p in range(SAVES + 10, 2 * SAVES + 10)]
    p50, p95 = statistics.median(saves), _percentile(saves, 0.95)
    b50, b95 = statistics.median(bare), _percentile(bare, 0.95)
    print(f"[{label}] save 40-point session, {SAVES} runs: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
          f"(target p95 ≤ 50 ms: {'met' if p95 <= 50 else 'MISSED'})")  # fmt: skip
    print(f"[{label}] bare insert of the same rows:      p50 {b50:.1f} ms, p95 {b95:.1f} ms; "
          f"service/bare p50 ×{p50 / b50:.1f}")  # fmt: skip


@contextmanager
def _plain_chain() -> Iterator[None]:
    """Saves as before the keyed chain: no HMAC link, no seal (everything else unchanged)."""
    saved = (audit.chain_key, audit.keyed_hash, unit_of_work.advance_seal)
    audit.chain_key = lambda *_: b""  # type: ignore[assignment]
    audit.keyed_hash = lambda *_: None  # type: ignore[assignment,return-value]
    unit_of_work.advance_seal = lambda *_: False  # type: ignore[assignment]
    try:
        yield
    finally:
        audit.chain_key, audit.keyed_hash, unit_of_work.advance_seal = saved


def bench_audit_overhead(folder: Path) -> None:
    os.environ.setdefault("SCARDESK_AUDIT_DIR", str(folder / "audit-keys"))
    keyed = open_database(f"sqlite:///{folder / 'keyed.sqlite3'}")
    plain = open_database(f"sqlite:///{folder / 'plain.sqlite3'}")
    try:
        for db in (keyed, plain):
            _base_rows(db, SAVES + 10)
            _clinical_facts(db, range(1, SAVES + 11))
        form = _forty_points()
        times: dict[str, list[float]] = {"keyed": [], "plain": []}
        for patient in range(1, SAVES + 4):
            run = _timed(
                lambda p=patient: SessionService(keyed).record_session(PRACTITIONER, p, form)
            )
            with _plain_chain():
                base = _timed(
                    lambda p=patient: SessionService(plain).record_session(PRACTITIONER, p, form)
                )
            if patient > 3:  # the first saves compile statements and warm caches
                times["keyed"].append(run)
                times["plain"].append(base)
    finally:
        keyed.dispose()
        plain.dispose()
    k50, k95 = statistics.median(times["keyed"]), _percentile(times["keyed"], 0.95)
    p50, p95 = statistics.median(times["plain"]), _percentile(times["plain"], 0.95)
    print(f"[SQLite] keyed chain + seal, 40-point save, {SAVES} runs: p50 {k50:.1f} ms, "
          f"p95 {k95:.1f} ms (target p95 ≤ 50 ms: {'met' if k95 <= 50 else 'MISSED'})")  # fmt: skip
    print(f"[SQLite] plain chain (before), same saves:      p50 {p50:.1f} ms, p95 {p95:.1f} ms; "
          f"keyed/plain p50 ×{k50 / p50:.2f}, p95 ×{k95 / p95:.2f}")  # fmt: skip


def _generate_sessions(db: Database, sessions: int, patients: int) -> None:
    start = time.perf_counter()
    for first in range(1, sessions + 1, CHUNK):
        ids = range(first, min(first + CHUNK, sessions + 1))
        with db.engine.begin() as c:
            c.execute(
                insert(TreatmentSession),
                [{"id": i, "patient_id": 1 + i % patients, "practitioner_id": 2,
                  "performed_at": NOW - timedelta(minutes=i)} for i in ids],
            )  # fmt: skip
            c.execute(
                insert(ModalityEntry),
                [{"id": i, "session_id": i, "modality": "toxin", "areas": [], "parameters": {}}
                 for i in ids],
            )  # fmt: skip
            c.execute(
                insert(ToxinEntry),
                [{"id": i, "modality_entry_id": i, "product_id": 1, "lot_id": 1 + i % RECALL_LOTS,
                  "vial_units": 100, "diluent_ml": 2.5, "reconstituted_at": NOW,
                  "total_units": 20.0, **_copies(i, NOW - timedelta(minutes=i), 1 + i % patients)}
                 for i in ids],
            )  # fmt: skip
    print(f"  generated {sessions:,} sessions in {time.perf_counter() - start:.0f} s")


def bench_recall(db: Database, label: str, sessions: int) -> None:
    patients = 20_000
    _base_rows(db, patients)
    _generate_sessions(db, sessions, patients)
    lot_id = 7
    report = recall_report(db, ADMIN, lot_id)
    runs = [_timed(lambda: recall_report(db, ADMIN, lot_id)) for _ in range(7)]

    def bare() -> None:
        with db.engine.connect() as c:
            c.execute(recall_query(lot_id)).all()

    bare()
    bare_runs = [_timed(bare) for _ in range(7)]
    med, bmed = statistics.median(runs), statistics.median(bare_runs)
    print(f"[{label}] recall report over {sessions:,} sessions ({len(report.rows)} rows): "
          f"median {med:.1f} ms (target ≤ 1000 ms: {'met' if med <= 1000 else 'MISSED'}); "
          f"bare SQL median {bmed:.1f} ms; service/bare ×{med / bmed:.1f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres-url", help="also run on this empty PostgreSQL database")
    parser.add_argument("--postgres-recall-url", help="a second empty PostgreSQL database")
    parser.add_argument("--recall-sessions", type=int, default=1_000_000)
    parser.add_argument("--audit-only", action="store_true", help="only the audit overhead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_audit_overhead(Path(folder))
        if args.audit_only:
            return
        db = open_database(f"sqlite:///{Path(folder) / 'save.sqlite3'}")
        try:
            bench_save(db, "SQLite")
        finally:
            db.dispose()
        db = open_database(f"sqlite:///{Path(folder) / 'recall.sqlite3'}")
        try:
            bench_recall(db, "SQLite", args.recall_sessions)
        finally:
            db.dispose()
    if args.postgres_url:
        db = open_database(args.postgres_url)
        try:
            bench_save(db, "PostgreSQL")
        finally:
            db.dispose()
    if args.postgres_recall_url:
        db = open_database(args.postgres_recall_url)
        try:
            bench_recall(db, "PostgreSQL", args.recall_sessions)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
