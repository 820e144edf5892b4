"""What the audit viewer asks for (filters) and gets back (entries with their sentences)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from scardesk.domain.audit_labels import ActionGroup
from scardesk.domain.audit_sentences import Name, Phrase


@dataclass(frozen=True, slots=True)
class AuditFilters:
    """All optional; set ones must all hold. Dates are Muscat calendar days, both included."""

    patient_id: int | None = None
    user_id: int | None = None
    group: ActionGroup | None = None
    #: One exact action name (``patient.edit``); with ``group`` set too, both must hold.
    action: str | None = None
    since: date | None = None
    until: date | None = None

    def as_dict(self) -> dict[str, object]:
        """The filters set, as plain JSON for the audit event of viewing or exporting."""
        values = {
            "patient_id": self.patient_id,
            "user_id": self.user_id,
            "group": self.group.value if self.group else None,
            "action": self.action,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }
        return {key: value for key, value in values.items() if value is not None}


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: datetime
    user_id: int | None
    #: Names and role (a key of ``audit_labels.ROLE_LABELS``) as stored now.
    user: Name | None
    role: str | None
    action: str
    patient_id: int | None
    sentence: Phrase

    @property
    def user_name(self) -> str | None:
        """The display name everyone but an Arabic reader sees."""
        return self.user.shown(arabic=False)[0] if self.user is not None else None


@dataclass(frozen=True, slots=True)
class AuditEntryPage:
    entries: tuple[AuditEntry, ...]
    has_more: bool

    @property
    def last_id(self) -> int | None:
        return self.entries[-1].id if self.entries else None


@dataclass(frozen=True, slots=True)
class AuditUser:
    """A choice in the viewer's user filter."""

    id: int
    name: str
    role: str
    #: The Arabic display name an Arabic reader sees instead, when the clinic entered one.
    name_arabic: str | None = None

    def shown(self, arabic: bool) -> str:
        return self.name_arabic if arabic and self.name_arabic else self.name


@dataclass(frozen=True, slots=True)
class AuditExport:
    data: bytes
    rows: int
    #: True when the filtered view had more events than an export holds.
    truncated: bool
