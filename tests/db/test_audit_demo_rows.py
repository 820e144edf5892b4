"""Rows the demo generator writes in bulk are covered by a digest per batch and table.

The generator writes format 2 (``scardesk.db.batch_digest``); clinics built before it hold
format 1, which ``db check`` still verifies (``v1_demo`` builds one with the old writer).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text

from scardesk.db import audit_rows
from scardesk.db.batch_digest import DIGEST_VERSION, BatchDigests, digest_of
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import AuditEvent
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


def _v1_digests(connection: Connection, ids: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
    """The format 1 writer, as demo builds before format 2 ran it: each row's JSON and a
    newline, no ``v`` key."""
    by_table = {audit_rows.mapper_table(m).name: m for m in audit_rows.audited_mappers()}
    result: dict[str, Any] = {}
    for name, (first, last) in ids.items():
        mapper = by_table[name]
        table = audit_rows.mapper_table(mapper)
        query = audit_rows.ordered_select(table, audit_rows.audited_columns(mapper))
        hasher = hashlib.sha256()
        for row in connection.execute(
            query.where(audit_rows.primary_key(table).between(first, last))
        ):
            hasher.update(audit_rows.values_digest(audit_rows.row_values(row)))
        result[name] = {"first": first, "last": last, "sha256": hasher.hexdigest()}
    return result


class _V1Digests:
    def of(self, connection: Connection, ids: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
        return _v1_digests(connection, ids)


def _generate_v1(database: Database) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("scardesk.demo.generate.BatchDigests", _V1Digests)
        return generate_demo(database, 40, seed=3, now=NOW)


@pytest.fixture(scope="module")
def v1_copies(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DemoCopies]:
    yield from module_demo_copies(request, tmp_path_factory, _generate_v1)


@pytest.fixture
def demo(database_url: str, audit_key_dir: Path, demo_copies: DemoCopies) -> Iterator[Database]:
    demo_copies.copy_into(database_url, audit_key_dir)
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def v1_demo(database_url: str, audit_key_dir: Path, v1_copies: DemoCopies) -> Iterator[Database]:
    v1_copies.copy_into(database_url, audit_key_dir)
    database = open_database(database_url)
    yield database
    database.dispose()


def _batch_tables(database: Database) -> list[dict[str, Any]]:
    query = select(AuditEvent.after).where(AuditEvent.action == audit_rows.DEMO_BATCH_ACTION)
    with database.engine.connect() as connection:
        return [after["tables"] for (after,) in connection.execute(query)]


def _bulk_edited(report: Any, table: str) -> bool:
    return any(f"[edited row] Rows of {table} written in bulk" in p for p in report.problems)


# One stored value changed behind ScarDesk, per kind of column the digest converts.
TAMPERING = [
    ("patients", "UPDATE patients SET created_at = '2020-01-01 00:00:00.000000' WHERE id = 7"),
    ("patients", "UPDATE patients SET date_of_birth = '1990-01-02' WHERE id = 8"),
    ("appointments", "UPDATE appointments SET is_toxin_review = NOT is_toxin_review WHERE id = 5"),
    ("injection_points", "UPDATE injection_points SET units = units + 0.000001 WHERE id = 3"),
    ("appointments", "UPDATE appointments SET planned_modalities = '[\"toxin\"]' WHERE id = 2"),
    ("consents", "UPDATE consents SET signature_png = :blob WHERE signature_png IS NOT NULL"),
    ("history_entries", "DELETE FROM history_entries WHERE id = 11"),
    (
        "treatment_sessions",
        "UPDATE treatment_sessions SET cleansing_done = NOT cleansing_done WHERE id = 4",
    ),
]


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


def test_the_demo_writes_format_2_and_its_digests_are_of_the_rows_as_sqlalchemy_reads_them(
    demo: Database,
) -> None:
    batches = _batch_tables(demo)
    assert batches
    with demo.engine.connect() as connection:
        for tables in batches:
            for name, spec in tables.items():
                assert spec["v"] == DIGEST_VERSION == 2
                by_table = {
                    audit_rows.mapper_table(m).name: m for m in audit_rows.audited_mappers()
                }
                mapper = by_table[name]
                table = audit_rows.mapper_table(mapper)
                query = audit_rows.ordered_select(table, audit_rows.audited_columns(mapper))
                query = query.where(
                    audit_rows.primary_key(table).between(spec["first"], spec["last"])
                )
                rows = [audit_rows.row_values(row) for row in connection.execute(query)]
                assert len(rows) == spec["last"] - spec["first"] + 1
                assert digest_of(rows) == spec["sha256"], name


def test_the_raw_read_matches_sqlalchemys_for_rows_written_by_services(demo: Database) -> None:
    """Rows saved through ScarDesk carry moments with microseconds, Arabic text, and a real
    edit: the driver-value conversion gives what ``row_values`` gives for every table."""
    record = PatientService(demo).get(ADMIN, 5)
    PatientService(demo).update(ADMIN, 5, record.version, aisha(address="طريق ٧٧"))
    PatientService(demo).register(ADMIN, aisha(civil_number="99887766"))
    digests = BatchDigests()
    with demo.engine.connect() as connection:
        for mapper in audit_rows.audited_mappers():
            table = audit_rows.mapper_table(mapper)
            key = audit_rows.primary_key(table)
            last = connection.scalar(select(key).order_by(key.desc()).limit(1))
            if last is None:
                continue
            query = audit_rows.ordered_select(table, audit_rows.audited_columns(mapper))
            rows = [audit_rows.row_values(row) for row in connection.execute(query)]
            spans = {table.name: (0, last)}
            fresh = BatchDigests().of(connection, spans)
            assert fresh[table.name]["sha256"] == digest_of(rows), table.name
            # Again, with every raw value's conversion already remembered: the same digest.
            for _ in range(2):
                assert digests.of(connection, spans)[table.name]["sha256"] == digest_of(rows)


@pytest.mark.parametrize(
    ("table", "sql"), TAMPERING, ids=[f"{t}-{i}" for i, (t, _) in enumerate(TAMPERING)]
)
def test_any_row_of_a_format_2_batch_changed_by_sql_is_caught(
    demo: Database, table: str, sql: str
) -> None:
    assert check_database(demo).ok
    with demo.engine.begin() as connection:
        changed = text(sql).bindparams(blob=b"\x00") if ":blob" in sql else text(sql)
        assert connection.execute(changed).rowcount >= 1
    report = check_database(demo)
    assert _bulk_edited(report, table), report.describe()


def test_a_format_1_demo_still_checks_and_catches_an_edit(v1_demo: Database) -> None:
    batches = _batch_tables(v1_demo)
    assert batches and all("v" not in spec for tables in batches for spec in tables.values())
    assert check_database(v1_demo).ok, check_database(v1_demo).describe()
    record = PatientService(v1_demo).get(ADMIN, 5)
    PatientService(v1_demo).update(ADMIN, 5, record.version, aisha(address="Way 77"))
    report = check_database(v1_demo)
    assert report.ok, report.describe()
    with v1_demo.engine.begin() as connection:
        connection.execute(text("UPDATE injection_points SET units = units + 1 WHERE id = 3"))
    report = check_database(v1_demo)
    assert _bulk_edited(report, "injection_points"), report.describe()
