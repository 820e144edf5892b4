"""What each admin command does; ``cli.py`` only parses arguments."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from scardesk.db import schema
from scardesk.db.engine import Database, open_database, sqlite_file_of
from scardesk.db.unit_of_work import SYSTEM
from scardesk.services.users import UserService

EXIT_OK, EXIT_FAILED = 0, 1


def _progress_bar(done: int, total: int, started: float) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    rate = done / max(time.perf_counter() - started, 1e-6)
    sys.stderr.write(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} patients  {rate:,.0f}/s"
    )
    sys.stderr.flush()
    if done >= total:
        sys.stderr.write("\n")


def demo(url: str, patients: int, seed: int) -> int:
    from scardesk.services.demo import generate_demo

    database = open_database(url)
    try:
        started = time.perf_counter()
        summary = generate_demo(
            database, patients, seed, progress=lambda d, t: _progress_bar(d, t, started)
        )
    finally:
        database.dispose()
    print(f"Demo clinic written to {database.describe()} in {summary.seconds:.1f} s:")
    for table, count in summary.counts.items():
        print(f"  {table:<22} {count:>10,}")
    print("Sign in with (demo accounts only):")
    for user in summary.users:
        print(f"  {user.role:<13} {user.username:<22} password: {user.password}")
    return EXIT_OK


def db_upgrade(url: str) -> int:
    database = open_database(url, upgrade=False)
    try:
        before = schema.current_revision(database.engine)
        schema.upgrade(database.engine)
        after = schema.current_revision(database.engine)
    finally:
        database.dispose()
    print(
        f"schema {before or '(empty)'} -> {after}"
        if before != after
        else f"schema {after} is current"
    )
    return EXIT_OK


def db_current(url: str) -> int:
    database = open_database(url, upgrade=False)
    try:
        current = schema.current_revision(database.engine)
    finally:
        database.dispose()
    head = schema.head_revision()
    state = (
        "current"
        if current == head
        else f"behind (this ScarDesk has {head}; run 'scardesk db upgrade')"
    )
    print(f"{database.describe()}: schema {current or '(empty)'}, {state}")
    return EXIT_OK


def db_check(url: str) -> int:
    from scardesk.db.audit_seal import anchor_summary
    from scardesk.db.integrity import check_database

    database = open_database(url, upgrade=False)
    try:
        report = check_database(database)
        anchor = anchor_summary(database) if report.ok else None
    finally:
        database.dispose()
    if report.ok:
        print(f"{database.describe()}: all checks passed")
        if anchor is not None and anchor.seq is not None:
            # For the clinic's notebook: what the trail must reach at the next check.
            print(f"audit seal: event {anchor.seq} · {anchor.link}")
            print(f"audit key fingerprint: {anchor.fingerprint or 'not on this computer'}")
        return EXIT_OK
    print(f"{database.describe()}: PROBLEMS FOUND", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_FAILED


def backup(url: str, dest: Path | None) -> int:
    from scardesk.db import backup as backups

    database = open_database(url, upgrade=False)
    try:
        if database.kind == "sqlite":
            result = backups.backup_sqlite(database, dest)
        else:
            result = backups.backup_postgres(database, dest)
    finally:
        database.dispose()
    print(
        f"verified backup written to {result.path} ({result.bytes:,} bytes, {result.seconds:.2f} s)"
    )
    return EXIT_OK


def restore(url: str, source: Path) -> int:
    from scardesk.db import backup as backups

    if sqlite_file_of(url) is not None:
        result = backups.restore_sqlite(url, source)
    else:
        result = backups.restore_postgres(url, source)
    restored = open_database(url)  # upgrades an older backup's schema, then audits the restore
    try:
        backups.record_restore(restored, result)
    finally:
        restored.dispose()
    kept = (
        f"; the replaced database is kept at {result.replaced_kept_at}"
        if result.replaced_kept_at
        else ""
    )
    print(f"restored {source}{kept}")
    return EXIT_OK


def add_user(url: str, name: str, role: str, display_name: str, licence: str, password: str) -> int:
    database: Database = open_database(url)
    try:
        record = UserService(database).add_user(SYSTEM, name, display_name, role, password, licence)
    finally:
        database.dispose()
    print(f"added {record.role.value} '{record.username}' (id {record.id})")
    return EXIT_OK


def issue_document(url: str, kind: str, target_id: int, modality: str | None, output: Path) -> int:
    """Issue through the document service as SYSTEM, then write exactly the stored bytes."""
    from scardesk.services.documents import DocumentService

    database = open_database(url)
    try:
        service = DocumentService(database)
        if kind == "aftercare":
            record = service.issue_aftercare(SYSTEM, target_id)
        elif kind == "consent":
            record = service.issue_consent(SYSTEM, target_id, modality or "")
        else:
            record = service.issue_visit_summary(SYSTEM, target_id)
    finally:
        database.dispose()
    assert record.pdf is not None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(record.pdf)
    again = " (identical to the one issued before)" if record.reused else ""
    print(
        f"{kind} document {record.id}{again}: {record.pages} page(s), sha256 {record.sha256}, "
        f"content {record.content_version} -> {output}"
    )
    return EXIT_OK
