"""The seal beside the database: lagging is fine, missing or foreign is reported; the key."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from scardesk.db.audit import chain_settings
from scardesk.db.audit_key import fingerprint, load_key
from scardesk.db.audit_seal import read_seal, seal_path
from scardesk.db.engine import Database
from scardesk.db.integrity import check_database
from scardesk.db.models import AuditEvent
from scardesk.domain.errors import StorageRefusedError
from scardesk.services.maintenance import MaintenanceService
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, aisha, open_staffed


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_staffed(database_url)
    PatientService(opened).register(ADMIN, aisha())
    yield opened
    opened.dispose()


def _seal(database: Database) -> Path:
    with database.engine.connect() as connection:
        settings = chain_settings(connection)
    assert settings is not None
    return seal_path(database, settings.chain_id)


def test_each_commit_moves_the_seal_to_the_head(database: Database) -> None:
    before = read_seal(_seal(database))
    PatientService(database).register(ADMIN, aisha(civil_number="87654321"))
    after = read_seal(_seal(database))
    assert before is not None and after is not None
    assert after.seq > before.seq and after.link != before.link
    assert check_database(database).ok


def test_a_seal_behind_the_table_is_fine(database: Database, tmp_path: Path) -> None:
    """What a writer killed between its commit and its seal update leaves."""
    kept = tmp_path / "old.seal"
    shutil.copy(_seal(database), kept)
    PatientService(database).register(ADMIN, aisha(civil_number="87654321"))
    shutil.copy(kept, _seal(database))
    report = check_database(database)
    assert report.ok, report.describe()


def test_a_removed_seal_is_reported(database: Database) -> None:
    _seal(database).unlink()
    report = check_database(database)
    assert any("[seal missing]" in problem for problem in report.problems), report.describe()


def test_the_seal_of_another_database_is_reported_and_kept(
    database: Database, sqlite_url: str, tmp_path: Path
) -> None:
    other = open_staffed(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        PatientService(other).register(ADMIN, aisha())
        foreign = _seal(other)
    finally:
        other.dispose()
    shutil.copy(foreign, _seal(database))
    PatientService(database).register(ADMIN, aisha(civil_number="87654321"))
    report = check_database(database)
    assert any("[seal mismatch]" in problem for problem in report.problems), report.describe()
    assert _seal(database).read_bytes() == foreign.read_bytes()


def test_without_its_key_the_chain_is_reported_and_saves_are_refused(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seal = _seal(database)
    kept = seal.read_bytes() if seal.is_file() else None
    monkeypatch.setenv("SCARDESK_AUDIT_DIR", str(tmp_path / "another-computer"))
    if kept is not None and database.kind == "postgresql":
        # The PostgreSQL seal lives in the audit folder: bring it along, the key stays behind.
        _seal(database).parent.mkdir(parents=True)
        _seal(database).write_bytes(kept)
    report = check_database(database)
    assert any("[missing key]" in problem for problem in report.problems), report.describe()
    with pytest.raises(StorageRefusedError, match="audit key"):
        PatientService(database).register(ADMIN, aisha(civil_number="87654321"))


def test_the_fingerprint_names_the_key_without_revealing_it(database: Database) -> None:
    with database.engine.connect() as connection:
        settings = chain_settings(connection)
    assert settings is not None
    key = load_key(settings.chain_id, create=False)
    shown = fingerprint(key)
    assert len(shown.replace(" ", "")) == 20 and key.hex()[:8].upper() not in shown
    assert shown == fingerprint(load_key(settings.chain_id, create=False))


def test_sign_out_brings_a_lagging_seal_up_to_the_head(database: Database, tmp_path: Path) -> None:
    kept = tmp_path / "old.seal"
    shutil.copy(_seal(database), kept)
    PatientService(database).register(ADMIN, aisha(civil_number="87654321"))
    head = read_seal(_seal(database))
    shutil.copy(kept, _seal(database))
    MaintenanceService(database).reseal()
    assert read_seal(_seal(database)) is not None and head is not None
    assert read_seal(_seal(database)).seq == head.seq  # type: ignore[union-attr]


def test_a_seal_rewritten_to_match_a_cut_log_is_reported(database: Database) -> None:
    """Cutting the log and editing the seal to its new end: the seal's keyed hash fails."""
    PatientService(database).register(ADMIN, aisha(civil_number="87654321"))
    path = _seal(database)
    seal = read_seal(path)
    assert seal is not None
    with database.engine.begin() as connection:
        if database.kind == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        last = connection.execute(select(func.max(AuditEvent.id))).scalar_one()
        connection.execute(delete(AuditEvent).where(AuditEvent.id == last))
        row = connection.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.id.desc()).limit(1)
        ).one()
    forged = {**json.loads(path.read_text()), "seq": row.seq, "link": row.mac}
    path.write_text(json.dumps(forged))
    report = check_database(database)
    assert any("[seal mismatch]" in problem for problem in report.problems), report.describe()
