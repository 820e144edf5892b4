"""Lot recall on a demo clinic's real lot distribution (issue #16): the busiest lot.

    PYTHONPATH=. python benchmarks/bench_recall.py --database /tmp/demo/clinic.sqlite3

The demo stocks about thirty lots, so its busiest lot carries thousands of uses at 100,000
patients and about 64,000 at 1,000,000. Measured, runs interleaved with the baseline:

* the whole report through ``RecallService.report`` (query, rows, audit note), p50/p95;
* when the first screenful (``FIRST_ROWS``) of that report reached ``on_rows``;
* the bare SQL of the report, every row fetched, on a raw connection — the ratio's baseline.

Nothing is asserted: read the medians and the ratios. No patient data is printed.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from scardesk.db.engine import open_database
from scardesk.db.models import ToxinEntry
from scardesk.db.unit_of_work import SYSTEM
from scardesk.services.recall import FIRST_ROWS, RecallService, recall_query


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, required=True, help="a demo SQLite file")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    database = open_database(f"sqlite:///{args.database}")
    with database.sessions() as session:
        lot_id, uses = session.execute(
            select(ToxinEntry.lot_id, func.count())
            .group_by(ToxinEntry.lot_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    recall = RecallService(database)
    statement = recall_query(lot_id)

    def bare() -> None:
        with database.engine.connect() as connection:
            connection.execute(statement).all()

    def report() -> None:
        """The whole report, noting when its first screenful was handed over."""
        started = time.perf_counter()
        seen: list[float] = []

        def on_rows(_batch: object) -> None:
            if not seen:
                seen.append((time.perf_counter() - started) * 1000)

        service_ms.append(timed(lambda: recall.report(SYSTEM, lot_id, on_rows)))
        first_ms.append(seen[0])

    service_ms: list[float] = []
    bare_ms: list[float] = []
    first_ms: list[float] = []
    first_call = timed(lambda: recall.report(SYSTEM, lot_id))
    for turn in range(args.runs):
        if turn % 2:
            bare_ms.append(timed(bare))
        report()
        if not turn % 2:
            bare_ms.append(timed(bare))
    print(f"busiest lot: {uses:,} uses; first call {first_call:.0f} ms; runs interleaved")
    b50, b95 = summary(bare_ms)
    for label, samples in (("report", service_ms), (f"first {FIRST_ROWS} rows", first_ms)):
        p50, p95 = summary(samples)
        print(
            f"  {label:<16} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms   bare SQL p50 {b50:7.1f} "
            f"p95 {b95:7.1f}  ratio p50 {p50 / b50:4.2f}×"
        )
    database.dispose()


if __name__ == "__main__":
    main()
