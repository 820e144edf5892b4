"""Migrated databases made by copying one built per test process, not by migrating each time.

Running every migration into a new database takes 0.1-0.5 s on SQLite and 0.25-2 s on
PostgreSQL (more on a loaded machine), and most tests want a migrated database only to start
from. Each test process therefore migrates one template per backend, once, through the app's
own ``open_database``, and a test's database is a copy of it: a file copy on SQLite,
``CREATE DATABASE … TEMPLATE`` on PostgreSQL. The copy is the test's alone, as before.

A migrated database holds one value of its own, the audit chain's id (migration 0005 draws it):
each copy gets a new one, so no two test databases share a chain, exactly as when each was
migrated. Tests about migrating itself open an empty ``database_url``, which still runs them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from scardesk.db.engine import open_database


def postgres_url_of(name: str) -> str:
    """SQLAlchemy URL of database ``name`` on the test server (tests/conftest.py)."""
    url = make_url(os.environ["SCARDESK_TEST_POSTGRES_URL"]).set(database=name)
    return url.render_as_string(hide_password=False)


def build(url: str) -> None:
    """Create and migrate the database at ``url`` with the app's own opening, then close it."""
    open_database(url).dispose()


def copy_sqlite(template: Path, target: Path) -> None:
    """``target`` becomes a copy of the migrated ``template`` file, with its own audit chain.

    The template was closed cleanly (its write-ahead log folded in), so the one file is all of it.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    with sqlite3.connect(target, isolation_level=None) as connection:
        # The chain row is guarded against updates: lift its triggers for this one change.
        guards = connection.execute(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'trigger' AND tbl_name = 'audit_chain'"
        ).fetchall()
        connection.execute("BEGIN IMMEDIATE")
        for name, _ in guards:
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute(
            "UPDATE audit_chain SET chain_id = ?, created_at = ?",
            (uuid.uuid4().hex, datetime.now(UTC).replace(tzinfo=None).isoformat(" ")),
        )
        for _, statement in guards:
            connection.execute(statement)
        connection.execute("COMMIT")
    connection.close()


def copy_postgres(admin_dsn: str, template: str, target: str, target_dsn: str) -> None:
    """Database ``target`` (absent or empty) becomes a copy of ``template``, with its own chain."""
    clone_postgres(admin_dsn, template, target)
    with psycopg.connect(target_dsn) as conn:  # one transaction, committed on leaving
        conn.execute("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only")
        conn.execute(
            "UPDATE audit_chain SET chain_id = %s, created_at = %s",
            (uuid.uuid4().hex, datetime.now(UTC)),
        )
        conn.execute("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only")


def clone_postgres(admin_dsn: str, template: str, target: str) -> None:
    """Database ``target`` (absent or empty) becomes an exact copy of ``template``."""
    drop_postgres(admin_dsn, target)
    _admin(admin_dsn, "CREATE DATABASE {} TEMPLATE {}", target, template)


def create_postgres(admin_dsn: str, name: str) -> None:
    _admin(admin_dsn, "CREATE DATABASE {}", name)


def drop_postgres(admin_dsn: str, name: str) -> None:
    """FORCE ends connections left open, such as an engine's pool."""
    _admin(admin_dsn, "DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


def _admin(admin_dsn: str, statement: str, *names: str) -> None:
    """Run ``statement`` on the server, its ``{}`` filled in turn with ``names`` (identifiers)."""
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL(statement).format(*(sql.Identifier(name) for name in names)))
