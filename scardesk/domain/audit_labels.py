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
    "patients": _n("the patient record"),
    "users": _n("a user account"),
    "appointments": _n("an appointment"),
    "treatment_sessions": _n("a session"),
    "modality_entries": _n("a treatment in a session"),
    "toxin_entries": _n("a toxin entry"),
    "injection_points": _n("an injection point"),
    "adverse_events": _n("an adverse event"),
    "session_amendments": _n("a session amendment"),
    "safety_overrides": _n("a safety override"),
    "assessments": _n("an assessment"),
    "region_scar_counts": _n("a scar count"),
    "photos": _n("a photo"),
    "photo_images": _n("a photo image"),
    "treatment_plans": _n("a treatment plan"),
    "plan_items": _n("a plan item"),
    "history_entries": _n("a medical history answer"),
    "consents": _n("a consent"),
    "issued_documents": _n("a printed document"),
    "products": _n("a product"),
    "lots": _n("a lot"),
    "clinic_settings": _n("the clinic details"),
    "sign_in_throttle": _n("the sign-in counter"),
    "database": _n("the database"),
    "content_file": _n("the document text"),
    "backup_schedule": _n("the backup schedule"),
    "audit_events": _n("the audit log"),
}

#: Field names shared by several tables.
FIELD_LABELS: dict[str, str] = {
    "name_latin": _n("name"),
    "name_arabic": _n("Arabic name"),
    "date_of_birth": _n("date of birth"),
    "sex": _n("sex"),
    "civil_number": _n("civil number"),
    "document_type": _n("document type"),
    "document_expiry": _n("document expiry date"),
    "phone": _n("phone"),
    "email": _n("email"),
    "address": _n("address"),
    "address_arabic": _n("Arabic address"),
    "emergency_contact_name": _n("emergency contact"),
    "emergency_contact_phone": _n("emergency contact phone"),
    "fitzpatrick": _n("skin type"),
    "archived_at": _n("archive date"),
    "archive_reason": _n("archive reason"),
    "merged_into_id": _n("merged into"),
    "duplicate_of_id": _n("duplicate of"),
    "patient_id": _n("patient"),
    "display_name": _n("name"),
    "username": _n("user name"),
    "role": _n("role"),
    "licence_number": _n("licence number"),
    "password_hash": _n("password"),
    "active": _n("active"),
    "clinical_lead": _n("clinical lead"),
    "privacy_officer": _n("privacy officer"),
    "must_change_password": _n("must change password"),
    "password_changed_at": _n("password change date"),
    "display_language": _n("language"),
    "display_digits": _n("digits"),
    "display_hijri": _n("Hijri date shown"),
    "notes": _n("notes"),
    "post_notes": _n("notes"),
    "starts_at": _n("start time"),
    "duration_minutes": _n("duration"),
    "status": _n("status"),
    "cancel_reason": _n("cancellation reason"),
    "practitioner_id": _n("practitioner"),
    "performed_at": _n("time of treatment"),
    "signed_at": _n("signing time"),
    "signed_by_id": _n("signed by"),
    "voided_at": _n("void date"),
    "void_reason": _n("void reason"),
    "reason": _n("reason"),
    "withdrawn_at": _n("withdrawal date"),
    "withdrawal_reason": _n("withdrawal reason"),
    "purpose": _n("purpose"),
    "units": _n("units"),
    "total_units": _n("total units"),
    "lot_number": _n("lot number"),
    "expiry_date": _n("expiry date"),
    "quantity_in_stock": _n("stock"),
    "brand": _n("brand"),
    "price_baisa": _n("price"),
    "fee_baisa": _n("fee"),
    "goals": _n("goals"),
    "answer": _n("answer"),
    "fact": _n("question"),
    "detail": _n("detail"),
    "logo_png": _n("logo"),
    "rule_parameters": _n("safety rule settings"),
    "auto_lock_minutes": _n("automatic lock"),
    "name": _n("name"),
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
        (
            "user.",
            "settings.",
            "content.",
            "backup.",
            "product.",
            "lot.",
            "demo.",
            "audit.",
            "due_index.",
        )
    ):
        return ActionGroup.ADMINISTRATION
    return ActionGroup.OTHER


ROLE_LABELS: dict[str, str] = {
    "front_desk": _n("Front desk"),
    "practitioner": _n("Practitioner"),
    "admin": _n("Administrator"),
}

#: The statuses a plan or an appointment is marked with ("marked … as *completed*").
STATUS_LABELS: dict[str, str] = {
    "booked": _n("booked"),
    "arrived": _n("arrived"),
    "done": _n("done"),
    "cancelled": _n("cancelled"),
    "no_show": _n("no-show"),
    "active": _n("active"),
    "completed": _n("completed"),
    "stopped": _n("stopped"),
}

#: What a ``read.<kind>`` event looked at ("viewed *the medical history* of patient …"), keyed
#: by the kind without its ``.view``/``.open`` ending.
READ_WHATS: dict[str, str] = {
    "history": _n("the medical history"),
    "consents": _n("the list of consents"),
    "consent": _n("a signed consent"),
    "assessments": _n("the assessments"),
    "assessment": _n("an assessment"),
    "photos": _n("the photo thumbnails"),
    "photo": _n("a photo"),
    "plan": _n("the treatment plan"),
    "sessions": _n("the list of sessions"),
    "session": _n("a treatment session"),
    "documents": _n("the list of documents"),
    "document.print": _n("a document to print it"),
    "document.export": _n("the patient's copy to export it"),
    "readers": _n("who has seen the record"),
    "readers.export": _n("who has seen the record to export it"),
    "audit_trail": _n("the audit trail"),
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
