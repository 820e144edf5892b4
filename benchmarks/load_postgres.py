"""Copy a demo clinic from a SQLite file into a fresh PostgreSQL database, for benchmarks.

    nice -n 10 env PYTHONPATH=. .venv/bin/python benchmarks/load_postgres.py \\
        --sqlite /work/big/clinic.sqlite3 \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:55432/scardesk_1m

Generating a million-patient demo straight into PostgreSQL takes about an hour on a shared
machine; copying the rows of one the app already generated takes minutes. The result is an
ordinary app database, so ``scardesk db upgrade`` can later take it further:

1. the database is created and the app's own migrations build the schema, up to the SQLite
   file's revision (not to head: the rows must fit the columns);
2. rows the migrations seeded (e.g. the audit chain row of revision 0005) are replaced by the
   file's, and the secondary indexes are dropped, to be rebuilt once after the copy (building
   a GIN index in one go is much cheaper than row by row);
3. every table is streamed with ``COPY`` in foreign-key order, a batch at a time (memory stays
   flat), under ``session_replication_role = replica``: the audit log's append-only triggers
   and the foreign-key triggers stay installed but do not fire for this session, which is
   what that setting is for (the file's rows are already consistent, and deleting the seeded
   chain row would otherwise be refused);
4. sequences are moved past the highest ids, the indexes rebuilt, then ``VACUUM (ANALYZE)``
   (statistics for the planner and a visibility map, so index-only scans work as they would
   on a clinic's server after autovacuum);
5. a few rows of every table are read back through the app's models from both databases and
   compared (aware datetimes, booleans, JSON, bytes must round-trip).

The SQLite file is opened read-only (``mode=ro``); nothing in it changes.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import MetaData, Table, create_engine, func, make_url, select

from scardesk.db import schema
from scardesk.db.audit_seal import SEAL_SUFFIX, read_seal, seal_path, write_seal
from scardesk.db.engine import Database, create_database_engine
from scardesk.db.models import Base

BATCH = 20_000
SAMPLES_PER_TABLE = 3

# Indexes that are not behind a constraint: dropped before the copy and rebuilt after it.
_SECONDARY_INDEXES = """
SELECT c.relname, pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
ORDER BY c.relname
"""
# Sequences owned by a column (serial or identity), with that column.
_OWNED_SEQUENCES = """
SELECT s.relname, t.relname, a.attname
FROM pg_class s
JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
     AND d.refclassid = 'pg_class'::regclass
JOIN pg_class t ON t.oid = d.refobjid
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
JOIN pg_namespace n ON n.oid = s.relnamespace
WHERE s.relkind = 'S' AND n.nspname = 'public'
"""


def libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def open_sqlite(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def sqlite_revision(source: sqlite3.Connection) -> str:
    (revision,) = source.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def create_database(url: str, replace: bool) -> None:
    target = make_url(url)
    name = target.database
    assert name, "the URL must name the database to create"
    admin = libpq_url(str(target.set(database="postgres")))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
        if exists and not replace:
            sys.exit(f"database {name} exists: pass --replace to drop and reload it")
        if exists:
            connection.execute(
                sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
            )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def rows_of(source: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple]:
    listed = ", ".join(f'"{column}"' for column in columns)
    cursor = source.execute(f'SELECT {listed} FROM "{table}"')
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def copy_table(
    source: sqlite3.Connection, target: psycopg.Connection, table: Table
) -> tuple[int, float]:
    columns = [column.name for column in table.columns]
    stored = [row[1] for row in source.execute(f'PRAGMA table_info("{table.name}")')]
    if sorted(stored) != sorted(columns):
        raise SystemExit(f"{table.name}: columns differ: sqlite {stored}, postgres {columns}")
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    started = time.perf_counter()
    count = 0
    # Values go as SQLite holds them: 0/1 for booleans (PostgreSQL reads "1"/"0"), naive UTC
    # text for moments (read as UTC: the session's time zone is set below), JSON as its text,
    # blobs as bytes (psycopg escapes them for bytea).
    with target.cursor().copy(statement) as copy:
        for row in rows_of(source, table.name, columns):
            copy.write_row(row)
            count += 1
    target.commit()
    return count, time.perf_counter() - started


def reset_sequences(target: psycopg.Connection) -> None:
    for sequence, table, column in target.execute(_OWNED_SEQUENCES).fetchall():
        target.execute(
            sql.SQL("SELECT setval({}, coalesce(max({}), 0) + 1, false) FROM {}").format(
                sql.Literal(sequence), sql.Identifier(column), sql.Identifier(table)
            )
        )
    target.commit()


def load(args: argparse.Namespace) -> None:
    source = open_sqlite(args.sqlite)
    revision = sqlite_revision(source)
    began = time.perf_counter()
    create_database(args.database_url, args.replace)
    engine = create_database_engine(args.database_url)
    schema.upgrade(engine, revision)
    print(f"schema built by the app's migrations up to {revision}", flush=True)
    reflected = MetaData()
    reflected.reflect(engine)
    tables = [t for t in reflected.sorted_tables if t.name != schema.VERSION_TABLE]
    with psycopg.connect(libpq_url(args.database_url)) as target:
        target.execute("SET session_replication_role = replica")
        target.execute("SET TIME ZONE 'UTC'")
        target.execute("SET synchronous_commit = off")
        target.execute("SET maintenance_work_mem = '512MB'")
        indexes = target.execute(_SECONDARY_INDEXES).fetchall()
        for name, _definition in indexes:
            target.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
        for table in reversed(tables):
            seeded = target.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(table.name)))
            if seeded.rowcount:
                print(f"  {table.name}: {seeded.rowcount} seeded row(s) replaced by the file's")
        target.commit()
        copied = 0
        copy_started = time.perf_counter()
        for table in tables:
            count, seconds = copy_table(source, target, table)
            copied += count
            if count:
                print(f"  {table.name:<24} {count:>10,} rows in {seconds:6.1f} s", flush=True)
        copy_seconds = time.perf_counter() - copy_started
        print(f"copied {copied:,} rows in {copy_seconds:.0f} s", flush=True)
        reset_sequences(target)
        index_started = time.perf_counter()
        for _name, definition in indexes:
            target.execute(definition)
            target.commit()
        print(f"rebuilt {len(indexes)} indexes in {time.perf_counter() - index_started:.0f} s")
        target.autocommit = True
        vacuum_started = time.perf_counter()
        target.execute("VACUUM (ANALYZE)")
        print(f"VACUUM (ANALYZE) in {time.perf_counter() - vacuum_started:.0f} s")
        sized = "SELECT pg_size_pretty(pg_database_size(current_database()))"
        (size,) = target.execute(sized).fetchone() or ("?",)
        print(f"loaded in {time.perf_counter() - began:.0f} s; database size {size}")
    compare_samples(args.sqlite, engine)
    carry_seal(args.sqlite, engine)
    engine.dispose()


def carry_seal(path: Path, engine: Any) -> None:
    """Give the copy the file's seal, where the app looks for a server database's seal.

    The seal anchors the audit chain's head outside the database; without it ``db check``
    reports a removed anchor. The copy holds the same chain (same id, key and events), so the
    file's seal is true of it. Written unconditionally: a seal left by an earlier load of
    this database describes rows that were just dropped.
    """
    seal = read_seal(path.with_name(path.name + SEAL_SUFFIX))
    if seal is None:
        print("the SQLite file has no seal: none carried over")
        return
    target = seal_path(Database(engine=engine, sessions=None), seal.chain_id)  # type: ignore[arg-type]
    write_seal(target, seal)
    print(f"audit seal ({seal.describe()}) copied to {target}")


def compare_samples(path: Path, engine: Any) -> None:
    """Read a few rows of every table through the app's models on both sides and compare."""
    sqlite_engine = create_engine("sqlite://", creator=lambda: open_sqlite(path))
    checked = 0
    with sqlite_engine.connect() as before, engine.connect() as after:
        for table in Base.metadata.sorted_tables:
            key = next(iter(table.primary_key.columns))
            ids = before.execute(select(key).order_by(func.random()).limit(SAMPLES_PER_TABLE))
            for (value,) in ids.all():
                row = select(table).where(key == value)
                old, new = before.execute(row).one(), after.execute(row).one()
                if tuple(old) != tuple(new):
                    raise SystemExit(f"{table.name} row {value} differs after the copy")
                checked += 1
    sqlite_engine.dispose()
    print(f"{checked} sampled rows read back identical through the app's models")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", type=Path, required=True, help="the demo SQLite file")
    parser.add_argument("--database-url", required=True, help="postgresql+psycopg://…/NAME")
    parser.add_argument("--replace", action="store_true", help="drop NAME first if it exists")
    parser.add_argument(
        "--compare-only",
        action="store_true",
        help="no load: only compare sampled rows",
    )
    args = parser.parse_args()
    if args.compare_only:
        engine = create_database_engine(args.database_url)
        # No seal is carried: the app may have added events (and moved the seal) since the load.
        compare_samples(args.sqlite, engine)
        engine.dispose()
        return
    load(args)


if __name__ == "__main__":
    main()
