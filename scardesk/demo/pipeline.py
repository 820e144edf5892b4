"""A demo's batches, built and validated in a second process while the first one writes.

Drawing a patient's ~30 rows, checking each record with the domain's own validation and
converting the values for the driver is about half of a demo patient's CPU; inserting the rows
and digesting them as stored is the other half. With a second core the two overlap: the builder
process works one batch ahead, handing finished batches over a queue of one (memory stays at a
few batches whatever the clinic's size). Small clinics are built in the calling process.

The builder runs ahead of the database, so it numbers a batch's rows from the ids it expects
(each table's highest id + 1 once the previous batch is in). The writer reads the real first ids
inside the batch's transaction; if another workstation added rows in between, ``shifted`` moves
the batch's ids, and its rows' references to each other, up to free ones. Values derived from an
id at drawing time (a demo civil number, the digits of a demo e-mail) keep the expected id's.

The process is started with "spawn" on every platform (the frozen Windows build has no fork);
the entry point calls ``multiprocessing.freeze_support`` for it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import queue
import random
import signal
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any, NamedTuple

from scardesk import gc_hold
from scardesk.db.models import Base
from scardesk.demo.bulk import DriverValues
from scardesk.demo.clinical import Rows
from scardesk.demo.rows import BATCH_TABLES, BatchBuilder, Catalog, Staff

#: Seconds between looks at a builder process that has not handed a batch over yet.
_POLL_SECONDS = 0.5


class TableRows(NamedTuple):
    """One table's rows of a batch: column keys, and a tuple of values per row in that order
    (converted for SQLite's driver when the plan says so)."""

    keys: tuple[str, ...]
    values: list[tuple[Any, ...]]


Batch = dict[str, TableRows]


class Built(NamedTuple):
    first_ids: dict[str, int]  # the ids the batch was numbered from
    patients: int
    rows: Batch


@dataclass(frozen=True)
class BuildPlan:
    """Everything the builder needs, picklable for the builder process."""

    seed: int
    staff: Staff
    catalog: Catalog
    now: datetime
    patients: int
    batch_patients: int
    first_ids: dict[str, int]
    driver_values: bool  # SQLite: convert each value for the driver while building

    @property
    def batch_count(self) -> int:
        return -(-self.patients // self.batch_patients)


def batches(plan: BuildPlan) -> Iterator[Built]:
    """Every batch of the plan in order, all drawn from one ``Random(seed)`` (a seed gives the
    same clinic whichever process builds it)."""
    builder = BatchBuilder(random.Random(plan.seed), plan.seed, plan.staff, plan.catalog, plan.now)
    count = plan.batch_count
    slots = builder.appointment_slots(plan.patients)
    ids = dict(plan.first_ids)
    driver = DriverValues(_sqlite_dialect()) if plan.driver_values else None
    done = 0
    for index in range(count):
        size = min(plan.batch_patients, plan.patients - done)
        share = slots[index * len(slots) // count : (index + 1) * len(slots) // count]
        rows = builder.build(size, ids, share)
        built = Built(dict(ids), size, _prepared(rows, driver))
        ids = _following_ids(ids, rows)
        done += size
        yield built


def built_batches(plan: BuildPlan, *, separate: bool | None = None) -> Generator[Built, None, None]:
    """The plan's batches, from a builder process when ``separate`` (by default: more than one
    batch and more than one CPU). Close the iterator to stop the process early."""
    if separate is None:
        separate = plan.batch_count > 1 and (os.cpu_count() or 1) > 1
    if not separate:
        yield from batches(plan)
        return
    context = multiprocessing.get_context("spawn")
    channel: Any = context.Queue(maxsize=1)
    process = context.Process(
        target=_build_into, args=(plan, channel), name="scardesk-demo-builder", daemon=True
    )
    process.start()
    try:
        while True:
            kind, payload = _receive(channel, process)
            if kind == "done":
                return
            if kind == "error":
                raise payload
            yield payload
    finally:
        if process.is_alive():
            process.terminate()  # the writer stopped early: nothing more is wanted
        process.join(timeout=30)
        channel.cancel_join_thread()
        channel.close()


def shifted(rows: Batch, expected: dict[str, int], actual: dict[str, int]) -> Batch:
    """The batch renumbered from ``actual`` first ids instead of ``expected``: each table's ids
    and every reference to a row of this batch (one at or above the expected first id of its
    table) move by the same step; references to older rows and to users or products stay."""
    step = {name: actual[name] - expected[name] for name in expected}
    moved: Batch = {}
    for name, table_rows in rows.items():
        table = Base.metadata.tables[name]
        moves = []
        for index, key in enumerate(table_rows.keys):
            target = name if key == "id" else _referenced(table.c[key], step)
            if target is not None and step[target]:
                moves.append((index, step[target], expected[target]))
        if not moves:
            moved[name] = table_rows
            continue
        values = []
        for row in table_rows.values:
            changed = list(row)
            for index, delta, first in moves:
                if changed[index] is not None and changed[index] >= first:
                    changed[index] += delta
            values.append(tuple(changed))
        moved[name] = TableRows(table_rows.keys, values)
    return moved


def _referenced(column: Any, step: dict[str, int]) -> str | None:
    for key in column.foreign_keys:
        if key.column.table.name in step:
            return str(key.column.table.name)
    return None


def _prepared(rows: Rows, driver: DriverValues | None) -> Batch:
    prepared: Batch = {}
    for table in BATCH_TABLES:
        table_rows = rows[table.name]
        if not table_rows:
            continue
        keys = list(table_rows[0])
        if driver is not None:
            insert = driver.insert(table, keys)
            if len(insert.keys) != len(keys):
                raise ValueError(f"{table.name}: a demo row has columns the table does not")
            prepared[table.name] = TableRows(insert.keys, insert.tuples(table_rows))
        else:
            prepared[table.name] = TableRows(
                tuple(keys), [tuple(row[key] for key in keys) for row in table_rows]
            )
    return prepared


def _sqlite_dialect() -> Any:
    # The bind processors of SQLite's driver dialects (pysqlite, and SQLCipher's subclass of
    # it) are the same; the writer checks the column order against its own compiled insert.
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

    return SQLiteDialect_pysqlite()


_ID = itemgetter("id")


def _following_ids(ids: dict[str, int], rows: Rows) -> dict[str, int]:
    """The first ids of the next batch: each table's highest id + 1, as the writer reads them."""
    following = dict(ids)
    for name in ids:
        if rows[name]:
            following[name] = max(map(_ID, rows[name])) + 1
    return following


def _receive(channel: Any, process: Any) -> tuple[str, Any]:
    while True:
        try:
            return tuple(channel.get(timeout=_POLL_SECONDS))
        except queue.Empty:
            if not process.is_alive():
                with contextlib.suppress(queue.Empty):
                    return tuple(channel.get(timeout=_POLL_SECONDS))
                raise RuntimeError(
                    f"the demo's row builder process stopped (exit code {process.exitcode})"
                ) from None


def _build_into(plan: BuildPlan, channel: Any) -> None:
    """The builder process: every batch into ``channel``, then "done" (or the error).

    It stops as soon as it finds the writer gone. A writer killed outright (the machine's
    task manager, a crash) runs no clean-up, and a builder waiting to hand over its next batch
    would otherwise wait for ever, holding a few batches of patients' rows in memory.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the writer's to handle
    writer = multiprocessing.parent_process()
    try:
        with gc_hold.bulk() as collector:
            for built in batches(plan):
                if not _hand_over(channel, ("batch", built), writer):
                    return
                collector.batch_done()
        _hand_over(channel, ("done", None), writer)
    except Exception as error:
        _hand_over(channel, ("error", _sendable(error)), writer)


def _hand_over(channel: Any, item: tuple[str, Any], writer: Any) -> bool:
    """Put ``item`` on the queue once it has room; False (and nothing put) if the writer
    process has gone meanwhile."""
    while True:
        try:
            channel.put(item, timeout=_POLL_SECONDS)
            return True
        except queue.Full:
            if writer is not None and not writer.is_alive():
                channel.cancel_join_thread()  # nobody will read what is still in the pipe
                return False


def _sendable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"demo row builder: {type(error).__name__}: {error}")
    return error


__all__ = ["Batch", "BuildPlan", "Built", "TableRows", "batches", "built_batches", "shifted"]
