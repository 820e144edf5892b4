"""What each role may do. Anything not granted here is denied."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from scardesk.domain.enums import Role
from scardesk.domain.errors import (
    AccountInactiveError,
    PasswordChangeRequiredError,
    PermissionDeniedError,
)
from scardesk.domain.messages import Message


class Permission(StrEnum):
    VIEW_DEMOGRAPHICS = "view_demographics"
    EDIT_DEMOGRAPHICS = "edit_demographics"
    ARCHIVE_PATIENT = "archive_patient"
    MERGE_PATIENTS = "merge_patients"
    MANAGE_APPOINTMENTS = "manage_appointments"
    VIEW_CLINICAL = "view_clinical"
    EDIT_CLINICAL = "edit_clinical"
    SIGN_SESSION = "sign_session"
    MANAGE_PRODUCTS = "manage_products"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    PRINT_HANDOUTS = "print_handouts"
    #: The safety rules' intervals, windows and caps: clinical leads only, never the admin.
    EDIT_SAFETY_RULES = "edit_safety_rules"


_FRONT_DESK = frozenset(
    {
        Permission.VIEW_DEMOGRAPHICS,
        Permission.EDIT_DEMOGRAPHICS,
        Permission.ARCHIVE_PATIENT,
        Permission.MANAGE_APPOINTMENTS,
        Permission.PRINT_HANDOUTS,
    }
)

_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: _FRONT_DESK,
    Role.PRACTITIONER: _FRONT_DESK
    | {
        Permission.VIEW_CLINICAL,
        Permission.EDIT_CLINICAL,
        Permission.SIGN_SESSION,
        Permission.MANAGE_PRODUCTS,
        Permission.MERGE_PATIENTS,
    },
    # The admin runs the clinic's system, not its treatments: no clinical notes by default.
    Role.ADMIN: _FRONT_DESK
    | {
        Permission.MANAGE_PRODUCTS,
        Permission.MANAGE_USERS,
        Permission.MANAGE_SETTINGS,
        Permission.VIEW_AUDIT,
        Permission.BACKUP,
        # Merging moves clinical rows without reading them: the admin sees counts, not notes.
        Permission.MERGE_PATIENTS,
    },
}


@dataclass(frozen=True)
class Standing:
    """A user as the database knows them now: what every permission check is decided on."""

    role: Role
    active: bool = True
    clinical_lead: bool = False
    privacy_officer: bool = False
    #: Signed in with a one-time password: nothing is granted until they choose their own.
    must_change_password: bool = False


def granted(standing: Standing) -> frozenset[Permission]:
    """Everything ``standing`` may do; nothing at all for an inactive account, or for one
    that must first replace its one-time password."""
    if not standing.active or standing.must_change_password:
        return frozenset()
    grants = set(_GRANTS.get(standing.role, frozenset()))
    # A lead is a practitioner the clinic chose; the flag on anyone else grants nothing.
    if standing.clinical_lead and standing.role is Role.PRACTITIONER:
        grants.add(Permission.EDIT_SAFETY_RULES)
    if standing.privacy_officer:
        grants.add(Permission.VIEW_AUDIT)
    return frozenset(grants)


def allows(role: Role, permission: Permission) -> bool:
    """What the role alone grants: enough to shape menus, never to decide access."""
    return permission in _GRANTS.get(role, frozenset())


def require(standing: Standing, permission: Permission) -> None:
    """Raise PermissionDeniedError unless ``standing`` grants ``permission`` (deny by default)."""
    if not standing.active:
        raise AccountInactiveError(Message("account.deactivated"))
    if standing.must_change_password:
        raise PasswordChangeRequiredError(Message("account.password_change_required"))
    if permission not in granted(standing):
        # Role and action are messages of their own, so each language names them its way.
        action = Message(f"permission.{permission.value}")
        if permission is Permission.EDIT_SAFETY_RULES:
            raise PermissionDeniedError(
                Message("permission.denied_clinical_lead_only", {"action": action})
            )
        role = Message(f"role.{standing.role.value}")
        raise PermissionDeniedError(
            Message("permission.denied_for_role", {"role": role, "action": action})
        )
