"""Frozen records that cross layers. Widgets receive these, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from scardesk.domain.display_prefs import DEFAULT as DEFAULT_DISPLAY
from scardesk.domain.display_prefs import DisplayPreferences
from scardesk.domain.enums import DocumentType, Fitzpatrick, Role, Sex


@dataclass(frozen=True, slots=True)
class Changes:
    """What a command touched, so each screen reloads only what concerns it."""

    patients: frozenset[int] = field(default_factory=frozenset)
    appointments: frozenset[int] = field(default_factory=frozenset)
    sessions: frozenset[int] = field(default_factory=frozenset)
    assessments: frozenset[int] = field(default_factory=frozenset)
    users: frozenset[int] = field(default_factory=frozenset)
    settings: bool = False
    #: Catalogue entries and stock lots: no patient record moves, but the Products screen and
    #: every lot picker show them.
    products: frozenset[int] = field(default_factory=frozenset)
    lots: frozenset[int] = field(default_factory=frozenset)
    #: Issued documents (aftercare sheets, consent forms, visit summaries) by id.
    documents: frozenset[int] = field(default_factory=frozenset)
    #: The clinic's own wording of aftercare and consent texts (the content overrides).
    content: bool = False
    #: A backup was made or the automatic-backup schedule saved.
    backups: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            patients=self.patients | other.patients,
            appointments=self.appointments | other.appointments,
            sessions=self.sessions | other.sessions,
            assessments=self.assessments | other.assessments,
            users=self.users | other.users,
            settings=self.settings or other.settings,
            products=self.products | other.products,
            lots=self.lots | other.lots,
            documents=self.documents | other.documents,
            content=self.content or other.content,
            backups=self.backups or other.backups,
        )


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: Role
    licence_number: str | None
    active: bool
    clinical_lead: bool = False
    privacy_officer: bool = False
    must_change_password: bool = False
    #: The name in Arabic letters, shown instead of ``display_name`` to Arabic readers.
    display_name_arabic: str | None = None
    #: Language, digits and Hijri date this person chose (applied when they sign in).
    display: DisplayPreferences = DEFAULT_DISPLAY
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class PatientInput:
    """What a registration or edit form submits; raw strings, validated by the domain.

    ``civil_number`` holds the identity document's number whatever its type (a passport's
    letters too; domain.identity), as the stored column of the same name does.
    """

    name_latin: str = ""
    name_arabic: str = ""
    date_of_birth: str = ""
    sex: str = ""
    civil_number: str = ""
    document_type: str = ""
    document_expiry: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    fitzpatrick: str = ""


@dataclass(frozen=True, slots=True)
class PatientData:
    """A validated, normalised patient (phones in E.164, dates parsed)."""

    name_latin: str
    name_arabic: str
    date_of_birth: date
    sex: Sex
    civil_number: str | None
    document_type: DocumentType | None
    document_expiry: date | None
    phone: str | None
    email: str | None
    address: str | None
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    fitzpatrick: Fitzpatrick | None


@dataclass(frozen=True, slots=True)
class PatientRecord:
    id: int
    version: int
    data: PatientData
    archived_at: datetime | None
    archive_reason: str | None
    is_demo: bool
    #: The survivor this record was merged into (it is archived); opening it leads there.
    merged_into_id: int | None = None
    #: An older record that holds the same document (found by revision 0004), to be merged.
    duplicate_of_id: int | None = None
