"""Words for the audit viewer: what each table's row is called, each field, each action group.

All texts are English source strings that the UI passes through its translator (context
``AuditLog``); the domain cannot import Qt. A table, field or action not listed here is shown
in a readable form of its stored name, never as an error: the trail outlives any release.
"""

from __future__ import annotations

from enum import StrEnum

from scardesk.domain.messages import _n

#: How one row of each table is named in a sentence ("changed the notes of *a session* of...").
TABLE_THINGS: dict[str, str] = {
    "patients": "the patient record",
    "users": "a user account",
    "appointments": "an appointment",
    "treatment_sessions": "a session",
    "modality_entries": "a treatment in a session",
    "toxin_entries": "a toxin entry",
    "injection_points": "an injection point",
    "adverse_events": "an adverse event",
    "session_amendments": "a session amendment",
    "safety_overrides": "a safety override",
    "assessments": "an assessment",
    "region_scar_counts": "a scar count",
    "photos": "a photo",
    "photo_images": "a photo image",
    "treatment_plans": "a treatment plan",
    "plan_items": "a plan item",
    "history_entries": "a medical history answer",
    "consents": "a consent",
    "issued_documents": "a printed document",
    "products": "a product",
    "lots": "a lot",
    "clinic_settings": "the clinic details",
    "sign_in_throttle": "the sign-in counter",
    "database": "the database",
    "content_file": "the document text",
    "backup_schedule": "the backup schedule",
    "audit_events": "the audit log",
}

#: Field names shared by several tables.
FIELD_LABELS: dict[str, str] = {
    "name_latin": "name",
    "name_arabic": "Arabic name",
    "date_of_birth": "date of birth",
    "sex": "sex",
    "civil_number": "civil number",
    "document_type": "document type",
    "document_expiry": "document expiry date",
    "phone": "phone",
    "email": "email",
    "address": "address",
    "address_arabic": "Arabic address",
    "emergency_contact_name": "emergency contact",
    "emergency_contact_phone": "emergency contact phone",
    "fitzpatrick": "skin type",
    "archived_at": "archive date",
    "archive_reason": "archive reason",
    "merged_into_id": "merged into",
    "duplicate_of_id": "duplicate of",
    "patient_id": "patient",
    "display_name": "name",
    "username": "user name",
    "role": "role",
    "licence_number": "licence number",
    "password_hash": "password",
    "active": "active",
    "clinical_lead": "clinical lead",
    "privacy_officer": "privacy officer",
    "must_change_password": "must change password",
    "password_changed_at": "password change date",
    "display_language": "language",
    "display_digits": "digits",
    "display_hijri": "Hijri date shown",
    "notes": "notes",
    "post_notes": "notes",
    "starts_at": "start time",
    "duration_minutes": "duration",
    "status": "status",
    "cancel_reason": "cancellation reason",
    "practitioner_id": "practitioner",
    "performed_at": "time of treatment",
    "signed_at": "signing time",
    "signed_by_id": "signed by",
    "voided_at": "void date",
    "void_reason": "void reason",
    "reason": "reason",
    "withdrawn_at": "withdrawal date",
    "withdrawal_reason": "withdrawal reason",
    "purpose": "purpose",
    "units": "units",
    "total_units": "total units",
    "lot_number": "lot number",
    "expiry_date": "expiry date",
    "quantity_in_stock": "stock",
    "brand": "brand",
    "price_baisa": "price",
    "fee_baisa": "fee",
    "goals": "goals",
    "answer": "answer",
    "fact": "question",
    "detail": "detail",
    "logo_png": "logo",
    "rule_parameters": "safety rule settings",
    "auto_lock_minutes": "automatic lock",
    "name": "name",
}

#: Tables whose rows carry no clinical content: their before/after values are shown to every
#: audit viewer. Values of every other table are shown only to viewers who may read clinical
#: records (the administrator may not); the field names are always shown.
NON_CLINICAL_TABLES = frozenset(
    {
        "patients",
        "users",
        "appointments",
        "clinic_settings",
        "products",
        "lots",
        "issued_documents",
        "sign_in_throttle",
        "database",
        "backup_schedule",
        "content_file",
        "audit_events",
    }
)

#: Columns that only keep the row's books and say nothing to a reader.
BOOKKEEPING_FIELDS = frozenset({"id", "version", "updated_at", "created_at", "search_text"})


class ActionGroup(StrEnum):
    SIGN_INS = "sign_ins"
    PATIENT_DETAILS = "patient_details"
    CLINICAL = "clinical"
    APPOINTMENTS = "appointments"
    READS = "reads"
    EXPORTS = "exports"
    ADMINISTRATION = "administration"
    OTHER = "other"


ACTION_GROUP_LABELS: dict[ActionGroup, str] = {
    ActionGroup.SIGN_INS: _n("Sign-ins"),
    ActionGroup.PATIENT_DETAILS: _n("Patient details"),
    ActionGroup.CLINICAL: _n("Clinical records"),
    ActionGroup.APPOINTMENTS: _n("Appointments"),
    ActionGroup.READS: _n("Records viewed"),
    ActionGroup.EXPORTS: _n("Exports and reports"),
    ActionGroup.ADMINISTRATION: _n("Administration"),
    ActionGroup.OTHER: _n("Other"),
}

_EXPORTS = frozenset(
    {
        "patient.export",
        "audit.export",
        "recall.report",
        "recall.export",
        "reminder.export",
        "backup.create",
    }
)
_PATIENT_DETAILS = frozenset(
    {
        "patient.register",
        "patient.edit",
        "patient.archive",
        "patient.restore",
        "patient.merge",
        "patient.merge_refused",
    }
)
_CLINICAL_PREFIXES = (
    "session.",
    "assessment.",
    "history.",
    "consent.",
    "photo.",
    "plan.",
    "document.",
)
_READ_ACTIONS = frozenset({"patient.view", "audit.view"})


def group_of(action: str) -> ActionGroup:
    """The group an action is filtered under; every action falls in exactly one."""
    if action.startswith("read.") or action in _READ_ACTIONS:
        return ActionGroup.READS
    if action in _EXPORTS:
        return ActionGroup.EXPORTS
    if action == "user.sign_in_counter":  # the counter's bookkeeping, not an attempt
        return ActionGroup.ADMINISTRATION
    if action.startswith(("user.sign", "user.password", "user.one_time_password")):
        return ActionGroup.SIGN_INS
    if action in _PATIENT_DETAILS:
        return ActionGroup.PATIENT_DETAILS
    if action.startswith(_CLINICAL_PREFIXES):
        return ActionGroup.CLINICAL
    if action.startswith("appointment."):
        return ActionGroup.APPOINTMENTS
    if action.startswith(
        ("user.", "settings.", "content.", "backup.", "product.", "lot.", "demo.", "audit.")
    ):
        return ActionGroup.ADMINISTRATION
    return ActionGroup.OTHER


ROLE_LABELS: dict[str, str] = {
    "front_desk": _n("Front desk"),
    "practitioner": _n("Practitioner"),
    "admin": _n("Administrator"),
}


def readable(name: str) -> str:
    """A stored name as words: ``region_scar_counts`` → ``region scar counts``."""
    words = name.replace(".", " ").replace("_", " ").split()
    if len(words) > 1 and words[-1] == "id":
        words = words[:-1]
    return " ".join(words) if words else name


def thing_label(table: str) -> str:
    return TABLE_THINGS.get(table) or f"a record ({readable(table)})"


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field) or readable(field)
