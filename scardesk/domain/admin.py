"""Records the Admin screen shows: audit events and maintenance results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from scardesk.domain.messages import Message
from scardesk.domain.records import Changes


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit event as an administrator sees it.

    Only the *names* of the changed fields are shown, never their values: the administrator
    role may not read clinical content, and the values stay in the database for an inquiry.
    """

    id: int
    occurred_at: datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    created: bool
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    has_more: bool


@dataclass(frozen=True, slots=True)
class BackupDone:
    path: str
    bytes: int
    seconds: float
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class IntegrityResult:
    #: Coded findings (:mod:`scardesk.domain.integrity_messages`): the screen words them.
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class AuditAnchor:
    """The audit chain's sealed head and key fingerprint, for the clinic to note down.

    ``seq`` is None while nothing has been sealed yet; ``fingerprint`` None when this computer
    does not hold the chain's key.
    """

    seq: int | None
    link: str | None
    written_at: str | None
    fingerprint: str | None
    seal_file: str


def changed_fields(
    before: dict[str, object] | None, after: dict[str, object] | None
) -> tuple[str, ...]:
    """Names of the fields whose value differs (bookkeeping excluded); none for a new row."""
    if before is None:
        return ()
    after = after or {}
    names = sorted(key for key in after.keys() | before.keys() if before.get(key) != after.get(key))
    return tuple(name for name in names if name not in {"version", "updated_at"})
