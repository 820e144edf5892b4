"""Shared test fixtures: a fresh, empty database per test, on SQLite and on PostgreSQL.

``database_url`` runs each test that asks for it twice:

* ``[sqlite]``: ``sqlite:///<tmp_path>/clinic.sqlite3``; the file is not created yet.
* ``[postgresql]``: a database made for this test alone on the server that
  ``SCARDESK_TEST_POSTGRES_URL`` points at (``scripts/check.sh`` starts one), dropped afterwards.
  Without that variable the run is skipped, or fails when ``SCARDESK_REQUIRE_POSTGRES=1`` (as in
  CI), so a missing server cannot pass silently. It carries the ``postgres`` marker, so
  ``-m "not postgres"`` leaves it out.

``sqlite_url`` gives the SQLite URL alone, for tests about SQLite itself.
"""

from __future__ import annotations

import os

# Without a display Qt aborts the process instead of raising: set this before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import faulthandler
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy.engine import make_url

from scardesk.db.engine import Database, open_database
from scardesk.services import passwords
from tests import db_templates
from tests.helpers import TEST_HASHER, add_staff

POSTGRES_URL_VARIABLE = "SCARDESK_TEST_POSTGRES_URL"

# Hypothesis tests check what happens, not how fast: on a loaded machine (CI shares its cores)
# its per-example deadline and "input generation too slow" check failed correct code. Speed is
# measured in benchmarks/, never in a test.
settings.register_profile("scardesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("scardesk")
_crash_log = None  # kept open for the life of the process: faulthandler writes to it on a crash


@pytest.hookimpl(trylast=True)  # after pytest's own faulthandler, which writes to stderr
def pytest_configure(config: pytest.Config) -> None:
    """Where ``SCARDESK_CRASH_DIR`` is set (scripts/check.sh), a crashing process writes its stacks
    to a file of its own there: an xdist worker's stderr is cut short in a CI log's excerpt."""
    global _crash_log
    folder = os.environ.get("SCARDESK_CRASH_DIR")
    if folder and _crash_log is None:
        _crash_log = open(Path(folder) / f"process-{os.getpid()}.txt", "w")  # noqa: SIM115
        faulthandler.enable(file=_crash_log, all_threads=True)


@pytest.fixture(autouse=True)
def audit_key_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Audit keys (and PostgreSQL seals) of this test only: never the user's own config folder.

    Set in the environment, so CLI subprocesses a test starts use the same folder.
    """
    folder = tmp_path_factory.mktemp("audit-keys")
    monkeypatch.setenv("SCARDESK_AUDIT_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app hashes passwords at argon2id's lowest cost in tests (tests.helpers.TEST_HASHER),
    except in a test marked ``production_password_cost``, which checks the real parameters.

    Only the cost changes: the same argon2id code hashes and verifies (a stored hash carries its
    own parameters). Command-line tests that start a separate process hash at the real cost.
    """
    if request.node.get_closest_marker("production_password_cost") is None:
        monkeypatch.setattr(passwords, "_HASHER", TEST_HASHER)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a SQLite file that does not exist yet, in this test's own folder."""
    return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"


@pytest.fixture(scope="session")
def postgres_admin_dsn() -> str:
    """libpq address of the test server's ``postgres`` database, for creating and dropping."""
    configured = os.environ.get(POSTGRES_URL_VARIABLE)
    if not configured:
        message = f"{POSTGRES_URL_VARIABLE} is not set (scripts/check.sh starts a server)"
        if os.environ.get("SCARDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    # psycopg wants plain "postgresql://", without SQLAlchemy's "+psycopg" driver suffix.
    server = make_url(configured).set(drivername="postgresql", database="postgres")
    return server.render_as_string(hide_password=False)


@pytest.fixture
def postgres_url(postgres_admin_dsn: str) -> Iterator[str]:
    """SQLAlchemy URL of a new, empty PostgreSQL database that exists for this test only."""
    name = f"scardesk_test_{uuid.uuid4().hex[:16]}"
    db_templates.create_postgres(postgres_admin_dsn, name)
    try:
        yield db_templates.postgres_url_of(name)
    finally:
        db_templates.drop_postgres(postgres_admin_dsn, name)  # and connections left open


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite clinic file of this test process, copied by ``database`` (db_templates)."""
    folder = tmp_path_factory.mktemp("template-sqlite")
    with pytest.MonkeyPatch.context() as patch:  # migrating keys nothing, but never the user's
        patch.setenv("SCARDESK_AUDIT_DIR", str(folder / "audit"))
        db_templates.build(f"sqlite:///{folder / 'clinic.sqlite3'}")
    return folder / "clinic.sqlite3"


@pytest.fixture(scope="session")
def postgres_template(
    postgres_admin_dsn: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Name of a migrated PostgreSQL database of this test process, the ``database`` template."""
    name = f"scardesk_template_{uuid.uuid4().hex[:16]}"
    db_templates.create_postgres(postgres_admin_dsn, name)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("SCARDESK_AUDIT_DIR", str(tmp_path_factory.mktemp("template-audit")))
            db_templates.build(db_templates.postgres_url_of(name))
        yield name
    finally:
        db_templates.drop_postgres(postgres_admin_dsn, name)


def migrated(request: pytest.FixtureRequest, url: str) -> None:
    """Make the empty database at ``url`` (``sqlite_url`` or ``postgres_url``) a migrated one,
    a copy of this process's template (tests/db_templates.py) instead of migrating it again."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database and not Path(parsed.database).exists(), url
        db_templates.copy_sqlite(request.getfixturevalue("sqlite_template"), Path(parsed.database))
    else:
        assert parsed.database and parsed.database.startswith("scardesk_test_"), url
        db_templates.copy_postgres(
            request.getfixturevalue("postgres_admin_dsn"),
            request.getfixturevalue("postgres_template"),
            parsed.database,
            parsed.set(drivername="postgresql").render_as_string(hide_password=False),
        )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """URL of a fresh, empty database, once per backend (see the module docstring)."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def migrated_url(request: pytest.FixtureRequest, database_url: str) -> str:
    """``database_url``, its schema already in: a copy of the migrated template (``migrated``)."""
    migrated(request, database_url)
    return database_url


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    """A fresh database whose users 1–3 are the ADMIN, FRONT_DESK and PRACTITIONER actors of
    tests.helpers: access is decided from the stored user, so an actor needs its row.

    Migrated by copying a template (``migrated_url``); ``database_url`` names this same database.
    """
    opened = open_database(migrated_url)
    add_staff(opened)
    yield opened
    opened.dispose()
