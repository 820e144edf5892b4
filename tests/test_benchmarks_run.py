"""Every benchmark still runs to its end, at a toy size (nothing about speed is asserted).

Benchmarks are run by hand, so nothing noticed when the app's code moved under them: four of
sixteen had stopped running (a consent now attested with a password, a password holding the
user name refused, a changed signature). Each is run here once with small sizes and must exit
0; a new benchmark must be added to ``RUNS`` (or to ``NOT_RUN`` with the reason).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"

#: Small sizes; on PostgreSQL only where a benchmark needs no flag to leave it out.
RUNS: dict[str, list[str]] = {
    "bench_assessment_history.py": ["--repeat", "1"],
    "bench_audit_viewer.py": ["--events", "500", "--postgres-url="],
    "bench_cipher.py": ["--patients", "260"],
    "bench_documents.py": [],
    "bench_due.py": ["--patients", "200", "--runs", "2"],
    "bench_foundation.py": ["--patients", "200", "--repeat", "1", "--postgres-url="],
    "bench_front_desk.py": ["--patients", "300"],
    "bench_issue_documents.py": [],
    "bench_language_switch.py": ["--patients", "100", "--switches", "1"],
    "bench_patients_ui.py": ["--patients", "200", "--people", "1"],
    "bench_read_events.py": ["--events", "500", "--patients", "50", "--postgres-url="],
    "bench_screen_lock.py": [],
    "bench_sessions.py": ["--recall-sessions", "100", "--postgres-url="],
    "bench_today.py": ["--patients", "200", "--runs", "2"],
}
#: Left out, each with why.
NOT_RUN = {
    "bench_consultation.py": "imports 100 full-size photos: over a minute at any size",
    "bench_recall.py": "needs a demo clinic's file: run below on one",
    "bench_startup.py": "needs a demo clinic's folder: run below on one",
    "every_record.py": "the same walk is tests/demo/test_every_record.py",
    "load_postgres.py": "copies a SQLite clinic to a PostgreSQL server",
}


def _run(arguments: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        TMPDIR=str(tmp_path),
    )
    env.pop("SCARDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_every_benchmark_is_run_or_says_why_not() -> None:
    present = {path.name for path in BENCHMARKS.glob("*.py")}
    assert present == set(RUNS) | set(NOT_RUN)


@pytest.mark.parametrize("name", sorted(RUNS))
def test_the_benchmark_runs_to_its_end(name: str, tmp_path: Path) -> None:
    done = _run([str(BENCHMARKS / name), *RUNS[name]], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]


def test_the_recall_and_start_up_benchmarks_run_on_a_demo_clinic(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    made = _run(
        ["-m", "scardesk", "--data-dir", str(clinic), "demo", "--patients", "150"], tmp_path
    )
    assert made.returncode == 0, made.stderr[-3000:]
    recall = [str(BENCHMARKS / "bench_recall.py"), "--database", str(clinic / "clinic.sqlite3")]
    done = _run([*recall, "--runs", "1", "--export-runs", "1", "--formats", "csv"], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    startup = [str(BENCHMARKS / "bench_startup.py"), "--data-dir", str(clinic), "--runs", "1"]
    with closing(sqlite3.connect(clinic / "clinic.sqlite3")) as connection:
        (signed,) = connection.execute(
            "SELECT min(id) FROM treatment_sessions WHERE signed_at IS NOT NULL"
        ).fetchone()
    done = _run([*startup, "--session-id", str(signed)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
