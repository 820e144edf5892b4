"""Clinic-wide settings shared by every workstation (a single row in the database)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from scardesk.db.decoding import reading
from scardesk.db.engine import Database
from scardesk.db.models import CLINIC_SETTINGS_ID, AuditEvent, ClinicSettings, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.codecs import decode_rule_parameters, encode_rule_parameters
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.safety import GateParameters
from scardesk.domain.validation import (
    validate_free_text,
    validate_identifier,
    validate_omani_mobile,
    validate_phone,
)
from scardesk.services.access import check
from scardesk.services.clinic_logo import check_logo

#: Minutes without input before a workstation locks: 5 by default on clinical workstations
#: (the HIPAA automatic-logoff safeguard); the clinic may choose from 1 to 60.
AUTO_LOCK_DEFAULT_MINUTES = 5
RULES_ACTION = "settings.rules"
AUTO_LOCK_MINUTES_RANGE = (1, 60)


@dataclass(frozen=True)
class ClinicDetails:
    """What the Admin → Clinic details form edits. ``logo`` is read-only here: it is set and
    removed on its own (:meth:`SettingsService.set_logo`), as a file rather than typed text."""

    name: str
    name_arabic: str
    address: str
    address_arabic: str
    phone: str | None
    version: int
    auto_lock_minutes: int = AUTO_LOCK_DEFAULT_MINUTES
    hours: str = ""
    hours_arabic: str = ""
    moh_licence: str = ""
    whatsapp: str | None = None
    logo: bytes | None = None


def _details(row: ClinicSettings) -> ClinicDetails:
    return ClinicDetails(
        row.name,
        row.name_arabic,
        row.address,
        row.address_arabic,
        row.phone,
        row.version,
        row.auto_lock_minutes or AUTO_LOCK_DEFAULT_MINUTES,
        hours=row.hours or "",
        hours_arabic=row.hours_arabic or "",
        moh_licence=row.moh_licence or "",
        whatsapp=row.whatsapp,
        logo=row.logo_png,
    )


def _check_auto_lock(minutes: object) -> int:
    low, high = AUTO_LOCK_MINUTES_RANGE
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValidationError(
            {
                "auto_lock_minutes": Message(
                    "settings.auto_lock_out_of_range",
                    {"low": low, "high": high, "example": AUTO_LOCK_DEFAULT_MINUTES},
                )
            }
        )
    return minutes


class SettingsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def clinic(self) -> ClinicDetails:
        with self._db.sessions() as session:
            row = session.get(ClinicSettings, CLINIC_SETTINGS_ID)
            if row is None:
                return ClinicDetails("", "", "", "", None, 0)
            return _details(row)

    def save_clinic(self, actor: Actor, details: ClinicDetails) -> tuple[ClinicDetails, Changes]:
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        errors: dict[str, Message] = {}
        phone = whatsapp = None
        try:
            phone = validate_phone(details.phone or "")
        except ValidationError as error:
            errors.update(error.field_messages)
        try:
            whatsapp = validate_omani_mobile(details.whatsapp or "", "whatsapp")
        except ValidationError as error:
            errors.update(error.field_messages)
        clean: dict[str, str] = {}
        for field, value, limit in (
            ("name", details.name, 120),
            ("name_arabic", details.name_arabic, 120),
            ("address", details.address, 300),
            ("address_arabic", details.address_arabic, 300),
            ("hours", details.hours, 200),
            ("hours_arabic", details.hours_arabic, 200),
        ):
            try:
                clean[field] = validate_free_text(value, field, limit) or ""
            except ValidationError as error:
                errors.update(error.field_messages)
        licence = None
        try:
            licence = validate_identifier(details.moh_licence, "moh_licence", 60)
        except ValidationError as error:
            errors.update(error.field_messages)
        minutes = AUTO_LOCK_DEFAULT_MINUTES
        try:
            minutes = _check_auto_lock(details.auto_lock_minutes)
        except ValidationError as error:
            errors.update(error.field_messages)
        named = clean.get("name") or clean.get("name_arabic")
        if not named and not {"name", "name_arabic"} & errors.keys():
            errors["name"] = Message("clinic.name_missing")
        if errors:
            raise ValidationError(errors)
        with UnitOfWork(self._db, actor, "settings.clinic") as uow:
            if details.version == 0:
                row = ClinicSettings(id=CLINIC_SETTINGS_ID)
                uow.session.add(row)
            else:
                row = uow.get_for_update(ClinicSettings, CLINIC_SETTINGS_ID, details.version)
            row.name = clean["name"]
            row.name_arabic = clean["name_arabic"]
            row.address = clean["address"]
            row.address_arabic = clean["address_arabic"]
            row.phone = phone
            row.auto_lock_minutes = minutes
            row.hours = clean["hours"]
            row.hours_arabic = clean["hours_arabic"]
            row.moh_licence = licence
            row.whatsapp = whatsapp
            uow.session.flush()
            saved = _details(row)
        return saved, Changes(settings=True)

    def set_logo(
        self, actor: Actor, data: bytes | None, expected_version: int
    ) -> tuple[ClinicDetails, Changes]:
        """Store a new logo (PNG or JPEG, checked and size-limited) or remove it (``None``);
        audited as "settings.logo" with the image's hash and size, never its bytes."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        logo = check_logo(data) if data is not None else None
        with UnitOfWork(self._db, actor, "settings.logo") as uow:
            if expected_version == 0:
                raise ValidationError({"logo": Message("clinic.logo_before_name")})
            row = uow.get_for_update(ClinicSettings, CLINIC_SETTINGS_ID, expected_version)
            row.logo_png = logo
            uow.session.flush()
            saved = _details(row)
        return saved, Changes(settings=True)


@dataclass(frozen=True)
class RuleSettings:
    """The safety rules' intervals, windows and caps, with the row version they were read at."""

    parameters: GateParameters
    version: int
    #: Who last saved these settings (blank while the clinic runs on the defaults): findings
    #: that rest on them cite "your clinic's policy, set by …".
    set_by: str = ""


class RuleSettingsService:
    """One stored set of rule parameters read by the gate, the plans and the follow-up list."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def current(self, actor: Actor) -> RuleSettings:
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            row = session.get(ClinicSettings, CLINIC_SETTINGS_ID)
            if row is None:
                return RuleSettings(GateParameters(), 0)
            with reading("clinic_settings", row.id):
                parameters = decode_rule_parameters(row.rule_parameters)
            setter = session.scalar(
                select(User.display_name)
                .join(AuditEvent, AuditEvent.user_id == User.id)
                .where(AuditEvent.action == RULES_ACTION)
                .order_by(AuditEvent.id.desc())
                .limit(1)
            )
            return RuleSettings(parameters, row.version, setter or "")

    def save(
        self, actor: Actor, values: Mapping[str, object], expected_version: int
    ) -> tuple[RuleSettings, Changes]:
        """Validate every value (each wrong one named) and store the whole set, or nothing.

        Clinical leads only: these values decide who may be treated, which is a clinical
        judgement the clinic's system administrator does not make."""
        check(self._db, actor, Permission.EDIT_SAFETY_RULES)
        parameters = GateParameters.from_mapping(values)
        with UnitOfWork(self._db, actor, RULES_ACTION) as uow:
            if (
                expected_version == 0
                and uow.session.get(ClinicSettings, CLINIC_SETTINGS_ID) is None
            ):
                row = ClinicSettings(id=CLINIC_SETTINGS_ID)
                uow.session.add(row)
            else:
                row = uow.get_for_update(ClinicSettings, CLINIC_SETTINGS_ID, expected_version)
            # A new dict, never an in-place edit, so the audit keeps the values before.
            row.rule_parameters = encode_rule_parameters(parameters)
            uow.session.flush()
            saved = RuleSettings(parameters, row.version)
        return saved, Changes(settings=True)
