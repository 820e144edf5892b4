"""Revision 0013 on a clinic that already gave toxin: each entry gets its session's id and time,
the recall walks the new index, and going back leaves the entries as they were."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from alembic import command
from sqlalchemy import inspect, text

from scardesk.db import schema
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import InjectionPoint, ToxinEntry
from scardesk.demo import generate_demo
from scardesk.services.recall import recall_report
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, PRACTITIONER, count
from tests.services.session_fixtures import NOW, combined_session, make_clinic, toxin_copies

#: The walk's index as it stands at head: revision 0014 replaced 0013's with one that also holds
#: the copies it added (tests/db/test_migration_0014.py).
_NEW_INDEX = "ix_toxin_entries_recall_walk"
_OLD_INDEX = "ix_toxin_entries_lot_id_modality_entry_id_total_units"


def _two_sessions(database: Database) -> tuple[int, list[int]]:
    """Two sessions with the lot, the later one recorded first (so ids and times disagree)."""
    clinic = make_clinic(database)
    service = SessionService(database)
    ids = []
    for at in (NOW + timedelta(hours=2), NOW):
        form = combined_session(clinic, performed_at=at)
        record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, form)
        ids.append(record.id)
    return clinic.lot_id, [ids[1], ids[0]]  # in time order


def _toxin_columns(database: Database) -> dict[str, bool]:
    columns = inspect(database.engine).get_columns("toxin_entries")
    return {str(column["name"]): bool(column["nullable"]) for column in columns}


def _indexes(database: Database) -> set[str]:
    return {str(index["name"]) for index in inspect(database.engine).get_indexes("toxin_entries")}


def _downgrade(database: Database) -> None:
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0012")


def test_upgrading_gives_each_entry_its_sessions_id_and_time(database_url: str) -> None:
    database = open_database(database_url)
    lot_id, in_time_order = _two_sessions(database)
    points = count(database, InjectionPoint)
    # The fixture's rows written by hand (users, consents...) have no audit event: the check
    # finds the same things after the round trip, and nothing about the rebuilt entries.
    found = check_database(database).problems
    _downgrade(database)
    schema.upgrade(database.engine)
    assert schema.is_current(database.engine)
    columns = _toxin_columns(database)
    assert (columns["session_id"], columns["performed_at"]) == (False, False)  # NOT NULL
    assert _NEW_INDEX in _indexes(database) and _OLD_INDEX not in _indexes(database)
    copies = toxin_copies(database)
    assert [(own, at) for own, at, _, _ in copies] == [
        (in_time_order[1], NOW + timedelta(hours=2)),
        (in_time_order[0], NOW),
    ]
    assert all(own == session_id and at == when for own, at, session_id, when in copies)
    assert count(database, InjectionPoint) == points  # every point still has its entry
    rows = recall_report(database, ADMIN, lot_id).rows
    assert [row.session_id for row in rows] == in_time_order
    # Foreign keys, the rows against their audit trail, the copies: nothing new to report.
    assert check_database(database).problems == found
    database.dispose()


def test_downgrading_to_0012_removes_the_copies_and_keeps_the_entries(database_url: str) -> None:
    database = open_database(database_url)
    lot_id, in_time_order = _two_sessions(database)
    entries, points = count(database, ToxinEntry), count(database, InjectionPoint)
    _downgrade(database)
    columns = _toxin_columns(database)
    assert "performed_at" not in columns and "session_id" not in columns
    assert columns["lot_id"] is False
    assert _OLD_INDEX in _indexes(database) and _NEW_INDEX not in _indexes(database)
    with database.engine.connect() as connection:
        kept = connection.execute(text("SELECT count(*) FROM toxin_entries")).scalar_one()
        held = connection.execute(text("SELECT count(*) FROM injection_points")).scalar_one()
    assert (kept, held) == (entries, points)
    schema.upgrade(database.engine)  # and up again: the copies come back from the sessions
    assert [row.session_id for row in recall_report(database, ADMIN, lot_id).rows] == (
        in_time_order
    )
    database.dispose()


def test_the_copy_follows_the_session_after_the_upgrade(database_url: str) -> None:
    """An entry filled by the upgrade is kept equal by the app's correction like any other."""
    database = open_database(database_url)
    lot_id, in_time_order = _two_sessions(database)
    found = check_database(database).problems
    _downgrade(database)
    schema.upgrade(database.engine)
    service = SessionService(database)
    later = service.get(PRACTITIONER, in_time_order[1])
    earlier = replace(later.content, performed_at=NOW - timedelta(minutes=30))
    service.update(PRACTITIONER, later.id, later.version, earlier)
    rows = recall_report(database, ADMIN, lot_id).rows
    assert [row.session_id for row in rows] == in_time_order[::-1]
    assert check_database(database).problems == found
    database.dispose()


def test_a_demo_clinic_upgraded_from_0012_still_checks_ok(database_url: str) -> None:
    """The demo's batch digests cover the columns the demo wrote before 0013; the copies added
    since are left out of them (``COPY_OF``), so an upgraded demo clinic is not "edited"."""
    database = open_database(database_url)
    generate_demo(database, 40, seed=3, now=NOW)
    _downgrade(database)
    schema.upgrade(database.engine)
    report = check_database(database)
    assert report.ok, report.describe()
    database.dispose()
