"""The screens' side of the core's message codes: each code's English template, translated.

The core raises errors that carry a ``Message`` (a code and parameters, see
:mod:`scardesk.domain.messages`). This module holds the same English templates as
:mod:`scardesk.domain.message_catalogue`, each marked with ``_n`` (:mod:`scardesk.ui.tr`) so
``pyside6-lupdate`` extracts them; at run time the template is
translated first and the parameters are put in after, so a translator never sees (and a
translation never depends on) a patient's value. A test keeps the two catalogues identical,
but for a count: the core's ``{n} {n:vial|vials}`` is written here ``%n vial(s)``
(:func:`scardesk.domain.messages.numerus_source`), marked with ``_np`` and translated with
Qt's plural forms for ``n``, so Arabic gets its six forms and English "1 vial"/"2 vials".

Why a copy rather than importing the domain's dictionary: Qt's extractor reads literal strings
in the source, and the core may not import Qt; the domain's templates are partly built from
shared phrases (``"..." + _OMAN_SHAPE``), which an extractor cannot add up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scardesk.domain.errors import ScarDeskError, ValidationError
from scardesk.domain.messages import UNCODED, Message, render
from scardesk.domain.numerals import ltr_isolate
from scardesk.ui import display
from scardesk.ui.integrity_messages import INTEGRITY_MARKED
from scardesk.ui.tr import COUNTED, _n, _np, _t

_MARKED: dict[str, str] = {
    "uncoded": _n("{text}"),
    "error.unspecified": _n("the action could not be finished"),
    "validation.summary": _n("{fields}"),
    "validation.invalid_input": _n("invalid input"),
    "validation.name.bad_characters_latin": _n(
        "{value} contains {shown}: use Latin letters (accents allowed), spaces, hyphens, "
        "apostrophes and dots only"
    ),
    "validation.name.bad_characters_arabic": _n(
        "{value} contains {shown}: use Arabic letters, harakat and spaces only"
    ),
    "validation.name.bad_characters_either": _n(
        "{value} contains {shown}: use Latin or Arabic letters, spaces, hyphens, apostrophes and "
        "dots only"
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
        "{value} is too short: an Omani number has 8 digits after +968, mobiles starting with 9 "
        "or 7 and landlines with 2, e.g. 9123 4567"
    ),
    "validation.phone.too_long": _n(
        "{value} is too long: an Omani number has 8 digits after +968, mobiles starting with 9 or"
        " 7 and landlines with 2, e.g. 9123 4567"
    ),
    "validation.phone.not_omani": _n(
        "{value} is not an Omani mobile or landline: an Omani number has 8 digits after +968, "
        "mobiles starting with 9 or 7 and landlines with 2, e.g. 9123 4567"
    ),
    "validation.phone.mobile_not_in_use": _n(
        "{value} is not in use as an Omani mobile number: check the digits"
    ),
    "validation.phone.landline_not_in_use": _n(
        "{value} is not in use as an Omani landline number: check the digits"
    ),
    "validation.phone.not_international": _n(
        "{value} is not a valid international number: write + and the country code, then the "
        "number, e.g. +44 20 7946 0958"
    ),
    "validation.phone.not_a_number": _n(
        "{value} is not a phone number: use digits only, e.g. 9123 4567 or +968 9123 4567"
    ),
    "validation.phone.no_digits": _n("{value} has no digits: e.g. 9123 4567 or +968 9123 4567"),
    "validation.phone.whatsapp_not_mobile": _n(
        "{value} is not an Omani mobile number: WhatsApp needs a mobile starting with 9 or 7, "
        "e.g. 9123 4567"
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
        "the date is missing: expected day/month/year with a 4-digit year, e.g. 05/03/1990, or "
        "1990-03-05"
    ),
    "validation.date.two_digit_year": _n(
        "{value} has a two-digit year, which could mean two centuries: expected day/month/year "
        "with a 4-digit year, e.g. 05/03/1990, or 1990-03-05"
    ),
    "validation.date.not_a_date": _n(
        "{value} is not a date: expected day/month/year with a 4-digit year, e.g. 05/03/1990, or "
        "1990-03-05"
    ),
    "validation.date.not_on_calendar": _n(
        "{value} is not a day on the calendar: check the day and month (expected day/month/year "
        "with a 4-digit year, e.g. 05/03/1990, or 1990-03-05)"
    ),
    "validation.date_of_birth.missing": _n(
        "the date of birth is missing: expected day/month/year with a 4-digit year, e.g. "
        "05/03/1990, or 1990-03-05"
    ),
    "validation.date_of_birth.future": _n(
        "{value:%d/%m/%Y} is in the future: expected {today:%d/%m/%Y} or earlier"
    ),
    "validation.date_of_birth.too_old": _n(
        "{value:%d/%m/%Y} means over {maximum} years old: check the year"
    ),
    "validation.document_expiry.implausible": _n(
        "{value:%d/%m/%Y} is not a plausible expiry date: expected a year from {first} to {last}"
    ),
    "validation.email.too_long": _n("the address has {length} characters: at most {maximum}"),
    "validation.email.no_name": _n("{value} needs a name before an @: expected name@example.com"),
    "validation.email.malformed": _n("{value} is not an e-mail address: expected name@example.com"),
    "validation.reason.missing": _n(
        "a reason is required: say briefly why, e.g. 'duplicate record'"
    ),
    "validation.username.malformed": _n(
        "{value} cannot be a user name: expected {minimum}–{maximum} characters: a letter first, "
        "then letters a–z, digits, '.', '_' or '-', e.g. s.albalushi"
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
    "identity.too_many_digits": _np(
        "{value} has %n digit(s): {what} has at most {maximum}", None, COUNTED
    ),
    "identity.too_few_digits": _np(
        "{value} has %n digit(s): {what} has at least {minimum}", None, COUNTED
    ),
    "identity.passport_characters": _n(
        "{value}: a passport number has Latin letters and digits only, e.g. K1234567"
    ),
    "identity.passport_length": _np(
        "{value} has %n character(s): a passport number has {minimum} to {maximum} letters "
        "and digits, e.g. K1234567",
        None,
        COUNTED,
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
        "a {current} appointment cannot become {wanted}: it can become nothing (it is final)"
    ),
    "appointment.start_without_zone": _n(
        "the start time has no time zone: expected Muscat or UTC time"
    ),
    "appointment.duration_out_of_range": _np(
        "%n minute(s): expected {minimum} to {maximum}", None, COUNTED
    ),
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
        "this session is signed and read-only: correct it with an amendment and a reason"
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
    "password.too_short": _np(
        "the password has %n character(s): expected at least {minimum} characters; a few "
        "unrelated words make a good one, e.g. 'olive lantern 47 harbour'",
        None,
        COUNTED,
    ),
    "password.too_long": _n(
        "the password is longer than {maximum} characters: choose a shorter one"
    ),
    "password.common": _n(
        "this password is on the list of commonly used passwords (digits or symbols added at the "
        "ends do not change that): choose something others would not guess, at least {minimum} "
        "characters; a few unrelated words make a good one, e.g. 'olive lantern 47 harbour'"
    ),
    "password.own_name": _n(
        "the password contains your user name or part of your name: choose one that does not, "
        "since others know your name"
    ),
    "password.current_wrong": _n("your current password is not right: retype it"),
    "attest.password_wrong": _n("your password is not right: the record was not signed"),
    "sign_in.wrong_credentials": _n(
        "the user name or password is not right, or the account is inactive"
    ),
    "sign_in.locked": _n(
        "this sign-in is locked after too many failed attempts: ask the administrator to unlock it"
    ),
    "sign_in.wait_seconds": _np(
        "too many failed sign-ins: wait %n second(s) and try again", None, COUNTED
    ),
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
        "cannot deactivate '{value}': it is the last active administrator; make another account "
        "an administrator first"
    ),
    "account.last_admin_role": _n(
        "cannot change the role of '{value}': it is the last active administrator; make another "
        "account an administrator first"
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
        "{expiry} is before today ({today}): an expired lot cannot be received; check the label"
    ),
    "stock.days_invalid": _n("{value}: expected a whole number of days, 0 or more"),
    "permission.denied_for_role": _n("the {role} role may not {action}"),
    "permission.denied_clinical_lead_only": _n("only a clinical lead may {action}"),
    "permission.sign_in_needed": _n("a signed-in user is needed for this action"),
    "permission.sign_in_to_change_password": _n(
        "only a signed-in person can change their password"
    ),
    "permission.sign_in_to_change_preferences": _n(
        "only a signed-in person can change their display preferences"
    ),
    "preferences.unknown_choice": _n("{value} is not one of the choices offered"),
    "permission.unknown_stored_role": _n("the stored role '{role}' grants nothing"),
    "permission.session_needs_practitioner": _n(
        "a session is recorded by a signed-in practitioner"
    ),
    "permission.session_sign_not_yours": _n(
        "only the practitioner who recorded the session, or its supervising prescriber, may sign it"
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
        "{entity} {entity_id} was changed elsewhere (you edited version {expected}, the stored "
        "one is {actual}); nothing was saved"
    ),
    "unreadable.row": _n("{table} #{row_id} cannot be read"),
    "unreadable.table": _n("{table} cannot be read"),
    "unreadable.row_because": _n("{table} #{row_id} cannot be read: {reason}"),
    "unreadable.table_because": _n("{table} cannot be read: {reason}"),
    "safety.cannot_proceed": _n("the session cannot proceed: {findings}"),
    "safety.session_blocked": _n("the session cannot be saved: {findings}"),
    "override.rule_missing": _n("the rule being overridden is missing: give its code"),
    "override.reason_missing": _n("the reason is empty: say why it is safe to proceed"),
    "override.reason_too_long": _n(
        "the reason has {length} characters: expected at most {maximum}"
    ),
    "backup.folder_missing": _n(
        "choose the folder backups go to (for example a USB disk or a NAS)"
    ),
    "backup.folder_not_absolute": _n(
        "give the whole path of the folder, starting from the drive or /"
    ),
    "backup.retention_out_of_range": _n("enter a whole number from {low} to {high}"),
    "backup.when_missing": _n("choose a time of day, or back up when the last person signs out"),
    "consent.purpose_unknown": _n("{value} is not a consent purpose: choose one of {choices}"),
    "consent.form_version_missing": _n(
        "the form version is missing: copy it from the form, e.g. 2026-1"
    ),
    "consent.form_version_too_long": _n(
        "the form version has {length} characters: at most {maximum} allowed"
    ),
    "consent.signature_missing": _n("the signature is missing: ask the signer to sign in the box"),
    "consent.signature_not_png_sign_again": _n(
        "the signature is not a PNG image: sign again in the box"
    ),
    "consent.guardian_name_too_long": _n(
        "the name has {length} characters: at most {maximum} allowed"
    ),
    "consent.guardian_needed": _n(
        "the patient is under {age}: a guardian signs, enter the guardian's name"
    ),
    "consent.withdrawal_in_future": _n(
        "the withdrawal date is in the future: expected today or earlier"
    ),
    "consent.withdrawal_before_capture": _n(
        "the withdrawal is dated before the consent was given: check the date"
    ),
    "history.detail_too_long": _n("the detail has {length} characters: at most {maximum} allowed"),
    "history.date_not_taken": _n("this question takes no date: leave the date empty"),
    "history.date_needs_yes": _n("a date only goes with a 'yes' answer, not '{answer}': clear it"),
    "answer.yes": _n("yes"),
    "answer.no": _n("no"),
    "answer.unknown": _n("unknown"),
    "history.date_implausible": _n(
        "{value:%d/%m/%Y} is not plausible: expected a date from {first:%d/%m/%Y} to "
        "{last:%d/%m/%Y}"
    ),
    "history.date_missing_for_yes": _n("{what} is missing: enter it with a 'yes' answer"),
    "history.answered_twice": _n("answered twice in one submission: keep one answer"),
    "history.nothing_to_record": _n("nothing to record: answer at least one question"),
    "interval.window_too_small": _np(
        "a window of %n day(s): expected 1 day or more", None, COUNTED
    ),
    "toxin.units_negative": _n("{value} units is impossible: expected 0 or more"),
    "merge.unknown_fields": _n("unknown fields: {fields}"),
    "merge.no_name_left": _n(
        "the merged record would have no name: keep a name from either record"
    ),
    "peel.depth_choose": _n("choose superficial, medium or deep"),
    "peel.depth_missing": _n("the peel depth is missing: choose superficial, medium or deep"),
    "history.date_label.pregnant": _n("expected delivery date (if known)"),
    "history.date_label.isotretinoin": _n("course end date (expected end date if still taking it)"),
    "history.date_label.topical_retinoids": _n("last applied on"),
    "history.date_label.recent_toxin_or_filler": _n("date of the last injection"),
    "history.date_label.recent_sun_exposure": _n("last strong sun exposure"),
    "history.date_label.default": _n("the date"),
    "plan.no_modality": _n("the plan has no modality: add at least one"),
    "plan.modality_twice": _n("this modality is on the plan twice: keep one line per modality"),
    "plan.sessions_out_of_range": _n(
        "{value} sessions: expected a whole number from 1 to {maximum}"
    ),
    "plan.peel_interval_needs_depth": _n(
        "a chemical peel's default interval depends on its depth: choose the depth or enter the "
        "interval in days"
    ),
    "plan.interval_out_of_range": _n("{value} days: expected a whole number from 1 to {maximum}"),
    "plan.toxin_interval_too_short": _np(
        "%n day(s) is sooner than the toxin retreatment minimum: expected at least {minimum} days",
        None,
        COUNTED,
    ),
    "plan.goals_too_long": _n("the goals have {length} characters: at most {maximum} allowed"),
    "product.not_whole": _n("{value} is not a whole number: expected {expected}"),
    "product.out_of_range": _n("{value} is out of range: expected {expected}"),
    "product.toxin_needs_toxin_units": _n(
        "a toxin is counted in its brand's units: choose toxin units"
    ),
    "product.toxin_units_only_for_toxin": _n(
        "only a toxin is counted in toxin units: choose mL or pieces"
    ),
    "product.vial_size_missing": _n(
        "a toxin needs its vial size: enter the units per vial, e.g. 100"
    ),
    "product.expected_vial_units": _n("{low} to {high:,} units per vial"),
    "product.expected_window_hours": _n("{low} to {high} hours"),
    "product.expected_price": _n("a price in baisa, 0 or more"),
    "product.expected_packs": _n("a whole number of packs from 1 to {maximum:,}"),
    "product.expected_pack_change": _n("a whole number of packs, + or −"),
    "reminder.template_empty": _n("the message is empty"),
    "reminder.template_too_long": _n("the message has {length} characters: at most {maximum}"),
    "reminder.template_brace_unpaired": _n(
        "a {{ or }} has no partner: write the placeholders as {{name}}, {{date}} …"
    ),
    "reminder.template_bracket_unpaired": _n(
        "a [ or ] has no partner: put a part that may be left out in [ ] (one level)"
    ),
    "reminder.template_placeholder_unknown": _n("unknown placeholder {placeholder}: use {known}"),
    "laser.fully_ablative_not_ablative": _n(
        "marked fully ablative but not ablative: a fully ablative laser is ablative"
    ),
    "scoring.count_not_whole": _n("{value} is not a whole number of scars: expected 0 or more"),
    "scoring.count_negative": _n("{value} scars is impossible: expected 0 or more"),
    "scoring.area_not_a_number": _n("{value} is not an area: expected square centimetres"),
    "scoring.area_negative": _n("{value} cm² is impossible: expected 0 cm² or more"),
    "setting.unknown": _n("unknown setting: expected one of {choices}"),
    "setting.not_a_mapping": _n("expected a mapping of setting names to numbers"),
    "setting.out_of_range.days": _n(
        "{value}: expected a whole number of days from {low} to {high}"
    ),
    "setting.out_of_range.months": _n(
        "{value}: expected a whole number of months from {low} to {high}"
    ),
    "setting.out_of_range.units": _n(
        "{value}: expected a whole number of units from {low} to {high}"
    ),
    "toxin.vial_units.not_a_number": _n("{value} is not a number: expected units"),
    "toxin.vial_units.not_positive": _n("{value} units is impossible: expected more than 0"),
    "toxin.vial_units.above_maximum": _n(
        "{value} units is more than the maximum of {maximum:g}: check for a slip"
    ),
    "toxin.diluent_ml.not_a_number": _n("{value} is not a number: expected mL"),
    "toxin.diluent_ml.not_positive": _n("{value} mL is impossible: expected more than 0"),
    "toxin.diluent_ml.above_maximum": _n(
        "{value} mL is more than the maximum of {maximum:g}: check for a slip"
    ),
    "toxin.used_before_reconstitution": _n(
        "the vial is used before it was reconstituted: check both times"
    ),
    "calendar.no_weekday": _n("choose at least one working day of the week"),
    "calendar.no_hours": _n("give at least one stretch of opening hours, e.g. 09:00–12:00"),
    "calendar.stretch_ends_before_start": _n(
        "{start:%H:%M}–{end:%H:%M}: the end must be after the start"
    ),
    "calendar.stretches_overlap": _n(
        "{first_start:%H:%M}–{first_end:%H:%M} and {second_start:%H:%M}–{second_end:%H:%M} overlap"
    ),
    "calendar.holiday_name_length": _n(
        "the holiday on {day:%d/%m/%Y} needs a name of 1 to {maximum} characters"
    ),
    "calendar.stretch_malformed": _n("'{value}': expected a start and an end such as 09:00-12:00"),
    "account.clinical_lead_not_practitioner": _n(
        "'{value}' is not a practitioner: only a practitioner can be a clinical lead"
    ),
    "account.display_name_missing": _n("a display name is needed, e.g. Dr Salma Al-Harthy"),
    "backup.no_manifest": _n("{path} has no manifest; ScarDesk cannot preview it"),
    "backup.not_usable": _n("{path} is not a usable backup:\n{detail}"),
    "backup.schedule_missing": _n("choose the folder for automatic backups first"),
    "backup.needs_passphrase": _n("{path} is encrypted; ScarDesk needs its passphrase"),
    "backup.folder_not_writable": _n("ScarDesk cannot write to this folder"),
    "logo.too_large": _n(
        "the image is {size}; the limit is {limit}: save it smaller (e.g. 600 pixels wide) and "
        "choose it again"
    ),
    "logo.unreadable": _n("the file is not a readable image: choose a PNG or JPEG file"),
    "logo.wrong_format": _n("the file is a {format} image: choose a PNG or JPEG file"),
    "logo.wrong_dimensions": _n(
        "the image is {width} × {height} pixels: expected between {minimum} and {maximum} pixels "
        "on each side"
    ),
    "content.no_clinic_copy": _n("the clinic has no own copy of {path}: it already uses ours"),
    "content.common_has_no_modality": _n(
        "common text has no modality; aftercare and consent text needs one"
    ),
    "content.modality_missing": _n("choose the modality this text is for"),
    "content.version_unchanged": _n(
        "the text changed but its version is still {version}; expected a new version (e.g. raise "
        "the last number) so printed documents and signed consent forms say which wording they "
        "used"
    ),
    "document.session_voided": _n("this session was voided: no aftercare sheet is printed for it"),
    "document.no_modality": _n("no modality was recorded; expected at least one"),
    "consent.wording_not_held": _n(
        "the form was signed on version {version}, and neither the content library nor its "
        "archive holds that wording; expected consent/archive/{modality}@VERSION.LANG.md, so "
        "that the printed text is the one the patient agreed to"
    ),
    "document.no_session_yet": _n(
        "no session has been recorded for this appointment yet; the aftercare sheet is printed "
        "once the practitioner has saved the session"
    ),
    "document.checksum_mismatch": _n(
        "document {id} does not match its stored SHA-256; it is not printed: run 'scardesk db "
        "check' and restore a backup"
    ),
    "document.modality_unknown": _n("{value} is not a modality; expected one of {choices}"),
    "export.file_exists": _n(
        "{path} already exists: choose another file name (or allow replacing it)"
    ),
    "export.write_failed": _n("could not write {path}; nothing was exported"),
    "paging.out_of_range": _n("limit {limit}: expected 1–{maximum}, offset 0 or more"),
    "history.needs_signed_in_practitioner": _n("a history answer needs a signed-in practitioner"),
    "history.already_voided": _n("this answer is already voided"),
    "merge.with_itself": _n("a record cannot be merged with itself"),
    "merge.already_merged": _n("file #{file} was already merged into file #{into}"),
    "merge.survivor_archived": _n(
        "the record that stays is archived: restore it first, or keep the other record instead"
    ),
    "export.is_a_folder": _n("{path} is a folder: give a file name in it"),
    "patient.save_failed_try_again": _n("the record could not be saved: try again"),
    "patient.document_registered_elsewhere": _n(
        "this document is already registered to file #{file}: open that record instead of "
        "registering the person twice"
    ),
    "photo.file_empty": _n("the file is empty: choose a JPEG or PNG photo"),
    "photo.file_too_large": _n("the file is over {megabytes} MB: export it smaller"),
    "photo.wrong_format": _n("this is a {format} image: import JPEG or PNG photos only"),
    "photo.not_a_picture": _n("this file is not a picture: import JPEG or PNG photos only"),
    "photo.too_many_pixels": _n("the picture has too many pixels to be a photo: check it"),
    "photo.damaged": _n("the picture is damaged or incomplete: copy it again"),
    "photo.consent_missing": _n(
        "the patient has no valid consent to clinical photos: capture it before importing"
    ),
    "photo.assessment_not_current": _n("that assessment is not a current one of this patient"),
    "photo.session_not_current": _n("that session is not a current one of this patient"),
    "photo.needs_signed_in_user": _n("a photo is imported by a signed-in user"),
    "photo.named_file_problem": _n("{name}: {problem}"),
    "photo.date_in_future": _n("the photo date is in the future: check it"),
    "photo.already_in_record": _n("this photo is already in the record ({existing})"),
    "photo.already_voided": _n("this photo is already voided"),
    "product.unit_kind_locked_by_lots": _n("lots of this product exist: add a new product instead"),
    "product.choose_active": _n("choose an active product from the catalogue"),
    "lot.already_received": _n("lot {lot} is already booked in: adjust its stock instead"),
    "product.already_in_catalogue": _n("{brand} ({name}) is already in the catalogue"),
    "not_found.lot_number": _n("no lot is numbered {lot}"),
    "recall.lot_ambiguous": _n(
        "{lot} is a lot of several products ({brands}): choose it on the Products screen"
    ),
    "export.stopped": _n("the export was stopped; no file was written"),
    "export.cannot_write_file": _n("could not write {name}: choose another folder"),
    "export.cannot_write_in_folder": _n("could not write in {folder}: choose another folder"),
    "export.wrong_suffix": _n("{name} has '{suffix}': name the file .pdf, .csv or .xlsx"),
    "export.no_suffix": _n("{name} has no suffix: name the file .pdf, .csv or .xlsx"),
    "reminder.already_sent_by_at": _n(
        "this reminder was already sent by {by} at {at:%H:%M} on {at:%d/%m/%Y}; it was not sent "
        "again"
    ),
    "reminder.already_sent_by": _n("this reminder was already sent by {by}; it was not sent again"),
    "reminder.already_sent_elsewhere_at": _n(
        "this reminder was already sent from another desk at {at:%H:%M} on {at:%d/%m/%Y}; it was "
        "not sent again"
    ),
    "reminder.already_sent_elsewhere": _n(
        "this reminder was already sent from another desk; it was not sent again"
    ),
    "reminder.may_not_send": _n(
        "this patient has no consent to reminders, no phone, or asked not to be sent them"
    ),
    "correction.modalities_fixed": _n(
        "the modalities cannot change by correction: amend what was recorded, or void the session"
    ),
    "correction.lot_fixed": _n(
        "the product and lot cannot change: amend what was recorded, or void the session"
    ),
    "correction.points_kept": _n(
        "injection points cannot be removed: amend what was recorded, or void the session"
    ),
    "correction.adverse_events_kept": _n(
        "recorded adverse events stay; add new ones below them: amend what was recorded, or void "
        "the session"
    ),
    "session.toxin_product_missing": _n("choose a toxin product from the catalogue"),
    "session.toxin_lot_missing": _n("choose the vial's lot from the lots in stock"),
    "lot.no_vial_left": _n("lot {lot} has no vial left for this entry"),
    "clinic.name_missing": _n("the clinic's name is printed on every sheet: enter it"),
    "clinic.logo_before_name": _n("save the clinic's name first: the logo goes with the details"),
    "settings.auto_lock_out_of_range": _n(
        "lock after {low} to {high} idle minutes: enter a whole number such as {example}"
    ),
    "calendar.holiday_name_missing": _n("give the holiday's name, 1 to {maximum} characters"),
    "calendar.day_off_note_too_long": _n("keep the note under {maximum} characters"),
    "calendar.day_off_practitioner_missing": _n("choose the practitioner who is off"),
    "lot.other_product": _n("lot {lot} belongs to another product: choose a lot of this product"),
    "lot.archived": _n("lot {lot} is archived: choose a lot in use"),
    "lot.expired": _n(
        "lot {lot} expired on {expiry:%d/%m/%Y}: an expired lot cannot be used; choose an "
        "unexpired lot"
    ),
    "lot.none_in_stock": _n("lot {lot} has none in stock: choose a lot in stock or receive stock"),
    "unit.after_number": _n(" {unit}"),
    "unit.minutes": _n("minutes"),
    "unit.passes": _n("passes"),
    "unit.layers": _n("layers"),
    "unit.units": _n("units"),
    "unit.scars": _n("scars"),
    "unit.gauge": _n("G (gauge)"),
    "unit.map_width_fraction": _n("(fraction of the map width)"),
    "unit.map_height_fraction": _n("(fraction of the map height)"),
    "toxin.reconstitution_without_zone": _n("the reconstitution time is missing its time zone"),
    "toxin.reconstituted_after_session": _n(
        "reconstituted after the session time: the vial must be mixed before it is used"
    ),
    "toxin.no_points": _n("no injection points: place each point on the face map"),
    "toxin.too_many_points": _np("%n point(s): at most {maximum} per entry", None, COUNTED),
    "toxin.points_total_mismatch": _n(
        "the points add up to {placed:g} U but the total is {total:g} U: they must be equal "
        "(within 0.01 U)"
    ),
    "toxin.more_than_vial": _n(
        "{given:g} U given + {wasted:g} U wasted is more than the {vial:g} U vial: record each "
        "vial as its own toxin entry"
    ),
    "tca_cross.frosting_missing": _n("choose whether all, some or none of the scars frosted white"),
    "subcision.anaesthetic_amount_without_agent": _n(
        "a strength or volume is given without an agent: name it"
    ),
    "subcision.anaesthetic_amount_missing": _n("the anaesthetic is named: give its {unit} too"),
    "subcision.adrenaline_without_agent": _n(
        "adrenaline is ticked without an anaesthetic: name it"
    ),
    "laser.energy_unit_missing": _n("choose mJ (per microbeam) or J/cm2 (fluence)"),
    "laser.fully_ablative_tick_both": _n("a fully ablative laser is ablative: tick both"),
    "correction.vials_overdrawn": _np(
        "lot {lot}: {drawn} U drawn (given + wasted) from %n vial(s) opened, which hold "
        "{held} U; a vial cannot give more than it holds: correct the units, or record each "
        "further vial as its own toxin entry",
        None,
        COUNTED,
    ),
    "message.then": _n("{first} {second}"),
    "audit.chain_gap": _n(
        "audit event {id} does not follow the event before it (a row was removed or inserted)"
    ),
    "audit.chain_altered": _n("audit event {id} was altered after it was written"),
    "subcision.instrument_missing": _n("choose a needle, a Nokor needle or a blunt cannula"),
    "storage.unsafe_location": _n(
        "ScarDesk will not keep its database at {path} because {reason}. SQLite files are "
        "damaged by network and sync folders; keep the file on this computer's own disk, or "
        "let several workstations share a PostgreSQL server."
    ),
    "storage.damaged": _n(
        "{path} is damaged; it was not changed. Restore it from a backup: {command}"
    ),
    "storage.not_scardesk": _n(
        "{path} is an SQLite file but not a ScarDesk database; it was not changed."
    ),
    "storage.unsupported_backend": _n(
        "unsupported database {backend}: use an SQLite file or a PostgreSQL address such as "
        "{example}"
    ),
    "storage.empty_database": _n(
        "no ScarDesk database at {url}: it is empty; check the URL (nothing was created)"
    ),
    "storage.folder_not_file": _n("{path} is a folder, not a database file"),
    "storage.no_database": _n(
        "no database at {path}: check --data-dir or --database-url (nothing was created)"
    ),
    "storage.unreachable": _n("cannot open the database {url}"),
    "storage.id_out_of_range": _n("no record has that number (it is out of range)"),
    "storage.several_revisions": _n(
        "the database is stamped with {count} schema revisions; it was not changed"
    ),
    "storage.newer_schema": _n(
        "the database {label} was created by a newer version of ScarDesk (schema {revision}); "
        "it was not opened or changed. Install the newer ScarDesk to use it."
    ),
    "storage.lock_failed": _n("could not lock {path}; try again"),
    "storage.maintenance_running": _n(
        "the database is being restored or upgraded on this computer right now; wait until "
        "that finishes, then start ScarDesk again."
    ),
    "storage.cannot_create": _n("could not create {path}; check the folder's permissions"),
    "storage.open_elsewhere": _n(
        "cannot {action} while ScarDesk is open elsewhere: {names}. Close ScarDesk on those "
        "workstations (signing out is not enough), then try again; nothing was changed."
    ),
    "storage.workstation": _n("{user} on {host} (process {pid})"),
    "storage.workstation_since": _n("{user} on {host} (process {pid}) since {since}"),
    "storage.workstation_list": _n("{first}; {rest}"),
    "storage.action.upgrade": _n("upgrade the database"),
    "storage.action.restore": _n("restore"),
    "storage.maintenance_busy": _n(
        "cannot {action}: another restore or upgrade of this database is running."
    ),
    "storage.folder_changing": _n(
        "cannot {action}: the database folder keeps changing; try again."
    ),
    "storage.file_replaced": _n(
        "the database file was replaced (restored or moved) while ScarDesk was open; this "
        "window stopped writing so nothing goes into the old copy. Close ScarDesk and start it "
        "again."
    ),
    "storage.server_unreachable": _n("cannot reach the database {url}; nothing was changed."),
    "storage.url_invalid": _n("the database address is not valid: expected e.g. {examples}"),
    "storage.postgres_url_no_database": _n(
        "the PostgreSQL address names no database: add /DATABASE at its end"
    ),
    "cipher.passphrase_needed": _n(
        "{path} is not an SQLite database readable without a passphrase: it is encrypted "
        "(enter its passphrase, or set {variable} for scripts) or not a database at all. "
        "Nothing was opened or changed."
    ),
    "cipher.wrong_passphrase": _n(
        "the passphrase does not open {path} (or the file is damaged); nothing was changed."
    ),
    "cipher.sqlcipher_missing": _n(
        "this database is encrypted but SQLCipher is not installed: reinstall ScarDesk."
    ),
    "cipher.empty_passphrase": _n("an empty passphrase cannot protect a database."),
    "cipher.cannot_remember": _n("the passphrase cannot be remembered: {problem}."),
    "backup.not_sqlite": _n("this is not an SQLite database: use backup_postgres."),
    "backup.not_postgres": _n("this is not a PostgreSQL database: use backup_sqlite."),
    "backup.copy_failed_check": _n(
        "the backup copy failed its check, so no backup was kept:\n{detail}\nRun {command} on "
        "the live database."
    ),
    "backup.copy_failed": _n(
        "the database could not be copied; no backup was kept. Run {command}."
    ),
    "backup.dest_exists": _n("{path} already exists; choose a new file name or a folder."),
    "backup.dest_folder_missing": _n("the folder {path} does not exist."),
    "backup.dump_not_kept": _n("the dump was not kept: {reason}"),
    "backup.dump_failed": _n("the PostgreSQL backup (pg_dump) failed"),
    "backup.dump_failed_listing": _n(
        "the dump failed its check (pg_restore --list), so it was not kept"
    ),
    "backup.tool_failed": _n("{failure}"),
    "backup.tool_missing": _n(
        "{name} is needed for PostgreSQL backups and restores but was not found: install the "
        "PostgreSQL client tools (the server's major version or newer) and put them on the "
        "program path."
    ),
    "backup.not_postgres_url": _n("this is not a PostgreSQL address."),
    "backup.scratch_failed_check": _n(
        "{name} restored into a scratch database but failed its check:\n{detail}"
    ),
    "backup.scratch_differs": _n("{name} does not hold what the database held: {detail}"),
    "backup.scratch_not_allowed": _n(
        "a backup is verified by restoring it into a scratch database, but this database user "
        "may not create one (grant it CREATEDB on the server)"
    ),
    "restore.source_missing": _n("{path} does not exist or is not a file; nothing was changed."),
    "restore.source_is_database": _n("{path} is the database itself; choose a backup file."),
    "restore.unsafe_location": _n(
        "{path} cannot hold the clinic database because {reason}; nothing was changed."
    ),
    "restore.needs_passphrase": _n(
        "{path} is not an SQLite database readable without a passphrase: either it is "
        "encrypted (give the clinic's passphrase, or set {variable}) or it is not a ScarDesk "
        "backup at all. Nothing was changed."
    ),
    "restore.plain_over_encrypted": _n(
        "{source} is not encrypted but the database at {path} is: restoring it would leave "
        "patient data readable on disk. Nothing was changed."
    ),
    "restore.failed_check": _n(
        "{path} was not restored; the current database was not changed:\n{detail}"
    ),
    "restore.not_sqlite_url": _n("this is not an SQLite file address: use restore_postgres."),
    "restore.in_use": _n(
        "{path} is in use: close ScarDesk on every workstation, then restore again. Nothing "
        "was changed."
    ),
    "restore.not_a_dump": _n("{path} is not a readable PostgreSQL dump; nothing was changed"),
    "restore.not_a_backup": _n("{path} is not a ScarDesk backup; nothing was changed."),
    "restore.no_revision": _n("{path} has no schema revision; nothing was changed."),
    "restore.nothing_changed": _n("{reason}\nNothing was changed."),
    "restore.pg_restore_failed": _n(
        "{path} could not be restored (the database was left as it was; the previous state is "
        "also kept in {kept})"
    ),
    "restore.dump_does_not_restore": _n(
        "{name} does not restore (truncated, damaged or not a ScarDesk dump)"
    ),
    "restore.dump_unreadable": _n("{path} could not be read"),
    "content.tag_help": _n(
        "expected e.g. '[key=sun for=4w]': key= a name in lower-case letters, for= a duration "
        "such as 24h, 10d or 4w, spf= a number from 15 to 100, when= one of {phases} (What to "
        "expect only), only= a variant"
    ),
    "content.tag_part": _n("line {line}: tag part '{part}' is not understood; {help}"),
    "content.tag_name": _n("line {line}: tag name '{name}' is not known; {help}"),
    "content.tag_key": _n("line {line}: key '{key}': expected lower-case letters, digits and _"),
    "content.tag_duration": _n(
        "line {line}: duration '{value}' is not valid; expected a number and h, d or w, e.g. "
        "24h, 10d, 4w"
    ),
    "content.tag_spf": _n("line {line}: spf '{value}': expected a whole number from 15 to 100"),
    "content.tag_when_section": _n("line {line}: when= belongs to '## What to expect' items only"),
    "content.tag_when_unknown": _n(
        "line {line}: when '{value}' is not known; expected one of {phases}"
    ),
    "content.tag_only_unused": _n(
        "line {line}: only= is not used here: this treatment has no variants"
    ),
    "content.tag_only_unknown": _n(
        "line {line}: only '{value}': expected one or more of {variants} separated by commas"
    ),
    "content.front_matter_start": _n(
        "line {line}: the file must start with a '---' line, then 'version: ...'"
    ),
    "content.front_matter_line": _n("line {line}: expected 'key: value' in the front matter"),
    "content.front_matter_unclosed": _n("the front matter has no closing '---' line"),
    "content.version_invalid": _n(
        "version '{version}' is not valid; expected year-month-number, e.g. 2026-11-1"
    ),
    "content.heading_unknown": _n(
        "line {line}: heading '{heading}' is not known; expected one of {allowed}"
    ),
    "content.heading_twice": _n("line {line}: '## {heading}' appears twice; expected once"),
    "content.text_before_heading": _n("line {line}: text before the first '## ' heading"),
    "content.tag_without_text": _n("line {line}: the tag is followed by no text"),
    "content.placeholder_unknown": _n(
        "line {line}: {placeholder} is not a known placeholder; expected one of {allowed}"
    ),
    "content.sections_missing": _n("section(s) {sections} missing or empty; every one is required"),
    "content.labels_missing": _n("labels missing: {labels}; expected one 'key: text' line each"),
    "content.file_missing": _n("no file {path} in the clinic's or the bundled content"),
    "storage.audit_key_missing": _n(
        "the audit key of this database (chain {chain}) is not on this computer, so nothing "
        "was saved. On a workstation that has it, run {export_command}; here, {import_command}"
    ),
    "not_found.record": _n("{table} {id} does not exist"),
    "storage.never_deleted": _n(
        "stored records are never deleted: archive, void or amend them with a reason"
    ),
    "location.network_share": _n("it is on a network share"),
    "location.sync_folder": _n(
        "it is inside a {name} folder, which copies the file while it is in use"
    ),
    "location.either": _n("{first} or {second}"),
    "location.cloud_storage": _n("cloud storage"),
    "location.gvfs": _n("it is on a desktop-mounted network share ({name})"),
    "location.network_file_system": _n("it is on a network file system ({kind})"),
    "location.fstab_not_mounted": _n(
        "{path} is listed as a drive to mount but nothing is mounted there"
    ),
    "location.drive_not_mounted": _n(
        "{path} is a place for a mounted drive, but no drive is mounted there; mount it first"
    ),
    "location.mapped_drive": _n("it is on a mapped network drive"),
    "storage.label.sqlite": _n("SQLite — {path}"),
    "storage.label.sqlite_encrypted": _n("SQLite (encrypted) — {path}"),
    "storage.label.postgres": _n("PostgreSQL — {host}:{port}/{name}"),
    "storage.label.local_host": _n("local"),
}
CATALOGUE: dict[str, str] = {**_MARKED, **INTEGRITY_MARKED}


def template(code: str) -> str | None:
    """``code``'s template in the user's language, or None for a code with no entry."""
    english = CATALOGUE.get(code)
    if english is None:
        return None
    if code == UNCODED:
        return english
    return _t(english)


def counted_template(code: str, n: int) -> str | None:
    """``code``'s template for the count ``n``: a plural template (``%n``) comes back in the
    plural form ``n`` takes in the user's language, with ``n`` written in; others as above."""
    english = CATALOGUE.get(code)
    if english is None or "%n" not in english:
        return template(code)
    if n < 0:  # Qt has plural forms for counts only; a negative "count" is a slip, shown as is
        return _t(english).replace("%n", str(n))
    # Not ``_t(english, None, n)``: that would write this one number (and the template's own
    # example digits, "K1234567") in the user's digit style while the sentence's other numbers
    # pass ``parameter_text``; one rule for all of a message's numbers lives there.
    return QCoreApplication.translate("", english, None, n)


def parameter_text(text: str) -> str:
    """The hook every parameter value passes through once formatted.

    English needs nothing. Keeping numbers, phone and civil numbers left-to-right inside
    Arabic text (isolating them with U+2066 … U+2069) belongs here, with the right-to-left work.
    """
    return text


def verbatim_text(text: str) -> str:
    """A name the program uses (a table, a revision, a path) or a driver's own words: one
    left-to-right run inside Arabic, so ``modality_entries #12`` or ``database disk image is
    malformed`` keeps its order; English needs nothing."""
    return ltr_isolate(text) if display.current().right_to_left else text


def message_text(message: Message) -> str:
    """``message`` in the user's language."""
    return render(
        message, template, parameter_text, counted=counted_template, verbatim=verbatim_text
    )


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
