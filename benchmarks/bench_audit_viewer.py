"""Audit viewer benchmark: the first page of each filter over a million audit events.

Every figure is a median/p95 printed beside a baseline measured in the same run (the bare
``SELECT … ORDER BY id DESC LIMIT 101`` on the same table), as a ratio; nothing is asserted.
Target (issue #11 item 7): first page ≤ 200 ms at 1M events.

    .venv/bin/python benchmarks/bench_audit_viewer.py                      # SQLite, 1M events
    .venv/bin/python benchmarks/bench_audit_viewer.py --events 200000
    .venv/bin/python benchmarks/bench_audit_viewer.py --postgres-url postgresql+psycopg://…

The events are written in bulk (not through units of work, which would take hours): shaped
like the demo's and the app's (a mix of views, edits, sessions with child rows, sign-ins,
appointments, reads, exports), from 14 users over two years, ids growing with time, about
100,000 patients. Their hash chain is not real, which the viewer never reads. A "first page"
through the service includes writing its own ``audit.view`` event (a unit of work), as in the
app; "later page" is a page further down (``before_id``), which is not audited.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent, User
from scardesk.db.unit_of_work import UnitOfWork
from scardesk.domain.audit_labels import ActionGroup
from scardesk.domain.audit_view import AuditFilters
from scardesk.domain.enums import Role
from scardesk.domain.time import MUSCAT, utc_now
from scardesk.services.audit_view import AuditViewService
from scardesk.services.session import Actor

PAGE = 100
REPEATS = 15
BASELINE = "SELECT id, occurred_at, user_id, action FROM audit_events ORDER BY id DESC LIMIT 101"
USERS = [
    (1, "admin", "Admin", Role.ADMIN),
    (2, "maria", "Maria Santos", Role.FRONT_DESK),
    (3, "salma", "Dr Salma Al Harthy", Role.PRACTITIONER),
    (4, "fatma", "فاطمة الهنائية", Role.FRONT_DESK),
    (5, "noor", "Noor Al Said", Role.PRACTITIONER),
    *((n, f"staff{n}", f"Staff {n}", Role.FRONT_DESK) for n in range(6, 15)),
]
# (action, entity, weight, rows written by one such action)
MIX: list[tuple[str, str, float, int]] = [
    ("patient.view", "patients", 30, 1),
    ("read.session.view", "treatment_sessions", 8, 1),
    ("patient.edit", "patients", 5, 1),
    ("patient.register", "patients", 2, 1),
    ("session.record", "injection_points", 6, 8),
    ("session.sign", "treatment_sessions", 4, 1),
    ("assessment.create", "region_scar_counts", 4, 5),
    ("consent.capture", "consents", 2, 1),
    ("history.record", "history_entries", 3, 3),
    ("appointment.book", "appointments", 8, 1),
    ("appointment.arrived", "appointments", 6, 1),
    ("appointment.done", "appointments", 5, 1),
    ("document.issue", "issued_documents", 3, 1),
    ("user.sign_in", "users", 5, 1),
    ("user.sign_in_failed", "users", 0.3, 1),
    ("audit.view", "audit_events", 0.1, 1),
    ("patient.export", "patients", 0.03, 1),
    ("backup.create", "database", 0.02, 1),
    ("settings.clinic", "clinic_settings", 0.01, 1),
]


def fill(database: Database, events: int, seed: int) -> dict[str, Any]:
    """Users and ``events`` audit events in bulk; returns facts the filters pick from."""
    rng = random.Random(seed)
    now = utc_now()
    with database.engine.begin() as connection:
        connection.execute(
            insert(User),
            [
                {
                    "id": uid,
                    "username": name,
                    "display_name": display,
                    "role": role.value,
                    "password_hash": "x",
                    "active": True,
                    "is_demo": True,
                    "created_at": now,
                    "version": 1,
                }
                for uid, name, display, role in USERS
            ],
        )
    start = now - timedelta(days=730)
    step = timedelta(days=730) / events
    weights = [w for _, _, w, _ in MIX]
    patients = 100_000
    busy_patient = 4711
    written = 0
    batch: list[dict[str, Any]] = []
    began = time.perf_counter()
    while written < events:
        action, entity, _, rows = rng.choices(MIX, weights)[0]
        user = rng.choice([1, 2, 3, 4, 5] * 4 + list(range(6, 15)))
        if action == "user.sign_in_failed":
            user = None
        patient = busy_patient if rng.random() < 0.0005 else rng.randint(1, patients)
        if entity in {"users", "database", "clinic_settings", "audit_events"}:
            patient = None
        for _ in range(rows):
            if written == events:
                break
            at = start + step * written
            before = after = None
            if action == "patient.edit":
                before, after = {"phone": "+96891234567"}, {"phone": "+96898765432"}
            elif action != "patient.view":
                after = {"id": written, "note": "x" * rng.randint(0, 40)}
            else:
                after = {"clinical": True}
            batch.append(
                {
                    "occurred_at": at,
                    "user_id": user,
                    "action": action,
                    "entity": entity,
                    "entity_id": written,
                    "before": before,
                    "after": after,
                    "prev_hash": "0" * 64,
                    "hash": f"{written:064x}",
                    "seq": None,
                    "mac": None,
                    "patient_id": patient,
                }
            )
            written += 1
        if len(batch) >= 20_000:
            _write(database, batch)
            batch = []
    _write(database, batch)
    seconds = time.perf_counter() - began
    print(f"  wrote {events:,} events in {seconds:.1f} s ({events / seconds:,.0f}/s)", flush=True)
    with database.engine.begin() as connection:
        if database.kind == "sqlite":
            connection.execute(text("ANALYZE"))
        else:
            connection.execute(text("ANALYZE audit_events"))
    with database.engine.connect() as connection:
        typical = connection.execute(
            text(
                "SELECT patient_id FROM audit_events WHERE patient_id IS NOT NULL "
                "AND patient_id <> :busy ORDER BY id DESC LIMIT 1"
            ),
            {"busy": busy_patient},
        ).scalar()
    return {"busy_patient": busy_patient, "typical_patient": typical, "start": start, "now": now}


def _write(database: Database, rows: list[dict[str, Any]]) -> None:
    if rows:
        with database.engine.begin() as connection:
            connection.execute(insert(AuditEvent), rows)


def _audited_note(database: Database, actor: Actor) -> None:
    with UnitOfWork(database, actor, "bench.note") as uow:
        uow.note("audit_events", None)


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(what: str, samples: list[float], base: float, rows: int) -> None:
    p50, p95 = summary(samples)
    print(
        f"  {what:<44} rows {rows:>3}  p50 {p50:7.2f} ms  p95 {p95:7.2f} ms"
        f"  ratio p50 {p50 / base:6.1f}× baseline",
        flush=True,
    )


def muscat_day(moment: datetime) -> date:
    return moment.astimezone(MUSCAT).date()


def run(database: Database, events: int, seed: int) -> None:
    facts = fill(database, events, seed)
    service = AuditViewService(database)
    admin = Actor(1, Role.ADMIN)
    raw = database.engine.raw_connection()
    baseline = [timed(lambda: raw.cursor().execute(BASELINE).fetchall()) for _ in range(REPEATS)]
    base, base95 = summary(baseline)
    print(
        f"  baseline (bare SELECT … ORDER BY id DESC LIMIT 101): p50 {base:.2f} ms p95 {base95:.2f}"
    )
    note = [timed(lambda: _audited_note(database, admin)) for _ in range(REPEATS)]
    print(
        f"  for scale: one audited unit of work alone (what a first page writes): p50 "
        f"{summary(note)[0]:.2f} ms p95 {summary(note)[1]:.2f}"
    )
    now, start = facts["now"], facts["start"]
    year_ago = muscat_day(now - timedelta(days=365))
    cases: list[tuple[str, AuditFilters]] = [
        ("no filter", AuditFilters()),
        ("one patient (typical)", AuditFilters(patient_id=facts["typical_patient"])),
        ("one patient (busy)", AuditFilters(patient_id=facts["busy_patient"])),
        ("one user (busy)", AuditFilters(user_id=3)),
        ("one user (quiet)", AuditFilters(user_id=14)),
        ("group: sign-ins", AuditFilters(group=ActionGroup.SIGN_INS)),
        ("group: records viewed", AuditFilters(group=ActionGroup.READS)),
        ("group: clinical records", AuditFilters(group=ActionGroup.CLINICAL)),
        ("group: exports (rare)", AuditFilters(group=ActionGroup.EXPORTS)),
        ("group: administration (rarest)", AuditFilters(group=ActionGroup.ADMINISTRATION)),
        ("action: user.sign_in_failed", AuditFilters(action="user.sign_in_failed")),
        ("dates: one day a year ago", AuditFilters(since=year_ago, until=year_ago)),
        ("dates: the last 30 days", AuditFilters(since=muscat_day(now) - timedelta(days=30))),
        (
            "dates: the first year",
            AuditFilters(since=muscat_day(start), until=muscat_day(start) + timedelta(days=365)),
        ),
        (
            "user + sign-ins + a month a year ago",
            AuditFilters(
                user_id=4,
                group=ActionGroup.SIGN_INS,
                since=year_ago - timedelta(days=30),
                until=year_ago,
            ),
        ),
        (
            "patient + clinical + year",
            AuditFilters(
                patient_id=facts["busy_patient"],
                group=ActionGroup.CLINICAL,
                since=muscat_day(now) - timedelta(days=365),
            ),
        ),
        ("quiet user + exports", AuditFilters(user_id=14, group=ActionGroup.EXPORTS)),
    ]
    for name, filters in cases:
        rows = len(service.page(admin, filters, limit=PAGE).entries)
        samples = [
            timed(lambda f=filters: service.page(admin, f, limit=PAGE)) for _ in range(REPEATS)
        ]
        report(f"first page: {name}", samples, base, rows)
    deep = service.page(admin, AuditFilters(), before_id=events // 2, limit=PAGE)
    samples = [
        timed(lambda: service.page(admin, AuditFilters(), before_id=events // 2, limit=PAGE))
        for _ in range(REPEATS)
    ]
    report("later page (middle of the log, not audited)", samples, base, len(deep.entries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--postgres-url", default=os.environ.get("SCARDESK_BENCH_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("SCARDESK_AUDIT_DIR", str(Path(folder) / "keys"))
        if args.postgres_url:
            print(f"PostgreSQL ({args.events:,} events)")
            database = open_database(args.postgres_url)
        else:
            print(f"SQLite ({args.events:,} events)")
            database = open_database(f"sqlite:///{Path(folder) / 'audit.sqlite3'}")
        try:
            run(database, args.events, args.seed)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
