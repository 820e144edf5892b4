"""Every way the front desk types a number finds the right patients, on SQLite and PostgreSQL.

Issue #16 moved number and date searches onto index-only id picks (revision 0009) and put
the whole page into one statement; these pin what each spelling must still find.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, TreatmentSession
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.records import PatientInput
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService
from tests.helpers import FRONT_DESK, PRACTITIONER, aisha

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def search(database: Database) -> PatientSearchService:
    return PatientSearchService(database, clock=lambda: NOW)


def register(database: Database, form: PatientInput) -> int:
    record, _ = PatientService(database).register(SYSTEM, form)
    return record.id


def other(**overrides: str) -> PatientInput:
    """A second patient sharing nothing typed below with ``aisha``."""
    values = {
        "name_latin": "Ahmed Said Al Harthy",
        "name_arabic": "أحمد سعيد الحارثي",
        "date_of_birth": "1985-11-20",
        "sex": "male",
        "phone": "+968 7212 3456",
        "civil_number": "87654321",
        "document_type": "omani_id",
    }
    values.update(overrides)
    return PatientInput(**values)


def ids(search: PatientSearchService, query: str, **options: object) -> list[int]:
    return [row.id for row in search.search(FRONT_DESK, query, **options).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "typed",
    [
        "96891234567",
        "968 9123 4567",
        "968-9123-4567",
        "(968) 9123-4567",
        "9689123",  # 968 then four national digits: Oman's code, not a national number
        "968 9123 45",
        "9123-45",
        "٩١٢٣٤٥٦٧",
        "+٩٦٨ ٩١٢٣ ٤٥٦٧",
        "00968 9123 4567",
        "+968-9123",
        # Copied from an Arabic screen, with the marks that keep it left to right there.
        "\u2066+968 9123 4567\u2069",
        "\u2066+٩٦٨ \u200e٩١٢٣ \u200e٤٥٦٧\u2069",
    ],
)
def test_every_phone_spelling_finds_the_patient(database, search, typed: str) -> None:
    pid = register(database, aisha())
    register(database, other())
    assert ids(search, typed) == [pid]


@pytest.mark.parametrize("typed", ["9", "91", "912", "968", "9689", "96891", "+968 912", "0096"])
def test_too_few_national_digits_match_nobody_yet(database, search, typed: str) -> None:
    register(database, aisha())
    assert ids(search, typed) == []


def test_one_and_two_letter_queries_find_names_in_both_scripts(database, search) -> None:
    first = register(database, aisha())
    second = register(database, other())
    assert ids(search, "a") == [second, first]
    assert ids(search, "ai") == [first]
    assert ids(search, "عا") == [first]
    assert ids(search, "أح") == [second]


def test_a_patient_matching_by_phone_and_civil_number_is_listed_once(database, search) -> None:
    pid = register(database, aisha(civil_number="91234567"))
    assert ids(search, "9123") == [pid]


def test_number_matches_page_newest_first_across_phone_and_civil_number(database, search) -> None:
    made = [
        register(
            database,
            other(
                phone=f"9555 000{n}", civil_number=f"1000000{n}", name_latin=f"Ahmed {'BCDE'[n]}"
            ),
        )
        for n in range(4)
    ]
    # Matches the same prefix through its civil number only.
    made.append(register(database, other(phone="7100 0000", civil_number="95550001")))
    first = search.search(FRONT_DESK, "9555", limit=2)
    rest = search.search(FRONT_DESK, "9555", limit=2, offset=4)
    assert [row.id for row in first.rows] == made[::-1][:2] and first.has_more
    assert [row.id for row in rest.rows] == made[:1] and not rest.has_more


def test_archived_patients_are_left_out_of_number_and_date_searches(database, search) -> None:
    service = PatientService(database)
    record, _ = service.register(SYSTEM, aisha())
    service.archive(SYSTEM, record.id, record.version, "duplicate record")
    assert ids(search, "91234567") == []
    assert ids(search, "1990-03-05") == []
    assert ids(search, "91234567", include_archived=True) == [record.id]
    assert ids(search, "1990-03-05", include_archived=True) == [record.id]
    assert ids(search, f"#{record.id}") == [record.id]


def test_a_passport_number_prefix_finds_the_patient(database, search) -> None:
    pid = register(database, other(civil_number="K1234567", document_type="passport"))
    register(database, aisha())
    assert ids(search, "K1234") == [pid]
    assert ids(search, "k1234") == [pid]


def test_number_and_name_searches_show_the_same_row(database, search) -> None:
    pid = register(database, aisha())
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        uow.session.add(
            TreatmentSession(
                patient_id=pid,
                practitioner_id=PRACTITIONER.user_id,
                performed_at=NOW - timedelta(days=20),
            )
        )
        uow.session.add(
            Appointment(
                patient_id=pid,
                practitioner_id=PRACTITIONER.user_id,
                starts_at=NOW + timedelta(days=3),
                status="booked",
                created_by_id=PRACTITIONER.user_id,
                created_at=NOW,
            )
        )
    (by_name,) = search.search(FRONT_DESK, "aisha").rows
    assert by_name.last_visit == (NOW - timedelta(days=20)).date()
    assert by_name.next_appointment == NOW + timedelta(days=3)
    for typed in ("91234567", "968 9123", "1234", "1990-03-05", f"#{pid}"):
        assert search.search(FRONT_DESK, typed).rows == (by_name,)
