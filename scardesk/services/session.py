"""Who is signed in, in terms the UI may import.

The UI layer must not import ``scardesk.db``, yet it has to pass an ``Actor`` to every service
call; this module re-exports it so the layer contract stays honest.
"""

from __future__ import annotations

from dataclasses import dataclass

from scardesk.db.unit_of_work import SYSTEM, Actor
from scardesk.domain.records import UserRecord

__all__ = ["SYSTEM", "Actor", "SignedIn"]


@dataclass(frozen=True)
class SignedIn:
    """The user behind this window, and the actor their commands run as."""

    user: UserRecord

    @property
    def actor(self) -> Actor:
        return Actor(user_id=self.user.id, role=self.user.role)
