"""Search pages read through db.prepared_read, against the same statements run by the engine.

The prepared path converts values with SQLAlchemy's own processors but outside its execution
path, so each kind of query is compared with what the engine returns for the very same
statement and values; and a read that fails must fail, with no patient data in the message.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, TreatmentSession
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.patient_search import parse_query
from scardesk.services import search as search_module
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService
from tests.helpers import FRONT_DESK, add_user_row, aisha, compiled_search_pages

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def _patients_with_history(database: Database) -> list[int]:
    """Three patients, one archived, the first with a past visit and a booking to come, so
    every column of a page (dates, aware datetimes, nulls) has a value to convert."""
    service = PatientService(database)
    first, _ = service.register(SYSTEM, aisha())
    second, _ = service.register(
        SYSTEM, aisha(name_latin="Aisha Salim", phone="+968 9123 4999", civil_number="12349999")
    )
    third, _ = service.register(
        SYSTEM, aisha(name_latin="Aisha Nasser", phone="+968 9123 5000", civil_number="12350000")
    )
    service.archive(SYSTEM, third.id, third.version, "moved away")
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        user_id = add_user_row(uow.session)
        uow.session.add(
            TreatmentSession(
                patient_id=first.id, practitioner_id=user_id, performed_at=NOW - timedelta(days=4)
            )
        )
        uow.session.add(
            Appointment(
                patient_id=first.id,
                practitioner_id=user_id,
                starts_at=NOW + timedelta(days=2, minutes=30),
                status="booked",
                created_by_id=user_id,
                created_at=NOW,
            )
        )
    return [first.id, second.id, third.id]


QUERIES = [
    "",
    "aisha",
    "بلوشي",
    "91234567",
    "9123",
    "+968 9123",
    "968 9123 4567",
    "1234",
    "12345678",
    "1990-03-05",
    "K1234567",
]


@pytest.mark.parametrize("archived", [False, True])
def test_every_kind_reads_what_the_engine_reads(database: Database, archived: bool) -> None:
    ids = _patients_with_history(database)
    search = PatientSearchService(database, clock=lambda: NOW)
    queries = [*QUERIES, *(f"#{pid}" for pid in ids)]
    seen_dated = False
    for query in queries:
        parsed = parse_query(query)
        shape = search_module._shape_of(parsed, archived, database.kind)
        statement = search_module._page_statement(shape, database.kind)
        values = search_module._bound_values(parsed, database.kind)
        values.update(limit=3, offset=0, now=NOW)
        with database.engine.connect() as connection:
            expected = [tuple(row) for row in connection.execute(statement, values)]
        search.search(SYSTEM, query, include_archived=archived, limit=2)
        prepared = compiled_search_pages(database)[shape]
        assert prepared.all(values) == expected, query
        seen_dated |= any(row[-2] is not None and row[-1] is not None for row in expected)
    assert seen_dated  # the last visit and next booking columns were compared with values


def test_a_page_keeps_its_order_paging_and_aware_times(database: Database) -> None:
    first, second, _third = _patients_with_history(database)
    search = PatientSearchService(database, clock=lambda: NOW)
    page = search.search(FRONT_DESK, "aisha", limit=1)
    assert ([row.id for row in page.rows], page.has_more) == ([second], True)
    page = search.search(FRONT_DESK, "aisha", limit=1, offset=1)
    assert ([row.id for row in page.rows], page.has_more) == ([first], False)
    (row,) = page.rows
    assert row.next_appointment == NOW + timedelta(days=2, minutes=30)
    assert row.next_appointment is not None and row.next_appointment.tzinfo is not None
    assert row.last_visit == (NOW - timedelta(days=4)).date()


def test_a_failed_read_raises_and_names_no_patient_data(database: Database) -> None:
    _patients_with_history(database)
    search = PatientSearchService(database, clock=lambda: NOW)
    assert search.search(FRONT_DESK, "12345678").rows  # the statement is prepared and works
    with database.engine.begin() as connection:
        connection.execute(text("ALTER TABLE patients RENAME TO patients_elsewhere"))
    with pytest.raises(DBAPIError) as failed:
        search.search(FRONT_DESK, "12345678")
    assert "12345678" not in str(failed.value)
    assert "+9681234" not in str(failed.value)


def _spellings() -> list[str]:
    """Queries of every kind, numbers of every length from every first digit and in every
    writing (bare, spaced, +, 00, 968, dashes, Arabic-Indic digits)."""
    typed = ["", "a", "ع", "aisha bal", "#12", "# 7", "1990-03-05", "5/3/1990", "K1234567"]
    typed += ["K12", "AB12CD34EF56GH78IJ90KL", "31/02/1990"]
    # Names of one word to more than the parser keeps (PostgreSQL guards each word).
    typed += [" ".join(f"w{letter}" for letter in "abcdefghij"[:words]) for words in range(1, 11)]
    for first in "0123456789":
        digits = first + "123456789012345678901234"
        for length in range(1, len(digits) + 1):
            number = digits[:length]
            typed += [number, f"+{number}", f"00{number}", f"968{number}", f"968 {number}"]
            typed += [f"+968 {number}", "-".join(number), number.translate(ARABIC_INDIC)]
    return typed


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_every_query_takes_a_shape_warmed_at_start(dialect: str) -> None:
    reached = set()
    for query in _spellings():
        parsed = parse_query(query)
        if parsed.matches_nothing:
            continue
        for archived in (False, True):
            reached.add(search_module._shape_of(parsed, archived, dialect))
    warmed = set(search_module.shapes(dialect))
    assert reached <= warmed
    # Every warmed shape is one a query can take: none is compiled for nothing.
    assert reached == warmed


def test_after_warming_up_searching_compiles_nothing(database: Database) -> None:
    _patients_with_history(database)
    search = PatientSearchService(database, clock=lambda: NOW)
    search.warm_up()
    warmed = compiled_search_pages(database)
    assert len(warmed) == len(search_module.shapes(database.kind))
    for query in ["aisha", "#1", "9123", "968 9123 4567", "+968 9123", "1234", "5/3/1990"]:
        search.search(FRONT_DESK, query)
        search.search(FRONT_DESK, query, include_archived=True)
    assert compiled_search_pages(database) == warmed
