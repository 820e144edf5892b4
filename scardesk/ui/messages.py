"""The screens' side of the core's message codes: each code's English template, translated.

The core raises errors that carry a ``Message`` (a code and parameters, see
:mod:`scardesk.domain.messages`). This module holds the same English templates as
:mod:`scardesk.domain.message_catalogue`, each marked with ``QT_TRANSLATE_NOOP`` under the one
context ``"Messages"`` so ``pyside6-lupdate`` extracts them; at run time the template is
translated first and the parameters are put in after, so a translator never sees (and a
translation never depends on) a patient's value. A test keeps the two catalogues identical.

Why a copy rather than importing the domain's dictionary: Qt's extractor reads literal strings
in the source, and the core may not import Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scardesk.domain.errors import ScarDeskError, ValidationError
from scardesk.domain.messages import UNCODED, Message, render

#: The translation context of every message template.
CONTEXT = "Messages"

# QT_TRANSLATE_NOOP only marks the text for lupdate and returns it; its stub says ``object``.
_MARKED: dict[str, object] = {
    "uncoded": QT_TRANSLATE_NOOP("Messages", "{text}"),
    "error.unspecified": QT_TRANSLATE_NOOP("Messages", "the action could not be finished"),
    "validation.summary": QT_TRANSLATE_NOOP("Messages", "{fields}"),
    "validation.invalid_input": QT_TRANSLATE_NOOP("Messages", "invalid input"),
    "validation.name.bad_characters_latin": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} contains {shown}: use Latin letters (accents allowed), spaces, "
        "hyphens, apostrophes and dots only",
    ),
    "validation.name.bad_characters_arabic": QT_TRANSLATE_NOOP(
        "Messages", "{value} contains {shown}: use Arabic letters, harakat and spaces only"
    ),
    "validation.name.bad_characters_either": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} contains {shown}: use Latin or Arabic letters, spaces, hyphens, "
        "apostrophes and dots only",
    ),
    "validation.name.too_short": QT_TRANSLATE_NOOP(
        "Messages", "{value} is too short: a name needs at least {minimum} letters"
    ),
    "validation.name.too_long": QT_TRANSLATE_NOOP(
        "Messages", "the name has {length} characters: at most {maximum} are allowed"
    ),
    "validation.name.missing": QT_TRANSLATE_NOOP(
        "Messages", "a name is required: enter it in Latin letters, Arabic letters or both"
    ),
    "validation.phone.too_short": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is too short: an Omani number has 8 digits after +968, mobiles "
        "starting with 9 or 7 and landlines with 2, e.g. 9123 4567",
    ),
    "validation.phone.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is too long: an Omani number has 8 digits after +968, mobiles "
        "starting with 9 or 7 and landlines with 2, e.g. 9123 4567",
    ),
    "validation.phone.not_omani": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not an Omani mobile or landline: an Omani number has 8 digits "
        "after +968, mobiles starting with 9 or 7 and landlines with 2, e.g. 9123 "
        "4567",
    ),
    "validation.phone.mobile_not_in_use": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not in use as an Omani mobile number: check the digits"
    ),
    "validation.phone.landline_not_in_use": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not in use as an Omani landline number: check the digits"
    ),
    "validation.phone.not_international": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a valid international number: write + and the country code, "
        "then the number, e.g. +44 20 7946 0958",
    ),
    "validation.phone.not_a_number": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a phone number: use digits only, e.g. 9123 4567 or +968 9123 4567",
    ),
    "validation.phone.no_digits": QT_TRANSLATE_NOOP(
        "Messages", "{value} has no digits: e.g. 9123 4567 or +968 9123 4567"
    ),
    "validation.phone.whatsapp_not_mobile": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not an Omani mobile number: WhatsApp needs a mobile starting with"
        " 9 or 7, e.g. 9123 4567",
    ),
    "validation.phone.not_stored_form": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a stored phone number: expected E.164, e.g. +96891234567"
    ),
    "validation.civil_number.digits_only": QT_TRANSLATE_NOOP(
        "Messages", "{value} must contain digits only, e.g. 12345678"
    ),
    "validation.civil_number.too_long": QT_TRANSLATE_NOOP(
        "Messages", "{value} is too long: at most {maximum} digits"
    ),
    "validation.document_type.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a choice here: expected choose one of {choices}"
    ),
    "validation.document_type.needed": QT_TRANSLATE_NOOP(
        "Messages", "the civil number needs its document: choose one of {choices}"
    ),
    "validation.sex.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a choice here: expected female or male"
    ),
    "validation.sex.missing": QT_TRANSLATE_NOOP(
        "Messages", "the sex is missing: choose female or male"
    ),
    "validation.fitzpatrick.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a choice here: expected a skin type from I to VI"
    ),
    "validation.date.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "the date is missing: expected day/month/year with a 4-digit year, e.g. "
        "05/03/1990, or 1990-03-05",
    ),
    "validation.date.two_digit_year": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} has a two-digit year, which could mean two centuries: expected "
        "day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05",
    ),
    "validation.date.not_a_date": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a date: expected day/month/year with a 4-digit year, e.g. "
        "05/03/1990, or 1990-03-05",
    ),
    "validation.date.not_on_calendar": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a day on the calendar: check the day and month (expected "
        "day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05)",
    ),
    "validation.date_of_birth.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "the date of birth is missing: expected day/month/year with a 4-digit year, "
        "e.g. 05/03/1990, or 1990-03-05",
    ),
    "validation.date_of_birth.future": QT_TRANSLATE_NOOP(
        "Messages", "{value:%d/%m/%Y} is in the future: expected {today:%d/%m/%Y} or earlier"
    ),
    "validation.date_of_birth.too_old": QT_TRANSLATE_NOOP(
        "Messages", "{value:%d/%m/%Y} means over {maximum} years old: check the year"
    ),
    "validation.document_expiry.implausible": QT_TRANSLATE_NOOP(
        "Messages",
        "{value:%d/%m/%Y} is not a plausible expiry date: expected a year from {first} to {last}",
    ),
    "validation.email.too_long": QT_TRANSLATE_NOOP(
        "Messages", "the address has {length} characters: at most {maximum}"
    ),
    "validation.email.no_name": QT_TRANSLATE_NOOP(
        "Messages", "{value} needs a name before an @: expected name@example.com"
    ),
    "validation.email.malformed": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not an e-mail address: expected name@example.com"
    ),
    "validation.reason.missing": QT_TRANSLATE_NOOP(
        "Messages", "a reason is required: say briefly why, e.g. 'duplicate record'"
    ),
    "validation.username.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} cannot be a user name: expected {minimum}–{maximum} characters: a "
        "letter first, then letters a–z, digits, '.', '_' or '-', e.g. s.albalushi",
    ),
    "text.broken_character": QT_TRANSLATE_NOOP(
        "Messages", "a broken character ({codepoint}) at position {position}: retype it"
    ),
    "text.line_break": QT_TRANSLATE_NOOP(
        "Messages", "a line break or tab ({codepoint}) at position {position}: keep to one line"
    ),
    "text.unusual_line_break": QT_TRANSLATE_NOOP(
        "Messages", "an unusual line break ({codepoint}) at position {position}: use Enter"
    ),
    "text.control_character": QT_TRANSLATE_NOOP(
        "Messages", "a control character ({codepoint}) at position {position}: retype it"
    ),
    "text.non_character": QT_TRANSLATE_NOOP(
        "Messages", "a non-character ({codepoint}) at position {position}: retype it"
    ),
    "text.direction_override": QT_TRANSLATE_NOOP(
        "Messages", "a direction override ({codepoint}) at position {position}: retype it"
    ),
    "text.direction_control": QT_TRANSLATE_NOOP(
        "Messages", "a direction control ({codepoint}) at position {position}: retype it"
    ),
    "text.invisible_character": QT_TRANSLATE_NOOP(
        "Messages", "an invisible character ({codepoint}) at position {position}: retype it"
    ),
    "text.zero_width_character": QT_TRANSLATE_NOOP(
        "Messages", "a zero-width character ({codepoint}) at position {position}: retype it"
    ),
    "text.formatting_character": QT_TRANSLATE_NOOP(
        "Messages", "a formatting character ({codepoint}) at position {position}: retype it"
    ),
    "text.isolates_unclosed": QT_TRANSLATE_NOOP(
        "Messages", "the text-direction isolates (U+2066–U+2069) are not closed: retype the text"
    ),
    "text.not_text": QT_TRANSLATE_NOOP("Messages", "expected text, got {kind}"),
    "text.far_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the text has {length:,} characters: at most {maximum}"
    ),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Messages", "the text has {length} characters: at most {maximum} are allowed"
    ),
    "identity.civil_number": QT_TRANSLATE_NOOP("Messages", "a civil number"),
    "identity.gcc_id_number": QT_TRANSLATE_NOOP("Messages", "a GCC ID number"),
    "identity.digits_only": QT_TRANSLATE_NOOP(
        "Messages", "{value}: {what} has digits only, e.g. 12345678"
    ),
    "identity.too_many_digits": QT_TRANSLATE_NOOP(
        "Messages", "{value} has {length} digits: {what} has at most {maximum}"
    ),
    "identity.too_few_digits": QT_TRANSLATE_NOOP(
        "Messages", "{value} has {length} digits: {what} has at least {minimum}"
    ),
    "identity.passport_characters": QT_TRANSLATE_NOOP(
        "Messages", "{value}: a passport number has Latin letters and digits only, e.g. K1234567"
    ),
    "identity.passport_length": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} has {length} characters: a passport number has {minimum} to "
        "{maximum} letters and digits, e.g. K1234567",
    ),
    "identity.not_a_document_number": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a document number: letters and digits only, at most {maximum}"
    ),
    "validation.number.expected": QT_TRANSLATE_NOOP(
        "Messages", "expected a number from {low:g} to {high:g}{unit}"
    ),
    "validation.number.expected_whole": QT_TRANSLATE_NOOP(
        "Messages", "expected a whole number from {low:g} to {high:g}{unit}"
    ),
    "validation.number.expected_above": QT_TRANSLATE_NOOP(
        "Messages", "expected a number from more than {low:g} to {high:g}{unit}"
    ),
    "validation.number.expected_whole_above": QT_TRANSLATE_NOOP(
        "Messages", "expected a whole number from more than {low:g} to {high:g}{unit}"
    ),
    "validation.number.not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a number: {expected}"
    ),
    "validation.number.not_whole": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a whole number: {expected}"
    ),
    "validation.number.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{value:g} is out of range: {expected}"
    ),
    "validation.text.required": QT_TRANSLATE_NOOP(
        "Messages", "this is required: enter it, e.g. {example}"
    ),
    "validation.text.not_text": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not text: expected e.g. {example}"
    ),
    "validation.text.too_long": QT_TRANSLATE_NOOP(
        "Messages", "{length} characters: at most {maximum} are allowed"
    ),
    "validation.areas.malformed": QT_TRANSLATE_NOOP(
        "Messages", "areas must be region names of up to {maximum} characters each"
    ),
    "patient.archived_restore_first": QT_TRANSLATE_NOOP(
        "Messages", "this patient is archived: restore first"
    ),
    "patient.merged_into": QT_TRANSLATE_NOOP(
        "Messages", "this record was merged into file #{file}: open that one"
    ),
    "patient.already_archived": QT_TRANSLATE_NOOP("Messages", "this patient is already archived"),
    "appointment.status_change": QT_TRANSLATE_NOOP(
        "Messages", "a {current} appointment cannot become {wanted}: it can become {allowed}"
    ),
    "appointment.status_final": QT_TRANSLATE_NOOP(
        "Messages",
        "a {current} appointment cannot become {wanted}: it can become nothing (it is final)",
    ),
    "appointment.start_without_zone": QT_TRANSLATE_NOOP(
        "Messages", "the start time has no time zone: expected Muscat or UTC time"
    ),
    "appointment.duration_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{value} minutes: expected {minimum} to {maximum}"
    ),
    "appointment.modality_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a modality: choose from {choices}"
    ),
    "appointment.cannot_move": QT_TRANSLATE_NOOP(
        "Messages", "a {status} appointment cannot be moved: book a new one"
    ),
    "appointment.practitioner_needed": QT_TRANSLATE_NOOP(
        "Messages", "choose an active practitioner for this appointment"
    ),
    "session.voided": QT_TRANSLATE_NOOP("Messages", "this session was voided: it cannot change"),
    "session.already_signed": QT_TRANSLATE_NOOP("Messages", "this session is already signed"),
    "session.amendment_changes_nothing": QT_TRANSLATE_NOOP(
        "Messages", "nothing was changed: correct a field first"
    ),
    "assessment.needs_signed_in_user": QT_TRANSLATE_NOOP(
        "Messages", "an assessment is made by a signed-in user"
    ),
    "assessment.voided": QT_TRANSLATE_NOOP("Messages", "a voided assessment cannot be amended"),
    "assessment.already_voided": QT_TRANSLATE_NOOP("Messages", "this assessment is already voided"),
    "consent.signature_too_large": QT_TRANSLATE_NOOP(
        "Messages", "the signature image is too large: sign again"
    ),
    "consent.signature_damaged": QT_TRANSLATE_NOOP(
        "Messages", "the signature image is damaged: ask the signer to sign again"
    ),
    "consent.needs_signed_in_user": QT_TRANSLATE_NOOP(
        "Messages", "a consent is captured by a signed-in user"
    ),
    "consent.signature_not_png": QT_TRANSLATE_NOOP("Messages", "the signature is not a PNG image"),
    "consent.already_withdrawn": QT_TRANSLATE_NOOP("Messages", "this consent is already withdrawn"),
    "appointment.other_patients": QT_TRANSLATE_NOOP(
        "Messages", "this appointment is not this patient's"
    ),
    "plan.needs_signed_in_user": QT_TRANSLATE_NOOP(
        "Messages", "a plan is written by a signed-in user"
    ),
    "appointment.closed_start_from_patient": QT_TRANSLATE_NOOP(
        "Messages", "this appointment is {status}: start from the patient"
    ),
    "plan.not_active": QT_TRANSLATE_NOOP(
        "Messages", "this plan is {status}: only an active plan changes"
    ),
    "plan.already_in_status": QT_TRANSLATE_NOOP("Messages", "this plan is already {status}"),
    "not_found.consent_signature": QT_TRANSLATE_NOOP(
        "Messages", "consent {id} has no stored signature"
    ),
    "session.signed_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "this session is signed and read-only: correct it with an amendment and a reason",
    ),
    "plan.already_active": QT_TRANSLATE_NOOP(
        "Messages", "the patient already has an active plan ({plan}): update it or stop it first"
    ),
    "assessment.count_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a whole number of scars: expected 0 to {maximum}"
    ),
    "assessment.count_implausible": QT_TRANSLATE_NOOP(
        "Messages", "{value} scars is not plausible: expected 0 to {maximum}"
    ),
    "assessment.area_not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not an area: expected square centimetres, 0 to 600"
    ),
    "assessment.area_implausible": QT_TRANSLATE_NOOP(
        "Messages", "{value} cm² is not plausible: expected 0 to {maximum:g} cm²"
    ),
    "assessment.choice_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not valid: choose one of {choices}"
    ),
    "assessment.unknown_item": QT_TRANSLATE_NOOP(
        "Messages", "unknown item: expected one of {choices}"
    ),
    "assessment.in_future": QT_TRANSLATE_NOOP(
        "Messages", "the assessment time is in the future: expected now or earlier"
    ),
    "assessment.suitability_needs_skin_type": QT_TRANSLATE_NOOP(
        "Messages", "judging laser or peel suitability needs the Fitzpatrick skin type: choose it"
    ),
    "assessment.scar_s_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a SCAR-S grade: expected 0 to {maximum}"
    ),
    "assessment.notes_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the notes have {length} characters: expected at most {maximum}"
    ),
    "session.modality_unknown": QT_TRANSLATE_NOOP(
        "Messages", "unknown modality: expected one of {choices}"
    ),
    "session.time_missing": QT_TRANSLATE_NOOP(
        "Messages", "the session time is missing or has no time zone"
    ),
    "session.no_treatment": QT_TRANSLATE_NOOP(
        "Messages", "no treatment recorded: add at least one modality"
    ),
    "session.adverse_events_unstated": QT_TRANSLATE_NOOP(
        "Messages", "state adverse events: tick 'none' or record each event"
    ),
    "session.adverse_events_contradict": QT_TRANSLATE_NOOP(
        "Messages", "'none' is ticked but events are listed: keep one or the other"
    ),
    "session.severity_missing": QT_TRANSLATE_NOOP("Messages", "choose mild, moderate or severe"),
    "session.anaesthetic_agent_missing": QT_TRANSLATE_NOOP(
        "Messages", "minutes are given without an agent: name the agent"
    ),
    "password.broken_character": QT_TRANSLATE_NOOP(
        "Messages", "the password contains an invisible or broken character: retype it"
    ),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Messages",
        "the password has {length} characters: expected at least {minimum} "
        "characters; a few unrelated words make a good one, e.g. 'olive lantern 47 "
        "harbour'",
    ),
    "password.too_long": QT_TRANSLATE_NOOP(
        "Messages", "the password is longer than {maximum} characters: choose a shorter one"
    ),
    "password.common": QT_TRANSLATE_NOOP(
        "Messages",
        "this password is on the list of commonly used passwords (digits or symbols "
        "added at the ends do not change that): choose something others would not "
        "guess, at least {minimum} characters; a few unrelated words make a good one,"
        " e.g. 'olive lantern 47 harbour'",
    ),
    "password.own_name": QT_TRANSLATE_NOOP(
        "Messages",
        "the password contains your user name or part of your name: choose one that "
        "does not, since others know your name",
    ),
    "password.current_wrong": QT_TRANSLATE_NOOP(
        "Messages", "your current password is not right: retype it"
    ),
    "attest.password_wrong": QT_TRANSLATE_NOOP(
        "Messages", "your password is not right: the record was not signed"
    ),
    "sign_in.wrong_credentials": QT_TRANSLATE_NOOP(
        "Messages", "the user name or password is not right, or the account is inactive"
    ),
    "sign_in.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "this sign-in is locked after too many failed attempts: ask the administrator to unlock it",
    ),
    "sign_in.wait_one_second": QT_TRANSLATE_NOOP(
        "Messages", "too many failed sign-ins: wait {seconds} second and try again"
    ),
    "sign_in.wait_seconds": QT_TRANSLATE_NOOP(
        "Messages", "too many failed sign-ins: wait {seconds} seconds and try again"
    ),
    "sign_in.one_time_password_expired": QT_TRANSLATE_NOOP(
        "Messages", "this one-time password has expired: ask the administrator for a new one"
    ),
    "sign_in.nothing_to_unlock": QT_TRANSLATE_NOOP(
        "Messages", "this window has no account to unlock: sign in instead"
    ),
    "account.deactivated": QT_TRANSLATE_NOOP(
        "Messages", "this account has been deactivated: ask the administrator to reactivate it"
    ),
    "account.gone": QT_TRANSLATE_NOOP("Messages", "this account no longer exists: sign in again"),
    "account.password_change_required": QT_TRANSLATE_NOOP(
        "Messages", "choose your own password before going on"
    ),
    "account.clinic_has_users": QT_TRANSLATE_NOOP(
        "Messages", "this clinic already has users: sign in instead"
    ),
    "account.lock_reason_unknown": QT_TRANSLATE_NOOP("Messages", "a lock is {reasons}"),
    "account.username_taken": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is taken: choose another user name"
    ),
    "account.last_admin_deactivate": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot deactivate '{value}': it is the last active administrator; make "
        "another account an administrator first",
    ),
    "account.last_admin_role": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot change the role of '{value}': it is the last active administrator; "
        "make another account an administrator first",
    ),
    "account.role_unknown": QT_TRANSLATE_NOOP(
        "Messages", "unknown role '{value}': expected one of {choices}"
    ),
    "account.cannot_deactivate_self": QT_TRANSLATE_NOOP(
        "Messages", "you cannot deactivate your own account: ask another admin"
    ),
    "password.same_as_current": QT_TRANSLATE_NOOP(
        "Messages", "the new password is your current one: choose a new one"
    ),
    "not_found.account": QT_TRANSLATE_NOOP("Messages", "no account named '{value}'"),
    "stock.zero_change": QT_TRANSLATE_NOOP(
        "Messages", "a change of 0 changes nothing: enter + or − packs"
    ),
    "stock.below_zero": QT_TRANSLATE_NOOP(
        "Messages", "only {in_stock} in stock: a correction cannot go below 0 (got {value})"
    ),
    "stock.lot_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "{expiry} is before today ({today}): an expired lot cannot be received; check the label",
    ),
    "stock.days_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{value}: expected a whole number of days, 0 or more"
    ),
    "permission.denied_for_role": QT_TRANSLATE_NOOP("Messages", "the {role} role may not {action}"),
    "permission.denied_clinical_lead_only": QT_TRANSLATE_NOOP(
        "Messages", "only a clinical lead may {action}"
    ),
    "permission.sign_in_needed": QT_TRANSLATE_NOOP(
        "Messages", "a signed-in user is needed for this action"
    ),
    "permission.sign_in_to_change_password": QT_TRANSLATE_NOOP(
        "Messages", "only a signed-in person can change their password"
    ),
    "permission.unknown_stored_role": QT_TRANSLATE_NOOP(
        "Messages", "the stored role '{role}' grants nothing"
    ),
    "permission.session_needs_practitioner": QT_TRANSLATE_NOOP(
        "Messages", "a session is recorded by a signed-in practitioner"
    ),
    "permission.session_sign_not_yours": QT_TRANSLATE_NOOP(
        "Messages",
        "only the practitioner who recorded the session, or its supervising "
        "prescriber, may sign it",
    ),
    "permission.amendment_needs_practitioner": QT_TRANSLATE_NOOP(
        "Messages", "an amendment is made by a signed-in practitioner"
    ),
    "role.front_desk": QT_TRANSLATE_NOOP("Messages", "front_desk"),
    "role.practitioner": QT_TRANSLATE_NOOP("Messages", "practitioner"),
    "role.admin": QT_TRANSLATE_NOOP("Messages", "admin"),
    "permission.view_demographics": QT_TRANSLATE_NOOP("Messages", "view demographics"),
    "permission.edit_demographics": QT_TRANSLATE_NOOP("Messages", "edit demographics"),
    "permission.archive_patient": QT_TRANSLATE_NOOP("Messages", "archive patient"),
    "permission.merge_patients": QT_TRANSLATE_NOOP("Messages", "merge patients"),
    "permission.manage_appointments": QT_TRANSLATE_NOOP("Messages", "manage appointments"),
    "permission.view_clinical": QT_TRANSLATE_NOOP("Messages", "view clinical"),
    "permission.edit_clinical": QT_TRANSLATE_NOOP("Messages", "edit clinical"),
    "permission.sign_session": QT_TRANSLATE_NOOP("Messages", "sign session"),
    "permission.manage_products": QT_TRANSLATE_NOOP("Messages", "manage products"),
    "permission.manage_users": QT_TRANSLATE_NOOP("Messages", "manage users"),
    "permission.manage_settings": QT_TRANSLATE_NOOP("Messages", "manage settings"),
    "permission.view_audit": QT_TRANSLATE_NOOP("Messages", "view audit"),
    "permission.backup": QT_TRANSLATE_NOOP("Messages", "backup"),
    "permission.print_handouts": QT_TRANSLATE_NOOP("Messages", "print handouts"),
    "permission.edit_safety_rules": QT_TRANSLATE_NOOP("Messages", "edit safety rules"),
    "not_found.appointment": QT_TRANSLATE_NOOP("Messages", "appointment {id} does not exist"),
    "not_found.assessment": QT_TRANSLATE_NOOP("Messages", "assessment {id} does not exist"),
    "not_found.day_off": QT_TRANSLATE_NOOP("Messages", "day off {id} does not exist"),
    "not_found.document": QT_TRANSLATE_NOOP("Messages", "document {id} does not exist"),
    "not_found.history_entry": QT_TRANSLATE_NOOP("Messages", "history entry {id} does not exist"),
    "not_found.lot": QT_TRANSLATE_NOOP("Messages", "lot {id} does not exist"),
    "not_found.patient": QT_TRANSLATE_NOOP("Messages", "patient {id} does not exist"),
    "not_found.photo": QT_TRANSLATE_NOOP("Messages", "photo {id} does not exist"),
    "not_found.product": QT_TRANSLATE_NOOP("Messages", "product {id} does not exist"),
    "not_found.public_holiday": QT_TRANSLATE_NOOP("Messages", "public holiday {id} does not exist"),
    "not_found.session": QT_TRANSLATE_NOOP("Messages", "session {id} does not exist"),
    "not_found.treatment_plan": QT_TRANSLATE_NOOP("Messages", "treatment plan {id} does not exist"),
    "conflict.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "{entity} {entity_id} was changed elsewhere (you edited version {expected}, "
        "the stored one is {actual}); nothing was saved",
    ),
    "unreadable.row": QT_TRANSLATE_NOOP("Messages", "{table} #{row_id} cannot be read: {detail}"),
    "unreadable.table": QT_TRANSLATE_NOOP("Messages", "{table} cannot be read: {detail}"),
    "safety.cannot_proceed": QT_TRANSLATE_NOOP(
        "Messages", "the session cannot proceed: {findings}"
    ),
    "safety.session_blocked": QT_TRANSLATE_NOOP(
        "Messages", "the session cannot be saved: {findings}"
    ),
    "override.rule_missing": QT_TRANSLATE_NOOP(
        "Messages", "the rule being overridden is missing: give its code"
    ),
    "override.reason_missing": QT_TRANSLATE_NOOP(
        "Messages", "the reason is empty: say why it is safe to proceed"
    ),
    "override.reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the reason has {length} characters: expected at most {maximum}"
    ),
    # --- converted from English sentences (issue 12); a count is the parameter ``n``,
    # and ``{n:vial|vials}`` is the word that agrees with it (see scardesk.domain.messages)
    "backup.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose the folder backups go to (for example a USB disk or a NAS)"
    ),
    "backup.folder_not_absolute": QT_TRANSLATE_NOOP(
        "Messages", "give the whole path of the folder, starting from the drive or /"
    ),
    "backup.retention_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "enter a whole number from {low} to {high}"
    ),
    "backup.when_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose a time of day, or back up when the last person signs out"
    ),
    "consent.purpose_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a consent purpose: choose one of {choices}"
    ),
    "consent.form_version_missing": QT_TRANSLATE_NOOP(
        "Messages", "the form version is missing: copy it from the form, e.g. 2026-1"
    ),
    "consent.form_version_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the form version has {length} characters: at most {maximum} allowed"
    ),
    "consent.signature_missing": QT_TRANSLATE_NOOP(
        "Messages", "the signature is missing: ask the signer to sign in the box"
    ),
    "consent.signature_not_png_sign_again": QT_TRANSLATE_NOOP(
        "Messages", "the signature is not a PNG image: sign again in the box"
    ),
    "consent.guardian_name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the name has {length} characters: at most {maximum} allowed"
    ),
    "consent.guardian_needed": QT_TRANSLATE_NOOP(
        "Messages", "the patient is under {age}: a guardian signs, enter the guardian's name"
    ),
    "consent.withdrawal_in_future": QT_TRANSLATE_NOOP(
        "Messages", "the withdrawal date is in the future: expected today or earlier"
    ),
    "consent.withdrawal_before_capture": QT_TRANSLATE_NOOP(
        "Messages", "the withdrawal is dated before the consent was given: check the date"
    ),
    "history.detail_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the detail has {length} characters: at most {maximum} allowed"
    ),
    "history.date_not_taken": QT_TRANSLATE_NOOP(
        "Messages", "this question takes no date: leave the date empty"
    ),
    "history.date_needs_yes": QT_TRANSLATE_NOOP(
        "Messages", "a date only goes with a 'yes' answer, not '{answer}': clear it"
    ),
    "answer.yes": QT_TRANSLATE_NOOP("Messages", "yes"),
    "answer.no": QT_TRANSLATE_NOOP("Messages", "no"),
    "answer.unknown": QT_TRANSLATE_NOOP("Messages", "unknown"),
    "history.date_implausible": QT_TRANSLATE_NOOP(
        "Messages",
        "{value:%d/%m/%Y} is not plausible: expected a date from {first:%d/%m/%Y} to "
        "{last:%d/%m/%Y}",
    ),
    "history.date_missing_for_yes": QT_TRANSLATE_NOOP(
        "Messages", "{what} is missing: enter it with a 'yes' answer"
    ),
    "history.answered_twice": QT_TRANSLATE_NOOP(
        "Messages", "answered twice in one submission: keep one answer"
    ),
    "history.nothing_to_record": QT_TRANSLATE_NOOP(
        "Messages", "nothing to record: answer at least one question"
    ),
    "interval.window_too_small": QT_TRANSLATE_NOOP(
        "Messages", "a window of {n} days: expected 1 day or more"
    ),
    "toxin.units_negative": QT_TRANSLATE_NOOP(
        "Messages", "{n} units is impossible: expected 0 or more"
    ),
    "merge.unknown_fields": QT_TRANSLATE_NOOP("Messages", "unknown fields: {fields}"),
    "merge.no_name_left": QT_TRANSLATE_NOOP(
        "Messages", "the merged record would have no name: keep a name from either record"
    ),
    "peel.depth_choose": QT_TRANSLATE_NOOP("Messages", "choose superficial, medium or deep"),
    "peel.depth_missing": QT_TRANSLATE_NOOP(
        "Messages", "the peel depth is missing: choose superficial, medium or deep"
    ),
    "history.date_label.pregnant": QT_TRANSLATE_NOOP(
        "Messages", "expected delivery date (if known)"
    ),
    "history.date_label.isotretinoin": QT_TRANSLATE_NOOP(
        "Messages", "course end date (expected end date if still taking it)"
    ),
    "history.date_label.topical_retinoids": QT_TRANSLATE_NOOP("Messages", "last applied on"),
    "history.date_label.recent_toxin_or_filler": QT_TRANSLATE_NOOP(
        "Messages", "date of the last injection"
    ),
    "history.date_label.recent_sun_exposure": QT_TRANSLATE_NOOP(
        "Messages", "last strong sun exposure"
    ),
    "history.date_label.default": QT_TRANSLATE_NOOP("Messages", "the date"),
    "plan.no_modality": QT_TRANSLATE_NOOP("Messages", "the plan has no modality: add at least one"),
    "plan.modality_twice": QT_TRANSLATE_NOOP(
        "Messages", "this modality is on the plan twice: keep one line per modality"
    ),
    "plan.sessions_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{value} sessions: expected a whole number from 1 to {maximum}"
    ),
    "plan.peel_interval_needs_depth": QT_TRANSLATE_NOOP(
        "Messages",
        "a chemical peel's default interval depends on its depth: choose the depth or enter the "
        "interval in days",
    ),
    "plan.interval_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{value} days: expected a whole number from 1 to {maximum}"
    ),
    "plan.toxin_interval_too_short": QT_TRANSLATE_NOOP(
        "Messages",
        "{n} {n:day|days} is sooner than the toxin retreatment minimum: expected at least "
        "{minimum} days",
    ),
    "plan.goals_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the goals have {length} characters: at most {maximum} allowed"
    ),
    "product.not_whole": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a whole number: expected {expected}"
    ),
    "product.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{value} is out of range: expected {expected}"
    ),
    "product.toxin_needs_toxin_units": QT_TRANSLATE_NOOP(
        "Messages", "a toxin is counted in its brand's units: choose toxin units"
    ),
    "product.toxin_units_only_for_toxin": QT_TRANSLATE_NOOP(
        "Messages", "only a toxin is counted in toxin units: choose mL or pieces"
    ),
    "product.vial_size_missing": QT_TRANSLATE_NOOP(
        "Messages", "a toxin needs its vial size: enter the units per vial, e.g. 100"
    ),
    "product.expected_vial_units": QT_TRANSLATE_NOOP(
        "Messages", "{low} to {high:,} units per vial"
    ),
    "product.expected_window_hours": QT_TRANSLATE_NOOP("Messages", "{low} to {high} hours"),
    "product.expected_price": QT_TRANSLATE_NOOP("Messages", "a price in baisa, 0 or more"),
    "product.expected_packs": QT_TRANSLATE_NOOP(
        "Messages", "a whole number of packs from 1 to {maximum:,}"
    ),
    "product.expected_pack_change": QT_TRANSLATE_NOOP(
        "Messages", "a whole number of packs, + or −"
    ),
    "reminder.template_empty": QT_TRANSLATE_NOOP("Messages", "the message is empty"),
    "reminder.template_too_long": QT_TRANSLATE_NOOP(
        "Messages", "the message has {length} characters: at most {maximum}"
    ),
    "reminder.template_brace_unpaired": QT_TRANSLATE_NOOP(
        "Messages", "a {{ or }} has no partner: write the placeholders as {{name}}, {{date}} …"
    ),
    "reminder.template_placeholder_unknown": QT_TRANSLATE_NOOP(
        "Messages", "unknown placeholder {placeholder}: use {known}"
    ),
    "laser.fully_ablative_not_ablative": QT_TRANSLATE_NOOP(
        "Messages", "marked fully ablative but not ablative: a fully ablative laser is ablative"
    ),
    "scoring.count_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a whole number of scars: expected 0 or more"
    ),
    "scoring.count_negative": QT_TRANSLATE_NOOP(
        "Messages", "{n} scars is impossible: expected 0 or more"
    ),
    "scoring.area_not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not an area: expected square centimetres"
    ),
    "scoring.area_negative": QT_TRANSLATE_NOOP(
        "Messages", "{value} cm² is impossible: expected 0 cm² or more"
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("Messages", "unknown setting: expected one of {choices}"),
    "setting.not_a_mapping": QT_TRANSLATE_NOOP(
        "Messages", "expected a mapping of setting names to numbers"
    ),
    "setting.out_of_range.days": QT_TRANSLATE_NOOP(
        "Messages", "{value}: expected a whole number of days from {low} to {high}"
    ),
    "setting.out_of_range.months": QT_TRANSLATE_NOOP(
        "Messages", "{value}: expected a whole number of months from {low} to {high}"
    ),
    "setting.out_of_range.units": QT_TRANSLATE_NOOP(
        "Messages", "{value}: expected a whole number of units from {low} to {high}"
    ),
    "toxin.vial_units.not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a number: expected units"
    ),
    "toxin.vial_units.not_positive": QT_TRANSLATE_NOOP(
        "Messages", "{value} units is impossible: expected more than 0"
    ),
    "toxin.vial_units.above_maximum": QT_TRANSLATE_NOOP(
        "Messages", "{value} units is more than the maximum of {maximum:g}: check for a slip"
    ),
    "toxin.diluent_ml.not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a number: expected mL"
    ),
    "toxin.diluent_ml.not_positive": QT_TRANSLATE_NOOP(
        "Messages", "{value} mL is impossible: expected more than 0"
    ),
    "toxin.diluent_ml.above_maximum": QT_TRANSLATE_NOOP(
        "Messages", "{value} mL is more than the maximum of {maximum:g}: check for a slip"
    ),
    "toxin.used_before_reconstitution": QT_TRANSLATE_NOOP(
        "Messages", "the vial is used before it was reconstituted: check both times"
    ),
    "calendar.no_weekday": QT_TRANSLATE_NOOP(
        "Messages", "choose at least one working day of the week"
    ),
    "calendar.no_hours": QT_TRANSLATE_NOOP(
        "Messages", "give at least one stretch of opening hours, e.g. 09:00–12:00"
    ),
    "calendar.stretch_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "{start:%H:%M}–{end:%H:%M}: the end must be after the start"
    ),
    "calendar.stretches_overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "{first_start:%H:%M}–{first_end:%H:%M} and {second_start:%H:%M}–{second_end:%H:%M} overlap",
    ),
    "calendar.holiday_name_length": QT_TRANSLATE_NOOP(
        "Messages", "the holiday on {day:%d/%m/%Y} needs a name of 1 to {maximum} characters"
    ),
    "calendar.stretch_malformed": QT_TRANSLATE_NOOP(
        "Messages", "'{value}': expected a start and an end such as 09:00-12:00"
    ),
    "account.clinical_lead_not_practitioner": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a practitioner: only a practitioner can be a clinical lead"
    ),
    "account.display_name_missing": QT_TRANSLATE_NOOP(
        "Messages", "a display name is needed, e.g. Dr Salma Al-Harthy"
    ),
    "backup.no_manifest": QT_TRANSLATE_NOOP(
        "Messages", "{path} has no manifest; ScarDesk cannot preview it"
    ),
    "backup.not_usable": QT_TRANSLATE_NOOP("Messages", "{path} is not a usable backup:\n{detail}"),
    "backup.schedule_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose the folder for automatic backups first"
    ),
    "backup.needs_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "{path} is encrypted; ScarDesk needs its passphrase"
    ),
    "backup.folder_not_writable": QT_TRANSLATE_NOOP(
        "Messages", "ScarDesk cannot write to this folder ({detail})"
    ),
    "logo.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "the image is {size}; the limit is {limit}: save it smaller (e.g. 600 pixels wide) and "
        "choose it again",
    ),
    "logo.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "the file is not a readable image: choose a PNG or JPEG file"
    ),
    "logo.wrong_format": QT_TRANSLATE_NOOP(
        "Messages", "the file is a {format} image: choose a PNG or JPEG file"
    ),
    "logo.wrong_dimensions": QT_TRANSLATE_NOOP(
        "Messages",
        "the image is {width} × {height} pixels: expected between {minimum} and {maximum} pixels "
        "on each side",
    ),
    "content.no_clinic_copy": QT_TRANSLATE_NOOP(
        "Messages", "the clinic has no own copy of {path}: it already uses ours"
    ),
    "content.common_has_no_modality": QT_TRANSLATE_NOOP(
        "Messages", "common text has no modality; aftercare and consent text needs one"
    ),
    "content.modality_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose the modality this text is for"
    ),
    "content.version_unchanged": QT_TRANSLATE_NOOP(
        "Messages",
        "the text changed but its version is still {version}; expected a new version (e.g. raise "
        "the last number) so printed documents and signed consent forms say which wording they "
        "used",
    ),
    "document.session_voided": QT_TRANSLATE_NOOP(
        "Messages", "this session was voided: no aftercare sheet is printed for it"
    ),
    "document.no_session_yet": QT_TRANSLATE_NOOP(
        "Messages",
        "no session has been recorded for this appointment yet; the aftercare sheet is printed "
        "once the practitioner has saved the session",
    ),
    "document.checksum_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "document {id} does not match its stored SHA-256; it is not printed: run 'scardesk db "
        "check' and restore a backup",
    ),
    "document.modality_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a modality; expected one of {choices}"
    ),
    "export.file_exists": QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists: choose another file name (or allow replacing it)"
    ),
    "export.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "could not write {path} ({detail}); nothing was exported"
    ),
    "paging.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "limit {limit}: expected 1–{maximum}, offset 0 or more"
    ),
    "history.needs_signed_in_practitioner": QT_TRANSLATE_NOOP(
        "Messages", "a history answer needs a signed-in practitioner"
    ),
    "history.already_voided": QT_TRANSLATE_NOOP("Messages", "this answer is already voided"),
    "merge.with_itself": QT_TRANSLATE_NOOP("Messages", "a record cannot be merged with itself"),
    "merge.already_merged": QT_TRANSLATE_NOOP(
        "Messages", "file #{file} was already merged into file #{into}"
    ),
    "merge.survivor_archived": QT_TRANSLATE_NOOP(
        "Messages",
        "the record that stays is archived: restore it first, or keep the other record instead",
    ),
    "export.is_a_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder: give a file name in it"
    ),
    "patient.save_failed_try_again": QT_TRANSLATE_NOOP(
        "Messages", "the record could not be saved: try again"
    ),
    "patient.document_registered_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "this document is already registered to file #{file}: open that record instead of "
        "registering the person twice",
    ),
    "photo.file_empty": QT_TRANSLATE_NOOP(
        "Messages", "the file is empty: choose a JPEG or PNG photo"
    ),
    "photo.file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "the file is over {megabytes} MB: export it smaller"
    ),
    "photo.wrong_format": QT_TRANSLATE_NOOP(
        "Messages", "this is a {format} image: import JPEG or PNG photos only"
    ),
    "photo.not_a_picture": QT_TRANSLATE_NOOP(
        "Messages", "this file is not a picture: import JPEG or PNG photos only"
    ),
    "photo.too_many_pixels": QT_TRANSLATE_NOOP(
        "Messages", "the picture has too many pixels to be a photo: check it"
    ),
    "photo.damaged": QT_TRANSLATE_NOOP(
        "Messages", "the picture is damaged or incomplete: copy it again"
    ),
    "photo.consent_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "the patient has no valid consent to clinical photos: capture it before importing",
    ),
    "photo.assessment_not_current": QT_TRANSLATE_NOOP(
        "Messages", "that assessment is not a current one of this patient"
    ),
    "photo.session_not_current": QT_TRANSLATE_NOOP(
        "Messages", "that session is not a current one of this patient"
    ),
    "photo.needs_signed_in_user": QT_TRANSLATE_NOOP(
        "Messages", "a photo is imported by a signed-in user"
    ),
    "photo.named_file_problem": QT_TRANSLATE_NOOP("Messages", "{name}: {problem}"),
    "photo.date_in_future": QT_TRANSLATE_NOOP(
        "Messages", "the photo date is in the future: check it"
    ),
    "photo.already_in_record": QT_TRANSLATE_NOOP(
        "Messages", "this photo is already in the record ({existing})"
    ),
    "photo.already_voided": QT_TRANSLATE_NOOP("Messages", "this photo is already voided"),
    "product.unit_kind_locked_by_lots": QT_TRANSLATE_NOOP(
        "Messages", "lots of this product exist: add a new product instead"
    ),
    "product.choose_active": QT_TRANSLATE_NOOP(
        "Messages", "choose an active product from the catalogue"
    ),
    "lot.already_received": QT_TRANSLATE_NOOP(
        "Messages", "lot {lot} is already booked in: adjust its stock instead"
    ),
    "product.already_in_catalogue": QT_TRANSLATE_NOOP(
        "Messages", "{brand} ({name}) is already in the catalogue"
    ),
    "not_found.lot_number": QT_TRANSLATE_NOOP("Messages", "no lot is numbered {lot}"),
    "recall.lot_ambiguous": QT_TRANSLATE_NOOP(
        "Messages",
        "{lot} is a lot of several products ({brands}): choose it on the Products screen",
    ),
    "export.stopped": QT_TRANSLATE_NOOP("Messages", "the export was stopped; no file was written"),
    "export.cannot_write_file": QT_TRANSLATE_NOOP(
        "Messages", "could not write {name} ({detail}): choose another folder"
    ),
    "export.cannot_write_in_folder": QT_TRANSLATE_NOOP(
        "Messages", "could not write in {folder} ({detail}): choose another folder"
    ),
    "export.wrong_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{name} has '{suffix}': name the file .pdf, .csv or .xlsx"
    ),
    "export.no_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{name} has no suffix: name the file .pdf, .csv or .xlsx"
    ),
    "reminder.already_sent_by_at": QT_TRANSLATE_NOOP(
        "Messages",
        "this reminder was already sent by {by} at {at:%H:%M} on {at:%d/%m/%Y}; it was not sent "
        "again",
    ),
    "reminder.already_sent_by": QT_TRANSLATE_NOOP(
        "Messages", "this reminder was already sent by {by}; it was not sent again"
    ),
    "reminder.already_sent_elsewhere_at": QT_TRANSLATE_NOOP(
        "Messages",
        "this reminder was already sent from another desk at {at:%H:%M} on {at:%d/%m/%Y}; it was "
        "not sent again",
    ),
    "reminder.already_sent_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "this reminder was already sent from another desk; it was not sent again"
    ),
    "reminder.may_not_send": QT_TRANSLATE_NOOP(
        "Messages",
        "this patient has no consent to reminders, no phone, or asked not to be sent them",
    ),
    "correction.modalities_fixed": QT_TRANSLATE_NOOP(
        "Messages",
        "the modalities cannot change by correction: amend what was recorded, or void the session",
    ),
    "correction.lot_fixed": QT_TRANSLATE_NOOP(
        "Messages",
        "the product and lot cannot change: amend what was recorded, or void the session",
    ),
    "correction.points_kept": QT_TRANSLATE_NOOP(
        "Messages",
        "injection points cannot be removed: amend what was recorded, or void the session",
    ),
    "correction.adverse_events_kept": QT_TRANSLATE_NOOP(
        "Messages",
        "recorded adverse events stay; add new ones below them: amend what was recorded, or void "
        "the session",
    ),
    "session.toxin_product_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose a toxin product from the catalogue"
    ),
    "session.toxin_lot_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose the vial's lot from the lots in stock"
    ),
    "lot.no_vial_left": QT_TRANSLATE_NOOP("Messages", "lot {lot} has no vial left for this entry"),
    "clinic.name_missing": QT_TRANSLATE_NOOP(
        "Messages", "the clinic's name is printed on every sheet: enter it"
    ),
    "clinic.logo_before_name": QT_TRANSLATE_NOOP(
        "Messages", "save the clinic's name first: the logo goes with the details"
    ),
    "settings.auto_lock_out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "lock after {low} to {high} idle minutes: enter a whole number such as {example}",
    ),
    "calendar.holiday_name_missing": QT_TRANSLATE_NOOP(
        "Messages", "give the holiday's name, 1 to {maximum} characters"
    ),
    "calendar.day_off_note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "keep the note under {maximum} characters"
    ),
    "calendar.day_off_practitioner_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose the practitioner who is off"
    ),
    "lot.other_product": QT_TRANSLATE_NOOP(
        "Messages", "lot {lot} belongs to another product: choose a lot of this product"
    ),
    "lot.archived": QT_TRANSLATE_NOOP("Messages", "lot {lot} is archived: choose a lot in use"),
    "lot.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "lot {lot} expired on {expiry:%d/%m/%Y}: an expired lot cannot be used; choose an "
        "unexpired lot",
    ),
    "lot.none_in_stock": QT_TRANSLATE_NOOP(
        "Messages", "lot {lot} has none in stock: choose a lot in stock or receive stock"
    ),
    "unit.after_number": QT_TRANSLATE_NOOP("Messages", " {unit}"),
    "unit.minutes": QT_TRANSLATE_NOOP("Messages", "minutes"),
    "unit.passes": QT_TRANSLATE_NOOP("Messages", "passes"),
    "unit.layers": QT_TRANSLATE_NOOP("Messages", "layers"),
    "unit.units": QT_TRANSLATE_NOOP("Messages", "units"),
    "unit.scars": QT_TRANSLATE_NOOP("Messages", "scars"),
    "unit.gauge": QT_TRANSLATE_NOOP("Messages", "G (gauge)"),
    "unit.map_width_fraction": QT_TRANSLATE_NOOP("Messages", "(fraction of the map width)"),
    "unit.map_height_fraction": QT_TRANSLATE_NOOP("Messages", "(fraction of the map height)"),
    "toxin.reconstitution_without_zone": QT_TRANSLATE_NOOP(
        "Messages", "the reconstitution time is missing its time zone"
    ),
    "toxin.reconstituted_after_session": QT_TRANSLATE_NOOP(
        "Messages", "reconstituted after the session time: the vial must be mixed before it is used"
    ),
    "toxin.no_points": QT_TRANSLATE_NOOP(
        "Messages", "no injection points: place each point on the face map"
    ),
    "toxin.too_many_points": QT_TRANSLATE_NOOP(
        "Messages", "{n} points: at most {maximum} per entry"
    ),
    "toxin.points_total_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "the points add up to {placed:g} U but the total is {total:g} U: they must be equal "
        "(within 0.01 U)",
    ),
    "toxin.more_than_vial": QT_TRANSLATE_NOOP(
        "Messages",
        "{given:g} U given + {wasted:g} U wasted is more than the {vial:g} U vial: record each "
        "vial as its own toxin entry",
    ),
    "tca_cross.frosting_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose whether all, some or none of the scars frosted white"
    ),
    "subcision.anaesthetic_amount_without_agent": QT_TRANSLATE_NOOP(
        "Messages", "a strength or volume is given without an agent: name it"
    ),
    "subcision.anaesthetic_amount_missing": QT_TRANSLATE_NOOP(
        "Messages", "the anaesthetic is named: give its {unit} too"
    ),
    "subcision.adrenaline_without_agent": QT_TRANSLATE_NOOP(
        "Messages", "adrenaline is ticked without an anaesthetic: name it"
    ),
    "laser.energy_unit_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose mJ (per microbeam) or J/cm2 (fluence)"
    ),
    "laser.fully_ablative_tick_both": QT_TRANSLATE_NOOP(
        "Messages", "a fully ablative laser is ablative: tick both"
    ),
    "correction.vials_overdrawn": QT_TRANSLATE_NOOP(
        "Messages",
        "lot {lot}: {drawn} U drawn (given + wasted) from {n} {n:vial|vials} opened, which hold "
        "{held} U; a vial cannot give more than it holds: correct the units, or record each "
        "further vial as its own toxin entry",
    ),
    "message.then": QT_TRANSLATE_NOOP("Messages", "{first} {second}"),
    "subcision.instrument_missing": QT_TRANSLATE_NOOP(
        "Messages", "choose a needle, a Nokor needle or a blunt cannula"
    ),
}
CATALOGUE: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}


def template(code: str) -> str | None:
    """``code``'s template in the user's language, or None for a code with no entry."""
    english = CATALOGUE.get(code)
    if english is None:
        return None
    if code == UNCODED:
        return english
    return QCoreApplication.translate(CONTEXT, english)


def parameter_text(text: str) -> str:
    """The hook every parameter value passes through once formatted.

    English needs nothing. Keeping numbers, phone and civil numbers left-to-right inside
    Arabic text (isolating them with U+2066 … U+2069) belongs here, with the right-to-left work.
    """
    return text


def message_text(message: Message) -> str:
    """``message`` in the user's language."""
    return render(message, template, parameter_text)


def sentence(text: str) -> str:
    """Core messages start in lower case so they can be embedded; alone they need a capital."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def error_text(error: ScarDeskError) -> str:
    """What ``error`` says, in the user's language, as a sentence."""
    return sentence(message_text(error.message))


def field_texts(error: ValidationError) -> dict[str, str]:
    """Each refused field's message in the user's language (lower case, to follow a label)."""
    return {name: message_text(message) for name, message in error.field_messages.items()}
