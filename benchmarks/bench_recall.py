"""Lot recall on a demo clinic's real lot distribution (issues #16 and #14): the busiest lot.

    PYTHONPATH=. python benchmarks/bench_recall.py --database /tmp/demo/clinic.sqlite3
    PYTHONPATH=. python benchmarks/bench_recall.py \
        --database-url postgresql+psycopg://postgres@127.0.0.1:55432/scardesk_1m

The bare baselines run the same statements on the same database (server) as the app.

The demo stocks about thirty lots, so its busiest lot carries thousands of uses at 100,000
patients and about 64,000 at 1,000,000. Each figure is paired with a bare baseline measured in
the same run, runs interleaved:

* **first screenful** — when the first ``FIRST_ROWS`` rows reached ``on_rows`` of
  ``RecallService.report``, against the bare SQL of the app's statement (``recall_query``)
  with ``LIMIT FIRST_ROWS``; and on the real recall screen (``RecallTab`` with the app's threaded
  ``TaskRunner``, offscreen): from the click to the first rows in the table;
* **whole report** — ``RecallService.report`` (query, rows, audit note) and the screen until
  the tab says the report is shown (``report_shown``, waited for in an event loop as the
  app waits), against the bare SQL of the same statement with every row fetched
  through a cursor in the app's batches (the app's settings, e.g. no JIT, are the app's
  work, not the baseline's);
* **exports** — CSV, XLSX and PDF of the busiest lot, each in a fresh process (for its peak
  RSS), against a bare writer in a fresh process: the bare SQL rows written unformatted by the
  same library (``csv``, XlsxWriter ``constant_memory``, a ReportLab canvas with the same
  embedded font). Peak RSS of a small lot's export is printed too: flat memory means the
  busiest lot's peak is about the small lot's.

Nothing is asserted: read the medians and the ratios. No patient data is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from scardesk.db.engine import Database, open_database
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


def line(label: str, samples: list[float], base: list[float], unit: str = "ms") -> None:
    p50, p95 = summary(samples)
    b50, b95 = summary(base)
    print(
        f"  {label:<22} p50 {p50:8.1f} {unit}  p95 {p95:8.1f}   bare p50 {b50:8.1f} "
        f"p95 {b95:8.1f}   ratio p50 {p50 / b50:5.2f}×  p95 {p95 / b95:5.2f}×"
    )


def lots_by_use(database: Database) -> list[tuple[int, int]]:
    with database.sessions() as session:
        return [
            (int(lot), int(uses))
            for lot, uses in session.execute(
                select(ToxinEntry.lot_id, func.count())
                .group_by(ToxinEntry.lot_id)
                .order_by(func.count().desc())
            )
        ]


# --- the report and the screen ---------------------------------------------------------------
def bench_report(database: Database, lot_id: int, runs: int) -> None:
    recall = RecallService(database)
    whole, first = recall_query(lot_id), recall_query(lot_id).limit(FIRST_ROWS)

    def bare(statement: Any) -> Callable[[], None]:
        # Streamed through a cursor in the app's batches, as the app reads it: on PostgreSQL a
        # cursor is planned for its first rows, a plain fetch of everything for all of them.
        streamed = statement.execution_options(yield_per=2000)

        def run() -> None:
            with database.engine.connect() as connection:
                for _batch in connection.execute(streamed).partitions():
                    pass

        return run

    service_ms: list[float] = []
    first_ms: list[float] = []

    def report() -> None:
        started = time.perf_counter()
        seen: list[float] = []

        def on_rows(_batch: object) -> None:
            if not seen:
                seen.append((time.perf_counter() - started) * 1000)

        service_ms.append(timed(lambda: recall.report(SYSTEM, lot_id, on_rows)))
        first_ms.append(seen[0])

    first_call = timed(lambda: recall.report(SYSTEM, lot_id))
    bare_whole: list[float] = []
    bare_first: list[float] = []
    for turn in range(runs):
        if turn % 2:
            bare_whole.append(timed(bare(whole)))
            bare_first.append(timed(bare(first)))
        report()
        if not turn % 2:
            bare_whole.append(timed(bare(whole)))
            bare_first.append(timed(bare(first)))
    print(f"service (first call {first_call:.0f} ms), {runs} runs interleaved with the bare SQL:")
    line(f"first {FIRST_ROWS} rows", first_ms, bare_first)
    line("whole report", service_ms, bare_whole)
    screen_first, screen_whole = bench_screen(database, lot_id, runs)
    print("recall screen (RecallTab, threaded TaskRunner, offscreen), click to rows shown:")
    line("first rows in table", screen_first, bare_first)
    line("report shown", screen_whole, bare_whole)


def bench_screen(database: Database, lot_id: int, runs: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from scardesk.services.container import build_services
    from scardesk.services.session import SignedIn
    from scardesk.ui.change_bus import ChangeBus
    from scardesk.ui.context import ScreenContext
    from scardesk.ui.products.recall_tab import RecallTab
    from scardesk.ui.tasks import TaskRunner

    if QApplication.instance() is None:
        QApplication([])
    services = build_services(database)
    practitioner = services.users.practitioners()[0]
    runner = TaskRunner(on_error=lambda error: print("failed:", type(error).__name__))
    tab = RecallTab(ScreenContext(services, SignedIn(practitioner), runner, ChangeBus()))
    tab.resize(1200, 800)
    tab.show()
    tab.reload_lots()
    runner.wait_until_idle()
    assert tab.choose_lot(lot_id)
    # Waits in an event loop until the tab says the report is shown, as the app's own loop
    # would: a loop polling processEvents would itself take turns with the reading thread.
    shown = QEventLoop()
    tab.report_shown.connect(shown.quit)
    firsts: list[float] = []
    wholes: list[float] = []
    for _ in range(runs):
        marks: list[float] = []

        def mark(*_: object, seen: list[float] = marks) -> None:
            if not seen:
                seen.append(time.perf_counter())

        # Only this slot is disconnected afterwards: a bare disconnect() would also cut the
        # proxy and the view off the model, and later runs would time a table nobody updates.
        tab.model.rowsInserted.connect(mark)
        started = time.perf_counter()
        tab.run_button.click()
        shown.exec()
        wholes.append((time.perf_counter() - started) * 1000)
        firsts.append((marks[0] - started) * 1000)
        tab.model.rowsInserted.disconnect(mark)
        assert tab.report is not None and tab.proxy.rowCount() == len(tab.report.rows)
        runner.wait_until_idle()
    return firsts, wholes


# --- exports, each in its own process ----------------------------------------------------------
def child(database_url: str, lot_id: int, kind: str, bare: bool) -> None:
    """Run one export (or its bare baseline) and print its time and memory as JSON."""
    database = open_database(database_url)
    out = Path(tempfile.mkdtemp()) / f"recall.{kind}"
    before = peak_rss_mb()
    started = time.perf_counter()
    rows = bare_export(database, lot_id, kind, out) if bare else real_export(database, lot_id, out)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {"ms": seconds * 1000, "rows": rows, "peak_mb": peak_rss_mb(), "start_mb": before}
        )
    )
    out.unlink()


def peak_rss_mb() -> float:
    """This process's peak RSS. Not ``ru_maxrss``: Linux keeps the parent's peak across exec."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kib) / 1024


def real_export(database: Database, lot_id: int, out: Path) -> int:
    # The same work whoever prints: the admin (SYSTEM) or a practitioner.
    return RecallService(database).export(SYSTEM, lot_id, out).rows


def bare_export(database: Database, lot_id: int, kind: str, out: Path) -> int:
    """The bare SQL rows written as they come, by the same library, with nothing formatted."""
    rows = 0
    with database.engine.connect() as connection, open(out, "wb") as stream:
        result = connection.execute(recall_query(lot_id).execution_options(yield_per=2000))
        if kind == "csv":
            import csv
            import io

            text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            writer = csv.writer(text)
            for row in result:
                writer.writerow(row)
                rows += 1
            text.flush()
            text.detach()
        elif kind == "xlsx":
            import xlsxwriter

            book = xlsxwriter.Workbook(stream, {"constant_memory": True})
            sheet = book.add_worksheet()
            for rows, row in enumerate(result, start=1):
                sheet.write_row(rows, 0, [str(value) for value in row])
            book.close()
        else:
            from reportlab.lib.pagesizes import A4
            from reportlab.pdfgen.canvas import Canvas

            from scardesk.documents.fonts import LATIN, register_fonts

            register_fonts()
            canvas = Canvas(stream, pagesize=A4, pageCompression=1, initialFontName=LATIN)
            canvas.setFont(LATIN, 8)
            y = 800.0
            for row in result:
                for column, value in enumerate(row[2:]):  # the seven printed values
                    canvas.drawString(40 + column * 75, y, str(value))
                rows += 1
                y -= 14
                if y < 60:
                    canvas.showPage()
                    canvas.setFont(LATIN, 8)
                    y = 800.0
            canvas.save()
    return rows


def run_child(args: argparse.Namespace, lot_id: int, kind: str, bare: bool) -> dict[str, float]:
    command = [
        sys.executable,
        __file__,
        *(["--database-url", args.database_url] if args.database_url else []),
        *(["--database", str(args.database)] if args.database else []),
        "--child",
        f"{lot_id}:{kind}:{'bare' if bare else 'app'}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_exports(args: argparse.Namespace, busiest: int, small: int) -> None:
    print(f"exports, each in a fresh process, {args.export_runs} run(s) interleaved with the bare:")
    for kind in args.formats:
        app_ms: list[float] = []
        bare_ms: list[float] = []
        peaks: list[float] = []
        bare_peaks: list[float] = []
        rows = 0
        for _ in range(args.export_runs):
            result = run_child(args, busiest, kind, bare=False)
            bare = run_child(args, busiest, kind, bare=True)
            app_ms.append(result["ms"])
            bare_ms.append(bare["ms"])
            peaks.append(result["peak_mb"])
            bare_peaks.append(bare["peak_mb"])
            rows = int(result["rows"])
        small_peak = run_child(args, small, kind, bare=False)
        line(f"{kind.upper()} {rows:,} rows", app_ms, bare_ms)
        print(
            f"  {'':<22} peak RSS {max(peaks):6.0f} MB (bare {max(bare_peaks):6.0f} MB; the app's "
            f"export of a {int(small_peak['rows']):,}-row lot: {small_peak['peak_mb']:6.0f} MB; "
            f"before exporting: {small_peak['start_mb']:4.0f} MB)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--database", type=Path, help="a demo SQLite file")
    where.add_argument("--database-url", help="a demo clinic on a server: postgresql+psycopg://…")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--export-runs", type=int, default=3)
    parser.add_argument("--formats", nargs="*", default=["csv", "xlsx", "pdf"])
    parser.add_argument("--skip-report", action="store_true", help="exports only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{args.database}"
    if args.child:
        lot, kind, mode = args.child.split(":")
        child(url, int(lot), kind, mode == "bare")
        return
    database = open_database(url)
    lots = lots_by_use(database)
    (busiest, uses), (small, small_uses) = lots[0], lots[-1]
    print(f"busiest lot: {uses:,} uses (smallest: {small_uses:,}); {len(lots)} lots used")
    if not args.skip_report:
        bench_report(database, busiest, args.runs)
    database.dispose()
    if args.export_runs:
        bench_exports(args, busiest, small)


if __name__ == "__main__":
    main()
