"""Documents stored before codecs (version 0: no ``"v"``) read back through the services as they
did, and a shape no codec knows is an error naming its row, never a crash or an empty record.

The version-0 documents are written by raw SQL, the only way such rows now come to exist.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from scardesk.db.engine import Database, open_database
from scardesk.db.models import ModalityEntry, SessionAmendment
from scardesk.domain.enums import AppointmentStatus
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.safety import GateParameters
from scardesk.services.sessions import SessionService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import ADMIN, PRACTITIONER, STAFF_PASSWORD, make_clinical_lead
from tests.services.session_fixtures import Clinic, combined_session, make_clinic


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = open_database(migrated_url)  # make_clinic adds the staff itself
    yield opened
    opened.dispose()


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _write(database: Database, table: str, column: str, row_id: int, value: object) -> None:
    cast = "CAST(:raw AS JSON)" if database.engine.dialect.name == "postgresql" else ":raw"
    with database.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE {table} SET {column} = {cast} WHERE id = :id"),
            {"raw": json.dumps(value), "id": row_id},
        )


def _without_version(document: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in document.items() if key != "v"}


def test_version_0_session_documents_read_back_the_same(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    signed, _ = service.sign(PRACTITIONER, record.id, record.version, password=STAFF_PASSWORD)
    corrected = dataclasses.replace(signed.content, post_notes="Bruise reported next day.")
    amended, _ = service.amend(PRACTITIONER, signed.id, signed.version, corrected, "patient called")
    with database.sessions() as session:
        entries = session.execute(
            select(ModalityEntry.id, ModalityEntry.parameters).where(
                ModalityEntry.session_id == record.id
            )
        ).all()
        amendment = session.scalars(select(SessionAmendment)).one()
        before, after = amendment.before, amendment.after
    assert all(parameters["v"] == 1 for _, parameters in entries)
    for entry_id, parameters in entries:
        _write(database, "modality_entries", "parameters", entry_id, _without_version(parameters))
    _write(database, "session_amendments", "before", amendment.id, _without_version(before))
    _write(database, "session_amendments", "after", amendment.id, _without_version(after))
    again = service.get(PRACTITIONER, record.id)
    assert again.content == amended.content
    assert again.original == combined_session(clinic)
    assert again.amendments == amended.amendments  # shown in today's shape


def test_an_unknown_parameters_shape_names_its_row(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    with database.sessions() as session:
        needling = session.scalar(
            select(ModalityEntry.id).where(
                ModalityEntry.session_id == record.id, ModalityEntry.modality == "microneedling"
            )
        )
    assert needling is not None
    _write(database, "modality_entries", "parameters", needling, {"depth_mm": 1.5})
    with pytest.raises(UnreadableRecordError) as caught:
        service.get(PRACTITIONER, record.id)
    assert (caught.value.table, caught.value.row_id) == ("modality_entries", needling)


def test_version_0_rule_parameters_are_the_mapping_alone(
    database: Database, clinic: Clinic
) -> None:
    service = RuleSettingsService(database)
    lead = make_clinical_lead(database, PRACTITIONER)
    saved, _ = service.save(lead, {"toxin_review_days": 21}, service.current(ADMIN).version)
    _write(database, "clinic_settings", "rule_parameters", 1, {"toxin_review_days": 21})
    assert service.current(ADMIN).parameters == saved.parameters
    assert saved.parameters == GateParameters(toxin_review_days=21)
    _write(database, "clinic_settings", "rule_parameters", 1, {"toxin_review_weeks": 3})
    with pytest.raises(UnreadableRecordError, match="clinic_settings #1"):
        service.current(ADMIN)


def test_an_unknown_planned_modality_names_the_booking(database: Database, clinic: Clinic) -> None:
    from datetime import timedelta

    from scardesk.domain.scheduling import AppointmentInput
    from scardesk.services.appointments import AppointmentService
    from tests.services.session_fixtures import NOW

    service = AppointmentService(database)
    booked, *_ = service.book(
        ADMIN,
        AppointmentInput(clinic.patient_id, 3, NOW + timedelta(days=3), 30, ("toxin",)),
    )
    assert booked.status is AppointmentStatus.BOOKED
    _write(database, "appointments", "planned_modalities", booked.id, ["botox"])
    with pytest.raises(UnreadableRecordError) as caught:
        service.get(ADMIN, booked.id)
    assert (caught.value.table, caught.value.row_id) == ("appointments", booked.id)
