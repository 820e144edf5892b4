"""``db check`` decodes every stored clinical document and names each one it cannot read.

A demo clinic (built through the codecs) passes; one ``modality_entries.parameters`` set by raw
SQL to a shape no codec writes fails the check with that row's table and id, on SQLite and on
PostgreSQL, through the CLI and in the read-only check of an SQLite file (a backup copy).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from scardesk import cli_commands
from scardesk.db.backup import backup_sqlite
from scardesk.db.engine import Database, open_database, sqlite_file_of
from scardesk.db.integrity import check_database, check_sqlite_file
from scardesk.db.models import Assessment, ModalityEntry
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.demo import generate_demo

NOW = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)


@pytest.fixture
def clinic(migrated_url: str) -> Iterator[Database]:
    database = open_database(migrated_url)
    generate_demo(database, 25, seed=3, now=NOW)
    yield database
    database.dispose()


def _set_json(database: Database, table: str, column: str, row_id: int, raw: str) -> None:
    """Write a JSON column by hand, as someone editing the database directly would."""
    value = "CAST(:raw AS JSON)" if database.engine.dialect.name == "postgresql" else ":raw"
    with database.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE {table} SET {column} = {value} WHERE id = :id"),
            {"raw": raw, "id": row_id},
        )


def _a_laser_entry(database: Database) -> int:
    with database.sessions() as session:
        found = session.scalar(
            select(ModalityEntry.id)
            .where(ModalityEntry.modality == "fractional_laser")
            .order_by(ModalityEntry.id)
            .limit(1)
        )
    assert found is not None
    return found


def test_a_demo_clinic_reads_back_whole(clinic: Database) -> None:
    report = check_database(clinic)
    assert report.ok, report.describe()


def test_a_hand_edited_parameters_document_fails_the_check_naming_its_row(
    clinic: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    row_id = _a_laser_entry(clinic)
    _set_json(clinic, "modality_entries", "parameters", row_id, '{"energy_mj": 5}')
    report = check_database(clinic)
    assert not report.ok
    named = [p for p in report.problems if f"modality_entries #{row_id} " in p]
    assert len(named) == 1 and "energy_mj" in named[0]
    assert cli_commands.db_check(database_url) == cli_commands.EXIT_FAILED
    assert f"modality_entries #{row_id} cannot be read" in capsys.readouterr().err


def test_every_kind_of_stored_document_is_decoded(clinic: Database) -> None:
    with clinic.sessions() as session:
        assessment = session.scalar(select(Assessment.id).order_by(Assessment.id).limit(1))
    assert assessment is not None
    _set_json(clinic, "assessments", "suitability", assessment, '{"toxin": "adjunct"}')
    _set_json(clinic, "clinic_settings", "rule_parameters", 1, '{"v": 9}')
    problems = check_database(clinic).problems
    assert any(p.startswith(f"assessments #{assessment} ") for p in problems)
    assert any(p.startswith("clinic_settings #1 ") for p in problems)


def test_the_file_check_of_a_copy_decodes_too(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    generate_demo(database, 10, seed=4, now=NOW)
    row_id = _a_laser_entry(database)
    _set_json(database, "modality_entries", "parameters", row_id, '{"energy_mj": 5}')
    _set_json(database, "modality_entries", "areas", row_id + 1, "not json at all")
    database.dispose()
    path = sqlite_file_of(sqlite_url)
    assert path is not None
    problems = check_sqlite_file(path).problems
    assert any(p.startswith(f"modality_entries #{row_id} ") for p in problems)
    assert any(
        p.startswith(f"modality_entries #{row_id + 1} ") and "not JSON" in p for p in problems
    )


def test_a_backup_keeps_a_faithful_copy_and_names_the_unreadable_row(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    try:
        generate_demo(database, 10, seed=5, now=NOW)
        row_id = _a_laser_entry(database)
        # Written through the app's own unit of work (audited), as another ScarDesk version
        # would: the only problem of the copy is then the record this version cannot read.
        with UnitOfWork(database, SYSTEM, "test.other_version") as uow:
            entry = uow.session.get(ModalityEntry, row_id)
            assert entry is not None
            entry.parameters = {"energy_mj": 5}
        result = backup_sqlite(database)
    finally:
        database.dispose()
    assert result.path.is_file()
    assert [p for p in result.unreadable if p.startswith(f"modality_entries #{row_id} ")]
    copy = check_sqlite_file(result.path)
    assert copy.sound and not copy.ok
