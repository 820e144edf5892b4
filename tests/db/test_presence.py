"""Restore and upgrade never pull a database from under an open workstation (db.presence).

The other workstation is a real second process holding the database open through
``open_database``, as the app does; the restore runs in this process through the same code the
``scardesk restore`` command uses.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scardesk.db import presence
from scardesk.db.backup import backup_postgres, backup_sqlite, restore_postgres, restore_sqlite
from scardesk.db.engine import Database, open_database
from scardesk.db.models import Patient
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.time import utc_now
from tests.db.test_backup import seed_patients

REPO = Path(__file__).resolve().parents[2]

#: A second workstation: opens the database, says so, and keeps it open until killed.
_WORKSTATION = """
import sys, time
from scardesk.db.engine import open_database
database = open_database(sys.argv[1])
print("open", flush=True)
time.sleep(120)
"""


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    seed_patients(database, 5)
    database.dispose()
    return path


@pytest.fixture
def backup_file(clinic: Path, tmp_path: Path) -> Path:
    database = open_database(f"sqlite:///{clinic}")
    try:
        return backup_sqlite(database, tmp_path / "copy.sqlite3").path
    finally:
        database.dispose()


def _start_workstation(url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", _WORKSTATION, url],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


@pytest.fixture
def workstation() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        process.kill()
        process.wait(timeout=30)


def _patients(url: str) -> int:
    database = open_database(url)
    try:
        with database.sessions() as session:
            return session.scalar(select(func.count()).select_from(Patient)) or 0
    finally:
        database.dispose()


def test_restore_is_refused_while_another_process_has_the_file_open(
    clinic: Path, backup_file: Path, workstation: list[subprocess.Popen[str]]
) -> None:
    url = f"sqlite:///{clinic}"
    seed = open_database(url)
    seed_patients(seed, 3)  # the backup has 5, the live database 8
    seed.dispose()
    other = _start_workstation(url)
    workstation.append(other)
    before = clinic.read_bytes()

    with pytest.raises(StorageRefusedError) as refused:
        restore_sqlite(url, backup_file)

    assert f"(process {other.pid})" in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert clinic.read_bytes() == before
    assert not list(clinic.parent.glob("*.replaced-*"))
    assert _patients(url) == 8


def test_a_workstation_that_crashed_does_not_block_a_restore(
    clinic: Path, backup_file: Path, workstation: list[subprocess.Popen[str]]
) -> None:
    url = f"sqlite:///{clinic}"
    other = _start_workstation(url)
    other.send_signal(signal.SIGKILL)  # leaves its announcement behind, but not its lock
    other.wait(timeout=30)
    assert len(list(presence.presence_folder(clinic).iterdir())) == 1

    result = restore_sqlite(url, backup_file)

    assert result.replaced_kept_at is not None
    assert _patients(url) == 5


def test_db_upgrade_is_refused_while_another_process_has_the_file_open(
    clinic: Path, workstation: list[subprocess.Popen[str]]
) -> None:
    url = f"sqlite:///{clinic}"
    other = _start_workstation(url)
    workstation.append(other)
    database = open_database(url, upgrade=False)
    try:
        with (
            pytest.raises(StorageRefusedError, match=f"process {other.pid}"),
            presence.alone(database, presence.UPGRADE),
        ):
            pytest.fail("ran although another workstation had the database open")
        assert [w.pid for w in database.others_open()] == [other.pid]
    finally:
        database.dispose()


def test_an_app_does_not_start_while_a_restore_holds_the_database(clinic: Path) -> None:
    url = f"sqlite:///{clinic}"
    with presence.maintenance(clinic, presence.RESTORE):
        completed = subprocess.run(
            [sys.executable, "-c", _WORKSTATION, url],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=60,
        )
    assert completed.returncode != 0
    assert "being restored or upgraded" in completed.stderr


def test_an_open_app_stops_writing_when_its_file_is_replaced(
    clinic: Path, backup_file: Path
) -> None:
    url = f"sqlite:///{clinic}"
    database = open_database(url)
    try:
        shutil.copyfile(backup_file, clinic.with_name("incoming.sqlite3"))
        os.replace(clinic.with_name("incoming.sqlite3"), clinic)  # behind the app's back
        with (
            pytest.raises(StorageRefusedError, match="replaced"),
            UnitOfWork(database, SYSTEM, "test.write") as uow,
        ):
            now = utc_now()
            uow.session.add(
                Patient(name_latin="Late", sex="female", created_at=now, updated_at=now)
            )
    finally:
        database.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="pg_restore is not on PATH")
def test_postgres_restore_is_refused_while_another_workstation_is_connected(
    postgres_url: str, tmp_path: Path, workstation: list[subprocess.Popen[str]]
) -> None:
    database: Database = open_database(postgres_url)
    seed_patients(database, 4)
    dump = backup_postgres(database, tmp_path).path
    seed_patients(database, 2)
    database.dispose()
    other = _start_workstation(postgres_url)
    workstation.append(other)

    with pytest.raises(StorageRefusedError, match=f"/{other.pid}|process {other.pid}"):
        restore_postgres(postgres_url, dump, keep_dir=tmp_path / "kept")

    assert _patients(postgres_url) == 6
    other.kill()
    other.wait(timeout=30)
    restore_postgres(postgres_url, dump, keep_dir=tmp_path / "kept")
    assert _patients(postgres_url) == 4
