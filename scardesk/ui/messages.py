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
    "permission.sign_in_to_change_preferences": QT_TRANSLATE_NOOP(
        "Messages", "only a signed-in person can change their display preferences"
    ),
    "preferences.unknown_choice": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not one of the choices offered"
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
