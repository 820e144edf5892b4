"""What the audit viewer asks for (filters) and gets back (entries with their sentences)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from scardesk.domain.audit_labels import ActionGroup
from scardesk.domain.audit_sentences import Phrase


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
    #: Display name and role (a key of ``audit_labels.ROLE_LABELS``) as stored now.
    user_name: str | None
    role: str | None
    action: str
    patient_id: int | None
    sentence: Phrase


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


@dataclass(frozen=True, slots=True)
class AuditExport:
    data: bytes
    rows: int
    #: True when the filtered view had more events than an export holds.
    truncated: bool
