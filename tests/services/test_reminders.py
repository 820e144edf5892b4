"""Reminders: tomorrow's appointments and due follow-ups with their bilingual message, sent
once (who, when, audited), and only to patients who consented, by the channel they prefer."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert

from scardesk.db.engine import Database
from scardesk.db.models import Consent
from scardesk.domain.enums import ConsentPurpose
from scardesk.domain.errors import ValidationError
from scardesk.domain.reminders import Channel, ReminderKind, Templates, sms_csv, whatsapp_url
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.time import MUSCAT
from scardesk.services.accounts import AccountService
from scardesk.services.appointments import AppointmentService
from scardesk.services.patients import PatientService
from scardesk.services.reminders import AlreadySentError, ReminderService
from scardesk.services.session import SYSTEM
from scardesk.services.settings import ClinicDetails, SettingsService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, aisha, audit_count

TODAY = date(2026, 3, 10)
TOMORROW = TODAY + timedelta(days=1)


def consent(database: Database, patient_id: int, withdrawn: bool = False) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            insert(Consent),
            {
                "patient_id": patient_id,
                "purpose": ConsentPurpose.REMINDERS.value,
                "form_version": "1",
                "captured_at": datetime(2026, 1, 5, 9, tzinfo=MUSCAT),
                "captured_by_id": 3,
                "withdrawn_at": datetime(2026, 2, 1, tzinfo=MUSCAT) if withdrawn else None,
            },
        )


@pytest.fixture
def booked(database: Database) -> int:
    patient, _ = PatientService(database).register(SYSTEM, aisha())
    AppointmentService(database).book(
        FRONT_DESK,
        AppointmentInput(
            patient.id,
            PRACTITIONER.user_id or 0,
            datetime.combine(TOMORROW, time(10, 30), tzinfo=MUSCAT),
            planned_modalities=("microneedling",),
        ),
    )
    return patient.id


def test_tomorrows_appointment_has_a_bilingual_message(database: Database, booked: int) -> None:
    consent(database, booked)
    [row] = ReminderService(database).for_day(FRONT_DESK, TOMORROW, TODAY)
    assert row.kind is ReminderKind.APPOINTMENT and row.may_send
    assert "Aisha Al Balushi" in row.message and "11/03/2026" in row.message
    assert "10:30" in row.message and "نذكّركم" in row.message
    assert row.message.index("نذكّركم") < row.message.index("Dear")  # Arabic first
    assert row.phone == "+96891234567"


def test_a_reminder_row_carries_the_practitioners_arabic_name(
    database: Database, booked: int
) -> None:
    accounts = AccountService(database)
    doctor = next(a for a in accounts.list_accounts(ADMIN) if a.id == PRACTITIONER.user_id)
    accounts.set_printed_names(ADMIN, doctor.username, doctor.display_name, "د. سلمى", "")
    consent(database, booked)
    [row] = ReminderService(database).for_day(FRONT_DESK, TOMORROW, TODAY)
    assert (row.practitioner, row.practitioner_arabic) == (doctor.display_name, "د. سلمى")


def test_no_consent_or_a_withdrawn_one_means_no_reminder(database: Database, booked: int) -> None:
    service = ReminderService(database)
    [row] = service.for_day(FRONT_DESK, TOMORROW, TODAY)
    assert not row.consented and not row.may_send
    with pytest.raises(ValidationError):
        service.mark_sent(FRONT_DESK, row, "whatsapp")
    consent(database, booked, withdrawn=True)
    assert not service.for_day(FRONT_DESK, TOMORROW, TODAY)[0].may_send


def test_a_patient_who_prefers_a_call_is_not_messaged(database: Database, booked: int) -> None:
    consent(database, booked)
    service = ReminderService(database)
    service.set_channel(FRONT_DESK, booked, Channel.CALL)
    [row] = service.for_day(FRONT_DESK, TOMORROW, TODAY)
    assert row.channel is Channel.CALL and not row.may_send


def test_a_reminder_is_sent_once_and_the_second_desk_is_told_who(
    database: Database, booked: int
) -> None:
    consent(database, booked)
    service = ReminderService(database)
    [row] = service.for_day(FRONT_DESK, TOMORROW, TODAY)
    before = audit_count(database)
    sent, _changes = service.mark_sent(FRONT_DESK, row, "whatsapp")
    assert audit_count(database) == before + 1
    assert sent.sent_by and sent.sent_at is not None
    with pytest.raises(AlreadySentError) as second:
        service.mark_sent(ADMIN, row, "copied")  # the other desk's stale list
    assert sent.sent_by in str(second.value)
    [again] = service.for_day(FRONT_DESK, TOMORROW, TODAY)
    assert again.sent_by == sent.sent_by


def test_the_clinic_edits_its_templates(database: Database, booked: int) -> None:
    consent(database, booked)
    service = ReminderService(database)
    texts = Templates().as_mapping() | {"appointment_en": "Hi {name}, see you {date} {time}."}
    service.save_templates(ADMIN, texts, 0)
    [row] = service.for_day(FRONT_DESK, TOMORROW, TODAY)
    assert row.message.endswith("Hi Aisha Al Balushi, see you 11/03/2026 10:30.")
    with pytest.raises(ValidationError) as wrong:
        service.save_templates(ADMIN, texts | {"follow_up_ar": "مرحبا {patient}"}, 1)
    assert "{patient}" in wrong.value.field_errors["follow_up_ar"]


def test_the_whatsapp_link_carries_the_number_and_the_whole_message() -> None:
    text = "عزيزنا Aisha & co\nsee you 10:30?"
    url = whatsapp_url("+96891234567", text)
    parsed = urlparse(url)
    assert (parsed.scheme, parsed.netloc, parsed.path) == ("https", "wa.me", "/96891234567")
    assert parse_qs(parsed.query)["text"] == [text]


@given(st.text(max_size=200))
def test_any_message_survives_the_link(text: str) -> None:
    query = urlparse(whatsapp_url("+96871234567", text)).query
    assert parse_qs(query, keep_blank_values=True)["text"] == [text]


def test_the_sms_export_is_csv_with_formulas_defused() -> None:
    out = sms_csv([("+96891234567", "=HYPERLINK(1)", "line one\nline two")])
    lines = out.split("\r\n")
    assert lines[0] == "phone,name,message"
    assert lines[1].startswith("+96891234567,'=HYPERLINK(1),")


def test_each_language_names_the_clinic_and_patient_in_its_script(
    database: Database, booked: int
) -> None:
    settings = SettingsService(database)
    current = settings.clinic()
    settings.save_clinic(
        ADMIN,
        ClinicDetails("Muscat Skin Clinic", "عيادة مسقط للجلد", "", "", None, current.version),
    )
    [row] = ReminderService(database).for_day(FRONT_DESK, TOMORROW, TODAY)
    arabic, english = row.message.split("\n\n")
    assert "عيادة مسقط للجلد" in arabic and "عائشة البلوشي" in arabic
    assert "Muscat Skin Clinic" in english and "Aisha Al Balushi" in english
