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

from scardesk.domain.errors import ScarDeskError, ValidationError
from scardesk.domain.messages import UNCODED, Message, render
from scardesk.ui.tr import _n, _t

# QT_TRANSLATE_NOOP only marks the text for lupdate and returns it; its stub says ``object``.
_MARKED: dict[str, object] = {
    "uncoded": _n("{text}"),
    "error.unspecified": _n("the action could not be finished"),
    "validation.summary": _n("{fields}"),
    "validation.invalid_input": _n("invalid input"),
    "validation.name.bad_characters_latin": _n(
        "{value} contains {shown}: use Latin letters (accents allowed), spaces, "
        "hyphens, apostrophes and dots only",
    ),
    "validation.name.bad_characters_arabic": _n(
        "{value} contains {shown}: use Arabic letters, harakat and spaces only"
    ),
    "validation.name.bad_characters_either": _n(
        "{value} contains {shown}: use Latin or Arabic letters, spaces, hyphens, "
        "apostrophes and dots only",
    ),
    "validation.name.too_short": _n(
        "{value} is too short: a name needs at least {minimum} letters"
    ),
    "validation.name.too_long": _n(
        "the name has {length} characters: at most {maximum} are allowed"
    ),
    "validation.name.missing": _n(
        "a name is required: enter it in Latin letters, Arabic letters or both"
    ),
    "validation.phone.too_short": _n(
        "{value} is too short: an Omani number has 8 digits after +968, mobiles "
        "starting with 9 or 7 and landlines with 2, e.g. 9123 4567",
    ),
    "validation.phone.too_long": _n(
        "{value} is too long: an Omani number has 8 digits after +968, mobiles "
        "starting with 9 or 7 and landlines with 2, e.g. 9123 4567",
    ),
    "validation.phone.not_omani": _n(
        "{value} is not an Omani mobile or landline: an Omani number has 8 digits "
        "after +968, mobiles starting with 9 or 7 and landlines with 2, e.g. 9123 "
        "4567",
    ),
    "validation.phone.mobile_not_in_use": _n(
        "{value} is not in use as an Omani mobile number: check the digits"
    ),
    "validation.phone.landline_not_in_use": _n(
        "{value} is not in use as an Omani landline number: check the digits"
    ),
    "validation.phone.not_international": _n(
        "{value} is not a valid international number: write + and the country code, "
        "then the number, e.g. +44 20 7946 0958",
    ),
    "validation.phone.not_a_number": _n(
        "{value} is not a phone number: use digits only, e.g. 9123 4567 or +968 9123 4567",
    ),
    "validation.phone.no_digits": _n("{value} has no digits: e.g. 9123 4567 or +968 9123 4567"),
    "validation.phone.whatsapp_not_mobile": _n(
        "{value} is not an Omani mobile number: WhatsApp needs a mobile starting with"
        " 9 or 7, e.g. 9123 4567",
    ),
    "validation.phone.not_stored_form": _n(
        "{value} is not a stored phone number: expected E.164, e.g. +96891234567"
    ),
    "validation.civil_number.digits_only": _n("{value} must contain digits only, e.g. 12345678"),
    "validation.civil_number.too_long": _n("{value} is too long: at most {maximum} digits"),
    "validation.document_type.unknown": _n(
        "{value} is not a choice here: expected choose one of {choices}"
    ),
    "validation.document_type.needed": _n(
        "the civil number needs its document: choose one of {choices}"
    ),
    "validation.sex.unknown": _n("{value} is not a choice here: expected female or male"),
    "validation.sex.missing": _n("the sex is missing: choose female or male"),
    "validation.fitzpatrick.unknown": _n(
        "{value} is not a choice here: expected a skin type from I to VI"
    ),
    "validation.date.missing": _n(
        "the date is missing: expected day/month/year with a 4-digit year, e.g. "
        "05/03/1990, or 1990-03-05",
    ),
    "validation.date.two_digit_year": _n(
        "{value} has a two-digit year, which could mean two centuries: expected "
        "day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05",
    ),
    "validation.date.not_a_date": _n(
        "{value} is not a date: expected day/month/year with a 4-digit year, e.g. "
        "05/03/1990, or 1990-03-05",
    ),
    "validation.date.not_on_calendar": _n(
        "{value} is not a day on the calendar: check the day and month (expected "
        "day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05)",
    ),
    "validation.date_of_birth.missing": _n(
        "the date of birth is missing: expected day/month/year with a 4-digit year, "
        "e.g. 05/03/1990, or 1990-03-05",
    ),
    "validation.date_of_birth.future": _n(
        "{value:%d/%m/%Y} is in the future: expected {today:%d/%m/%Y} or earlier"
    ),
    "validation.date_of_birth.too_old": _n(
        "{value:%d/%m/%Y} means over {maximum} years old: check the year"
    ),
    "validation.document_expiry.implausible": _n(
        "{value:%d/%m/%Y} is not a plausible expiry date: expected a year from {first} to {last}",
    ),
    "validation.email.too_long": _n("the address has {length} characters: at most {maximum}"),
    "validation.email.no_name": _n("{value} needs a name before an @: expected name@example.com"),
    "validation.email.malformed": _n("{value} is not an e-mail address: expected name@example.com"),
    "validation.reason.missing": _n(
        "a reason is required: say briefly why, e.g. 'duplicate record'"
    ),
    "validation.username.malformed": _n(
        "{value} cannot be a user name: expected {minimum}–{maximum} characters: a "
        "letter first, then letters a–z, digits, '.', '_' or '-', e.g. s.albalushi",
    ),
    "text.broken_character": _n(
        "a broken character ({codepoint}) at position {position}: retype it"
    ),
    "text.line_break": _n(
        "a line break or tab ({codepoint}) at position {position}: keep to one line"
    ),
    "text.unusual_line_break": _n(
        "an unusual line break ({codepoint}) at position {position}: use Enter"
    ),
    "text.control_character": _n(
        "a control character ({codepoint}) at position {position}: retype it"
    ),
    "text.non_character": _n("a non-character ({codepoint}) at position {position}: retype it"),
    "text.direction_override": _n(
        "a direction override ({codepoint}) at position {position}: retype it"
    ),
    "text.direction_control": _n(
        "a direction control ({codepoint}) at position {position}: retype it"
    ),
    "text.invisible_character": _n(
        "an invisible character ({codepoint}) at position {position}: retype it"
    ),
    "text.zero_width_character": _n(
        "a zero-width character ({codepoint}) at position {position}: retype it"
    ),
    "text.formatting_character": _n(
        "a formatting character ({codepoint}) at position {position}: retype it"
    ),
    "text.isolates_unclosed": _n(
        "the text-direction isolates (U+2066–U+2069) are not closed: retype the text"
    ),
    "text.not_text": _n("expected text, got {kind}"),
    "text.far_too_long": _n("the text has {length:,} characters: at most {maximum}"),
    "text.too_long": _n("the text has {length} characters: at most {maximum} are allowed"),
    "identity.civil_number": _n("a civil number"),
    "identity.gcc_id_number": _n("a GCC ID number"),
    "identity.digits_only": _n("{value}: {what} has digits only, e.g. 12345678"),
    "identity.too_many_digits": _n("{value} has {length} digits: {what} has at most {maximum}"),
    "identity.too_few_digits": _n("{value} has {length} digits: {what} has at least {minimum}"),
    "identity.passport_characters": _n(
        "{value}: a passport number has Latin letters and digits only, e.g. K1234567"
    ),
    "identity.passport_length": _n(
        "{value} has {length} characters: a passport number has {minimum} to "
        "{maximum} letters and digits, e.g. K1234567",
    ),
    "identity.not_a_document_number": _n(
        "{value} is not a document number: letters and digits only, at most {maximum}"
    ),
    "validation.number.expected": _n("expected a number from {low:g} to {high:g}{unit}"),
    "validation.number.expected_whole": _n(
        "expected a whole number from {low:g} to {high:g}{unit}"
    ),
    "validation.number.expected_above": _n(
        "expected a number from more than {low:g} to {high:g}{unit}"
    ),
    "validation.number.expected_whole_above": _n(
        "expected a whole number from more than {low:g} to {high:g}{unit}"
    ),
    "validation.number.not_a_number": _n("{value} is not a number: {expected}"),
    "validation.number.not_whole": _n("{value} is not a whole number: {expected}"),
    "validation.number.out_of_range": _n("{value:g} is out of range: {expected}"),
    "validation.text.required": _n("this is required: enter it, e.g. {example}"),
    "validation.text.not_text": _n("{value} is not text: expected e.g. {example}"),
    "validation.text.too_long": _n("{length} characters: at most {maximum} are allowed"),
    "validation.areas.malformed": _n(
        "areas must be region names of up to {maximum} characters each"
    ),
    "patient.archived_restore_first": _n("this patient is archived: restore first"),
    "patient.merged_into": _n("this record was merged into file #{file}: open that one"),
    "patient.already_archived": _n("this patient is already archived"),
    "appointment.status_change": _n(
        "a {current} appointment cannot become {wanted}: it can become {allowed}"
    ),
    "appointment.status_final": _n(
        "a {current} appointment cannot become {wanted}: it can become nothing (it is final)",
    ),
    "appointment.start_without_zone": _n(
        "the start time has no time zone: expected Muscat or UTC time"
    ),
    "appointment.duration_out_of_range": _n("{value} minutes: expected {minimum} to {maximum}"),
    "appointment.modality_unknown": _n("{value} is not a modality: choose from {choices}"),
    "appointment.cannot_move": _n("a {status} appointment cannot be moved: book a new one"),
    "appointment.practitioner_needed": _n("choose an active practitioner for this appointment"),
    "session.voided": _n("this session was voided: it cannot change"),
    "session.already_signed": _n("this session is already signed"),
    "session.amendment_changes_nothing": _n("nothing was changed: correct a field first"),
    "assessment.needs_signed_in_user": _n("an assessment is made by a signed-in user"),
    "assessment.voided": _n("a voided assessment cannot be amended"),
    "assessment.already_voided": _n("this assessment is already voided"),
    "consent.signature_too_large": _n("the signature image is too large: sign again"),
    "consent.signature_damaged": _n("the signature image is damaged: ask the signer to sign again"),
    "consent.needs_signed_in_user": _n("a consent is captured by a signed-in user"),
    "consent.signature_not_png": _n("the signature is not a PNG image"),
    "consent.already_withdrawn": _n("this consent is already withdrawn"),
    "appointment.other_patients": _n("this appointment is not this patient's"),
    "plan.needs_signed_in_user": _n("a plan is written by a signed-in user"),
    "appointment.closed_start_from_patient": _n(
        "this appointment is {status}: start from the patient"
    ),
    "plan.not_active": _n("this plan is {status}: only an active plan changes"),
    "plan.already_in_status": _n("this plan is already {status}"),
    "not_found.consent_signature": _n("consent {id} has no stored signature"),
    "session.signed_read_only": _n(
        "this session is signed and read-only: correct it with an amendment and a reason",
    ),
    "plan.already_active": _n(
        "the patient already has an active plan ({plan}): update it or stop it first"
    ),
    "assessment.count_not_whole": _n(
        "{value} is not a whole number of scars: expected 0 to {maximum}"
    ),
    "assessment.count_implausible": _n("{value} scars is not plausible: expected 0 to {maximum}"),
    "assessment.area_not_a_number": _n(
        "{value} is not an area: expected square centimetres, 0 to 600"
    ),
    "assessment.area_implausible": _n(
        "{value} cm² is not plausible: expected 0 to {maximum:g} cm²"
    ),
    "assessment.choice_unknown": _n("{value} is not valid: choose one of {choices}"),
    "assessment.unknown_item": _n("unknown item: expected one of {choices}"),
    "assessment.in_future": _n("the assessment time is in the future: expected now or earlier"),
    "assessment.suitability_needs_skin_type": _n(
        "judging laser or peel suitability needs the Fitzpatrick skin type: choose it"
    ),
    "assessment.scar_s_invalid": _n("{value} is not a SCAR-S grade: expected 0 to {maximum}"),
    "assessment.notes_too_long": _n(
        "the notes have {length} characters: expected at most {maximum}"
    ),
    "session.modality_unknown": _n("unknown modality: expected one of {choices}"),
    "session.time_missing": _n("the session time is missing or has no time zone"),
    "session.no_treatment": _n("no treatment recorded: add at least one modality"),
    "session.adverse_events_unstated": _n("state adverse events: tick 'none' or record each event"),
    "session.adverse_events_contradict": _n(
        "'none' is ticked but events are listed: keep one or the other"
    ),
    "session.severity_missing": _n("choose mild, moderate or severe"),
    "session.anaesthetic_agent_missing": _n("minutes are given without an agent: name the agent"),
    "password.broken_character": _n(
        "the password contains an invisible or broken character: retype it"
    ),
    "password.too_short": _n(
        "the password has {length} characters: expected at least {minimum} "
        "characters; a few unrelated words make a good one, e.g. 'olive lantern 47 "
        "harbour'",
    ),
    "password.too_long": _n(
        "the password is longer than {maximum} characters: choose a shorter one"
    ),
    "password.common": _n(
        "this password is on the list of commonly used passwords (digits or symbols "
        "added at the ends do not change that): choose something others would not "
        "guess, at least {minimum} characters; a few unrelated words make a good one,"
        " e.g. 'olive lantern 47 harbour'",
    ),
    "password.own_name": _n(
        "the password contains your user name or part of your name: choose one that "
        "does not, since others know your name",
    ),
    "password.current_wrong": _n("your current password is not right: retype it"),
    "attest.password_wrong": _n("your password is not right: the record was not signed"),
    "sign_in.wrong_credentials": _n(
        "the user name or password is not right, or the account is inactive"
    ),
    "sign_in.locked": _n(
        "this sign-in is locked after too many failed attempts: ask the administrator to unlock it",
    ),
    "sign_in.wait_one_second": _n("too many failed sign-ins: wait {seconds} second and try again"),
    "sign_in.wait_seconds": _n("too many failed sign-ins: wait {seconds} seconds and try again"),
    "sign_in.one_time_password_expired": _n(
        "this one-time password has expired: ask the administrator for a new one"
    ),
    "sign_in.nothing_to_unlock": _n("this window has no account to unlock: sign in instead"),
    "account.deactivated": _n(
        "this account has been deactivated: ask the administrator to reactivate it"
    ),
    "account.gone": _n("this account no longer exists: sign in again"),
    "account.password_change_required": _n("choose your own password before going on"),
    "account.clinic_has_users": _n("this clinic already has users: sign in instead"),
    "account.lock_reason_unknown": _n("a lock is {reasons}"),
    "account.username_taken": _n("'{value}' is taken: choose another user name"),
    "account.last_admin_deactivate": _n(
        "cannot deactivate '{value}': it is the last active administrator; make "
        "another account an administrator first",
    ),
    "account.last_admin_role": _n(
        "cannot change the role of '{value}': it is the last active administrator; "
        "make another account an administrator first",
    ),
    "account.role_unknown": _n("unknown role '{value}': expected one of {choices}"),
    "account.cannot_deactivate_self": _n(
        "you cannot deactivate your own account: ask another admin"
    ),
    "password.same_as_current": _n("the new password is your current one: choose a new one"),
    "not_found.account": _n("no account named '{value}'"),
    "stock.zero_change": _n("a change of 0 changes nothing: enter + or − packs"),
    "stock.below_zero": _n(
        "only {in_stock} in stock: a correction cannot go below 0 (got {value})"
    ),
    "stock.lot_expired": _n(
        "{expiry} is before today ({today}): an expired lot cannot be received; check the label",
    ),
    "stock.days_invalid": _n("{value}: expected a whole number of days, 0 or more"),
    "permission.denied_for_role": _n("the {role} role may not {action}"),
    "permission.denied_clinical_lead_only": _n("only a clinical lead may {action}"),
    "permission.sign_in_needed": _n("a signed-in user is needed for this action"),
    "permission.sign_in_to_change_password": _n(
        "only a signed-in person can change their password"
    ),
    "permission.unknown_stored_role": _n("the stored role '{role}' grants nothing"),
    "permission.session_needs_practitioner": _n(
        "a session is recorded by a signed-in practitioner"
    ),
    "permission.session_sign_not_yours": _n(
        "only the practitioner who recorded the session, or its supervising "
        "prescriber, may sign it",
    ),
    "permission.amendment_needs_practitioner": _n(
        "an amendment is made by a signed-in practitioner"
    ),
    "role.front_desk": _n("front_desk"),
    "role.practitioner": _n("practitioner"),
    "role.admin": _n("admin"),
    "permission.view_demographics": _n("view demographics"),
    "permission.edit_demographics": _n("edit demographics"),
    "permission.archive_patient": _n("archive patient"),
    "permission.merge_patients": _n("merge patients"),
    "permission.manage_appointments": _n("manage appointments"),
    "permission.view_clinical": _n("view clinical"),
    "permission.edit_clinical": _n("edit clinical"),
    "permission.sign_session": _n("sign session"),
    "permission.manage_products": _n("manage products"),
    "permission.manage_users": _n("manage users"),
    "permission.manage_settings": _n("manage settings"),
    "permission.view_audit": _n("view audit"),
    "permission.backup": _n("backup"),
    "permission.print_handouts": _n("print handouts"),
    "permission.edit_safety_rules": _n("edit safety rules"),
    "not_found.appointment": _n("appointment {id} does not exist"),
    "not_found.assessment": _n("assessment {id} does not exist"),
    "not_found.day_off": _n("day off {id} does not exist"),
    "not_found.document": _n("document {id} does not exist"),
    "not_found.history_entry": _n("history entry {id} does not exist"),
    "not_found.lot": _n("lot {id} does not exist"),
    "not_found.patient": _n("patient {id} does not exist"),
    "not_found.photo": _n("photo {id} does not exist"),
    "not_found.product": _n("product {id} does not exist"),
    "not_found.public_holiday": _n("public holiday {id} does not exist"),
    "not_found.session": _n("session {id} does not exist"),
    "not_found.treatment_plan": _n("treatment plan {id} does not exist"),
    "conflict.changed_elsewhere": _n(
        "{entity} {entity_id} was changed elsewhere (you edited version {expected}, "
        "the stored one is {actual}); nothing was saved",
    ),
    "unreadable.row": _n("{table} #{row_id} cannot be read: {detail}"),
    "unreadable.table": _n("{table} cannot be read: {detail}"),
    "safety.cannot_proceed": _n("the session cannot proceed: {findings}"),
    "safety.session_blocked": _n("the session cannot be saved: {findings}"),
    "override.rule_missing": _n("the rule being overridden is missing: give its code"),
    "override.reason_missing": _n("the reason is empty: say why it is safe to proceed"),
    "override.reason_too_long": _n(
        "the reason has {length} characters: expected at most {maximum}"
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
    return _t(english)


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
