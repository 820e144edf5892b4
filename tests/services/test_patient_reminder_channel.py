"""The reminder channel chosen on the patient form is saved with the patient: in the same
transaction and audit event as the registration or edit, and only when one is given."""

from __future__ import annotations

from scardesk.db.engine import Database
from scardesk.domain.reminders import Channel
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, aisha, audit_count


def test_registering_with_a_channel_stores_and_audits_it(database: Database) -> None:
    patients = PatientService(database)
    before = audit_count(database)
    patients.register(FRONT_DESK, aisha(civil_number="87654321"))
    plain = audit_count(database) - before
    before = audit_count(database)
    record, _ = patients.register(FRONT_DESK, aisha(), reminders=Channel.SMS)
    assert audit_count(database) - before == plain + 1  # the choice is audited with the patient
    assert patients.reminder_channel(FRONT_DESK, record.id) is Channel.SMS


def test_an_edit_changes_the_channel_only_when_one_is_given(database: Database) -> None:
    patients = PatientService(database)
    record, _ = patients.register(FRONT_DESK, aisha())
    assert patients.reminder_channel(FRONT_DESK, record.id) is Channel.WHATSAPP  # the default
    record, _ = patients.update(
        FRONT_DESK, record.id, record.version, aisha(email="a@b.om"), reminders=Channel.NONE
    )
    assert patients.reminder_channel(FRONT_DESK, record.id) is Channel.NONE
    patients.update(FRONT_DESK, record.id, record.version, aisha(email="c@d.om"))
    assert patients.reminder_channel(FRONT_DESK, record.id) is Channel.NONE  # kept
