"""Permission checks for services. The command line acts as SYSTEM: whoever runs it already
holds the database file (or server credentials), so it is not a role to be checked."""

from __future__ import annotations

from scardesk.db.unit_of_work import Actor
from scardesk.domain.errors import PermissionDeniedError
from scardesk.domain.permissions import Permission, require


def check(actor: Actor, permission: Permission) -> None:
    if actor.user_id is None and actor.role is None:
        return
    if actor.role is None:
        raise PermissionDeniedError("a signed-in user is needed for this action")
    require(actor.role, permission)
