"""Clinic-wide settings shared by every workstation (a single row in the database)."""

from __future__ import annotations

from dataclasses import dataclass

from scardesk.db.engine import Database
from scardesk.db.models import ClinicSettings
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.errors import ValidationError
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.validation import validate_free_text, validate_phone
from scardesk.services.access import check

SETTINGS_ROW_ID = 1


@dataclass(frozen=True)
class ClinicDetails:
    name: str
    name_arabic: str
    address: str
    address_arabic: str
    phone: str | None
    version: int


class SettingsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def clinic(self) -> ClinicDetails:
        with self._db.sessions() as session:
            row = session.get(ClinicSettings, SETTINGS_ROW_ID)
            if row is None:
                return ClinicDetails("", "", "", "", None, 0)
            return ClinicDetails(
                row.name, row.name_arabic, row.address, row.address_arabic, row.phone, row.version
            )

    def save_clinic(self, actor: Actor, details: ClinicDetails) -> tuple[ClinicDetails, Changes]:
        check(actor, Permission.MANAGE_SETTINGS)
        errors: dict[str, str] = {}
        phone = None
        try:
            phone = validate_phone(details.phone or "")
        except ValidationError as error:
            errors.update(error.field_errors)
        for field, value in (("name", details.name), ("name_arabic", details.name_arabic)):
            try:
                validate_free_text(value, field, 120)
            except ValidationError as error:
                errors.update(error.field_errors)
        if not details.name.strip() and not details.name_arabic.strip():
            errors["name"] = "the clinic's name is printed on every sheet: enter it"
        if errors:
            raise ValidationError(errors)
        with UnitOfWork(self._db, actor, "settings.clinic") as uow:
            if details.version == 0:
                row = ClinicSettings(id=SETTINGS_ROW_ID)
                uow.session.add(row)
            else:
                row = uow.get_for_update(ClinicSettings, SETTINGS_ROW_ID, details.version)
            row.name = details.name.strip()
            row.name_arabic = details.name_arabic.strip()
            row.address = details.address.strip()
            row.address_arabic = details.address_arabic.strip()
            row.phone = phone
            uow.session.flush()
            saved = ClinicDetails(
                row.name, row.name_arabic, row.address, row.address_arabic, row.phone, row.version
            )
        return saved, Changes(settings=True)
