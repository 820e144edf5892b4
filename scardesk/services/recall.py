"""The recall report: every patient and session that used one lot, with contact details.

Indexed queries (a lot's uses in time order off one index on ``toxin_entries``, then the
patients by primary key) answer it however large the clinic grows, and the rows come out in
batches, a first screenful first, so a screen can show them as they arrive and an export can
write them without holding them all (:mod:`scardesk.services.recall_export`). Producing the
list is audited, because it gathers contact details of many patients at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Select, func, select

from scardesk.db.engine import Database
from scardesk.db.models import (
    Lot,
    Patient,
    Product,
    ToxinEntry,
    User,
)
from scardesk.db.plan_settings import set_local
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.products import (
    RECALL_FIRST_ROWS,
    RecallReport,
    RecallRow,
    validate_lot_number,
)
from scardesk.domain.time import MUSCAT
from scardesk.domain.validation import format_phone_display
from scardesk.services.access import check

if TYPE_CHECKING:
    from scardesk.services.recall_export import RecallExport

#: Rows fetched from the database at a time, and handed on after the first screenful.
_BATCH = 2_000
#: The first batch handed to ``on_rows``: about one screen of the recall table.
FIRST_ROWS = RECALL_FIRST_ROWS
#: Muscat keeps one offset all year, and the moments read back are UTC (``UTCDateTime``): the
#: Muscat day is the date of moment + offset, a fifth of the cost of ``astimezone`` per row.
_MUSCAT_OFFSET = MUSCAT.utcoffset(None)


def _phone(stored: str | None) -> str:
    if not stored:
        return ""
    try:
        return format_phone_display(stored)
    except ValidationError:
        return stored


def recall_query(lot_id: int) -> Select:
    """The report as the one statement the app runs (``_report_query``); the benchmark times
    it bare as its baseline, so the comparison with the app is a comparison of the app's own
    work (rows, phones, practitioners' names, the audit note) on top of the same reads."""
    return _report_query(lot_id)


def _uses_query(lot_id: int) -> Select:
    """The lot's uses in report order, without the patients' details.

    Each toxin entry carries its session's time, id, patient, practitioner and void (revisions
    0013 and 0014, kept equal by ``session_store.copied_from_session``), and the index on
    (lot, time, session, units, patient, practitioner, void) holds them in report order: the
    rows come off the index as they are needed, with no sort of all the lot's uses first and
    no read of their sessions (those reads were half the busiest lot's time on PostgreSQL at
    a million patients, issue #16).
    """
    return (
        select(
            ToxinEntry.session_id,
            ToxinEntry.performed_at,
            ToxinEntry.patient_id,
            ToxinEntry.practitioner_id,
            ToxinEntry.total_units,
        )
        .where(ToxinEntry.lot_id == lot_id, ToxinEntry.session_voided_at.is_(None))
        .order_by(ToxinEntry.performed_at, ToxinEntry.session_id)
    )


def count_uses(connection: Connection, lot_id: int) -> int:
    """How many rows the report has (exports need it up front for "page x of y" and progress)."""
    counted = _uses_query(lot_id).order_by(None).with_only_columns(func.count())
    return int(connection.execute(counted).scalar_one())


def _report_query(lot_id: int) -> Select:
    """The lot's uses in report order with each patient's details, in one statement.

    Walking the index gives the order without a sort, so the patients are joined in the walk
    by primary key: at a million patients that read the busiest lot's 54,307 uses in 0.65-0.8 s
    on SQLite and 1.1 s on PostgreSQL, against 0.8-0.86 s and 1.6 s when each batch's patients
    were read afterwards with one ``IN`` query per batch (issue #16).
    """
    return (
        _uses_query(lot_id)
        .join(Patient, Patient.id == ToxinEntry.patient_id)
        .add_columns(Patient.name_latin, Patient.name_arabic, Patient.phone, Patient.civil_number)
    )


def recall_batches(connection: Connection, lot_id: int) -> Iterator[tuple[RecallRow, ...]]:
    """The report's rows in order: ``FIRST_ROWS`` rows, then ``_BATCH`` at a time.

    Built with plain tuples and local names: the busiest lot of a 1M clinic has ~54,000 uses,
    and a microsecond per row is 54 ms (issue #16).
    """
    practitioners = {
        uid: name for uid, name in connection.execute(select(User.id, User.display_name))
    }
    steer_the_read(connection)
    uses = connection.execute(_report_query(lot_id).execution_options(yield_per=_BATCH))
    make, phone, offset = RecallRow, _phone, _MUSCAT_OFFSET
    size = FIRST_ROWS
    with uses:  # closed even when the caller stops early
        while chunk := uses.fetchmany(size):
            size = _BATCH
            yield tuple(
                make(
                    sid,
                    pid,
                    latin,
                    arabic,
                    phone(stored),
                    civil or "",
                    at,
                    (at + offset).date(),
                    units,
                    practitioners.get(practitioner_id, ""),
                )
                for sid, at, pid, practitioner_id, units, latin, arabic, stored, civil in chunk
            )


def steer_the_read(connection: Connection) -> None:
    """No JIT compilation, and moments read in UTC, for the rest of this transaction
    (PostgreSQL; ``SET LOCAL``).

    The report streams through a cursor, which PostgreSQL plans for its first rows: a walk of
    the lot's index with a primary-key read per use, costed above ``jit_above_cost`` for the
    busiest lots. Compiling it took 16-28 ms before the first row at 1,000,000 patients
    (first screenful 20.5 ms at the median, 7.2 ms without), and compiled expressions save
    nothing on a walk of index reads. Costing the whole fetch instead
    (``cursor_tuple_fraction = 1``) was measured and dropped: the planner then hashed all
    2,100,000 sessions and sorted on disk, 2.1-2.9 s against 1.5-1.7 s, and the first rows
    waited for the sort (issue #16).

    With the connection's ``TimeZone`` UTC, psycopg hands back each session's time already
    in UTC, and ``UTCDateTime`` passes it on as it is instead of converting it from the
    server's zone: about 0.1 s of the busiest lot's 54,307 rows. The statement itself has no
    time-zone arithmetic, so its rows are the same in any zone.
    """
    if connection.dialect.name == "postgresql":
        set_local(connection.exec_driver_sql, jit="off", TimeZone="UTC")


def recall_rows(connection: Connection, lot_id: int) -> Iterator[RecallRow]:
    """The report's rows one by one, in order."""
    for batch in recall_batches(connection, lot_id):
        yield from batch


def recall_report(
    database: Database,
    actor: Actor,
    lot_id: int,
    on_rows: Callable[[tuple[RecallRow, ...]], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> RecallReport:
    """Everyone who received ``lot_id`` in a session that stands (voided ones are left out).

    ``on_rows``, when given, is handed the rows in order as they are read — a first screenful
    of ``FIRST_ROWS``, then batches — so a screen running this in the background can show
    them before the whole report is built (the session stays inside this call). ``stop``
    is asked after each batch: when it says yes (a newer search replaced this one) reading
    ends there and the report says it is not ``complete``.
    """
    check(database, actor, Permission.MANAGE_PRODUCTS)
    with UnitOfWork(database, actor, "recall.report") as uow:
        lot = uow.session.get(Lot, lot_id)
        if lot is None:
            raise NotFoundError(Message("not_found.lot", {"id": lot_id}))
        product = uow.session.get(Product, lot.product_id)
        assert product is not None
        collected: list[RecallRow] = []
        complete = True
        for batch in recall_batches(uow.session.connection(), lot_id):
            collected.extend(batch)
            if on_rows is not None:
                on_rows(batch)
            if stop is not None and stop():
                complete = False
                break
        rows = tuple(collected)
        # A stopped read still showed its rows on screen: it is audited all the same.
        uow.note("lots", lot_id, after={"rows": len(rows), "complete": complete})
        return RecallReport(
            product_label=f"{product.brand} ({product.nonproprietary_name})",
            lot_number=lot.lot_number,
            expiry_date=lot.expiry_date,
            rows=rows,
            complete=complete,
        )


def lot_id_for(database: Database, actor: Actor, lot_number: str) -> int:
    """The one lot printed with ``lot_number`` (as a recall notice gives it), by any product."""
    check(database, actor, Permission.MANAGE_PRODUCTS)
    number = validate_lot_number(lot_number)
    with database.sessions() as session:
        found = session.execute(
            select(Lot.id, Product.brand)
            .join(Product, Product.id == Lot.product_id)
            .where(Lot.lot_number == number)
            .order_by(Lot.id)
        ).all()
    if not found:
        raise NotFoundError(Message("not_found.lot_number", {"lot": number}))
    if len(found) > 1:
        brands = ", ".join(brand for _, brand in found)
        raise ValidationError(
            {"lot_number": Message("recall.lot_ambiguous", {"lot": number, "brands": brands})}
        )
    return int(found[0][0])


class RecallService:
    """The same functions bound to one database, for the service container."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def report(
        self,
        actor: Actor,
        lot_id: int,
        on_rows: Callable[[tuple[RecallRow, ...]], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> RecallReport:
        return recall_report(self._db, actor, lot_id, on_rows, stop)

    def lot_id_for(self, actor: Actor, lot_number: str) -> int:
        return lot_id_for(self._db, actor, lot_number)

    def export(
        self,
        actor: Actor,
        lot_id: int,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> RecallExport:
        from scardesk.services.recall_export import export_recall  # it imports this module

        return export_recall(self._db, actor, lot_id, path, progress=progress, stop=stop)
