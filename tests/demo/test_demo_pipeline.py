"""The demo's rows built in a second process (scardesk.demo.pipeline) beside the writer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from scardesk.db.audit_rows import DEMO_BATCH_ACTION, primary_key
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import Appointment, AuditEvent, Patient, TreatmentSession
from scardesk.demo import generate_demo
from scardesk.demo.pipeline import BuildPlan, batches, built_batches
from scardesk.demo.rows import BATCH_TABLES
from scardesk.domain.enums import Role
from scardesk.domain.scheduling import AppointmentInput
from scardesk.services.access import Actor
from scardesk.services.appointments import AppointmentService

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
PATIENTS, BATCH = 24, 10  # three batches, the last one short


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Any]:
    databases: list[Database] = []

    def open_one(name: str) -> Database:
        database = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        databases.append(database)
        return database

    yield open_one
    for database in databases:
        database.dispose()


def _clinic(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a batch fills, and each batch event's digests."""
    with database.engine.connect() as connection:
        rows = {
            table.name: [
                tuple(row) for row in connection.execute(select(table).order_by(primary_key(table)))
            ]
            for table in BATCH_TABLES
        }
        query = select(AuditEvent.after).where(AuditEvent.action == DEMO_BATCH_ACTION)
        rows["digests"] = [(after,) for (after,) in connection.execute(query)]
    return rows


def test_a_seed_gives_the_same_clinic_whether_built_here_or_in_a_builder_process(
    opened: Any,
) -> None:
    here, there = opened("here"), opened("there")
    generate_demo(here, PATIENTS, seed=5, now=NOW, batch_patients=BATCH, separate=False)
    generate_demo(there, PATIENTS, seed=5, now=NOW, batch_patients=BATCH, separate=True)
    built_here, built_there = _clinic(here), _clinic(there)
    assert len(built_here["digests"]) == 3
    assert len(built_here["patients"]) == PATIENTS
    assert built_here == built_there
    assert check_database(there).ok, check_database(there).describe()


def test_a_batch_after_another_workstations_rows_is_renumbered_and_still_checks(
    database_url: str, audit_key_dir: Path
) -> None:
    """Between two batches the desk books an appointment: the next batch was built with the ids
    it expected, and is written above the new row, its sessions' links to its own appointments
    moved with it."""
    database = open_database(database_url)
    desk = Actor(user_id=1, role=Role.ADMIN)
    booked: list[int] = []

    def between_batches(done: int, total: int) -> None:
        if done == BATCH:
            with database.sessions() as session:
                patient = session.scalar(
                    select(func.min(Patient.id)).where(Patient.archived_at.is_(None))
                )
            form = AppointmentInput(int(patient or 0), 1, NOW + timedelta(days=3, hours=3))
            AppointmentService(database).book(desk, form)
            with database.sessions() as session:
                booked.append(session.scalar(select(func.max(Appointment.id))) or 0)

    try:
        generate_demo(
            database, PATIENTS, seed=5, progress=between_batches, now=NOW, batch_patients=BATCH
        )
        assert booked
        report = check_database(database)
        assert report.ok, report.describe()
        with database.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Patient)) == PATIENTS
            later = select(func.count()).where(Appointment.id > booked[0])
            assert session.scalar(later.where(Appointment.patient_id > BATCH)), "not renumbered"
            # A session held at an appointment is the same patient's (the link moved too).
            linked = select(TreatmentSession.patient_id, Appointment.patient_id).join(
                Appointment, TreatmentSession.appointment_id == Appointment.id
            )
            pairs = session.execute(linked.where(Appointment.id > booked[0])).all()
            assert pairs and all(mine == theirs for mine, theirs in pairs)
    finally:
        database.dispose()


def test_an_error_in_the_builder_process_reaches_the_writer(opened: Any) -> None:
    """A plan the builder cannot follow fails the build with the builder's own error."""
    database = opened("broken")
    plan = BuildPlan(
        seed=1,
        staff=None,  # type: ignore[arg-type]
        catalog=None,  # type: ignore[arg-type]
        now=NOW,
        patients=20,
        batch_patients=10,
        first_ids={},
        driver_values=True,
    )
    with pytest.raises(AttributeError):
        list(batches(plan))
    with pytest.raises(AttributeError):
        list(built_batches(plan, separate=True))
    database.dispose()


_KILLED_WRITER = """
import multiprocessing, os, signal, sys
from datetime import UTC, datetime
from scardesk.db.engine import open_database
from scardesk.demo import generate_demo

def killed_after_the_first_batch(done, total):
    (builder,) = multiprocessing.active_children()
    print(builder.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no clean-up at all, as a crash or a task manager

if __name__ == "__main__":
    database = open_database("sqlite:///" + sys.argv[1])
    generate_demo(database, 40, seed=2, progress=killed_after_the_first_batch,
                  now=datetime(2026, 3, 10, 6, 0, tzinfo=UTC), batch_patients=10, separate=True)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for its reaper is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_builder_stops_when_its_writer_is_killed(tmp_path: Path) -> None:
    """A writer killed outright leaves no builder behind: it had the next batch built and was
    waiting to hand over the one after, for ever, before it watched for its writer."""
    import subprocess
    import sys
    import time

    script = tmp_path / "writer.py"
    script.write_text(_KILLED_WRITER)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "clinic.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,  # a builder left running keeps the output open: this times out
    )
    assert done.returncode == -9, done.stderr
    builder = int(done.stdout.split()[0])
    deadline = time.monotonic() + 15
    while _running(builder) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(builder)
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        with database.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Patient)) == 10  # one batch
        assert check_database(database).ok
    finally:
        database.dispose()
