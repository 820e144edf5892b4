"""Fixtures shared by the clinical service tests: a patient (the database is in tests/conftest)."""

from __future__ import annotations

import pytest

from scardesk.db.engine import Database
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, aisha


@pytest.fixture
def patient_id(database: Database) -> int:
    return PatientService(database).register(FRONT_DESK, aisha())[0].id
