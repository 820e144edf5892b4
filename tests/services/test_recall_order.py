"""Lot recall reads a lot's uses in time order off one index (issue #16).

Each toxin entry carries its session's id and time (revision 0013). Every way a session's time
is set — the first save, a correction before signing, an amendment after — keeps the copies
equal to the session's own, so the recall's order follows the session; a copy changed behind
ScarDesk's back is what ``db check`` reports.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from scardesk.db.copy_check import copy_problems
from scardesk.db.engine import Database
from scardesk.db.integrity import check_database
from scardesk.db.models import Patient, ToxinEntry, TreatmentSession
from scardesk.domain.message_catalogue import english
from scardesk.domain.sessions import SessionRecord
from scardesk.services.merge import PatientMergeService
from scardesk.services.patients import PatientService
from scardesk.services.recall import _uses_query, recall_batches, recall_query, recall_report
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, PRACTITIONER, STAFF_PASSWORD, aisha
from tests.services.session_fixtures import (
    NOW,
    TODAY,
    Clinic,
    combined_session,
    make_clinic,
    session_copies,
    toxin_copies,
    void_session,
)

#: The index the recall walks (revisions 0013 and 0014).
_WALK = "ix_toxin_entries_recall_walk"


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _record(database: Database, clinic: Clinic, at: datetime) -> SessionRecord:
    form = combined_session(clinic, performed_at=at)
    record, *_ = SessionService(database).record_session(PRACTITIONER, clinic.patient_id, form)
    return record


def _order(database: Database, clinic: Clinic) -> list[int]:
    return [row.session_id for row in recall_report(database, ADMIN, clinic.lot_id).rows]


def _all_copies_equal(database: Database) -> bool:
    """Every copy an entry carries (id, time, patient, practitioner, void) is its session's."""
    copies = session_copies(database)
    return bool(copies) and all(carried == held for carried, held in copies)


def _version(database: Database, patient_id: int) -> int:
    with database.sessions() as session:
        row = session.get(Patient, patient_id)
        assert row is not None
        return row.version


def test_a_saved_session_gives_its_toxin_entry_its_id_and_time(
    database: Database, clinic: Clinic
) -> None:
    record = _record(database, clinic, NOW)
    assert toxin_copies(database) == [(record.id, NOW, record.id, NOW)]
    assert copy_problems(database.engine) == []
    # The entry's audit event holds its own values, not the copies, and db check finds the
    # row as audited (the fixture's hand-written rows are its only findings).
    problems = check_database(database).problems
    assert not [problem for problem in problems if "toxin_entries" in problem], problems


def test_correcting_the_time_before_signing_moves_the_use_in_the_recall(
    database: Database, clinic: Clinic
) -> None:
    first = _record(database, clinic, NOW)
    second = _record(database, clinic, NOW + timedelta(hours=1))
    assert _order(database, clinic) == [first.id, second.id]
    found = check_database(database).problems  # the fixture's rows written without events
    earlier = replace(second.content, performed_at=NOW - timedelta(minutes=30))
    SessionService(database).update(PRACTITIONER, second.id, second.version, earlier)
    assert _order(database, clinic) == [second.id, first.id]
    assert _all_copies_equal(database)
    # The copy is not audited (the session's time is): db check finds nothing new.
    assert check_database(database).problems == found


def test_an_amendment_of_the_time_moves_the_use_in_the_recall(
    database: Database, clinic: Clinic
) -> None:
    service = SessionService(database)
    first = _record(database, clinic, NOW)
    second = _record(database, clinic, NOW + timedelta(hours=1))
    found = check_database(database).problems  # the fixture's rows written without events
    signed, _ = service.sign(PRACTITIONER, first.id, first.version, password=STAFF_PASSWORD)
    later = replace(signed.content, performed_at=NOW + timedelta(hours=2))
    service.amend(PRACTITIONER, signed.id, signed.version, later, "Wrong hour typed.")
    assert _order(database, clinic) == [second.id, first.id]
    assert _all_copies_equal(database)
    assert check_database(database).problems == found


def test_a_voided_session_stays_out_of_the_walk(database: Database, clinic: Clinic) -> None:
    first = _record(database, clinic, NOW)
    second = _record(database, clinic, NOW + timedelta(hours=1))
    found = check_database(database).problems  # the fixture's rows written without events
    void_session(database, first.id)
    assert _order(database, clinic) == [second.id]
    assert _all_copies_equal(database)
    assert check_database(database).problems == found


def test_a_void_outside_scardesk_that_leaves_the_copy_is_reported(
    database: Database, clinic: Clinic
) -> None:
    """The walk reads the entry's copy of the void (revision 0014), not the session: a session
    voided behind ScarDesk's back is still listed (a recall over-inclusive, never short), and
    ``db check`` names its entry."""
    first = _record(database, clinic, NOW)
    with database.engine.begin() as connection:
        connection.execute(
            update(TreatmentSession)
            .where(TreatmentSession.id == first.id)
            .values(voided_at=NOW, void_reason="wrong patient")
        )
        entry = connection.execute(
            select(ToxinEntry.id).where(ToxinEntry.session_id == first.id)
        ).scalar_one()
    assert _order(database, clinic) == [first.id]
    assert [english(finding) for finding in copy_problems(database.engine)] == [
        "toxin_entries: 1 entry differs from the session in time, id, patient, practitioner "
        "or voiding (changed outside ScarDesk); lot recall lists such entries wrongly: "
        f"ids {entry}."
    ]


def test_merging_patients_moves_the_patient_the_entries_carry(
    database: Database, clinic: Clinic
) -> None:
    """A merge moves the merged file's sessions to the survivor, and with them the patient
    their toxin entries carry (revision 0014), in the merge's own transaction: the recall
    lists the survivor."""
    survivor = PatientService(database).register(ADMIN, aisha(civil_number="22334455"))[0]
    mine = _record(database, clinic, NOW)
    other = _record(database, clinic, NOW + timedelta(hours=1))
    PatientMergeService(database).merge(
        ADMIN,
        (survivor.id, survivor.version),
        (clinic.patient_id, _version(database, clinic.patient_id)),
        {},
        "Same person registered twice.",
        password=STAFF_PASSWORD,
    )
    rows = recall_report(database, ADMIN, clinic.lot_id).rows
    assert [(row.session_id, row.patient_id) for row in rows] == [
        (mine.id, survivor.id),
        (other.id, survivor.id),
    ]
    assert _all_copies_equal(database)
    assert copy_problems(database.engine) == []


def test_a_copy_changed_outside_scardesk_is_reported(database: Database, clinic: Clinic) -> None:
    _record(database, clinic, NOW)
    record = _record(database, clinic, NOW + timedelta(hours=1))
    with database.engine.begin() as connection:
        entry = connection.execute(
            select(ToxinEntry.id).where(ToxinEntry.session_id == record.id)
        ).scalar_one()
        connection.execute(
            update(ToxinEntry)
            .where(ToxinEntry.id == entry)
            .values(performed_at=NOW - timedelta(days=1))
        )
    found = copy_problems(database.engine)
    assert [english(finding) for finding in found] == [
        "toxin_entries: 1 entry differs from the session in time, id, patient, practitioner "
        "or voiding (changed outside ScarDesk); lot recall lists such entries wrongly: "
        f"ids {entry}."
    ]
    assert english(found[0]) in check_database(database).problems


def test_the_walk_comes_off_the_index_without_a_sort_or_a_session_read(
    database: Database, clinic: Clinic
) -> None:
    for hours in range(3):
        _record(database, clinic, NOW + timedelta(hours=hours))
    with database.engine.begin() as connection:
        for query in (_uses_query(clinic.lot_id), recall_query(clinic.lot_id)):
            compiled = query.compile(connection, compile_kwargs={"literal_binds": True})
            if connection.dialect.name == "sqlite":
                plan = " | ".join(
                    str(row[-1])
                    for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
                )
                assert "TEMP B-TREE" not in plan, plan
                assert f"COVERING INDEX {_WALK}" in plan, plan  # the entries' rows unread
            else:
                # On three rows PostgreSQL would rather sort than walk an index: forbid sorting,
                # and a plan that cannot give the order without one still shows a Sort node.
                connection.execute(text("SET LOCAL enable_sort = off"))
                connection.execute(text("SET LOCAL enable_seqscan = off"))
                plan = " | ".join(
                    str(row[0]) for row in connection.execute(text(f"EXPLAIN {compiled}"))
                )
                assert "Sort" not in plan, plan
                assert _WALK in plan
            # The entry carries all the walk needs of its session (revision 0014).
            assert "treatment_sessions" not in plan, plan


def test_the_report_is_read_without_jit_in_utc_and_the_settings_die_with_its_transaction(
    database: Database, clinic: Clinic
) -> None:
    """PostgreSQL compiled the busiest lot's cursor plan before the first row (16-28 ms at a
    million patients, issue #16): the report's transaction turns JIT off, and only it. It
    also reads its moments in UTC (no conversion per row): on a connection whose zone is
    Muscat's, the times and the Muscat days are the same as anywhere."""
    if database.kind != "postgresql":
        pytest.skip("JIT and the connection's TimeZone are PostgreSQL's")
    late = NOW.replace(hour=21)  # 01:00 the next day in Muscat
    _record(database, clinic, late)
    settings = text("SELECT current_setting('jit'), current_setting('TimeZone')")
    with database.engine.connect() as connection:
        connection.exec_driver_sql("SET TimeZone = 'Asia/Muscat'")  # this connection's own
        connection.commit()
        jit, _ = connection.execute(settings).one()
        connection.rollback()
        (batch,) = recall_batches(connection, clinic.lot_id)
        assert tuple(connection.execute(settings).one()) == ("off", "UTC")
        connection.rollback()
        assert tuple(connection.execute(settings).one()) == (jit, "Asia/Muscat")
        assert jit != "off"
        connection.exec_driver_sql("RESET TimeZone")  # the pooled connection as it was
        connection.commit()
    (row,) = batch
    assert (row.performed_at, row.performed_at.tzinfo) == (late, UTC)
    assert row.performed_on == (late + timedelta(hours=4)).date() == TODAY + timedelta(days=1)
