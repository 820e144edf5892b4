"""A synthetic Omani clinic for demonstrations, training and load tests.

Volume is the point (100,000 patients with their sessions in well under a minute), so the rows
are written with SQLAlchemy Core bulk inserts, in batches of ``BATCH_PATIENTS`` patients with
every child row, one transaction and one audit event per batch. Ids are assigned here (current
maximum + 1) so children can point at parents without a round trip per row. A handful of users,
products and lots go through the ordinary services/ORM, so they are audited row by row.

Every screen has something to show: plans with sessions that follow them (so the due list and
"2 of 4, next due" are believable), done appointments carrying their sessions, patients who
arrived today and await theirs, a few recent sessions awaiting a signature, and synthetic
photos at two assessments for the first patients.

Demo data is only ever written into an empty or demo database: a single real patient and the
whole run is refused before anything is written. Nothing here logs a name or a phone number.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, func, select, text

from scardesk import gc_hold
from scardesk.db import due_index
from scardesk.db.audit import lock_chain
from scardesk.db.audit_rows import highest_keys
from scardesk.db.batch_digest import BatchDigests
from scardesk.db.engine import Database
from scardesk.db.models import CLINIC_SETTINGS_ID, ClinicSettings, Lot, Patient, Product, User
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.demo import pools as pool
from scardesk.demo.bulk import build_settings, insert_rows
from scardesk.demo.pipeline import Batch, BuildPlan, built_batches, shifted
from scardesk.demo.rows import BATCH_TABLES, Catalog, Staff
from scardesk.domain.codecs import encode_rule_parameters
from scardesk.domain.enums import Role
from scardesk.domain.errors import StorageRefusedError, ValidationError
from scardesk.domain.safety import GateParameters
from scardesk.domain.time import MUSCAT, utc_now
from scardesk.services.accounts import AccountService
from scardesk.services.users import UserService

BATCH_PATIENTS = 5_000
MAX_PATIENTS = 2_000_000
PRACTITIONERS_PER_1000 = 2
MIN_PRACTITIONERS, MAX_PRACTITIONERS = 2, 12
REFUSAL = (
    "this database holds real patients; demo data is only written into an empty or demo database"
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoUser:
    """A demo account and its printed password (demo passwords are not secrets)."""

    username: str
    password: str
    role: str
    display_name: str


@dataclass(frozen=True)
class DemoSummary:
    users: list[DemoUser]
    counts: dict[str, int]  # rows written per table by this run
    seconds: float


def practitioner_count(patients: int) -> int:
    """About two practitioners per thousand patients, at least 2 and at most 12."""
    wanted = round(patients * PRACTITIONERS_PER_1000 / 1000)
    return max(MIN_PRACTITIONERS, min(MAX_PRACTITIONERS, wanted))


def generate_demo(
    database: Database,
    patients: int,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    batch_patients: int = BATCH_PATIENTS,
    separate: bool | None = None,
) -> DemoSummary:
    """Add ``patients`` demo patients (and demo staff, products, lots, clinic details if missing).

    Deterministic for a ``seed`` on the same starting database and the same ``now`` (which
    defaults to the current time; tests pass a fixed one), whichever process builds the rows:
    ``separate`` (default: when there is more than one batch and more than one CPU) builds
    them in a second process beside the writer (``pipeline``). Raises StorageRefusedError, having
    written nothing, when the database holds any patient not flagged as demo.
    """
    started = time.perf_counter()
    if not 0 <= patients <= MAX_PATIENTS:
        raise ValidationError({"patients": f"{patients} patients: expected 0 to {MAX_PATIENTS:,}"})
    moment = now or utc_now()
    if moment.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    with database.sessions() as session:
        checked = _refuse_real_patients(session.connection(), 0)
    users, staff = _ensure_users(database, practitioner_count(patients))
    counts: Counter[str] = Counter()
    catalog = _ensure_catalog(database, moment, counts)
    counts["users"] += staff.created
    with database.sessions() as session:
        expected = _next_ids(session.connection())
    plan = BuildPlan(
        seed=seed,
        staff=staff,
        catalog=catalog,
        now=moment,
        patients=patients,
        batch_patients=batch_patients,
        first_ids=expected,
        driver_values=database.kind == "sqlite",
    )
    done = 0
    digests = BatchDigests()
    with (
        build_settings(database),
        closing(built_batches(plan, separate=separate)) as source,
        gc_hold.bulk() as collector,
    ):
        for built in source:
            with UnitOfWork(database, SYSTEM, "demo.generate") as uow:
                connection = uow.session.connection()
                lock_chain(connection)  # PostgreSQL: queue other writers while ids are chosen
                checked = _refuse_real_patients(connection, checked)
                first_ids = _next_ids(connection)
                rows = built.rows
                if first_ids != built.first_ids:  # another workstation wrote since it was built
                    rows = shifted(rows, built.first_ids, first_ids)
                written = [table.name for table in BATCH_TABLES if table.name in rows]
                before = highest_keys(connection, written)
                for table in BATCH_TABLES:
                    if table.name in rows:
                        insert_rows(connection, table, rows[table.name])
                        counts[table.name] += len(rows[table.name].values)
                _advance_sequences(connection, rows)
                first = first_ids["patients"]
                # Bulk rows pass no unit-of-work refresh: the batch's patients are computed here.
                due_index.refresh_range(connection, first, first + built.patients - 1)
                # Bulk rows get no event each: the batch event's digest per table lets `db check`
                # prove later that none of them was edited, added or removed behind ScarDesk.
                after = highest_keys(connection, written)
                spans = {name: (before[name] + 1, after[name]) for name in written}
                uow.note(
                    "patients",
                    None,
                    after={
                        "first_id": first,
                        "last_id": first + built.patients - 1,
                        "count": built.patients,
                        "tables": digests.of(connection, spans),
                    },
                )
            done += built.patients
            del built, rows  # written: freed now, not when the next batch has arrived
            collector.batch_done()
            if progress is not None:
                progress(done, patients)
    return DemoSummary(users=users, counts=dict(counts), seconds=time.perf_counter() - started)


def _refuse_real_patients(connection: Connection, checked: int) -> int:
    """Refuse if a patient above id ``checked`` is real; returns the highest id now checked.

    Patients are never deleted and a new one takes an id above every existing one, so a real
    patient added by another workstation since the last check has an id above ``checked``:
    each batch reads only the rows added since, not the whole table again.
    """
    newer = Patient.id > checked
    real = connection.scalar(select(Patient.id).where(newer, Patient.is_demo.is_(False)).limit(1))
    if real is not None:
        raise StorageRefusedError(REFUSAL)
    return int(connection.scalar(select(func.coalesce(func.max(Patient.id), 0))) or 0)


def _wanted_staff(practitioners: int) -> list[tuple[str, str, Role, str, str]]:
    wanted = [
        (
            f"demo.practitioner{n}",
            f"demo-Practitioner-{n}",
            Role.PRACTITIONER,
            pool.PRACTITIONER_NAMES[(n - 1) % len(pool.PRACTITIONER_NAMES)],
            f"OMSB-DEMO-{n:04d}",
        )
        for n in range(1, practitioners + 1)
    ]
    wanted += [(u, p, Role.FRONT_DESK, d, "") for u, p, d in pool.STAFF_FRONT_DESK]
    username, password, display = pool.STAFF_ADMIN
    wanted.append((username, password, Role.ADMIN, display, ""))
    return wanted


def _ensure_users(database: Database, practitioners: int) -> tuple[list[DemoUser], Staff]:
    """Create the demo accounts that are missing (argon2 hashing: ~0.1 s each, a few only)."""
    wanted = _wanted_staff(practitioners)
    names = [row[0] for row in wanted]
    with database.sessions() as session:
        existing = set(session.scalars(select(User.username).where(User.username.in_(names))))
    service = UserService(database)
    accounts = AccountService(database)
    created = 0
    for username, password, role, display, licence in wanted:
        if username not in existing:
            service.add_user(SYSTEM, username, display, role, password, licence, is_demo=True)
            created += 1
            # Arabic readers see staff names in Arabic; a practitioner's is also printed in
            # the Arabic column of every sheet.
            if role is Role.PRACTITIONER:
                arabic = pool.arabic_practitioner_name(display)
            else:
                arabic = pool.STAFF_ARABIC[username]
            accounts.set_printed_names(SYSTEM, username, display, arabic, licence)
    with database.sessions() as session:
        query = select(User.username, User.id).where(User.username.in_(names))
        ids = {username: user_id for username, user_id in session.execute(query)}
    staff = Staff(
        practitioners=[ids[row[0]] for row in wanted if row[2] is Role.PRACTITIONER],
        front_desk=[ids[row[0]] for row in wanted if row[2] is Role.FRONT_DESK],
        created=created,
    )
    users = [DemoUser(row[0], row[1], row[2].value, row[3]) for row in wanted]
    return users, staff


def _ensure_catalog(database: Database, now: datetime, counts: Counter[str]) -> Catalog:
    """Products, their lots and the clinic's details, created once and reused by later runs.

    Lot numbers do not depend on the date, so a later run finds the same lots; their expiry
    dates were set relative to the first run (two expired, one expiring within 30 days).
    """
    today = now.astimezone(MUSCAT).date()
    with UnitOfWork(database, SYSTEM, "demo.catalog") as uow:
        session = uow.session
        products: list[Product] = []
        for index, spec in enumerate(pool.TOXIN_PRODUCTS + pool.OTHER_PRODUCTS):
            brand, name, modality, unit_kind, vial_units, window, price = spec
            row = session.scalar(
                select(Product).where(Product.brand == brand, Product.nonproprietary_name == name)
            )
            if row is None:
                row = Product(
                    brand=brand,
                    nonproprietary_name=name,
                    modality=modality,
                    unit_kind=unit_kind,
                    vial_units=vial_units,
                    reconstitution_window_hours=window,
                    price_baisa=price,
                    active=True,
                )
                session.add(row)
                session.flush()
                counts["products"] += 1
                for k, offset in enumerate(pool.LOT_EXPIRY_OFFSETS):
                    expiry = today + timedelta(days=offset)
                    received = expiry - timedelta(days=pool.LOT_SHELF_LIFE_DAYS)
                    session.add(
                        Lot(
                            product_id=row.id,
                            lot_number=f"DEMO-{index + 1:02d}{k + 1:02d}-{brand[:3].upper()}",
                            expiry_date=expiry,
                            quantity_received=40,
                            quantity_in_stock=4 + 6 * k,
                            received_at=datetime(
                                received.year, received.month, received.day, 6, tzinfo=UTC
                            ),
                        )
                    )
                    counts["lots"] += 1
            products.append(row)
        if session.get(ClinicSettings, CLINIC_SETTINGS_ID) is None:
            session.add(
                ClinicSettings(
                    id=CLINIC_SETTINGS_ID,
                    name=pool.CLINIC_NAME,
                    name_arabic=pool.CLINIC_NAME_ARABIC,
                    address=pool.CLINIC_ADDRESS,
                    address_arabic=pool.CLINIC_ADDRESS_ARABIC,
                    phone=pool.CLINIC_PHONE,
                    rule_parameters=encode_rule_parameters(GateParameters()),
                )
            )
            counts["clinic_settings"] += 1
        session.flush()
        lots: dict[int, list[tuple[int, date, date]]] = {}
        for lot in session.scalars(select(Lot).order_by(Lot.id)):
            lots.setdefault(lot.product_id, []).append(
                (lot.id, lot.received_at.astimezone(MUSCAT).date(), lot.expiry_date)
            )
        catalog = Catalog.from_products(
            [(p.id, p.brand, p.modality, p.vial_units) for p in products], lots, today
        )
    return catalog


def _sequence(connection: Connection, table: str) -> str | None:
    return connection.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})


def _next_ids(connection: Connection) -> dict[str, int]:
    """First free id per table. On PostgreSQL the sequence may be ahead of the rows (ids taken
    by transactions not yet committed), so the larger of the two is used."""
    first: dict[str, int] = {}
    postgres = connection.dialect.name == "postgresql"
    for table in BATCH_TABLES:
        if "id" not in table.c:
            continue
        highest = connection.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
        if postgres:
            sequence = _sequence(connection, table.name)
            if sequence:
                last, called = connection.execute(
                    text(f"SELECT last_value, is_called FROM {sequence}")
                ).one()
                highest = max(highest, last if called else last - 1)
        first[table.name] = int(highest) + 1
    return first


def _advance_sequences(connection: Connection, rows: Batch) -> None:
    """Explicit ids do not move PostgreSQL sequences: move them past the ids just written, so
    the next ordinary insert does not collide."""
    if connection.dialect.name != "postgresql":
        return
    for table in BATCH_TABLES:
        written = rows.get(table.name)
        sequence = _sequence(connection, table.name) if written and "id" in table.c else None
        if written and sequence:
            column = written.keys.index("id")
            highest = max(row[column] for row in written.values)
            connection.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": highest})


__all__ = ["BATCH_PATIENTS", "DemoSummary", "DemoUser", "generate_demo"]
