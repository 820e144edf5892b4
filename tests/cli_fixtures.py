"""A clinic data folder for the command-line tests, and the audit events a command left in it.

The CLI opens the database itself from ``--data-dir``: each test fills a folder first, closes
it, then runs ``main([...])`` and reads back what was audited.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent
from scardesk.services.sessions import SessionService
from tests.helpers import PRACTITIONER
from tests.services.session_fixtures import combined_session, make_clinic


def clinic_folder(tmp_path: Path, fill: Callable[[Database, Path], object]) -> Path:
    """``tmp_path/data`` holding ``clinic.sqlite3``, filled by ``fill(database, folder)``."""
    folder = tmp_path / "data"
    database = open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
    try:
        fill(database, folder)
    finally:
        database.dispose()
    return folder


def one_session(name: str = "Aisha Al Balushi") -> Callable[[Database, Path], None]:
    """A filler: a patient called ``name`` with one toxin + microneedling session (lot C1234)."""

    def fill(database: Database, _folder: Path) -> None:
        clinic = make_clinic(database, name=name)
        SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, combined_session(clinic)
        )

    return fill


def audit_events(data_dir: Path, action: str) -> list[AuditEvent]:
    """The audit events of one action in that folder's database, oldest first."""
    database = open_database(f"sqlite:///{data_dir / 'clinic.sqlite3'}")
    try:
        with database.sessions() as session:
            return list(
                session.scalars(
                    select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
                )
            )
    finally:
        database.dispose()
