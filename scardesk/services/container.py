"""Every service over one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from scardesk.db.engine import Database
from scardesk.services.patients import PatientService
from scardesk.services.settings import SettingsService
from scardesk.services.users import UserService


@dataclass(frozen=True)
class Services:
    database_label: str
    users: UserService
    patients: PatientService
    settings: SettingsService


def build_services(database: Database) -> Services:
    return Services(
        database_label=database.describe(),
        users=UserService(database),
        patients=PatientService(database),
        settings=SettingsService(database),
    )
