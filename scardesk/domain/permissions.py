"""What each role may do. Anything not granted here is denied."""

from __future__ import annotations

from enum import StrEnum

from scardesk.domain.enums import Role
from scardesk.domain.errors import PermissionDeniedError


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


def allows(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS.get(role, frozenset())


def require(role: Role, permission: Permission) -> None:
    """Raise PermissionDeniedError unless ``role`` is granted ``permission`` (deny by default)."""
    if not allows(role, permission):
        action = permission.value.replace("_", " ")
        raise PermissionDeniedError(f"the {role.value} role may not {action}")
