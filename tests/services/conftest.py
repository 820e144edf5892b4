"""Fixtures shared by the clinical service tests: a database with one user per role, a patient."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scardesk.db.engine import Database, open_database
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, add_staff, aisha


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A fresh database whose users 1–3 are the ADMIN, FRONT_DESK and PRACTITIONER actors."""
    opened = open_database(database_url)
    add_staff(opened)
    yield opened
    opened.dispose()


@pytest.fixture
def patient_id(database: Database) -> int:
    return PatientService(database).register(FRONT_DESK, aisha())[0].id
