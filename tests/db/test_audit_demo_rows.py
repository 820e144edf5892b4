"""Rows the demo generator writes in bulk are covered by a digest per batch and table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.demo import generate_demo
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, aisha

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)


@pytest.fixture
def demo(migrated_url: str) -> Iterator[Database]:
    database = open_database(migrated_url)
    generate_demo(database, 40, seed=3, now=NOW)
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
