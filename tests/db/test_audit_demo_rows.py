"""Rows the demo generator writes in bulk are covered by a digest per batch and table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.demo import generate_demo
from scardesk.services.patients import PatientService
from tests.demo.demo_copies import DemoCopies, module_demo_copies
from tests.helpers import ADMIN, aisha

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_copies(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DemoCopies]:
    """A 40-patient demo clinic built once per backend here, copied whole into each test."""
    yield from module_demo_copies(
        request, tmp_path_factory, lambda database: generate_demo(database, 40, seed=3, now=NOW)
    )


@pytest.fixture
def demo(database_url: str, audit_key_dir: Path, demo_copies: DemoCopies) -> Iterator[Database]:
    demo_copies.copy_into(database_url, audit_key_dir)
    database = open_database(database_url)
    yield database
    database.dispose()


def test_a_demo_clinic_checks_ok_and_stays_ok_after_edits_through_scardesk(demo: Database) -> None:
    report = check_database(demo)
    assert report.ok, report.describe()
    record = PatientService(demo).get(ADMIN, 5)
    PatientService(demo).update(ADMIN, 5, record.version, aisha(address="Way 77"))
    report = check_database(demo)
    assert report.ok, report.describe()


def test_a_bulk_row_edited_by_sql_breaks_its_batch_digest(demo: Database) -> None:
    with demo.engine.begin() as connection:
        connection.execute(text("UPDATE history_entries SET answer = 'yes' WHERE id = 9"))
    report = check_database(demo)
    assert any(
        "[edited row] Rows of history_entries written in bulk" in problem
        for problem in report.problems
    ), report.describe()


def test_a_bulk_row_added_by_sql_after_the_batch_is_unaudited(demo: Database) -> None:
    with demo.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO consents (patient_id, purpose, form_version, captured_at, "
                "captured_by_id, version) SELECT patient_id, purpose, form_version, captured_at, "
                "captured_by_id, 1 FROM consents WHERE id = 1"
            )
        )
    report = check_database(demo)
    assert any("[unaudited row] consents: 1 row has" in p for p in report.problems), (
        report.describe()
    )
