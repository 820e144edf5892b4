"""Front-desk benchmark: search-as-you-type, opening a patient, and the Today list.

Every figure is a median/p95 printed beside a baseline measured in the same run (the bare SQL
query on the same database), because the machines are shared and noisy; nothing is asserted.

    .venv/bin/python benchmarks/bench_front_desk.py --patients 100000
    .venv/bin/python benchmarks/bench_front_desk.py --database /tmp/clinic.sqlite3  # reuse one
    .venv/bin/python benchmarks/bench_front_desk.py \
        --database-url postgresql+psycopg://postgres@127.0.0.1:55432/scardesk_1m

On PostgreSQL (``--database-url``, e.g. a clinic loaded by ``benchmarks/load_postgres.py``) the
bare SQL runs on the same server through the same driver: the GIN full-text index for names,
and for numbers the ranges compared under the "C" collation their indexes are built with.

Without ``--database`` a temporary SQLite file is filled with ``generate_demo``. An existing
file is upgraded on opening (so revision 0003 builds its search index from the stored rows,
which is timed too). Search is measured by typing real demo names letter by letter (Latin and
Arabic), phones (several spellings, digit by digit), civil numbers and dates of birth, as a
front-desk user of the demo (each search checks that user's permission in the database, so the
bare SQL reads the user's row too); ``--as-system`` searches as SYSTEM, without the check.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import Appointment, Patient, User
from scardesk.db.unit_of_work import SYSTEM, Actor
from scardesk.demo import generate_demo
from scardesk.domain.enums import Role
from scardesk.domain.patient_search import QueryKind, parse_query
from scardesk.domain.time import MUSCAT
from scardesk.services.appointments import AppointmentService
from scardesk.services.patient_header import PatientHeaderService
from scardesk.services.search import PatientSearchService

PAGE = 50
FILE_NUMBERS = 100
BARE_NAME = (
    "SELECT p.id, p.version, p.name_latin, p.name_arabic, p.date_of_birth, p.sex, p.phone, "
    "p.civil_number, p.archived_at, p.merged_into_id "
    "FROM patient_search s JOIN patients p ON p.id = s.rowid "
    "WHERE patient_search MATCH ? AND p.archived_at IS NULL ORDER BY s.rowid DESC LIMIT ?"
)
BARE_NAME_POSTGRES = (
    "SELECT p.id, p.version, p.name_latin, p.name_arabic, p.date_of_birth, p.sex, p.phone, "
    "p.civil_number, p.archived_at, p.merged_into_id FROM patients p "
    "WHERE to_tsvector('simple', p.search_text) @@ to_tsquery('simple', ?) "
    "AND p.archived_at IS NULL ORDER BY p.id DESC LIMIT ?"
)


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(what: str, service: list[float], bare: list[float] | None = None) -> None:
    p50, p95 = summary(service)
    line = f"  {what:<40} n={len(service):>4}  p50 {p50:7.2f} ms  p95 {p95:7.2f} ms"
    if bare:
        b50, b95 = summary(bare)
        line += f"   bare p50 {b50:6.2f} p95 {b95:6.2f}"
        line += f"  ratio p50 {p50 / b50:4.1f}× p95 {p95 / b95:4.1f}×"
    print(line, flush=True)


def typing(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1) if text[:end].strip()]


_PAGE_COLUMNS = (
    "p.id, p.version, p.name_latin, p.name_arabic, p.date_of_birth, p.sex, p.phone, "
    "p.civil_number, p.archived_at, p.merged_into_id"
)
BARE_LAST_VISIT = (
    "SELECT patient_id, max(performed_at) FROM treatment_sessions "
    "WHERE patient_id IN ({ids}) AND voided_at IS NULL GROUP BY patient_id"
)
BARE_NEXT_BOOKING = (
    "SELECT patient_id, min(starts_at) FROM appointments "
    "WHERE patient_id IN ({ids}) AND status = 'booked' AND starts_at >= ? GROUP BY patient_id"
)


BARE_STANDING = (
    "SELECT role, active, clinical_lead, privacy_officer, must_change_password "
    "FROM users WHERE id = ?"
)


def raw_sql(database: Database, sql: str) -> str:
    """``sql`` written with ``?`` marks, in the raw driver's own parameter style."""
    return sql if database.kind == "sqlite" else sql.replace("?", "%s")


def moment(database: Database, when: datetime) -> Any:
    """A UTC moment as the raw driver takes it: SQLite stores naive UTC text."""
    if database.kind == "sqlite":
        return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return when


def _with_page_extras(
    database: Database, raw: Any, sql: str, args: tuple[Any, ...], user_id: int | None
) -> Callable[[], Any]:
    """The signed-in user's row (the permission check reads it on every search, unless the
    search runs as SYSTEM), the page query, then last visit and next booking for the rows
    shown: what a page costs in plain SQL, so the ratio compares like with like (issue #16)."""
    now = moment(database, datetime.now(UTC))
    sql = raw_sql(database, sql)
    standing = raw_sql(database, BARE_STANDING)

    def run() -> Any:
        cursor = raw.cursor()
        if user_id is not None:
            cursor.execute(standing, (user_id,))
            cursor.fetchall()
        cursor.execute(sql, args)
        rows = cursor.fetchall()
        ids = [row[0] for row in rows[:PAGE]]
        if ids:
            marks = ",".join("?" * len(ids))
            cursor.execute(raw_sql(database, BARE_LAST_VISIT.format(ids=marks)), ids)
            cursor.fetchall()
            cursor.execute(raw_sql(database, BARE_NEXT_BOOKING.format(ids=marks)), (*ids, now))
            cursor.fetchall()
        return rows

    return run


def bare_query(database: Database, query: str, user_id: int | None) -> Callable[[], Any]:
    """The same lookup as the service as plain SQL on one raw connection: the user's row for
    the permission check, the page query (the straightforward form, sorting its matches) and
    the two per-page queries."""
    parsed = parse_query(query)
    raw = database.engine.raw_connection()
    postgres = database.kind == "postgresql"
    if parsed.matches_nothing:
        return lambda: None
    if parsed.kind is QueryKind.NAME:
        if postgres:
            match = " & ".join(f"'{t}':*" for t in parsed.tokens)
            return _with_page_extras(database, raw, BARE_NAME_POSTGRES, (match, PAGE + 1), user_id)
        match = " AND ".join(f'"{t}"*' for t in parsed.tokens)
        return _with_page_extras(database, raw, BARE_NAME, (match, PAGE + 1), user_id)
    if parsed.kind is QueryKind.DATE:
        sql = (
            f"SELECT {_PAGE_COLUMNS} FROM patients p WHERE date_of_birth = ? "
            "AND archived_at IS NULL ORDER BY id + 0 DESC LIMIT ?"
        )
        born = parsed.birth_date if postgres else str(parsed.birth_date)
        return _with_page_extras(database, raw, sql, (born, PAGE + 1), user_id)
    if parsed.kind is QueryKind.FILE:
        sql = f"SELECT {_PAGE_COLUMNS} FROM patients p WHERE id = ? LIMIT ?"
        return _with_page_extras(database, raw, sql, (parsed.file_number, PAGE + 1), user_id)
    prefixes = [*parsed.phone_prefixes] + ([parsed.civil_prefix] if parsed.civil_prefix else [])
    # PostgreSQL: the ranges compared as the number indexes are built, in the "C" collation.
    collate = ' COLLATE "C"' if postgres else ""
    where = " OR ".join(
        f"({col}{collate} >= ? AND {col}{collate} < ?)"
        for col in ["phone"] * len(parsed.phone_prefixes)
        + ["civil_number"] * bool(parsed.civil_prefix)
    )
    args: list[Any] = []
    for prefix in prefixes:
        args += [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)]
    sql = (
        f"SELECT {_PAGE_COLUMNS} FROM patients p WHERE ({where}) AND archived_at IS NULL "
        "ORDER BY id + 0 DESC LIMIT ?"
    )
    return _with_page_extras(database, raw, sql, (*args, PAGE + 1), user_id)


def searcher(database: Database, as_system: bool) -> Actor:
    """Who types: a front-desk user of the demo (the role that searches all day, and whose
    every search reads the user's row for the permission check), or SYSTEM, which skips it."""
    if as_system:
        return SYSTEM
    with database.sessions() as session:
        user_id = session.scalar(
            select(User.id)
            .where(User.role == Role.FRONT_DESK.value, User.active.is_(True))
            .order_by(User.id)
            .limit(1)
        )
    if user_id is None:
        raise SystemExit("no active front-desk user in this database: pass --as-system")
    return Actor(user_id=user_id, role=Role.FRONT_DESK)


def measure_search(database: Database, queries: dict[str, list[str]], actor: Actor) -> int:
    """Each keystroke through the service and as bare SQL, interleaved. Keystrokes the parser
    answers without the database (e.g. fewer than four digits of a phone) are timed apart:
    their "bare SQL" is nothing, so a ratio would mean nothing."""
    search = PatientSearchService(database)
    # The app compiles every search statement on a background thread at start (app._warm_up):
    # done here too, and timed, so the first keystroke of each kind is measured as a user meets
    # it, and the one-off cost is shown where it is paid.
    report("search: warm-up at start (once, all shapes)", [timed(search.warm_up)])
    everything: list[float] = []
    everything_bare: list[float] = []
    no_query: list[float] = []
    for label, typed in queries.items():
        service_ms, bare_ms = [], []
        for query in typed:
            if parse_query(query).matches_nothing:
                no_query.append(timed(lambda q=query: search.search(actor, q, limit=PAGE)))
                continue
            bare = bare_query(database, query, actor.user_id)
            bare()  # warm the same pages for both
            # Interleaved, alternating which goes first, so load spikes hit both alike.
            for turn in range(2):
                if turn:
                    bare_ms.append(timed(bare))
                service_ms.append(timed(lambda q=query: search.search(actor, q, limit=PAGE)))
                if not turn:
                    bare_ms.append(timed(bare))
        everything += service_ms
        everything_bare += bare_ms
        report(f"search: {label}", service_ms, bare_ms)
    report("search: ALL keystrokes reaching the db", everything, everything_bare)
    report("search: keystrokes matching nothing yet", no_query)
    return len(everything) + len(no_query)


def report_memory(searches: int, generated: bool) -> None:
    """Peak resident memory of this process (the issue's budget: 300 MB with 1,000 searches)."""
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    note = " (includes generating the demo: pass --database for the app's own figure)"
    print(
        f"memory: {searches:,} searches run, peak RSS {peak_mb:.0f} MB, budget 300 MB"
        + (note if generated else "")
    )


def sample_queries(database: Database, rng: random.Random) -> dict[str, list[str]]:
    with database.sessions() as session:
        top = session.scalar(select(func.max(Patient.id))) or 1
        picks = []
        while len(picks) < 8:
            row = session.get(Patient, rng.randint(1, top))
            if row is not None and row.phone and row.civil_number and row.name_arabic:
                picks.append(row)
    queries: dict[str, list[str]] = {
        "Latin name typed": [],
        "Arabic name typed": [],
        "short queries (1-2 characters)": [],
        "phone 8 digits (with/without space)": [],
        "phone +968 / 00968": [],
        "phone 968... (no + or 00)": [],
        "phone dashes / Arabic-Indic digits": [],
        "civil number typed": [],
        "date of birth": [],
        "file number #id": [],
    }
    arabic_indic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    for row in picks:
        latin = row.name_latin.split()
        queries["Latin name typed"] += typing(f"{latin[0]} {latin[-1]}")
        queries["Latin name typed"] += typing(f"{latin[-1].lower()} {latin[0][:3].lower()}")
        arabic = row.name_arabic.split()
        queries["Arabic name typed"] += typing(f"{arabic[0]} {arabic[-1]}")
        queries["short queries (1-2 characters)"] += [
            latin[0][:1],
            latin[0][:2].lower(),
            arabic[0][:1],
            arabic[0][:2],
            row.phone[4:5],
            row.phone[4:6],
        ]
        national = row.phone[4:]
        queries["phone 8 digits (with/without space)"] += typing(national)
        queries["phone 8 digits (with/without space)"] += typing(f"{national[:4]} {national[4:]}")
        queries["phone +968 / 00968"] += typing(f"+968 {national}") + typing(f"00968{national}")
        queries["phone 968... (no + or 00)"] += typing(f"968{national}")
        queries["phone 968... (no + or 00)"] += typing(f"968 {national[:4]} {national[4:]}")
        dashed = f"968-{national[:4]}-{national[4:]}"
        queries["phone dashes / Arabic-Indic digits"] += typing(dashed)
        queries["phone dashes / Arabic-Indic digits"] += typing(national.translate(arabic_indic))
        queries["civil number typed"] += typing(row.civil_number)
        dob = row.date_of_birth
        queries["date of birth"] += [
            dob.isoformat(),
            f"{dob.day}/{dob.month}/{dob.year}",
            f"{dob:%d.%m.%Y}",
        ]
        queries["file number #id"] += [f"#{row.id}"]
    # One file number per pick gave 16 timings, whose p95 is their maximum: one scheduler
    # hiccup. More patients are looked up by file number (the same kind of query) instead.
    with database.sessions() as session:
        while len(queries["file number #id"]) < FILE_NUMBERS:
            found = session.get(Patient, rng.randint(1, top))
            if found is not None:
                queries["file number #id"].append(f"#{found.id}")
    return queries


def measure_open(database: Database, rng: random.Random) -> None:
    header = PatientHeaderService(database)
    with database.sessions() as session:
        top = session.scalar(select(func.max(Patient.id))) or 1
    ids = [rng.randint(1, top) for _ in range(60)]
    service_ms = [timed(lambda i=i: header.open(SYSTEM, i)) for i in ids]
    raw = database.engine.raw_connection()
    sql = raw_sql(database, "SELECT * FROM patients WHERE id = ?")

    def bare(patient_id: int) -> Any:
        cursor = raw.cursor()
        cursor.execute(sql, (patient_id,))
        return cursor.fetchall()

    bare_ms = [timed(lambda i=i: bare(i)) for i in ids]
    report("open patient (header + audit write)", service_ms, bare_ms)


def busiest_day(database: Database) -> tuple[date, int]:
    with database.sessions() as session:
        starts = session.scalars(select(Appointment.starts_at)).all()
    days: dict[date, int] = {}
    for when in starts:
        day = when.astimezone(MUSCAT).date()
        days[day] = days.get(day, 0) + 1
    return max(days.items(), key=lambda item: item[1])


def measure_today(database: Database) -> None:
    appointments = AppointmentService(database)
    day, count = busiest_day(database)
    service_ms = [timed(lambda: appointments.day_list(SYSTEM, day)) for _ in range(30)]
    start = datetime(day.year, day.month, day.day, tzinfo=MUSCAT).astimezone(UTC)
    raw = database.engine.raw_connection()
    sql = raw_sql(
        database,
        "SELECT a.*, p.name_latin, p.name_arabic, p.phone, u.display_name FROM appointments a "
        "JOIN patients p ON p.id = a.patient_id JOIN users u ON u.id = a.practitioner_id "
        "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id",
    )
    bounds = (moment(database, start), moment(database, start + timedelta(days=1)))

    def bare() -> Any:
        cursor = raw.cursor()
        cursor.execute(sql, bounds)
        return cursor.fetchall()

    bare_ms = [timed(bare) for _ in range(30)]
    report(f"Today: {day} with {count} appointments", service_ms, bare_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--database", type=Path, help="an existing demo SQLite file to reuse")
    parser.add_argument(
        "--database-url", help="an existing demo clinic on a server, e.g. postgresql+psycopg://…"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--search-only", action="store_true", help="skip open and Today")
    parser.add_argument(
        "--as-system",
        action="store_true",
        help="search as SYSTEM (no permission check) instead of a front-desk user",
    )
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.database or Path(folder.name) / "bench.sqlite3"
    if args.database_url:
        started = time.perf_counter()
        database = open_database(args.database_url)
        print(
            f"opened (and upgraded) {database.describe()} in {time.perf_counter() - started:.1f} s"
        )
    elif args.database is None:
        started = time.perf_counter()
        database = open_database(f"sqlite:///{path}")
        generate_demo(database, args.patients)
        print(f"generated {args.patients:,} demo patients in {time.perf_counter() - started:.0f} s")
    else:
        started = time.perf_counter()
        database = open_database(f"sqlite:///{path}")
        print(f"opened (and upgraded) {path} in {time.perf_counter() - started:.1f} s")
    with database.sessions() as session:
        patients = session.scalar(select(func.count()).select_from(Patient))
    engine = "PostgreSQL" if database.kind == "postgresql" else "SQLite"
    print(f"{engine}, {patients:,} patients; medians and p95 in ms; bare SQL measured alongside")
    rng = random.Random(args.seed)
    actor = searcher(database, args.as_system)
    print(f"searching as {'SYSTEM' if actor.system else f'front-desk user #{actor.user_id}'}")
    searches = measure_search(database, sample_queries(database, rng), actor)
    report_memory(searches, generated=args.database is None and args.database_url is None)
    if args.search_only:
        database.dispose()
        return
    measure_open(database, rng)
    measure_today(database)
    database.dispose()
    folder.cleanup()


if __name__ == "__main__":
    main()
