"""Every public service method, called as each kind of user, against the table of who may do what.

Two explicit tables: which permission each service method needs, and which permissions each
role holds. The test calls every method that takes an actor, with throwaway arguments, as
each role, as a deactivated user, as an unknown user and as a user-less non-system actor: the
call must be refused with PermissionDeniedError exactly when the table says so. A refused
call is refused before its arguments are looked at, so the throwaway arguments never matter
for a refusal; an allowed call may fail later on them, which is not a refusal. A public method
added without an entry here fails the test until someone decides who may call it.
"""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date
from typing import Any

import pytest
from sqlalchemy import update

from scardesk.db.engine import Database
from scardesk.db.models import User
from scardesk.db.unit_of_work import SYSTEM, Actor
from scardesk.domain.enums import Role
from scardesk.domain.errors import (
    AccountInactiveError,
    PasswordChangeRequiredError,
    PermissionDeniedError,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission as P
from scardesk.domain.permissions import Standing, granted
from scardesk.services.container import Services, build_services
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER

DESK, PRAC, ADM = Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMIN

#: Which role holds which permission (the closing note of issue #11 prints this table).
ROLE_TABLE: dict[P, set[Role]] = {
    P.VIEW_DEMOGRAPHICS: {DESK, PRAC, ADM},
    P.EDIT_DEMOGRAPHICS: {DESK, PRAC, ADM},
    P.ARCHIVE_PATIENT: {DESK, PRAC, ADM},
    P.MANAGE_APPOINTMENTS: {DESK, PRAC, ADM},
    P.PRINT_HANDOUTS: {DESK, PRAC, ADM},
    P.MERGE_PATIENTS: {PRAC, ADM},
    P.VIEW_CLINICAL: {PRAC},
    P.EDIT_CLINICAL: {PRAC},
    P.SIGN_SESSION: {PRAC},
    P.MANAGE_PRODUCTS: {PRAC, ADM},
    P.MANAGE_USERS: {ADM},
    P.MANAGE_SETTINGS: {ADM},
    P.VIEW_AUDIT: {ADM},  # and any privacy officer
    P.BACKUP: {ADM},
    P.EDIT_SAFETY_RULES: set(),  # practitioners who are clinical leads only
}

#: What each public service method needs; None: only an active signed-in user, no permission.
METHOD_TABLE: dict[str, P | None] = {
    "users.add_user": P.MANAGE_USERS,
    # One's own password; the one action left while a one-time password must be replaced.
    "users.change_password": None,
    "users.list_users": P.MANAGE_USERS,
    "accounts.list_accounts": P.MANAGE_USERS,
    "accounts.find": P.MANAGE_USERS,
    "accounts.reset_password": P.MANAGE_USERS,
    "accounts.set_role": P.MANAGE_USERS,
    "accounts.set_active": P.MANAGE_USERS,
    "accounts.set_clinical_lead": P.MANAGE_USERS,
    "accounts.set_privacy_officer": P.MANAGE_USERS,
    "accounts.set_printed_names": P.MANAGE_USERS,
    "accounts.unlock": P.MANAGE_USERS,
    "users.lock_screen": P.VIEW_DEMOGRAPHICS,  # any active staff account
    "users.set_display_preferences": None,  # one's own, any signed-in account
    "users.unlock_screen": P.VIEW_DEMOGRAPHICS,
    "patients.archive": P.ARCHIVE_PATIENT,
    "patients.restore": P.ARCHIVE_PATIENT,
    "patients.get": P.VIEW_DEMOGRAPHICS,
    "patients.reminder_channel": P.VIEW_DEMOGRAPHICS,
    "patients.register": P.EDIT_DEMOGRAPHICS,
    "patients.update": P.EDIT_DEMOGRAPHICS,
    "search.find_duplicates": P.VIEW_DEMOGRAPHICS,
    "search.rows": P.VIEW_DEMOGRAPHICS,
    "search.search": P.VIEW_DEMOGRAPHICS,
    "settings.save_clinic": P.MANAGE_SETTINGS,
    "settings.set_logo": P.MANAGE_SETTINGS,
    "appointments.book": P.MANAGE_APPOINTMENTS,
    "appointments.cancel": P.MANAGE_APPOINTMENTS,
    "appointments.move": P.MANAGE_APPOINTMENTS,
    "appointments.mark_arrived": P.MANAGE_APPOINTMENTS,
    "appointments.mark_done": P.MANAGE_APPOINTMENTS,
    "appointments.mark_no_show": P.MANAGE_APPOINTMENTS,
    "appointments.day_list": P.VIEW_DEMOGRAPHICS,
    "appointments.get": P.VIEW_DEMOGRAPHICS,
    "appointments.overlaps": P.VIEW_DEMOGRAPHICS,
    "followup.due_list": P.VIEW_DEMOGRAPHICS,
    "patient_header.open": P.VIEW_DEMOGRAPHICS,
    "patient_header.refresh": P.VIEW_DEMOGRAPHICS,
    "history.entries": P.VIEW_CLINICAL,
    "history.answers_at": P.VIEW_CLINICAL,
    "history.changes_since": P.VIEW_CLINICAL,
    "history.current_answers": P.VIEW_CLINICAL,
    "history.last_reviewed_on": P.VIEW_CLINICAL,
    "history.record": P.EDIT_CLINICAL,
    "history.void": P.EDIT_CLINICAL,
    "consents.capture": P.EDIT_CLINICAL,
    "consents.withdraw": P.EDIT_CLINICAL,
    "consents.list_for_patient": P.VIEW_CLINICAL,
    "consents.signature": P.VIEW_CLINICAL,
    "consents.status": P.VIEW_CLINICAL,
    "consents.valid_purposes": P.VIEW_CLINICAL,
    "assessments.amend": P.EDIT_CLINICAL,
    "assessments.create": P.EDIT_CLINICAL,
    "assessments.void": P.EDIT_CLINICAL,
    "assessments.get": P.VIEW_CLINICAL,
    "assessments.latest_fitzpatrick": P.VIEW_CLINICAL,
    "assessments.list_for_patient": P.VIEW_CLINICAL,
    "assessments.recent": P.VIEW_CLINICAL,
    "photos.comparison_pairs": P.VIEW_CLINICAL,
    "photos.has_photo_consent": P.VIEW_CLINICAL,
    "photos.image": P.VIEW_CLINICAL,
    "photos.list_for_patient": P.VIEW_CLINICAL,
    "photos.thumbnails": P.VIEW_CLINICAL,
    "photos.import_photo": P.EDIT_CLINICAL,
    "photos.void": P.EDIT_CLINICAL,
    "plans.complete": P.EDIT_CLINICAL,
    "plans.create": P.EDIT_CLINICAL,
    "plans.stop": P.EDIT_CLINICAL,
    "plans.update": P.EDIT_CLINICAL,
    "plans.default_intervals": P.VIEW_CLINICAL,
    "plans.get": P.VIEW_CLINICAL,
    "plans.list_for_patient": P.VIEW_CLINICAL,
    "plans.progress": P.VIEW_CLINICAL,
    "trend.points": P.VIEW_CLINICAL,
    "maintenance.audit_anchor": P.BACKUP,
    "maintenance.backup_now": P.BACKUP,
    "maintenance.check_integrity": P.BACKUP,
    "maintenance.audit_page": P.VIEW_AUDIT,
    "maintenance.verify_audit_chain": P.VIEW_AUDIT,
    "auto_backup.preview": P.BACKUP,
    "auto_backup.restore_request": P.BACKUP,
    "auto_backup.run": P.BACKUP,
    "auto_backup.save_schedule": P.BACKUP,
    "auto_backup.status": P.BACKUP,
    "booking_safety.check": P.MANAGE_APPOINTMENTS,
    "rules.current": P.VIEW_DEMOGRAPHICS,
    "working_time.calendar": P.VIEW_DEMOGRAPHICS,
    "working_time.current": P.VIEW_DEMOGRAPHICS,
    "working_time.save_week": P.MANAGE_SETTINGS,
    "working_time.add_holiday": P.MANAGE_SETTINGS,
    "working_time.remove_holiday": P.MANAGE_SETTINGS,
    "working_time.add_day_off": P.MANAGE_SETTINGS,
    "working_time.remove_day_off": P.MANAGE_SETTINGS,
    "reminders.templates": P.MANAGE_APPOINTMENTS,
    "reminders.save_templates": P.MANAGE_SETTINGS,
    "reminders.for_day": P.MANAGE_APPOINTMENTS,
    "reminders.mark_sent": P.MANAGE_APPOINTMENTS,
    "reminders.export_for_sms": P.MANAGE_APPOINTMENTS,
    "reminders.set_channel": P.EDIT_DEMOGRAPHICS,
    "rules.save": P.EDIT_SAFETY_RULES,
    "products.add_product": P.MANAGE_PRODUCTS,
    "products.adjust_stock": P.MANAGE_PRODUCTS,
    "products.archive_lot": P.MANAGE_PRODUCTS,
    "products.expiring_lots": P.MANAGE_PRODUCTS,
    "products.get_lot": P.MANAGE_PRODUCTS,
    "products.get_product": P.MANAGE_PRODUCTS,
    "products.list_lots": P.MANAGE_PRODUCTS,
    "products.list_products": P.MANAGE_PRODUCTS,
    "products.receive_lot": P.MANAGE_PRODUCTS,
    "products.set_product_active": P.MANAGE_PRODUCTS,
    "products.update_product": P.MANAGE_PRODUCTS,
    "products.usable_lots": P.MANAGE_PRODUCTS,
    "sessions.amend": P.EDIT_CLINICAL,
    "sessions.preview_gate": P.EDIT_CLINICAL,
    "sessions.record_session": P.EDIT_CLINICAL,
    "sessions.update": P.EDIT_CLINICAL,
    "sessions.check_gate": P.VIEW_CLINICAL,
    "sessions.get": P.VIEW_CLINICAL,
    "sessions.list_for_patient": P.VIEW_CLINICAL,
    "sessions.sign": P.SIGN_SESSION,
    "recall.report": P.MANAGE_PRODUCTS,
    "recall.export": P.MANAGE_PRODUCTS,
    "recall.lot_id_for": P.MANAGE_PRODUCTS,
    "documents.issue_aftercare": P.PRINT_HANDOUTS,
    "documents.issue_aftercare_for_appointment": P.PRINT_HANDOUTS,
    "documents.issue_consent": P.PRINT_HANDOUTS,
    "documents.consent_wording": P.VIEW_CLINICAL,
    "documents.list_for_patient": P.PRINT_HANDOUTS,
    "documents.printable_sessions": P.PRINT_HANDOUTS,
    "documents.reprint": P.PRINT_HANDOUTS,
    "documents.issue_visit_summary": P.VIEW_CLINICAL,
    "documents.content_files": P.MANAGE_SETTINGS,
    "documents.preview_content": P.MANAGE_SETTINGS,
    "documents.read_content": P.MANAGE_SETTINGS,
    "documents.revert_content": P.MANAGE_SETTINGS,
    "documents.save_content_override": P.MANAGE_SETTINGS,
    "merge.merge": P.MERGE_PATIENTS,
    "patient_export.export": P.VIEW_CLINICAL,
    "merge.preview": P.MERGE_PATIENTS,
    # The least any read needs; the kind's own permission is checked next (patient.open needs
    # VIEW_DEMOGRAPHICS, a clinical view VIEW_CLINICAL: tests/services/test_read_events.py).
    "read_log.record": P.VIEW_DEMOGRAPHICS,
    "readers.readers": P.VIEW_AUDIT,
    "readers.pdf": P.VIEW_AUDIT,
    "sessions.open": P.VIEW_CLINICAL,
    "assessments.open": P.VIEW_CLINICAL,
    "audit.page": P.VIEW_AUDIT,
    "audit.users": P.VIEW_AUDIT,
    "audit.export_csv": P.VIEW_AUDIT,
    "audit.export_pdf": P.VIEW_AUDIT,
}

#: Public methods that take no actor, and why that is safe.
NO_ACTOR: dict[str, str] = {
    "users.authenticate": "the sign-in itself",
    "documents.warm_up": "parses the sheets' wording in advance: no database, no patient",
    "search.warm_up": "compiles the search statements in advance: reads nothing, no patient",
    "users.create_first_admin": "only while the database has no users at all",
    "users.needs_first_admin": "answers the first-run question, before anyone can sign in",
    "users.practitioners": "names on the booking form and sheets, no patient data",
    "users.clinical_leads": "whom to ask about the safety rules: staff names, no patient data",
    "settings.clinic": "the clinic's own name and address, printed on every sheet",
    "maintenance.reseal": "moves the audit seal up to the committed head at sign-out",
    "auto_backup.run_at_sign_out": "the scheduled backup the clinic configured",
    "auto_backup.run_if_due": "the scheduled backup the clinic configured",
    "auto_backup.schedule": "where and when backups go; no patient data",
    "sessions.gate_for_booking": "called by services that checked and redact first",
}


def _public_methods(services: Services) -> dict[str, tuple[Any, inspect.Signature]]:
    found = {}
    for field in dataclasses.fields(services):
        service = getattr(services, field.name)
        # A value such as the database's label (a coded Message) is not a service.
        if not hasattr(service, "__dict__") or isinstance(service, str | Message):
            continue
        for name, method in inspect.getmembers(service, inspect.ismethod):
            if not name.startswith("_"):
                found[f"{field.name}.{name}"] = (method, inspect.signature(method))
    return found


def _throwaway(parameter: inspect.Parameter) -> Any:
    name = parameter.name
    if name.endswith("_id") or name in {"expected_version", "version", "limit", "months"}:
        return 1
    if name in {"on", "day", "date", "today"}:
        return date(2026, 3, 10)
    return None


def _call(method: Any, signature: inspect.Signature, actor: Actor) -> BaseException | None:
    arguments: dict[str, Any] = {}
    for parameter in signature.parameters.values():
        if parameter.name == "actor":
            arguments["actor"] = actor
        elif parameter.default is inspect.Parameter.empty and parameter.kind not in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            arguments[parameter.name] = _throwaway(parameter)
    try:
        method(**arguments)
    except Exception as error:
        return error
    return None


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database)


def test_the_role_table_is_what_the_domain_grants() -> None:
    for permission in P:
        holders = {role for role in Role if permission in granted(Standing(role))}
        assert holders == ROLE_TABLE[permission], permission
    lead = granted(Standing(PRAC, clinical_lead=True))
    assert P.EDIT_SAFETY_RULES in lead
    assert P.EDIT_SAFETY_RULES not in granted(Standing(ADM, clinical_lead=True))
    assert P.VIEW_AUDIT in granted(Standing(DESK, privacy_officer=True))
    assert granted(Standing(ADM, active=False)) == frozenset()


def test_every_public_method_is_in_the_table(services: Services) -> None:
    methods = _public_methods(services)
    takes_actor = {name for name, (_, sig) in methods.items() if "actor" in sig.parameters}
    assert takes_actor == set(METHOD_TABLE), "add new service methods to METHOD_TABLE"
    assert set(methods) - takes_actor == set(NO_ACTOR), "justify actor-less methods in NO_ACTOR"


@pytest.mark.parametrize(
    "actor", [FRONT_DESK, PRACTITIONER, ADMIN], ids=["front_desk", "practitioner", "admin"]
)
def test_each_role_is_refused_exactly_what_the_table_denies(
    services: Services, actor: Actor
) -> None:
    assert actor.role is not None
    wrong = []
    for name, (method, signature) in sorted(_public_methods(services).items()):
        if name not in METHOD_TABLE:
            continue
        needed = METHOD_TABLE[name]
        allowed = needed is None or actor.role in ROLE_TABLE[needed]
        refused = isinstance(_call(method, signature, actor), PermissionDeniedError)
        if refused == allowed:
            wrong.append(f"{name}: {'refused' if refused else 'allowed'}")
    assert not wrong, f"{actor.role.value}: " + "; ".join(wrong)


def test_a_clinical_lead_and_a_privacy_officer_get_their_extra_permission(
    services: Services, database: Database
) -> None:
    rules_save, signature = _public_methods(services)["rules.save"]
    audit_page, audit_signature = _public_methods(services)["maintenance.audit_page"]
    assert isinstance(_call(rules_save, signature, PRACTITIONER), PermissionDeniedError)
    assert isinstance(_call(audit_page, audit_signature, FRONT_DESK), PermissionDeniedError)
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(clinical_lead=True))
        connection.execute(update(User).where(User.id == 2).values(privacy_officer=True))
    assert not isinstance(_call(rules_save, signature, PRACTITIONER), PermissionDeniedError)
    assert _call(audit_page, audit_signature, FRONT_DESK) is None


def test_deactivation_takes_effect_on_the_next_call(services: Services, database: Database) -> None:
    """The actor still carries its old role, as a window signed in before would."""
    with database.engine.begin() as connection:
        connection.execute(update(User).values(active=False))
    for actor in (FRONT_DESK, PRACTITIONER, ADMIN):
        for name, (method, signature) in _public_methods(services).items():
            if name in METHOD_TABLE:
                error = _call(method, signature, actor)
                assert isinstance(error, AccountInactiveError), f"{name} as {actor}: {error!r}"


def test_a_role_change_takes_effect_on_the_next_call(
    services: Services, database: Database
) -> None:
    sessions_get, signature = _public_methods(services)["sessions.get"]
    assert not isinstance(_call(sessions_get, signature, PRACTITIONER), PermissionDeniedError)
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(role=DESK.value))
    assert isinstance(_call(sessions_get, signature, PRACTITIONER), PermissionDeniedError)


@pytest.mark.parametrize(
    "nobody",
    [Actor(None, None), Actor(None, Role.ADMIN), Actor(404, Role.ADMIN)],
    ids=["no-user-no-role", "role-without-user", "unknown-user"],
)
def test_an_actor_without_a_stored_user_is_refused_everything(
    services: Services, nobody: Actor
) -> None:
    for name, (method, signature) in _public_methods(services).items():
        if name in METHOD_TABLE:
            error = _call(method, signature, nobody)
            assert isinstance(error, PermissionDeniedError), f"{name}: {error!r}"


#: What even the command line may not do, and why.
SYSTEM_REFUSED = {
    "sessions.amend": "an amendment carries the name of the clinician who made it",
    "sessions.record_session": "a session names the practitioner who recorded it",
    "users.change_password": "a password belongs to a person; the system has none",
    "users.set_display_preferences": "display preferences belong to a person's account",
}


def test_the_system_actor_is_refused_only_what_needs_a_person(services: Services) -> None:
    for name, (method, signature) in _public_methods(services).items():
        if name in METHOD_TABLE:
            refused = isinstance(_call(method, signature, SYSTEM), PermissionDeniedError)
            assert refused == (name in SYSTEM_REFUSED), name


def test_a_one_time_password_leaves_only_the_password_change(
    services: Services, database: Database
) -> None:
    """The flag is enforced here, so a screen that forgot to force the change opens nothing."""
    with database.engine.begin() as connection:
        connection.execute(update(User).values(must_change_password=True))
    for actor in (FRONT_DESK, PRACTITIONER, ADMIN):
        for name, (method, signature) in _public_methods(services).items():
            if name in METHOD_TABLE and name != "users.change_password":
                error = _call(method, signature, actor)
                assert isinstance(error, PasswordChangeRequiredError), f"{name}: {error!r}"
        change, signature = _public_methods(services)["users.change_password"]
        assert not isinstance(_call(change, signature, actor), PermissionDeniedError)
