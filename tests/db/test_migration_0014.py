"""Revision 0014 on a clinic that already gave toxin: each entry gets its session's patient,
practitioner and void, the recall walks the wider index without reading sessions, and going
back to 0013 leaves the entries as they were."""

from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy import inspect, text, update

from scardesk.db import schema
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import InjectionPoint, ToxinEntry, TreatmentSession
from scardesk.demo import generate_demo
from scardesk.services.recall import recall_report
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, PRACTITIONER, count
from tests.services.session_fixtures import NOW, combined_session, make_clinic, session_copies

_NEW_INDEX = "ix_toxin_entries_recall_walk"
_OLD_INDEX = "ix_toxin_entries_lot_id_performed_at_session_id_total_units"
_COPIES = ("patient_id", "practitioner_id", "session_voided_at")


def _three_sessions(database: Database) -> tuple[int, list[int]]:
    """Three sessions with the lot in time order; the middle one is voided before the upgrade
    (by hand, as 0013 had no copy of the void to keep)."""
    clinic = make_clinic(database)
    service = SessionService(database)
    ids = []
    for hours in range(3):
        form = combined_session(clinic, performed_at=NOW + timedelta(hours=hours))
        record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, form)
        ids.append(record.id)
    return clinic.lot_id, ids


def _downgrade(database: Database, target: str) -> None:
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), target)


def _void_by_hand(database: Database, session_id: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            update(TreatmentSession)
            .where(TreatmentSession.id == session_id)
            .values(voided_at=NOW, void_reason="wrong patient")
        )


def _toxin_columns(database: Database) -> dict[str, bool]:
    columns = inspect(database.engine).get_columns("toxin_entries")
    return {str(column["name"]): bool(column["nullable"]) for column in columns}


def _indexes(database: Database) -> set[str]:
    return {str(index["name"]) for index in inspect(database.engine).get_indexes("toxin_entries")}


def test_upgrading_gives_each_entry_its_sessions_patient_practitioner_and_void(
    database_url: str,
) -> None:
    database = open_database(database_url)
    lot_id, ids = _three_sessions(database)
    points = count(database, InjectionPoint)
    _downgrade(database, "0013")
    _void_by_hand(database, ids[1])
    # The fixture's rows written by hand (users, consents...) and the void have no audit
    # event: the check finds the same things after the upgrade (but the schema being behind),
    # and nothing about the entries.
    found = tuple(p for p in check_database(database).problems if "revision 0013" not in p)
    assert len(found) < len(check_database(database).problems)  # the one left out was there
    schema.upgrade(database.engine)
    assert schema.is_current(database.engine)
    columns = _toxin_columns(database)
    assert [columns[name] for name in _COPIES] == [False, False, True]  # the void may be NULL
    assert _NEW_INDEX in _indexes(database) and _OLD_INDEX not in _indexes(database)
    copies = session_copies(database)
    assert len(copies) == 3 and all(carried == held for carried, held in copies)
    assert [carried[4] for carried, _ in copies] == [None, NOW, None]
    assert count(database, InjectionPoint) == points  # every point still has its entry
    rows = recall_report(database, ADMIN, lot_id).rows
    assert [row.session_id for row in rows] == [ids[0], ids[2]]  # the voided one left out
    assert check_database(database).problems == found
    database.dispose()


def test_downgrading_to_0013_removes_the_copies_and_keeps_the_entries(database_url: str) -> None:
    database = open_database(database_url)
    lot_id, ids = _three_sessions(database)
    entries, points = count(database, ToxinEntry), count(database, InjectionPoint)
    _downgrade(database, "0013")
    columns = _toxin_columns(database)
    assert not set(_COPIES) & set(columns)
    assert (columns["session_id"], columns["performed_at"]) == (False, False)  # 0013's stay
    assert _OLD_INDEX in _indexes(database) and _NEW_INDEX not in _indexes(database)
    with database.engine.connect() as connection:
        kept = connection.execute(text("SELECT count(*) FROM toxin_entries")).scalar_one()
        held = connection.execute(text("SELECT count(*) FROM injection_points")).scalar_one()
    assert (kept, held) == (entries, points)
    schema.upgrade(database.engine)  # and up again: the copies come back from the sessions
    assert [row.session_id for row in recall_report(database, ADMIN, lot_id).rows] == ids
    database.dispose()


def test_a_demo_clinic_upgraded_from_0013_still_checks_ok(database_url: str) -> None:
    """The demo writes the copies through the store's own mapping; the batch digests leave
    copies out (``COPY_OF``), so an upgraded demo clinic is neither "edited" nor out of step."""
    database = open_database(database_url)
    generate_demo(database, 40, seed=3, now=NOW)
    assert all(carried == held for carried, held in session_copies(database))
    _downgrade(database, "0013")
    schema.upgrade(database.engine)
    report = check_database(database)
    assert report.ok, report.describe()
    assert all(carried == held for carried, held in session_copies(database))
    database.dispose()
