"""Reads of a patient's record: what kinds are logged, and how they sit in the audit trail.

Oman's data-protection rules and the clinic's privacy officer ask who *saw* a record, not only
who changed it (issue #11 item 6). Every read is one audit event with the action
``read.<kind>`` and the patient's id, so a patient's "Who has seen this record" report is one
indexed read of ``audit_events`` by ``(patient_id, id)``. Search is not a read of a record and
its terms are never stored.

The labels are plain English; the UI passes them through its translation function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from scardesk.domain.enums import Role
from scardesk.domain.messages import _n
from scardesk.domain.permissions import Permission

READ_PREFIX = "read."


class ReadKind(StrEnum):
    PATIENT_OPEN = "patient.open"
    HISTORY_VIEW = "history.view"
    CONSENTS_VIEW = "consents.view"
    CONSENT_VIEW = "consent.view"
    ASSESSMENTS_VIEW = "assessments.view"
    ASSESSMENT_VIEW = "assessment.view"
    PHOTOS_VIEW = "photos.view"
    PHOTO_VIEW = "photo.view"
    PLAN_VIEW = "plan.view"
    SESSIONS_VIEW = "sessions.view"
    SESSION_VIEW = "session.view"
    DOCUMENTS_VIEW = "documents.view"
    DOCUMENT_PRINT = "document.print"
    DOCUMENT_EXPORT = "document.export"
    READERS_VIEW = "readers.view"
    READERS_EXPORT = "readers.export"
    #: The Admin screen's audit viewer filtered to this patient (written as "audit.view").
    AUDIT_TRAIL_VIEW = "audit_trail.view"


READ_LABELS: dict[ReadKind, str] = {
    ReadKind.PATIENT_OPEN: _n("Opened the patient's record"),
    ReadKind.HISTORY_VIEW: _n("Viewed the medical history"),
    ReadKind.CONSENTS_VIEW: _n("Viewed the list of consents"),
    ReadKind.CONSENT_VIEW: _n("Viewed a signed consent"),
    ReadKind.ASSESSMENTS_VIEW: _n("Viewed the assessments"),
    ReadKind.ASSESSMENT_VIEW: _n("Opened an assessment"),
    ReadKind.PHOTOS_VIEW: _n("Viewed the photo thumbnails"),
    ReadKind.PHOTO_VIEW: _n("Viewed a photo"),
    ReadKind.PLAN_VIEW: _n("Viewed the treatment plan"),
    ReadKind.SESSIONS_VIEW: _n("Viewed the list of sessions"),
    ReadKind.SESSION_VIEW: _n("Opened a treatment session"),
    ReadKind.DOCUMENTS_VIEW: _n("Viewed the list of documents"),
    ReadKind.DOCUMENT_PRINT: _n("Issued or printed a document"),
    ReadKind.DOCUMENT_EXPORT: _n("Exported the patient's copy"),
    ReadKind.READERS_VIEW: _n("Viewed who has seen this record"),
    ReadKind.READERS_EXPORT: _n("Saved who has seen this record as PDF"),
    ReadKind.AUDIT_TRAIL_VIEW: _n("Viewed the record's audit trail"),
}

#: Actions audited under their own names that are reads as well: issuing or reprinting a PDF
#: (one event each, already naming the document) and exporting the patient's copy. Their one
#: event is the read; a second "read." event beside it would only double the line. Opening a
#: record was audited as "patient.view" before reads had kinds; those events still count.
READ_LIKE_ACTIONS: dict[str, ReadKind] = {
    "patient.view": ReadKind.PATIENT_OPEN,
    "document.issue": ReadKind.DOCUMENT_PRINT,
    "document.reprint": ReadKind.DOCUMENT_PRINT,
    "patient.export": ReadKind.DOCUMENT_EXPORT,
    "audit.view": ReadKind.AUDIT_TRAIL_VIEW,
}

#: Who may read what each kind shows; everything not named here is clinical.
_NEEDS: dict[ReadKind, Permission] = {
    ReadKind.PATIENT_OPEN: Permission.VIEW_DEMOGRAPHICS,
    ReadKind.DOCUMENTS_VIEW: Permission.PRINT_HANDOUTS,
    ReadKind.DOCUMENT_PRINT: Permission.PRINT_HANDOUTS,
    ReadKind.READERS_VIEW: Permission.VIEW_AUDIT,
    ReadKind.READERS_EXPORT: Permission.VIEW_AUDIT,
    ReadKind.AUDIT_TRAIL_VIEW: Permission.VIEW_AUDIT,
}


def needed_permission(kind: ReadKind) -> Permission:
    """What the reader must hold to see what ``kind`` shows."""
    return _NEEDS.get(kind, Permission.VIEW_CLINICAL)


def read_action(kind: ReadKind) -> str:
    return READ_PREFIX + kind.value


def read_actions() -> tuple[str, ...]:
    """Every audit action that is a read, legacy ones included (for an ``IN`` filter)."""
    return (*(read_action(kind) for kind in ReadKind), *READ_LIKE_ACTIONS)


def kind_of_action(action: str) -> ReadKind | None:
    if action in READ_LIKE_ACTIONS:
        return READ_LIKE_ACTIONS[action]
    if action.startswith(READ_PREFIX):
        try:
            return ReadKind(action.removeprefix(READ_PREFIX))
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class ReaderRow:
    """One read of a patient's record, as the "Who has seen this record" report lists it."""

    event_id: int
    occurred_at: datetime
    user_name: str
    #: None for the system (the command line, demo data) or a user who no longer exists.
    role: Role | None
    kind: ReadKind
    #: Which record was read: ("treatment_sessions", 12); ("patients", id) for the whole file.
    entity: str
    entity_id: int | None
    # The reader's Arabic display name, shown instead to an Arabic reader when entered.
    user_name_arabic: str | None = None
    # Read by ScarDesk itself (the command line, demo data), not by a signed-in user.
    by_system: bool = False


@dataclass(frozen=True, slots=True)
class ReadersPage:
    rows: tuple[ReaderRow, ...]
    has_more: bool


#: How the report names the record a read was of (plain English; the UI translates).
ROW_NOUNS: dict[str, str] = {
    "treatment_sessions": "Session",
    "assessments": "Assessment",
    "photos": "Photo",
    "consents": "Consent",
    "issued_documents": "Document",
}

ROLE_LABELS: dict[Role, str] = {
    Role.FRONT_DESK: _n("Front desk"),
    Role.PRACTITIONER: _n("Practitioner"),
    Role.ADMIN: _n("Administrator"),
}


def row_noun(entity: str) -> str | None:
    """The noun for one record read ("Session"), or None for the patient's file as a whole."""
    return ROW_NOUNS.get(entity)
