"""Backups are verified before they exist; restores refuse bad files and keep what they replace."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from scardesk.db.backup import (
    _libpq,
    _pg,
    backup_postgres,
    backup_sqlite,
    record_restore,
    restore_postgres,
    restore_sqlite,
)
from scardesk.db.engine import Database, create_database_engine, open_database
from scardesk.db.integrity import check_database, check_sqlite_file
from scardesk.db.models import AuditEvent, Patient
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.errors import IntegrityProblem, StorageRefusedError
from scardesk.domain.time import utc_now


def seed_patients(database: Database, count: int) -> None:
    with UnitOfWork(database, SYSTEM, "test.seed") as uow:
        for number in range(count):
            now = utc_now()
            uow.session.add(
                Patient(
                    name_latin=f"Patient {number}",
                    date_of_birth=date(1985, 6, 1 + number % 28),
                    sex="male",
                    created_at=now,
                    updated_at=now,
                )
            )


def patient_count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Patient)) or 0


def file_patient_count(path: Path) -> int:
    """Rows in the main file alone (immutable ignores any -wal), touching nothing beside it."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM patients").fetchone()[0])
    finally:
        connection.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Database]:
    """An open SQLite clinic database with 30 patients in ``tmp_path/data``."""
    database = open_database(f"sqlite:///{tmp_path / 'data' / 'clinic.sqlite3'}")
    seed_patients(database, 30)
    yield database
    database.dispose()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_backup_is_a_verified_self_contained_copy(live: Database, out: Path) -> None:
    result = backup_sqlite(live, out)
    assert result.path.parent == out
    assert re.fullmatch(r"scardesk-\d{8}-\d{6}\.sqlite3", result.path.name)
    # No -wal, no temp file: the copy and its own seal.
    assert sorted(p.name for p in out.iterdir()) == [result.path.name, result.path.name + ".seal"]
    header = result.path.read_bytes()[:100]
    assert (header[18], header[19]) == (1, 1)  # rollback journal, not WAL: needs no -wal file
    assert result.bytes == result.path.stat().st_size
    assert result.seconds > 0
    assert check_sqlite_file(result.path).ok
    assert file_patient_count(result.path) == 30


def test_backup_goes_to_backups_beside_the_database_by_default(live: Database) -> None:
    first = backup_sqlite(live)
    second = backup_sqlite(live)
    path = live.sqlite_path()
    assert path is not None
    assert first.path.parent == second.path.parent == path.parent / "backups"
    assert first.path != second.path  # two backups in the same second do not collide


def test_backup_to_a_new_file_name(live: Database, out: Path) -> None:
    result = backup_sqlite(live, out / "before-upgrade.sqlite3")
    assert result.path == out / "before-upgrade.sqlite3"
    assert file_patient_count(result.path) == 30


def test_backup_never_overwrites_an_existing_file(live: Database, out: Path) -> None:
    existing = out / "old.sqlite3"
    existing.write_bytes(b"keep me")
    with pytest.raises(StorageRefusedError, match="already exists"):
        backup_sqlite(live, existing)
    assert existing.read_bytes() == b"keep me"


def test_backup_is_audited_in_the_live_database(live: Database, out: Path) -> None:
    result = backup_sqlite(live, out)
    with live.sessions() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert (last.action, last.entity, last.entity_id) == ("backup.create", "database", None)
    assert last.after == {
        "path": str(result.path),
        "bytes": result.bytes,
        "sha256": sha256(result.path),
    }
    assert check_database(live).ok


def test_backup_of_a_corrupt_database_fails_and_leaves_no_file(tmp_path: Path, out: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    seed_patients(database, 40)
    database.dispose()
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00junk\xff" * 700)
    engine = create_database_engine(f"sqlite:///{path}")
    damaged = Database(engine=engine, sessions=sessionmaker(engine))
    try:
        with pytest.raises(IntegrityProblem, match="no backup was kept"):
            backup_sqlite(damaged, out)
    finally:
        damaged.dispose()
    assert list(out.iterdir()) == []


# --- restore ---------------------------------------------------------------------------------


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A closed clinic database with 12 patients, the one a restore would replace."""
    path = tmp_path / "data" / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    seed_patients(database, 12)
    database.dispose()
    return path


def assert_untouched(target: Path, digest: str) -> None:
    assert sha256(target) == digest
    # Beside it: the audit seal written by the saves that made it (untouched too), and at most
    # an empty "who has it open" folder (db.presence).
    beside = sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(".open"))
    assert beside == [target.name, target.name + ".seal"]
    announced = target.parent / (target.name + ".open")
    if announced.exists():
        assert [p.name for p in announced.iterdir()] in ([], ["maintenance.lock"])


def test_restore_refuses_a_corrupt_file(target: Path, tmp_path: Path) -> None:
    digest = sha256(target)
    bad = tmp_path / "bad.sqlite3"
    shutil.copyfile(target, bad)
    with bad.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xba\xad" * 2048)
    with pytest.raises(StorageRefusedError, match="was not restored; the current database"):
        restore_sqlite(target, bad)
    assert_untouched(target, digest)


def test_restore_refuses_a_file_of_another_program(target: Path, tmp_path: Path) -> None:
    digest = sha256(target)
    other = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(StorageRefusedError, match="not a ScarDesk database"):
        restore_sqlite(target, other)
    assert_untouched(target, digest)


def test_restore_refuses_a_file_that_is_not_sqlite(target: Path, tmp_path: Path) -> None:
    digest = sha256(target)
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 500)
    with pytest.raises(StorageRefusedError, match="is not an SQLite database"):
        restore_sqlite(target, text)
    assert_untouched(target, digest)


def test_restore_refuses_a_newer_schema(target: Path, tmp_path: Path) -> None:
    digest = sha256(target)
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(target, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.commit()
    connection.close()
    with pytest.raises(StorageRefusedError, match="newer version of ScarDesk"):
        restore_sqlite(target, newer)
    assert_untouched(target, digest)


def test_restore_refuses_while_the_database_is_in_use(target: Path, out: Path) -> None:
    database = open_database(f"sqlite:///{target}")
    good = backup_sqlite(database, out).path
    seed_patients(database, 1)  # leaves changes in the -wal
    try:
        with database.sessions() as session:  # a reader holding a snapshot
            session.scalar(select(func.count()).select_from(Patient))
            with pytest.raises(StorageRefusedError, match="open elsewhere"):
                restore_sqlite(target, good)
    finally:
        database.dispose()
    assert file_patient_count(target) == 13


def test_good_restore_replaces_the_database_and_keeps_the_old_one(target: Path, out: Path) -> None:
    database = open_database(f"sqlite:///{target}")
    good = backup_sqlite(database, out).path
    seed_patients(database, 5)  # made after the backup: the restore takes them away
    database.dispose()

    result = restore_sqlite(f"sqlite:///{target}", good)

    assert result.restored_from == good
    kept = result.replaced_kept_at
    assert kept is not None
    assert kept.parent == target.parent
    assert re.fullmatch(r"clinic\.replaced-\d{8}-\d{6}\.sqlite3", kept.name)
    assert file_patient_count(kept) == 17
    assert check_sqlite_file(kept).ok
    assert sha256(target) == sha256(good)
    # The seal went with the database it anchors; the restored one is sealed by its restore.
    beside = sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(".open"))
    assert beside == sorted([target.name, kept.name, kept.name + ".seal"])
    restored = open_database(f"sqlite:///{target}")
    try:
        assert patient_count(restored) == 12
        record_restore(restored, result)
        assert check_database(restored).ok
    finally:
        restored.dispose()


def test_restore_into_an_empty_place_keeps_nothing(tmp_path: Path, target: Path) -> None:
    fresh = tmp_path / "elsewhere" / "clinic.sqlite3"
    result = restore_sqlite(fresh, target)
    assert result.replaced_kept_at is None
    assert sha256(fresh) == sha256(target)


def test_restore_refuses_the_database_onto_itself(target: Path) -> None:
    with pytest.raises(StorageRefusedError, match="is the database itself"):
        restore_sqlite(target, target)


# --- PostgreSQL ------------------------------------------------------------------------------


def test_libpq_url_carries_no_password() -> None:
    dsn, password = _libpq("postgresql+psycopg://clinic:s3cr%40t@db.local:5433/scardesk")
    assert dsn == "postgresql://clinic@db.local:5433/scardesk"
    assert password == "s3cr@t"


def test_password_goes_to_pgpassword_not_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, Any] = {}

    def fake_run(args: list[str], *, env: dict[str, str], **_: Any) -> CompletedProcess[str]:
        seen.update(args=args, env=env)
        return CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(subprocess, "run", fake_run)
    url = "postgresql+psycopg://clinic:s3cr%40t@db.local/scardesk"
    _pg(["pg_dump", "--dbname", _libpq(url)[0]], url, "failed")
    assert seen["env"]["PGPASSWORD"] == "s3cr@t"
    assert not any("s3cr" in arg for arg in seen["args"])


def test_postgres_backup_needs_pg_dump(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    engine = create_database_engine("postgresql+psycopg://clinic@127.0.0.1:1/none")  # not opened
    with pytest.raises(StorageRefusedError, match="pg_dump is needed"):
        backup_postgres(Database(engine=engine, sessions=sessionmaker(engine)), tmp_path)


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on PATH")
def test_postgres_backup_and_restore_round_trip(postgres_url: str, tmp_path: Path) -> None:
    database = open_database(postgres_url)
    seed_patients(database, 7)
    result = backup_postgres(database, tmp_path)
    assert result.path.suffix == ".dump" and result.bytes > 0
    seed_patients(database, 4)
    database.dispose()

    restored = restore_postgres(postgres_url, result.path, keep_dir=tmp_path / "kept")

    assert restored.replaced_kept_at is not None and restored.replaced_kept_at.is_file()
    database = open_database(postgres_url)
    try:
        assert patient_count(database) == 7
        record_restore(database, restored)
        assert check_database(database).ok
    finally:
        database.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="pg_restore is not on PATH")
def test_postgres_restore_refuses_a_file_that_is_not_a_dump(
    postgres_url: str, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"PGDMP but not really" * 10)
    with pytest.raises(StorageRefusedError, match="not a readable PostgreSQL dump"):
        restore_postgres(postgres_url, junk, keep_dir=tmp_path)
    assert list(tmp_path.iterdir()) == [junk]


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on PATH")
def test_postgres_restore_refuses_a_dump_from_a_newer_scardesk(
    postgres_url: str, tmp_path: Path
) -> None:
    database = open_database(postgres_url)
    try:
        seed_patients(database, 2)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0999_future'")
        # backup_postgres itself refuses to keep such a dump (it fails verification), so a
        # newer ScarDesk's dump is made with pg_dump directly.
        dump = tmp_path / "future.dump"
        libpq, _ = _libpq(postgres_url)
        _pg(
            [shutil.which("pg_dump") or "pg_dump", "-Fc", "-f", str(dump), "-d", libpq],
            postgres_url,
            "x",
        )
        with pytest.raises(StorageRefusedError, match="newer version of ScarDesk"):
            restore_postgres(postgres_url, dump, keep_dir=tmp_path / "kept")
    finally:
        database.dispose()
    assert not (tmp_path / "kept").exists()


# --- issue 10: backups verified for real, checks that never write ------------------------------


def test_db_check_of_a_backup_changes_none_of_its_bytes(live: Database, out: Path) -> None:
    from scardesk.cli import main

    backup = backup_sqlite(live, out).path
    before = sha256(backup)
    assert main(["db", "check", "--database-url", f"sqlite:///{backup}"]) == 0
    assert sha256(backup) == before
    assert sorted(p.name for p in out.iterdir()) == [backup.name, backup.name + ".seal"]  # no -wal


def test_db_check_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    from scardesk.cli import main

    missing = tmp_path / "no-such-folder" / "clinic.sqlite3"
    assert main(["db", "check", "--database-url", f"sqlite:///{missing}"]) == 2
    assert not missing.parent.exists()


def _pg_counts(url: str) -> int:
    database = open_database(url, upgrade=False)
    try:
        return patient_count(database)
    finally:
        database.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on PATH")
def test_postgres_backup_restore_cycles_with_the_default_backups_folder(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three backup/restore cycles, each with the default folders: the safety dump before a
    restore goes into the backups folder (it once became a file named ``backups`` and every
    later backup failed with FileExistsError)."""
    monkeypatch.setattr("scardesk.db.backup.default_data_dir", lambda: tmp_path / "data")
    database = open_database(postgres_url)
    seed_patients(database, 3)
    database.dispose()
    for cycle in range(1, 4):
        database = open_database(postgres_url)
        try:
            made = backup_postgres(database)
            seed_patients(database, 2)  # work done after the backup, undone by the restore
        finally:
            database.dispose()
        expected = 3 + 2 * (cycle - 1)
        assert made.path.parent == tmp_path / "data" / "backups"
        restored = restore_postgres(postgres_url, made.path)
        assert restored.replaced_kept_at is not None
        assert restored.replaced_kept_at.parent == tmp_path / "data" / "backups"
        assert _pg_counts(postgres_url) == expected
        database = open_database(postgres_url)
        try:
            record_restore(database, restored)
            assert check_database(database).ok
            seed_patients(database, 2)
        finally:
            database.dispose()
    assert (tmp_path / "data" / "backups").is_dir()
    assert len(list((tmp_path / "data" / "backups").glob("*.dump"))) == 6


def _scratch_databases(url: str) -> set[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE :mine"),
                {"mine": f"scardesk_verify_{os.getpid()}_%"},
            )
            return {row[0] for row in rows}
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on PATH")
def test_a_half_truncated_dump_lists_but_is_refused_and_the_live_database_is_untouched(
    postgres_url: str, tmp_path: Path
) -> None:
    from scardesk.db import pg_verify
    from scardesk.db.backup import _restore_into, _tool

    database = open_database(postgres_url)
    try:
        seed_patients(database, 1500)  # enough rows that the data outweighs the table of contents
        good = backup_postgres(database, tmp_path / "good.dump").path
    finally:
        database.dispose()
    half = tmp_path / "half.dump"
    half.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    # What the old verification trusted: the table of contents still lists.
    subprocess.run([_tool("pg_restore"), "--list", str(half)], check=True, capture_output=True)
    before = set(_scratch_databases(postgres_url))
    with pytest.raises(StorageRefusedError, match="does not restore"):
        pg_verify.verify_in_scratch(postgres_url, half, _restore_into)
    with pytest.raises(StorageRefusedError, match="Nothing was changed"):
        restore_postgres(postgres_url, half, keep_dir=tmp_path / "kept")
    assert not (tmp_path / "kept").exists()
    assert _pg_counts(postgres_url) == 1500
    assert _scratch_databases(postgres_url) == before  # every scratch database was dropped


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on PATH")
def test_verification_compares_counts_with_the_snapshot(postgres_url: str, tmp_path: Path) -> None:
    from scardesk.db import pg_verify
    from scardesk.db.backup import _restore_into

    database = open_database(postgres_url)
    try:
        seed_patients(database, 5)
        good = backup_postgres(database, tmp_path / "good.dump").path
    finally:
        database.dispose()
    counts = pg_verify.verify_in_scratch(postgres_url, good, _restore_into)
    assert counts["patients"] == 5
    wrong = {**counts, "patients": 6}
    with pytest.raises(StorageRefusedError, match="patients: 5 restored, 6 in the database"):
        pg_verify.verify_in_scratch(postgres_url, good, _restore_into, wrong)


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="pg_restore is not on PATH")
def test_postgres_restore_of_a_sqlite_backup_is_refused(
    postgres_url: str, live: Database, out: Path, tmp_path: Path
) -> None:
    sqlite_backup = backup_sqlite(live, out).path
    database = open_database(postgres_url)
    try:
        seed_patients(database, 4)
    finally:
        database.dispose()
    with pytest.raises(StorageRefusedError, match="not a readable PostgreSQL dump"):
        restore_postgres(postgres_url, sqlite_backup, keep_dir=tmp_path / "kept")
    assert _pg_counts(postgres_url) == 4
    assert not (tmp_path / "kept").exists()


def test_sqlite_restore_of_a_truncated_backup_is_refused(target: Path, out: Path) -> None:
    database = open_database(f"sqlite:///{target}")
    try:
        good = backup_sqlite(database, out).path
    finally:
        database.dispose()
    half = out / "half.sqlite3"
    half.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = sha256(target)
    with pytest.raises(StorageRefusedError, match="was not restored"):
        restore_sqlite(target, half)
    assert sha256(target) == before
