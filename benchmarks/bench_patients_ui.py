"""Search-as-you-type on the Patients screen: the bare service call vs the same call through the
Qt model (reset, row insertion and the cells a view paints), synchronously and through the real
background runner.

The machines are shared and noisy, so each figure is a median/p95 printed beside the bare
service call measured in the same run, with their ratio; nothing is asserted.

    .venv/bin/scardesk demo --patients 100000 --data-dir /tmp/demo     # ~1 min, once
    .venv/bin/python benchmarks/bench_patients_ui.py --data-dir /tmp/demo

Without ``--data-dir`` a temporary clinic of ``--patients`` patients is generated first.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import Patient
from scardesk.db.unit_of_work import SYSTEM
from scardesk.demo import generate_demo
from scardesk.services.search import PatientSearchService
from scardesk.ui.patients.model import COLUMN_COUNT, PatientListModel
from scardesk.ui.tasks import SyncTaskRunner, TaskRunner

PAGE = 50
PAINTED_ROWS = 20  # about what a 1080p window shows


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(what: str, samples: list[float], baseline: list[float]) -> None:
    p50, p95 = summary(samples)
    b50, _b95 = summary(baseline)
    print(
        f"  {what:<44} n={len(samples):>4}  p50 {p50:7.2f} ms  p95 {p95:7.2f} ms"
        f"   ratio to bare service p50 {p50 / b50:5.2f}×",
        flush=True,
    )


def typing(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1) if text[:end].strip()]


def keystrokes(database: Database, rng: random.Random, people: int) -> list[str]:
    """Prefixes a receptionist would type: names in both scripts, phones, civil numbers, dates."""
    with database.sessions() as session:
        top = session.scalar(select(Patient.id).order_by(Patient.id.desc()).limit(1)) or 1
        rows = [
            session.execute(
                select(
                    Patient.name_latin,
                    Patient.name_arabic,
                    Patient.phone,
                    Patient.civil_number,
                    Patient.date_of_birth,
                ).where(Patient.id == rng.randint(1, top))
            ).one()
            for _ in range(people)
        ]
    typed: list[str] = []
    for latin, arabic, phone, civil, born in rows:
        words = latin.split()
        typed += typing(f"{words[-1]} {words[0]}")  # surname first, any order works
        if arabic:  # expatriate patients may have a Latin name only
            typed += typing(arabic.split()[0])
        if phone:
            typed += typing(phone[4:8] + " " + phone[8:])[3:]  # from 4 digits on
        if civil:
            typed += typing(civil)[3:]
        typed.append(f"{born:%d/%m/%Y}")
    return typed


def paint(model: PatientListModel) -> None:
    """Read the cells a view would paint for the first screenful."""
    for row in range(min(PAINTED_ROWS, model.rowCount())):
        for column in range(COLUMN_COUNT):
            index = model.index(row, column)
            model.data(index, Qt.ItemDataRole.DisplayRole)
            model.data(index, Qt.ItemDataRole.TextAlignmentRole)


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def through_runner(model: PatientListModel, query: str) -> float:
    """set_query on the real thread-pool runner until the first page is in the model."""
    loop = QEventLoop()
    model.search_settled.connect(loop.quit)
    started = time.perf_counter()
    model.set_query(query)
    if model.loading:
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    elapsed = (time.perf_counter() - started) * 1000
    model.search_settled.disconnect(loop.quit)
    paint(model)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="folder with a demo clinic (scardesk demo)")
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=12, help="patients whose details are typed")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as scratch:
        if args.data_dir:
            files = sorted(args.data_dir.glob("*.sqlite3"))
            if not files:
                raise SystemExit(f"no *.sqlite3 in {args.data_dir}: run scardesk demo first")
            database = open_database(f"sqlite:///{files[0]}")
        else:
            database = open_database(f"sqlite:///{Path(scratch) / 'clinic.sqlite3'}")
            print(f"generating {args.patients} demo patients…", flush=True)
            generate_demo(database, patients=args.patients)
        search = PatientSearchService(database)
        typed = keystrokes(database, random.Random(7), args.people)
        print(f"{len(typed)} keystrokes over {args.people} patients ({database.describe()})")

        sync_model = PatientListModel(search, SYSTEM, SyncTaskRunner())
        view = QTableView()  # a real view on the model: it asks for rows and header data too
        view.setModel(sync_model)
        view.resize(1100, 700)
        view.show()
        errors: list[BaseException] = []
        async_model = PatientListModel(
            search, SYSTEM, TaskRunner(errors.append), on_error=errors.append
        )

        for query in typed[:20]:  # warm caches and imports
            search.search(SYSTEM, query, limit=PAGE)
            sync_model.set_query(query)

        bare, via_model, via_view, via_runner, more = [], [], [], [], []
        for query in typed:
            bare.append(timed(lambda q=query: search.search(SYSTEM, q, limit=PAGE)))
            via_model.append(timed(lambda q=query: (sync_model.set_query(q), paint(sync_model))))
            via_view.append(timed(lambda q=query: (sync_model.set_query(q), app.processEvents())))
            via_runner.append(through_runner(async_model, query))
            if sync_model.canFetchMore():
                more.append(timed(sync_model.fetchMore))
        print("search-as-you-type, first page of", PAGE)
        report("bare service call (baseline)", bare, bare)
        report("Qt model, sync runner, + first screen cells", via_model, bare)
        report("Qt model + QTableView repaint (processEvents)", via_view, bare)
        report("Qt model via background TaskRunner (to settled)", via_runner, bare)
        if more:
            report("fetchMore (next page, sync)", more, bare)
        if errors:
            print(f"  {len(errors)} background errors, first: {type(errors[0]).__name__}")
        view.close()
        database.dispose()


if __name__ == "__main__":
    main()
