"""A stale row met at any flush inside a unit of work is a conflict, never an internal error."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from scardesk.db.engine import Database
from scardesk.db.models import Patient
from scardesk.db.unit_of_work import UnitOfWork
from scardesk.domain.errors import ConflictError
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, aisha, audit_count


def _change_behind_the_orm(uow: UnitOfWork, patient_id: int) -> None:
    """What another workstation's commit looks like from inside this transaction."""
    uow.session.execute(
        text("UPDATE patients SET version = version + 1 WHERE id = :id"), {"id": patient_id}
    )


@pytest.mark.parametrize("flush_inside", [True, False], ids=["explicit-flush", "at-commit"])
def test_a_stale_row_is_a_conflict_and_nothing_is_saved(
    database: Database, flush_inside: bool
) -> None:
    record, _ = PatientService(database).register(FRONT_DESK, aisha())
    events_before = audit_count(database)
    with (
        pytest.raises(ConflictError) as raised,
        UnitOfWork(database, FRONT_DESK, "patient.update") as uow,
    ):
        row = uow.session.get(Patient, record.id)
        assert row is not None
        _change_behind_the_orm(uow, record.id)
        row.address = "Way 3021, Al Khuwair"
        if flush_inside:
            uow.session.flush()
    assert raised.value.entity == "patients"
    assert audit_count(database) == events_before
    with database.sessions() as session:
        stored = session.get(Patient, record.id)
        assert stored is not None and stored.version == record.version
