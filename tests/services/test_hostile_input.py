"""Hostile input through the services, on SQLite and PostgreSQL: every free-text and
identifier field refuses a hostile character with a field message and writes nothing (row
counts of every table, the audit trail included, are the same before and after); an id
beyond the database's integer range is "not found", never a driver error.

Fewer generated cases per field than the domain tests (each one is a real transaction on a
real server); the pure validators carry the 500-case runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from scardesk.db.engine import Database
from scardesk.db.models import Base
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.consents import PNG_MAGIC
from scardesk.domain.enums import Answer, HistoryFact, Modality, UnitKind
from scardesk.domain.errors import AuthenticationError, NotFoundError, ValidationError
from scardesk.domain.history import HistoryAnswerInput
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.products import ProductInput
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.sessions import MicroneedlingInput, SessionInput
from scardesk.domain.text_hygiene import TextKind
from scardesk.services.appointments import AppointmentService
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.history import HistoryService
from scardesk.services.patients import PatientService
from scardesk.services.plans import PlanService
from scardesk.services.products import ProductService
from scardesk.services.sessions import SessionService
from scardesk.services.settings import ClinicDetails, SettingsService
from scardesk.services.users import UserService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha
from tests.hostile_text import (
    ARABIC_NAME,
    DIGITS,
    LATIN_NAME,
    LOT,
    USERNAME,
    WORDS,
    with_hostile_character,
)

CASES_PER_BACKEND = 20
NOW = datetime.now(UTC) - timedelta(hours=1)
SIGNATURE = PNG_MAGIC + b"\x00" * 32
Call = Callable[[Database, int, str], object]


def _register(field: str) -> Call:
    return lambda db, _pid, value: PatientService(db).register(FRONT_DESK, aisha(**{field: value}))


def _product(db: Database) -> int:
    form = ProductInput("Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100)
    return ProductService(db).add_product(ADMIN, form)[0].id


def _session(db: Database, pid: int, **values: object) -> object:
    base: dict[str, object] = {
        "performed_at": NOW,
        "modalities": (MicroneedlingInput("Dermapen 4", 1.5, 3),),
        "adverse_events_none": True,
    }
    base.update(values)
    return SessionService(db).record_session(PRACTITIONER, pid, SessionInput(**base))  # type: ignore[arg-type]


def _archive(db: Database, pid: int, value: str) -> object:
    version = PatientService(db).get(ADMIN, pid).version
    return PatientService(db).archive(ADMIN, pid, version, value)


#: field → (the service call carrying the value, the error key, its kind, ordinary values).
FIELDS: dict[str, tuple[Call, str, TextKind, st.SearchStrategy[str]]] = {
    "name_latin": (_register("name_latin"), "name_latin", TextKind.STRICT, LATIN_NAME),
    "name_arabic": (_register("name_arabic"), "name_arabic", TextKind.STRICT, ARABIC_NAME),
    "emergency_contact_name": (
        _register("emergency_contact_name"),
        "emergency_contact_name",
        TextKind.STRICT,
        LATIN_NAME,
    ),
    "civil_number": (_register("civil_number"), "civil_number", TextKind.STRICT, DIGITS),
    "phone": (_register("phone"), "phone", TextKind.STRICT, DIGITS),
    "address": (_register("address"), "address", TextKind.LINE, WORDS),
    "archive_reason": (_archive, "reason", TextKind.NOTES, WORDS),
    "username": (
        lambda db, _p, v: UserService(db).add_user(
            ADMIN, v, "Dr Salma", "practitioner", "Good-pass-2026"
        ),
        "username",
        TextKind.STRICT,
        USERNAME,
    ),
    "display_name": (
        lambda db, _p, v: UserService(db).add_user(
            ADMIN, "s.new", v, "practitioner", "Good-pass-2026"
        ),
        "display_name",
        TextKind.STRICT,
        LATIN_NAME,
    ),
    "licence_number": (
        lambda db, _p, v: UserService(db).add_user(
            ADMIN, "s.new", "Dr Salma", "practitioner", "Good-pass-2026", v
        ),
        "licence_number",
        TextKind.STRICT,
        LOT,
    ),
    "brand": (
        lambda db, _p, v: ProductService(db).add_product(
            ADMIN, ProductInput(v, "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100)
        ),
        "brand",
        TextKind.LINE,
        WORDS,
    ),
    "lot_number": (
        lambda db, _p, v: ProductService(db).receive_lot(
            ADMIN, 1, v, date.today() + timedelta(days=200), 5
        ),
        "lot_number",
        TextKind.STRICT,
        LOT,
    ),
    "history_detail": (
        lambda db, pid, v: HistoryService(db).record(
            PRACTITIONER, pid, [HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO, None, v)]
        ),
        HistoryFact.PREGNANT.value,
        TextKind.NOTES,
        WORDS,
    ),
    "consent_form_version": (
        lambda db, pid, v: ConsentService(db).capture(
            PRACTITIONER, pid, "clinical_photos", v, SIGNATURE, password=STAFF_PASSWORD
        ),
        "form_version",
        TextKind.STRICT,
        LOT,
    ),
    "consent_guardian": (
        lambda db, pid, v: ConsentService(db).capture(
            PRACTITIONER, pid, "clinical_photos", "2026-1", SIGNATURE, v, password=STAFF_PASSWORD
        ),
        "signed_by_guardian",
        TextKind.STRICT,
        LATIN_NAME,
    ),
    "plan_goals": (
        lambda db, pid, v: PlanService(db).create(
            PRACTITIONER, pid, PlanInput((PlanItemInput(Modality.MICRONEEDLING, 4),), goals=v)
        ),
        "goals",
        TextKind.NOTES,
        WORDS,
    ),
    "assessment_notes": (
        lambda db, pid, v: AssessmentService(db).create(
            PRACTITIONER, pid, AssessmentInput(NOW, fitzpatrick="IV", notes=v)
        ),
        "notes",
        TextKind.NOTES,
        WORDS,
    ),
    "session_post_notes": (
        lambda db, pid, v: _session(db, pid, post_notes=v),
        "post_notes",
        TextKind.NOTES,
        WORDS,
    ),
    "session_device": (
        lambda db, pid, v: _session(db, pid, modalities=(MicroneedlingInput(v, 1.5, 3),)),
        "modalities.0.device",
        TextKind.LINE,
        WORDS,
    ),
    "appointment_notes": (
        lambda db, pid, v: AppointmentService(db).book(
            FRONT_DESK, AppointmentInput(pid, 3, NOW + timedelta(days=2), 30, notes=v)
        ),
        "notes",
        TextKind.NOTES,
        WORDS,
    ),
    "clinic_name": (
        lambda db, _p, v: SettingsService(db).save_clinic(
            ADMIN, ClinicDetails(v, "", "", "", None, 0)
        ),
        "name",
        TextKind.LINE,
        WORDS,
    ),
    "clinic_address": (
        lambda db, _p, v: SettingsService(db).save_clinic(
            ADMIN, ClinicDetails("Clinic", "", v, "", None, 0)
        ),
        "address",
        TextKind.LINE,
        WORDS,
    ),
}


def row_counts(database: Database) -> tuple[int, ...]:
    """Rows in every table (audit trail included), in one round trip."""
    tables = [t.name for t in Base.metadata.sorted_tables]
    query = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{name}")' for name in tables)
    with database.engine.connect() as connection:
        return tuple(connection.execute(text(query)).one())


generated: dict[str, int] = {}


@pytest.mark.parametrize("field", FIELDS)
def test_a_hostile_value_gets_a_field_message_and_writes_nothing(
    field: str, database: Database, patient_id: int
) -> None:
    call, key, kind, ordinary = FIELDS[field]
    if field == "lot_number":
        assert _product(database) == 1
    before = row_counts(database)
    generated[field] = 0

    @settings(
        max_examples=CASES_PER_BACKEND,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(with_hostile_character(ordinary, kind))
    def check(value: str) -> None:
        generated[field] += 1
        with pytest.raises(ValidationError) as refused:
            call(database, patient_id, value)
        assert key in refused.value.field_errors, refused.value.field_errors
        assert row_counts(database) == before

    check()
    assert generated[field] >= CASES_PER_BACKEND


OUT_OF_RANGE = st.one_of(
    st.integers(min_value=2**31, max_value=2**200),
    st.integers(max_value=-(2**31)),
)


@settings(
    max_examples=CASES_PER_BACKEND,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(OUT_OF_RANGE)
def test_an_id_out_of_range_is_not_found_and_writes_nothing(
    database: Database, patient_id: int, huge: int
) -> None:
    before = row_counts(database)
    calls: list[Callable[[], object]] = [
        lambda: PatientService(database).get(FRONT_DESK, huge),
        lambda: PatientService(database).archive(ADMIN, huge, 1, "duplicate record"),
        lambda: HistoryService(database).record(
            PRACTITIONER, huge, [HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO)]
        ),
        lambda: ProductService(database).get_lot(ADMIN, huge),
        lambda: AssessmentService(database).get(PRACTITIONER, huge),
        lambda: PlanService(database).get(PRACTITIONER, huge),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            call()
    assert row_counts(database) == before


@settings(
    max_examples=CASES_PER_BACKEND,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    with_hostile_character(USERNAME, TextKind.STRICT),
    st.text(max_size=20) | st.sampled_from(["\ud800Good-pass-2026", "\x00", "Good-pass\udfff"]),
)
def test_signing_in_with_hostile_text_is_a_plain_refusal(
    database: Database, name: str, password: str
) -> None:
    with pytest.raises(AuthenticationError):
        UserService(database).authenticate(name, password)
