"""The sentence templates of the audit viewer, one per action (English; translated by the UI).

``{who}`` is the acting user, ``{patient}`` the patient's file number, ``{thing}`` what the row
is ("a session"), ``{target}`` the user account acted on, ``{status}`` a new status.
"""

from __future__ import annotations

from scardesk.domain.messages import _n

HEADLINES: dict[str, str] = {
    "user.sign_in": _n("{who} signed in"),
    "user.sign_in_failed": _n("{who} failed to sign in"),
    "user.sign_out": _n("{who} signed out"),
    "user.sign_in_wait": _n(
        "{who} tried to sign in before the wait after failed attempts was over"
    ),
    "user.sign_in_locked": _n(
        "{who} tried to sign in with a user name locked after failed attempts"
    ),
    "user.one_time_password_expired": _n("{who} signed in with an expired one-time password"),
    "user.sign_in_counter": _n("{who} updated the count of failed sign-ins for a user name"),
    "user.change_password": _n("{who} chose a new password"),
    "user.set_display_preferences": _n("{who} changed their language and display settings"),
    "user.reset_password": _n("{who} reset the password of the user account {target}"),
    "user.set_role": _n("{who} changed the role of the user account {target}"),
    "user.set_clinical_lead": _n("{who} changed whether {target} is a clinical lead"),
    "user.set_privacy_officer": _n("{who} changed whether {target} is a privacy officer"),
    "user.unlock": _n("{who} unlocked the sign-in of the user account {target}"),
    "user.add": _n("{who} added the user account {target}"),
    "user.activate": _n("{who} reactivated the user account {target}"),
    "user.deactivate": _n("{who} deactivated the user account {target}"),
    "patient.register": _n("{who} registered patient {patient}"),
    "patient.view": _n("{who} opened patient {patient}"),
    "read.patient.open": _n("{who} opened patient {patient}"),
    "patient.export": _n("{who} exported the whole record of patient {patient}"),
    "patient.archive": _n("{who} archived patient {patient}"),
    "patient.restore": _n("{who} restored patient {patient} from the archive"),
    "session.record": _n("{who} recorded {thing} for patient {patient}"),
    "session.sign": _n("{who} signed a session of patient {patient}"),
    "consent.capture": _n("{who} captured a consent for patient {patient}"),
    "consent.withdraw": _n("{who} withdrew a consent of patient {patient}"),
    "assessment.create": _n("{who} recorded {thing} for patient {patient}"),
    "assessment.void": _n("{who} voided an assessment of patient {patient}"),
    "history.record": _n("{who} recorded {thing} for patient {patient}"),
    "history.void": _n("{who} voided a medical history answer of patient {patient}"),
    "photo.import": _n("{who} added {thing} for patient {patient}"),
    "photo.void": _n("{who} voided a photo of patient {patient}"),
    "plan.create": _n("{who} made {thing} for patient {patient}"),
    "document.issue": _n("{who} printed a document for patient {patient}"),
    "document.reprint": _n("{who} reprinted a document for patient {patient}"),
    "appointment.book": _n("{who} booked an appointment for patient {patient}"),
    "backup.create": _n("{who} made a backup of the database"),
    "backup.restore": _n("{who} restored the database from a backup"),
    "backup.schedule": _n("{who} changed the backup schedule"),
    "due_index.rebuild": _n("{who} computed the due list's index again from the records"),
    "settings.rules": _n("{who} changed the safety rules"),
    "content.save": _n("{who} changed the text of printed documents"),
    "content.revert": _n("{who} restored the original text of printed documents"),
    "product.add": _n("{who} added a product"),
    "product.archive": _n("{who} archived a product"),
    "product.restore": _n("{who} brought back an archived product"),
    "lot.receive": _n("{who} received a lot"),
    "lot.adjust": _n("{who} adjusted the stock of a lot"),
    "lot.archive": _n("{who} archived a lot"),
    "recall.report": _n("{who} made a recall report for a lot"),
    "recall.export": _n("{who} exported a recall report for a lot to a file"),
    "reminder.sent": _n("{who} sent patient {patient} a reminder"),
    "reminder.export": _n("{who} exported patient {patient}'s reminder for an SMS service"),
    "patient.contact_preference": _n("{who} changed how patient {patient} wants reminders"),
    "settings.clinic": _n("{who} changed the clinic's details"),
    "settings.logo": _n("{who} changed the clinic's logo"),
    "settings.working_week": _n("{who} changed the clinic's working days and hours"),
    "settings.holiday_added": _n("{who} added a public holiday"),
    "settings.holiday_removed": _n("{who} removed a public holiday"),
    "settings.day_off_added": _n("{who} added a practitioner's day off"),
    "settings.day_off_removed": _n("{who} removed a practitioner's day off"),
    "settings.reminder_templates": _n("{who} changed the reminder messages"),
    "user.lock_screen": _n("{who} locked the screen"),
    "demo.generate": _n("{who} created demo data"),
    "demo.catalog": _n("{who} added the demo product catalogue"),
    "patient.edit": _n("{who} changed the details of patient {patient}"),
    "patient.merge": _n("{who} merged a duplicate record into patient {patient}"),
    "session.edit": _n("{who} changed {thing} of patient {patient}"),
    "session.amend": _n("{who} amended {thing} of patient {patient}"),
    "assessment.amend": _n("{who} amended {thing} of patient {patient}"),
    "product.edit": _n("{who} changed a product"),
    "appointment.move": _n("{who} moved an appointment of patient {patient}"),
    "plan.update": _n("{who} changed a treatment plan of patient {patient}"),
    "user.set_details": _n("{who} changed the names of the user account {target}"),
    "user.unlock_screen": _n("{who} unlocked the screen"),
    "audit.view": _n("{who} viewed the audit log"),
    "audit.export": _n("{who} exported the audit log"),
}
#: Actions whose row changes are worth listing field by field (the rest say what was done).
#: The same headlines when the event names a patient.
PATIENT_HEADLINES: dict[str, str] = {
    "audit.view": _n("{who} viewed the audit trail of patient {patient}"),
    "audit.export": _n("{who} exported the audit trail of patient {patient}"),
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
    "plan": _n("{who} marked a treatment plan of patient {patient} as {status}"),
    "appointment": _n("{who} marked an appointment of patient {patient} as {status}"),
}
REFUSED = {
    "session.sign": _n("sign a session"),
    "consent.capture": _n("capture a consent"),
    "patient.merge": _n("approve a merge"),
}
