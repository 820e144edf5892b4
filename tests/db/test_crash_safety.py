"""A writer killed at any moment loses nothing it reported and leaves a database that checks ok.

A forked writer process saves through the real services and prints each committed save; it is killed
with SIGKILL after a random delay (so some kills land inside a transaction, some between the
commit and the seal update, some while the seal or the key is written). After each kill:
every reported save is stored (at least at the reported version), ``PRAGMA integrity_check``
is ok, and the full integrity check — audit chain, keyed links, seal, clinical rows — passes.
20 kills in the default run, 200 in the slow one.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scardesk.db.audit import chain_settings
from scardesk.db.audit_seal import read_seal, seal_path
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import AuditEvent, Patient
from tests.db import crash_writer


def _run_and_kill(url: str, seed: int, delay: float) -> list[tuple[int, int]]:
    """Fork a writer (a real process, its modules already imported), kill it, read its report."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        try:
            with os.fdopen(write_end, "w") as out:
                crash_writer.main(url, seed, out)
        finally:
            os._exit(1)  # never return into pytest in the child
    os.close(write_end)
    with os.fdopen(read_end) as reports:
        assert reports.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        text = reports.read()
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, text[-500:]
    saves = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "saved":  # a line cut by the kill is not a report
            saves.append((int(parts[1]), int(parts[2])))
    return saves


def _kill_repeatedly(path: Path, kills: int, seed: int) -> int:
    url = f"sqlite:///{path}"
    open_database(url).dispose()
    rng = random.Random(seed)
    reported: dict[int, int] = {}
    lagging = 0
    for kill in range(kills):
        for patient_id, version in _run_and_kill(url, seed * 1000 + kill, rng.uniform(0, 0.4)):
            reported[patient_id] = max(version, reported.get(patient_id, 0))
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        database = open_database(url)
        try:
            with database.sessions() as session:
                stored = {
                    row[0]: row[1] for row in session.execute(select(Patient.id, Patient.version))
                }
            lost = {i: v for i, v in reported.items() if stored.get(i, 0) < v}
            assert lost == {}, f"after kill {kill}: reported saves missing {lost}"
            report = check_database(database)
            assert report.ok, f"after kill {kill}:\n{report.describe()}"
            lagging += _seal_lags(database)
        finally:
            database.dispose()
    print(f"\n{kills} kills, {len(reported)} patients saved, seal behind the log after {lagging}")
    return len(reported)


def _seal_lags(database: Database) -> bool:
    """Whether this kill left the seal behind the log (killed between commit and seal)."""
    with database.engine.connect() as connection:
        settings = chain_settings(connection)
        last = connection.execute(select(func.max(AuditEvent.seq))).scalar_one()
    assert settings is not None
    seal = read_seal(seal_path(database, settings.chain_id))
    return seal is not None and seal.seq < (last or 0)


def test_20_kills_lose_no_reported_save(tmp_path: Path) -> None:
    saved = _kill_repeatedly(tmp_path / "clinic.sqlite3", 20, seed=7)
    assert saved > 20  # the writer really wrote between kills


@pytest.mark.slow
def test_200_kills_lose_no_reported_save(tmp_path: Path) -> None:
    saved = _kill_repeatedly(tmp_path / "clinic.sqlite3", 200, seed=11)
    assert saved > 200
