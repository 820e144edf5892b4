"""All mapped tables. Import from here so every model is registered on the one metadata."""

from scardesk.db.models.admin import (
    CLINIC_SETTINGS_ID,
    AuditChain,
    AuditEvent,
    ClinicSettings,
    IssuedDocument,
)
from scardesk.db.models.base import Base, Versioned, Voidable
from scardesk.db.models.calendar import (
    WORKING_WEEK_ID,
    PractitionerDayOff,
    PublicHoliday,
    WorkingWeek,
)
from scardesk.db.models.clinical import (
    Assessment,
    Photo,
    PhotoBlob,
    PlanItem,
    RegionScarCount,
    TreatmentPlan,
)
from scardesk.db.models.followup import due_items
from scardesk.db.models.people import Consent, HistoryEntry, Patient, SignInThrottle, User
from scardesk.db.models.reminders import (
    REMINDER_TEMPLATES_ID,
    ContactPreference,
    ReminderSent,
    ReminderTemplates,
)
from scardesk.db.models.treatment import (
    AdverseEvent,
    Appointment,
    InjectionPoint,
    Lot,
    ModalityEntry,
    Product,
    SafetyOverride,
    SessionAmendment,
    ToxinEntry,
    TreatmentSession,
)

__all__ = [
    "CLINIC_SETTINGS_ID",
    "REMINDER_TEMPLATES_ID",
    "WORKING_WEEK_ID",
    "AdverseEvent",
    "Appointment",
    "Assessment",
    "AuditChain",
    "AuditEvent",
    "Base",
    "ClinicSettings",
    "Consent",
    "ContactPreference",
    "HistoryEntry",
    "InjectionPoint",
    "IssuedDocument",
    "Lot",
    "ModalityEntry",
    "Patient",
    "Photo",
    "PhotoBlob",
    "PlanItem",
    "PractitionerDayOff",
    "Product",
    "PublicHoliday",
    "RegionScarCount",
    "ReminderSent",
    "ReminderTemplates",
    "SafetyOverride",
    "SessionAmendment",
    "SignInThrottle",
    "ToxinEntry",
    "TreatmentPlan",
    "TreatmentSession",
    "User",
    "Versioned",
    "Voidable",
    "WorkingWeek",
    "due_items",
]
