"""The English text of every message code the core raises (see :mod:`scardesk.domain.messages`).

This is what the command line prints and what ``str(error)`` says. The screens use the same
templates from ``scardesk/ui/messages.py``, marked there for Qt's translation tools; a test keeps
the two catalogues identical in codes and English wording.

Templates are :meth:`str.format` templates: ``{value}`` is a parameter (a literal brace is
written ``{{``). Sentences start in lower case so they can be embedded after a field name; the
screens capitalise them when they stand alone.
"""

from __future__ import annotations

from scardesk.domain.messages import UNCODED, Message, render

_DATE_EXAMPLE = "expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05"
_OMAN_SHAPE = (
    "an Omani number has 8 digits after +968, mobiles starting with 9 or 7 and landlines "
    "with 2, e.g. 9123 4567"
)
_PHONE_EXAMPLE = "e.g. 9123 4567 or +968 9123 4567"
_PASSWORD_EXPECTED = (
    "at least {minimum} characters; a few unrelated words make a good one, "
    "e.g. 'olive lantern 47 harbour'"
)

ENGLISH: dict[str, str] = {
    UNCODED: "{text}",
    "error.unspecified": "the action could not be finished",
    # --- validation: the form as a whole
    "validation.summary": "{fields}",
    "validation.invalid_input": "invalid input",
    # --- names
    "validation.name.bad_characters_latin": (
        "{value} contains {shown}: use Latin letters (accents allowed), spaces, hyphens, "
        "apostrophes and dots only"
    ),
    "validation.name.bad_characters_arabic": (
        "{value} contains {shown}: use Arabic letters, harakat and spaces only"
    ),
    "validation.name.bad_characters_either": (
        "{value} contains {shown}: use Latin or Arabic letters, spaces, hyphens, apostrophes "
        "and dots only"
    ),
    "validation.name.too_short": "{value} is too short: a name needs at least {minimum} letters",
    "validation.name.too_long": "the name has {length} characters: at most {maximum} are allowed",
    "validation.name.missing": (
        "a name is required: enter it in Latin letters, Arabic letters or both"
    ),
    # --- phones
    "validation.phone.too_short": "{value} is too short: " + _OMAN_SHAPE,
    "validation.phone.too_long": "{value} is too long: " + _OMAN_SHAPE,
    "validation.phone.not_omani": "{value} is not an Omani mobile or landline: " + _OMAN_SHAPE,
    "validation.phone.mobile_not_in_use": (
        "{value} is not in use as an Omani mobile number: check the digits"
    ),
    "validation.phone.landline_not_in_use": (
        "{value} is not in use as an Omani landline number: check the digits"
    ),
    "validation.phone.not_international": (
        "{value} is not a valid international number: write + and the country code, "
        "then the number, e.g. +44 20 7946 0958"
    ),
    "validation.phone.not_a_number": (
        "{value} is not a phone number: use digits only, " + _PHONE_EXAMPLE
    ),
    "validation.phone.no_digits": "{value} has no digits: " + _PHONE_EXAMPLE,
    "validation.phone.whatsapp_not_mobile": (
        "{value} is not an Omani mobile number: WhatsApp needs a mobile starting with "
        "9 or 7, e.g. 9123 4567"
    ),
    "validation.phone.not_stored_form": (
        "{value} is not a stored phone number: expected E.164, e.g. +96891234567"
    ),
    # --- identity documents and other choices
    "validation.civil_number.digits_only": "{value} must contain digits only, e.g. 12345678",
    "validation.civil_number.too_long": "{value} is too long: at most {maximum} digits",
    "validation.document_type.unknown": (
        "{value} is not a choice here: expected choose one of {choices}"
    ),
    "validation.document_type.needed": (
        "the civil number needs its document: choose one of {choices}"
    ),
    "validation.sex.unknown": "{value} is not a choice here: expected female or male",
    "validation.sex.missing": "the sex is missing: choose female or male",
    "validation.fitzpatrick.unknown": (
        "{value} is not a choice here: expected a skin type from I to VI"
    ),
    # --- dates
    "validation.date.missing": "the date is missing: " + _DATE_EXAMPLE,
    "validation.date.two_digit_year": (
        "{value} has a two-digit year, which could mean two centuries: " + _DATE_EXAMPLE
    ),
    "validation.date.not_a_date": "{value} is not a date: " + _DATE_EXAMPLE,
    "validation.date.not_on_calendar": (
        "{value} is not a day on the calendar: check the day and month (" + _DATE_EXAMPLE + ")"
    ),
    "validation.date_of_birth.missing": "the date of birth is missing: " + _DATE_EXAMPLE,
    "validation.date_of_birth.future": (
        "{value:%d/%m/%Y} is in the future: expected {today:%d/%m/%Y} or earlier"
    ),
    "validation.date_of_birth.too_old": (
        "{value:%d/%m/%Y} means over {maximum} years old: check the year"
    ),
    "validation.document_expiry.implausible": (
        "{value:%d/%m/%Y} is not a plausible expiry date: expected a year from {first} to {last}"
    ),
    # --- e-mail, reasons, user names
    "validation.email.too_long": "the address has {length} characters: at most {maximum}",
    "validation.email.no_name": "{value} needs a name before an @: expected name@example.com",
    "validation.email.malformed": "{value} is not an e-mail address: expected name@example.com",
    "validation.reason.missing": "a reason is required: say briefly why, e.g. 'duplicate record'",
    "validation.username.malformed": (
        "{value} cannot be a user name: expected {minimum}–{maximum} characters: a letter "
        "first, then letters a–z, digits, '.', '_' or '-', e.g. s.albalushi"
    ),
    # --- any text field: characters refused, named by code point, never by quoting the text
    "text.broken_character": "a broken character ({codepoint}) at position {position}: retype it",
    "text.line_break": (
        "a line break or tab ({codepoint}) at position {position}: keep to one line"
    ),
    "text.unusual_line_break": (
        "an unusual line break ({codepoint}) at position {position}: use Enter"
    ),
    "text.control_character": (
        "a control character ({codepoint}) at position {position}: retype it"
    ),
    "text.non_character": "a non-character ({codepoint}) at position {position}: retype it",
    "text.direction_override": (
        "a direction override ({codepoint}) at position {position}: retype it"
    ),
    "text.direction_control": (
        "a direction control ({codepoint}) at position {position}: retype it"
    ),
    "text.invisible_character": (
        "an invisible character ({codepoint}) at position {position}: retype it"
    ),
    "text.zero_width_character": (
        "a zero-width character ({codepoint}) at position {position}: retype it"
    ),
    "text.formatting_character": (
        "a formatting character ({codepoint}) at position {position}: retype it"
    ),
    "text.isolates_unclosed": (
        "the text-direction isolates (U+2066–U+2069) are not closed: retype the text"
    ),
    "text.not_text": "expected text, got {kind}",
    "text.far_too_long": "the text has {length:,} characters: at most {maximum}",
    "text.too_long": "the text has {length} characters: at most {maximum} are allowed",
    # --- identity documents' numbers
    "identity.civil_number": "a civil number",
    "identity.gcc_id_number": "a GCC ID number",
    "identity.digits_only": "{value}: {what} has digits only, e.g. 12345678",
    "identity.too_many_digits": "{value} has {length} digits: {what} has at most {maximum}",
    "identity.too_few_digits": "{value} has {length} digits: {what} has at least {minimum}",
    "identity.passport_characters": (
        "{value}: a passport number has Latin letters and digits only, e.g. K1234567"
    ),
    "identity.passport_length": (
        "{value} has {length} characters: a passport number has {minimum} to {maximum} "
        "letters and digits, e.g. K1234567"
    ),
    "identity.not_a_document_number": (
        "{value} is not a document number: letters and digits only, at most {maximum}"
    ),
    # --- numbers and free text in clinical forms
    "validation.number.expected": "expected a number from {low:g} to {high:g}{unit}",
    "validation.number.expected_whole": "expected a whole number from {low:g} to {high:g}{unit}",
    "validation.number.expected_above": (
        "expected a number from more than {low:g} to {high:g}{unit}"
    ),
    "validation.number.expected_whole_above": (
        "expected a whole number from more than {low:g} to {high:g}{unit}"
    ),
    "validation.number.not_a_number": "{value} is not a number: {expected}",
    "validation.number.not_whole": "{value} is not a whole number: {expected}",
    "validation.number.out_of_range": "{value:g} is out of range: {expected}",
    "validation.text.required": "this is required: enter it, e.g. {example}",
    "validation.text.not_text": "{value} is not text: expected e.g. {example}",
    "validation.text.too_long": "{length} characters: at most {maximum} are allowed",
    "validation.areas.malformed": ("areas must be region names of up to {maximum} characters each"),
    # --- patients and appointments (the front desk)
    "patient.archived_restore_first": "this patient is archived: restore first",
    "patient.merged_into": "this record was merged into file #{file}: open that one",
    "patient.already_archived": "this patient is already archived",
    "appointment.status_change": (
        "a {current} appointment cannot become {wanted}: it can become {allowed}"
    ),
    "appointment.status_final": (
        "a {current} appointment cannot become {wanted}: it can become nothing (it is final)"
    ),
    "appointment.start_without_zone": (
        "the start time has no time zone: expected Muscat or UTC time"
    ),
    "appointment.duration_out_of_range": "{value} minutes: expected {minimum} to {maximum}",
    "appointment.modality_unknown": "{value} is not a modality: choose from {choices}",
    "appointment.cannot_move": "a {status} appointment cannot be moved: book a new one",
    "appointment.practitioner_needed": "choose an active practitioner for this appointment",
    # --- records that have moved on (signed, voided, withdrawn, closed)
    "session.voided": "this session was voided: it cannot change",
    "session.already_signed": "this session is already signed",
    "session.amendment_changes_nothing": "nothing was changed: correct a field first",
    "assessment.needs_signed_in_user": "an assessment is made by a signed-in user",
    "assessment.voided": "a voided assessment cannot be amended",
    "assessment.already_voided": "this assessment is already voided",
    "consent.signature_too_large": "the signature image is too large: sign again",
    "consent.signature_damaged": "the signature image is damaged: ask the signer to sign again",
    "consent.needs_signed_in_user": "a consent is captured by a signed-in user",
    "consent.signature_not_png": "the signature is not a PNG image",
    "consent.already_withdrawn": "this consent is already withdrawn",
    "appointment.other_patients": "this appointment is not this patient's",
    "plan.needs_signed_in_user": "a plan is written by a signed-in user",
    "appointment.closed_start_from_patient": "this appointment is {status}: start from the patient",
    "plan.not_active": "this plan is {status}: only an active plan changes",
    "plan.already_in_status": "this plan is already {status}",
    "not_found.consent_signature": "consent {id} has no stored signature",
    "session.signed_read_only": (
        "this session is signed and read-only: correct it with an amendment and a reason"
    ),
    "plan.already_active": (
        "the patient already has an active plan ({plan}): update it or stop it first"
    ),
    # --- scar assessments
    "assessment.count_not_whole": (
        "{value} is not a whole number of scars: expected 0 to {maximum}"
    ),
    "assessment.count_implausible": "{value} scars is not plausible: expected 0 to {maximum}",
    "assessment.area_not_a_number": (
        "{value} is not an area: expected square centimetres, 0 to 600"
    ),
    "assessment.area_implausible": ("{value} cm² is not plausible: expected 0 to {maximum:g} cm²"),
    "assessment.choice_unknown": "{value} is not valid: choose one of {choices}",
    "assessment.unknown_item": "unknown item: expected one of {choices}",
    "assessment.in_future": "the assessment time is in the future: expected now or earlier",
    "assessment.suitability_needs_skin_type": (
        "judging laser or peel suitability needs the Fitzpatrick skin type: choose it"
    ),
    "assessment.scar_s_invalid": "{value} is not a SCAR-S grade: expected 0 to {maximum}",
    "assessment.notes_too_long": ("the notes have {length} characters: expected at most {maximum}"),
    # --- treatment sessions
    "session.modality_unknown": "unknown modality: expected one of {choices}",
    "session.time_missing": "the session time is missing or has no time zone",
    "session.no_treatment": "no treatment recorded: add at least one modality",
    "session.adverse_events_unstated": ("state adverse events: tick 'none' or record each event"),
    "session.adverse_events_contradict": (
        "'none' is ticked but events are listed: keep one or the other"
    ),
    "session.severity_missing": "choose mild, moderate or severe",
    "session.anaesthetic_agent_missing": "minutes are given without an agent: name the agent",
    # --- passwords
    "password.broken_character": (
        "the password contains an invisible or broken character: retype it"
    ),
    "password.too_short": "the password has {length} characters: expected " + _PASSWORD_EXPECTED,
    "password.too_long": ("the password is longer than {maximum} characters: choose a shorter one"),
    "password.common": (
        "this password is on the list of commonly used passwords (digits or symbols "
        "added at the ends do not change that): choose something others would not guess, "
        + _PASSWORD_EXPECTED
    ),
    "password.own_name": (
        "the password contains your user name or part of your name: choose one "
        "that does not, since others know your name"
    ),
    "password.current_wrong": "your current password is not right: retype it",
    "attest.password_wrong": "your password is not right: the record was not signed",
    # --- sign-in and accounts
    "sign_in.wrong_credentials": (
        "the user name or password is not right, or the account is inactive"
    ),
    "sign_in.locked": (
        "this sign-in is locked after too many failed attempts: ask the administrator to unlock it"
    ),
    "sign_in.wait_one_second": "too many failed sign-ins: wait {seconds} second and try again",
    "sign_in.wait_seconds": "too many failed sign-ins: wait {seconds} seconds and try again",
    "sign_in.one_time_password_expired": (
        "this one-time password has expired: ask the administrator for a new one"
    ),
    "sign_in.nothing_to_unlock": "this window has no account to unlock: sign in instead",
    "account.deactivated": (
        "this account has been deactivated: ask the administrator to reactivate it"
    ),
    "account.gone": "this account no longer exists: sign in again",
    "account.password_change_required": "choose your own password before going on",
    "account.clinic_has_users": "this clinic already has users: sign in instead",
    "account.lock_reason_unknown": "a lock is {reasons}",
    "account.username_taken": "'{value}' is taken: choose another user name",
    "account.last_admin_deactivate": (
        "cannot deactivate '{value}': it is the last active administrator; make another "
        "account an administrator first"
    ),
    "account.last_admin_role": (
        "cannot change the role of '{value}': it is the last active administrator; make "
        "another account an administrator first"
    ),
    "account.role_unknown": "unknown role '{value}': expected one of {choices}",
    "account.cannot_deactivate_self": ("you cannot deactivate your own account: ask another admin"),
    "password.same_as_current": "the new password is your current one: choose a new one",
    "not_found.account": "no account named '{value}'",
    # --- products and stock
    "stock.zero_change": "a change of 0 changes nothing: enter + or − packs",
    "stock.below_zero": ("only {in_stock} in stock: a correction cannot go below 0 (got {value})"),
    "stock.lot_expired": (
        "{expiry} is before today ({today}): an expired lot cannot be received; check the label"
    ),
    "stock.days_invalid": "{value}: expected a whole number of days, 0 or more",
    # --- permissions: a refusal names the role and the action, each a message of its own
    "permission.denied_for_role": "the {role} role may not {action}",
    "permission.denied_clinical_lead_only": "only a clinical lead may {action}",
    "permission.sign_in_needed": "a signed-in user is needed for this action",
    "permission.sign_in_to_change_password": "only a signed-in person can change their password",
    "permission.sign_in_to_change_preferences": (
        "only a signed-in person can change their display preferences"
    ),
    "preferences.unknown_choice": "{value} is not one of the choices offered",
    "permission.unknown_stored_role": "the stored role '{role}' grants nothing",
    "permission.session_needs_practitioner": "a session is recorded by a signed-in practitioner",
    "permission.session_sign_not_yours": (
        "only the practitioner who recorded the session, or its supervising prescriber, may sign it"
    ),
    "permission.amendment_needs_practitioner": "an amendment is made by a signed-in practitioner",
    "role.front_desk": "front_desk",
    "role.practitioner": "practitioner",
    "role.admin": "admin",
    "permission.view_demographics": "view demographics",
    "permission.edit_demographics": "edit demographics",
    "permission.archive_patient": "archive patient",
    "permission.merge_patients": "merge patients",
    "permission.manage_appointments": "manage appointments",
    "permission.view_clinical": "view clinical",
    "permission.edit_clinical": "edit clinical",
    "permission.sign_session": "sign session",
    "permission.manage_products": "manage products",
    "permission.manage_users": "manage users",
    "permission.manage_settings": "manage settings",
    "permission.view_audit": "view audit",
    "permission.backup": "backup",
    "permission.print_handouts": "print handouts",
    "permission.edit_safety_rules": "edit safety rules",
    # --- records asked for that do not exist (the screens say so in their own words)
    "not_found.appointment": "appointment {id} does not exist",
    "not_found.assessment": "assessment {id} does not exist",
    "not_found.day_off": "day off {id} does not exist",
    "not_found.document": "document {id} does not exist",
    "not_found.history_entry": "history entry {id} does not exist",
    "not_found.lot": "lot {id} does not exist",
    "not_found.patient": "patient {id} does not exist",
    "not_found.photo": "photo {id} does not exist",
    "not_found.product": "product {id} does not exist",
    "not_found.public_holiday": "public holiday {id} does not exist",
    "not_found.session": "session {id} does not exist",
    "not_found.treatment_plan": "treatment plan {id} does not exist",
    # --- concurrency, unreadable rows
    "conflict.changed_elsewhere": (
        "{entity} {entity_id} was changed elsewhere (you edited version {expected}, the stored "
        "one is {actual}); nothing was saved"
    ),
    "unreadable.row": "{table} #{row_id} cannot be read: {detail}",
    "unreadable.table": "{table} cannot be read: {detail}",
    # --- safety gate
    "safety.cannot_proceed": "the session cannot proceed: {findings}",
    "safety.session_blocked": "the session cannot be saved: {findings}",
    "override.rule_missing": "the rule being overridden is missing: give its code",
    "override.reason_missing": "the reason is empty: say why it is safe to proceed",
    "override.reason_too_long": ("the reason has {length} characters: expected at most {maximum}"),
}


def english(message: Message) -> str:
    """``message`` in English, as the command line and ``str(error)`` show it."""
    return render(message, ENGLISH.get)
