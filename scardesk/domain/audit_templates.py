"""The sentence templates of the audit viewer, one per action (English; translated by the UI).

``{who}`` is the acting user, ``{patient}`` the patient's file number, ``{thing}`` what the row
is ("a session"), ``{target}`` the user account acted on, ``{status}`` a new status.
"""

from __future__ import annotations

HEADLINES: dict[str, str] = {
    "user.sign_in": "{who} signed in",
    "user.sign_in_failed": "{who} failed to sign in",
    "user.sign_out": "{who} signed out",
    "user.sign_in_wait": "{who} tried to sign in before the wait after failed attempts was over",
    "user.sign_in_locked": "{who} tried to sign in with a user name locked after failed attempts",
    "user.one_time_password_expired": "{who} signed in with an expired one-time password",
    "user.sign_in_counter": "{who} updated the count of failed sign-ins for a user name",
    "user.change_password": "{who} chose a new password",
    "user.set_display_preferences": "{who} changed their language and display settings",
    "user.reset_password": "{who} reset the password of the user account {target}",
    "user.set_role": "{who} changed the role of the user account {target}",
    "user.set_clinical_lead": "{who} changed whether {target} is a clinical lead",
    "user.set_privacy_officer": "{who} changed whether {target} is a privacy officer",
    "user.unlock": "{who} unlocked the sign-in of the user account {target}",
    "user.add": "{who} added the user account {target}",
    "user.activate": "{who} reactivated the user account {target}",
    "user.deactivate": "{who} deactivated the user account {target}",
    "patient.register": "{who} registered patient {patient}",
    "patient.view": "{who} opened patient {patient}",
    "read.patient.open": "{who} opened patient {patient}",
    "patient.export": "{who} exported the whole record of patient {patient}",
    "patient.archive": "{who} archived patient {patient}",
    "patient.restore": "{who} restored patient {patient} from the archive",
    "session.record": "{who} recorded {thing} for patient {patient}",
    "session.sign": "{who} signed a session of patient {patient}",
    "consent.capture": "{who} captured a consent for patient {patient}",
    "consent.withdraw": "{who} withdrew a consent of patient {patient}",
    "assessment.create": "{who} recorded {thing} for patient {patient}",
    "assessment.void": "{who} voided an assessment of patient {patient}",
    "history.record": "{who} recorded {thing} for patient {patient}",
    "history.void": "{who} voided a medical history answer of patient {patient}",
    "photo.import": "{who} added {thing} for patient {patient}",
    "photo.void": "{who} voided a photo of patient {patient}",
    "plan.create": "{who} made {thing} for patient {patient}",
    "document.issue": "{who} printed a document for patient {patient}",
    "document.reprint": "{who} reprinted a document for patient {patient}",
    "appointment.book": "{who} booked an appointment for patient {patient}",
    "backup.create": "{who} made a backup of the database",
    "backup.restore": "{who} restored the database from a backup",
    "backup.schedule": "{who} changed the backup schedule",
    "settings.rules": "{who} changed the safety rules",
    "content.save": "{who} changed the text of printed documents",
    "content.revert": "{who} restored the original text of printed documents",
    "product.add": "{who} added a product",
    "product.archive": "{who} archived a product",
    "product.restore": "{who} brought back an archived product",
    "lot.receive": "{who} received a lot",
    "lot.adjust": "{who} adjusted the stock of a lot",
    "lot.archive": "{who} archived a lot",
    "recall.report": "{who} made a recall report for a lot",
    "recall.export": "{who} exported a recall report for a lot to a file",
    "reminder.sent": "{who} sent patient {patient} a reminder",
    "reminder.export": "{who} exported patient {patient}'s reminder for an SMS service",
    "patient.contact_preference": "{who} changed how patient {patient} wants reminders",
    "settings.clinic": "{who} changed the clinic's details",
    "settings.logo": "{who} changed the clinic's logo",
    "settings.working_week": "{who} changed the clinic's working days and hours",
    "settings.holiday_added": "{who} added a public holiday",
    "settings.holiday_removed": "{who} removed a public holiday",
    "settings.day_off_added": "{who} added a practitioner's day off",
    "settings.day_off_removed": "{who} removed a practitioner's day off",
    "settings.reminder_templates": "{who} changed the reminder messages",
    "user.lock_screen": "{who} locked the screen",
    "demo.generate": "{who} created demo data",
    "demo.catalog": "{who} added the demo product catalogue",
    "audit.view": "{who} viewed the audit log",
    "audit.export": "{who} exported the audit log",
}
#: Actions whose row changes are worth listing field by field (the rest say what was done).
#: The same headlines when the event names a patient.
PATIENT_HEADLINES: dict[str, str] = {
    "audit.view": "{who} viewed the audit trail of patient {patient}",
    "audit.export": "{who} exported the audit trail of patient {patient}",
}
EDIT_ACTIONS = frozenset(
    {
        "patient.edit",
        "patient.merge",
        "session.edit",
        "session.amend",
        "assessment.amend",
        "plan.update",
        "product.edit",
        "appointment.move",
        "settings.clinic",
        "user.set_role",
        "user.set_clinical_lead",
        "user.set_privacy_officer",
    }
)
#: plan.<status> and appointment.<status>: "marked … as <status>".
STATUS_TEMPLATES = {
    "plan": "{who} marked a treatment plan of patient {patient} as {status}",
    "appointment": "{who} marked an appointment of patient {patient} as {status}",
}
REFUSED = {
    "session.sign": "sign a session",
    "consent.capture": "capture a consent",
    "patient.merge": "approve a merge",
}
