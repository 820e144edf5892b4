"""The search box and the duplicate check, on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, TreatmentSession
from scardesk.db.prepared_read import PreparedRead
from scardesk.db.search_index import name_guard_values
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.errors import PermissionDeniedError
from scardesk.domain.patient_search import DuplicateReason, QueryKind
from scardesk.domain.records import PatientInput
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService, _page_statement
from tests.helpers import FRONT_DESK, add_user_row, aisha, audit_count, compiled_search_pages

NO_IDS = {"phone": "", "civil_number": "", "document_type": ""}
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def search(database: Database) -> PatientSearchService:
    return PatientSearchService(database, clock=lambda: NOW)


def register(database: Database, form: PatientInput) -> int:
    record, _ = PatientService(database).register(SYSTEM, form)
    return record.id


def ahmed(**overrides: str) -> PatientInput:
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


def test_arabic_name_without_hamza_finds_the_hamza_spelling(database, search) -> None:
    pid = register(database, ahmed())
    register(database, aisha())
    assert ids(search, "احمد") == [pid]


def test_taa_marbuta_typed_as_haa_finds_the_name(database, search) -> None:
    pid = register(database, aisha())
    assert ids(search, "عائشه") == [pid]


def test_latin_name_parts_in_any_order_and_cut_short_find_the_patient(database, search) -> None:
    pid = register(database, aisha())
    register(database, ahmed())
    assert ids(search, "balu AISH") == [pid]
    assert ids(search, "Äisha") == [pid]


def test_a_word_that_is_not_a_prefix_does_not_match(database, search) -> None:
    register(database, aisha())
    assert ids(search, "isha") == []


def test_one_two_and_three_words_each_find_their_patients_in_turn(database, search) -> None:
    # Statements are kept per shape, and a name's shape counts its words (PostgreSQL guards
    # each word on its own): a statement kept for one word count must not serve another.
    first = register(database, ahmed())
    second = register(database, aisha())
    assert ids(search, "balushi al aish") == [second]
    assert ids(search, "al") == [second, first]
    assert ids(search, "al harthy") == [first]
    assert ids(search, "al bal") == [second]
    assert ids(search, "ahmed balushi") == []
    kept = {
        shape[-1]: statement.sql.count("strpos(")
        for shape, statement in compiled_search_pages(database).items()
    }
    # PostgreSQL: one statement per word count, each word guarded; SQLite: one for all.
    assert kept == ({1: 1, 2: 2, 3: 3} if database.kind == "postgresql" else {0: 0})


def test_a_word_contained_in_another_word_still_does_not_match(database, search) -> None:
    # "arth" is inside "harthy" but starts no word (PostgreSQL's guards test word starts, and
    # the full-text match has the last say), nor does "rt", a broad word walked first.
    register(database, ahmed())
    assert ids(search, "arth") == []
    assert ids(search, "ahmed arth") == []
    assert ids(search, "ahmed rt") == []


@pytest.mark.parametrize("window", [1, 3, 6, 50_000])
def test_a_name_with_a_broad_word_pages_alike_whatever_the_newest_window_holds(
    database, search, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    """PostgreSQL looks among the newest registrations first for "ahmed h" (a broad word):
    a window holding a whole page answers, one holding less leaves it to the index. Every
    page is the same either way, older matches included (SQLite has no window)."""
    monkeypatch.setattr("scardesk.services.search.NEWEST_WINDOW", window)
    harthy = [register(database, ahmed(phone="", civil_number="")) for _ in range(3)]
    other = register(database, ahmed(name_latin="Ahmed Said Al Balushi", phone="", civil_number=""))
    newer = [register(database, ahmed(phone="", civil_number="")) for _ in range(2)]
    register(database, aisha())
    newest_first = [*reversed(newer), *reversed(harthy)]
    assert ids(search, "ahmed h") == newest_first
    assert ids(search, "ahmed h", limit=2) == newest_first[:2]
    assert search.search(FRONT_DESK, "ahmed h", limit=2).has_more
    assert ids(search, "ahmed h", limit=2, offset=2) == newest_first[2:4]
    assert ids(search, "ahmed h", limit=4, offset=2) == newest_first[2:]
    assert not search.search(FRONT_DESK, "ahmed h", limit=4, offset=2).has_more
    assert ids(search, "h ahmed", limit=3) == newest_first[:3]
    assert ids(search, "ahmed b") == [other]  # balushi, not said's b... nor harthy
    assert ids(search, "ahmed x") == []
    assert ids(search, "احمد الح", limit=1) == newest_first[:1]


def test_postgres_name_search_guards_every_word_with_a_word_start_test() -> None:
    shape = (QueryKind.NAME, 0, False, True, 3)
    postgres = str(_page_statement(shape, "postgresql").compile(dialect=postgresql.dialect()))
    assert postgres.count("strpos(' ' || patients.search_text, %(name_token_") == 3
    assert name_guard_values(("ahm", "al", "bal"), "postgresql") == {
        "name_token_0": " ahm",
        "name_token_1": " al",
        "name_token_2": " bal",
    }
    assert "strpos" not in str(_page_statement(shape, "sqlite").compile(dialect=sqlite.dialect()))
    assert name_guard_values(("ahm",), "sqlite") == {}


@pytest.mark.parametrize("typed", ["91234567", "9123 4567", "+968 9123 4567", "0096891234567"])
def test_phone_in_any_format_finds_the_patient(database, search, typed: str) -> None:
    pid = register(database, aisha())
    register(database, ahmed())
    assert ids(search, typed) == [pid]


def test_first_digits_of_a_phone_find_the_patient(database, search) -> None:
    pid = register(database, ahmed())
    register(database, aisha())
    assert ids(search, "7212") == [pid]


def test_civil_number_prefix_finds_the_patient(database, search) -> None:
    pid = register(database, ahmed())
    register(database, aisha())
    page = search.search(FRONT_DESK, "876543")
    assert [row.id for row in page.rows] == [pid]
    assert page.kind is QueryKind.NUMBER


@pytest.mark.parametrize("typed", ["1990-03-05", "5/3/1990", "05.03.1990"])
def test_date_of_birth_in_any_format_finds_the_patient(database, search, typed: str) -> None:
    pid = register(database, aisha())
    register(database, ahmed())
    assert ids(search, typed) == [pid]


def test_archived_patients_are_hidden_unless_asked_for(database, search) -> None:
    record, _ = PatientService(database).register(SYSTEM, aisha())
    PatientService(database).archive(SYSTEM, record.id, record.version, "duplicate record")
    assert ids(search, "aisha") == []
    page = search.search(FRONT_DESK, "aisha", include_archived=True)
    assert [row.archived for row in page.rows] == [True]


def test_pages_are_newest_first_and_say_whether_more_follow(database, search) -> None:
    made = [register(database, aisha(**NO_IDS)) for _ in range(5)]
    first = search.search(FRONT_DESK, "aisha", limit=2)
    rest = search.search(FRONT_DESK, "aisha", limit=2, offset=4)
    assert [row.id for row in first.rows] == made[::-1][:2] and first.has_more
    assert [row.id for row in rest.rows] == made[:1] and not rest.has_more


def test_a_renamed_patient_is_found_by_the_new_name_only(database, search) -> None:
    service = PatientService(database)
    record, _ = service.register(SYSTEM, aisha())
    service.update(SYSTEM, record.id, record.version, aisha(name_latin="Mariam Al Balushi"))
    assert ids(search, "mariam") == [record.id]
    assert ids(search, "aisha") == []


def test_row_shows_age_phone_last_visit_and_next_booking(database, search) -> None:
    pid = register(database, aisha())
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        user_id = add_user_row(uow.session)
        uow.session.add(
            TreatmentSession(
                patient_id=pid,
                practitioner_id=user_id,
                performed_at=NOW - timedelta(days=20, hours=6),
            )
        )
        for days, status in ((3, "booked"), (9, "booked"), (1, "cancelled")):
            uow.session.add(
                Appointment(
                    patient_id=pid,
                    practitioner_id=user_id,
                    starts_at=NOW + timedelta(days=days),
                    status=status,
                    created_by_id=user_id,
                    created_at=NOW,
                )
            )
    (row,) = search.search(FRONT_DESK, "aisha").rows
    assert (row.age, row.phone_display, row.civil_number) == (36, "+968 9123 4567", "12345678")
    assert row.last_visit == (NOW - timedelta(days=20, hours=6)).date()
    assert row.next_appointment == NOW + timedelta(days=3)


def test_searching_is_not_audited(database, search) -> None:
    register(database, aisha())
    before = audit_count(database)
    search.search(FRONT_DESK, "aisha")
    assert audit_count(database) == before


def test_a_role_without_demographics_is_refused(search) -> None:
    from scardesk.db.unit_of_work import Actor

    with pytest.raises(PermissionDeniedError):
        search.search(Actor(user_id=9, role=None), "aisha")


def test_duplicates_by_civil_number_phone_and_similar_name_on_the_birthday(
    database, search
) -> None:
    same_civil = register(
        database, ahmed(civil_number="12345678", document_type="resident_card", phone="")
    )
    same_phone = register(database, ahmed(phone="91234567", civil_number="", document_type=""))
    similar = register(database, aisha(name_latin="Aysha Al-Balushi", **NO_IDS))
    register(
        database,
        aisha(name_latin="Fatma Said", name_arabic="", **NO_IDS),
    )
    found = {m.patient.id: m.reasons for m in search.find_duplicates(FRONT_DESK, aisha())}
    assert found == {
        same_civil: (DuplicateReason.SAME_CIVIL_NUMBER,),
        same_phone: (DuplicateReason.SAME_PHONE,),
        similar: (DuplicateReason.SAME_BIRTH_DATE_SIMILAR_NAME,),
    }


def test_duplicate_check_skips_the_record_being_edited_and_half_typed_fields(
    database, search
) -> None:
    pid = register(database, aisha())
    assert search.find_duplicates(FRONT_DESK, aisha(), exclude_id=pid) == []
    assert search.find_duplicates(FRONT_DESK, PatientInput(phone="9123", civil_number="x")) == []


def test_postgres_name_pages_run_without_parallel_workers_or_jit_and_leave_them_alone(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database.kind != "postgresql":
        pytest.skip("parallel workers and JIT are PostgreSQL's")
    register(database, aisha())
    seen: list[tuple[str, str]] = []
    run = PreparedRead.all

    def settings(cursor: Any) -> tuple[str, str]:
        cursor.execute(
            "SELECT current_setting('max_parallel_workers_per_gather'), current_setting('jit')"
        )
        return tuple(cursor.fetchone())

    def spying(self: PreparedRead, values: Any, *, on: Any = None) -> Any:
        cursor = on.cursor()
        seen.append(settings(cursor))
        cursor.close()
        return run(self, values, on=on)

    monkeypatch.setattr(PreparedRead, "all", spying)
    search = PatientSearchService(database, clock=lambda: NOW)
    assert search.search(SYSTEM, "aish").rows and search.search(SYSTEM, "9123").rows
    pooled = database.engine.raw_connection()
    try:
        server = settings(pooled.cursor())
    finally:
        pooled.close()
    # The name page ran with workers and JIT off; the phone page, and the pool afterwards, did
    # not.
    assert server != ("0", "off")
    assert seen == [("0", "off"), server]
