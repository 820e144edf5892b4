"""What encryption at rest costs: SQLCipher against plain SQLite on the same data, same run.

    .venv/bin/python benchmarks/bench_cipher.py [--patients 100000] [--database PLAIN.sqlite3]

1. A demo clinic of N patients (or an existing plain demo file) is copied and the copy encrypted
   with ``encrypt_sqlite`` (timed). Search-as-you-type (Latin, Arabic, phone, civil number,
   date of birth, the queries of bench_front_desk.py) runs through PatientSearchService on both
   files — p50/p95 and the SQLCipher/plain ratio.
2. Saving a 40-point toxin session through SessionService (gate, stock, audit: the path of
   bench_sessions.py) on a database of N patients, plain and encrypted — p50/p95 and ratio.

Target (issue 10): SQLCipher ≤ 1.5× plain for search p95 and session-save p95. The machines are
shared and noisy: the two sides alternate query by query so load hits both alike.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_front_desk import sample_queries, timed
from bench_sessions import (
    PRACTITIONER,
    SAVES,
    _base_rows,
    _clinical_facts,
    _forty_points,
    _percentile,
    _timed,
)

from scardesk.db import cipher
from scardesk.db.encrypt import encrypt_sqlite
from scardesk.db.engine import Database, open_database
from scardesk.demo import generate_demo
from scardesk.services.search import PatientSearchService
from scardesk.services.session import SYSTEM
from scardesk.services.sessions import SessionService

KEY = "benchmark passphrase, not a secret"
PAGE = 50


def _p(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), _percentile(values, 0.95)


def _line(what: str, plain: list[float], encrypted: list[float]) -> None:
    p50, p95 = _p(plain)
    e50, e95 = _p(encrypted)
    verdict = "met" if e95 <= 1.5 * p95 else "MISSED"
    print(
        f"{what:<34} plain p50 {p50:6.1f} p95 {p95:6.1f} | SQLCipher p50 {e50:6.1f} "
        f"p95 {e95:6.1f} | p95 ×{e95 / p95:.2f} (≤ 1.5×: {verdict})"
    )


def bench_search(plain_path: Path, patients: int, seed: int) -> None:
    encrypted_path = plain_path.with_name("encrypted.sqlite3")
    shutil.copyfile(plain_path, encrypted_path)
    started = time.perf_counter()
    encrypt_sqlite(encrypted_path, KEY)
    print(f"db encrypt of {patients:,} patients: {time.perf_counter() - started:.1f} s")
    plain = open_database(f"sqlite:///{plain_path}")
    encrypted = open_database(f"sqlite:///{encrypted_path}", key=KEY)
    try:
        queries = sample_queries(plain, random.Random(seed))
        searches = (PatientSearchService(plain), PatientSearchService(encrypted))
        for service in searches:  # warm both page caches the same way
            for typed in queries.values():
                for query in typed:
                    service.search(SYSTEM, query, limit=PAGE)
        every_plain: list[float] = []
        every_encrypted: list[float] = []
        for label, typed in queries.items():
            plain_ms, encrypted_ms = [], []
            for query in typed:
                plain_ms.append(timed(lambda q=query: searches[0].search(SYSTEM, q, limit=PAGE)))
                encrypted_ms.append(
                    timed(lambda q=query: searches[1].search(SYSTEM, q, limit=PAGE))
                )
            every_plain += plain_ms
            every_encrypted += encrypted_ms
            _line(f"search: {label}", plain_ms, encrypted_ms)
        _line("search: ALL keystrokes", every_plain, every_encrypted)
    finally:
        plain.dispose()
        encrypted.dispose()


def _session_db(folder: Path, name: str, patients: int, key: str | None) -> Database:
    database = open_database(f"sqlite:///{folder / name}", key=key)
    _base_rows(database, patients)
    _clinical_facts(database, range(1, FEWEST_PATIENTS + 1))
    return database


def bench_save(folder: Path, patients: int) -> None:
    plain = _session_db(folder, "sessions-plain.sqlite3", patients, None)
    encrypted = _session_db(folder, "sessions-encrypted.sqlite3", patients, KEY)
    assert encrypted.key is not None and cipher.is_encrypted_file(
        folder / "sessions-encrypted.sqlite3"
    )
    try:
        services = (SessionService(plain), SessionService(encrypted))
        form = _forty_points()
        for warm in range(3):
            for service in services:
                service.record_session(PRACTITIONER, SAVES + 1 + warm, form)
        plain_ms, encrypted_ms = [], []
        for patient in range(1, SAVES + 1):
            plain_ms.append(
                _timed(lambda p=patient: services[0].record_session(PRACTITIONER, p, form))
            )
            encrypted_ms.append(
                _timed(lambda p=patient: services[1].record_session(PRACTITIONER, p, form))
            )
        _line(f"save 40-point session ({SAVES} runs)", plain_ms, encrypted_ms)
    finally:
        plain.dispose()
        encrypted.dispose()


#: The save benchmark records sessions for this many patients (its warm-up included).
FEWEST_PATIENTS = 2 * SAVES + 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--database", type=Path, help="an existing plain demo SQLite file to reuse")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.patients < FEWEST_PATIENTS:
        parser.error(f"--patients {args.patients}: expected at least {FEWEST_PATIENTS}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain_path = folder / "plain.sqlite3"
        if args.database is None:
            started = time.perf_counter()
            database = open_database(f"sqlite:///{plain_path}")
            generate_demo(database, args.patients)
            database.dispose()
            seconds = time.perf_counter() - started
            print(f"generated {args.patients:,} demo patients in {seconds:.0f} s")
        else:
            shutil.copyfile(args.database, plain_path)
        print(f"{plain_path.stat().st_size / 1e6:,.0f} MB plain file; times in ms")
        bench_search(plain_path, args.patients, args.seed)
        bench_save(folder, args.patients)


if __name__ == "__main__":
    main()
