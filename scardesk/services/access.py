"""Permission checks for services, decided from the database on every call.

The role and active flag held by a signed-in window are hints for its menus; the check reads
the user's row again, so a deactivation or a role change made on any workstation takes effect
on the next action everywhere. The system actor (first-run set-up, demo data, the command line
run by whoever holds the database file or server credentials) is not a role to be checked.
Anyone else without a user is refused: denied by default.
"""

from __future__ import annotations

from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import User
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import Role
from scardesk.domain.errors import AccountInactiveError, PermissionDeniedError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission, Standing, granted, require


def standing(database: Database, actor: Actor) -> Standing:
    """The acting user as stored now (one primary-key read); refused when there is none."""
    if actor.user_id is None:
        raise PermissionDeniedError(Message("permission.sign_in_needed"))
    with database.sessions() as session:
        row = session.execute(
            select(
                User.role,
                User.active,
                User.clinical_lead,
                User.privacy_officer,
                User.must_change_password,
            ).where(User.id == actor.user_id)
        ).first()
    if row is None:
        raise AccountInactiveError(Message("account.gone"))
    try:
        role = Role(row.role)
    except ValueError:
        raise PermissionDeniedError(
            Message("permission.unknown_stored_role", {"role": row.role})
        ) from None
    return Standing(
        role,
        bool(row.active),
        bool(row.clinical_lead),
        bool(row.privacy_officer),
        bool(row.must_change_password),
    )


def check(database: Database, actor: Actor, permission: Permission) -> None:
    """Return quietly when ``actor`` may do ``permission`` now; raise otherwise."""
    if actor.system:
        return
    require(standing(database, actor), permission)


def permitted(database: Database, actor: Actor, permission: Permission) -> bool:
    """Whether ``actor`` may do ``permission``, for services that shape what they return."""
    if actor.system:
        return True
    try:
        return permission in granted(standing(database, actor))
    except PermissionDeniedError:
        return False
