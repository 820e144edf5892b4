"""The English text of every message code the core raises (see :mod:`scardesk.domain.messages`).

This is what the command line prints and what ``str(error)`` says. The screens use the same
templates from ``scardesk/ui/messages.py``, marked there for Qt's translation tools; a test keeps
the two catalogues identical in codes and English wording.

Templates are :meth:`str.format` templates: ``{value}`` is a parameter (a literal brace is
written ``{{``). Sentences start in lower case so they can be embedded after a field name; the
screens capitalise them when they stand alone.
"""

from __future__ import annotations

from scardesk.domain.integrity_messages import INTEGRITY_ENGLISH
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
    "identity.too_many_digits": "{value} has {n} {n:digit|digits}: {what} has at most {maximum}",
    "identity.too_few_digits": "{value} has {n} {n:digit|digits}: {what} has at least {minimum}",
    "identity.passport_characters": (
        "{value}: a passport number has Latin letters and digits only, e.g. K1234567"
    ),
    "identity.passport_length": (
        "{value} has {n} {n:character|characters}: a passport number has {minimum} to {maximum} "
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
    "appointment.duration_out_of_range": (
        "{n} {n:minute|minutes}: expected {minimum} to {maximum}"
    ),
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
    "password.too_short": "the password has {n} {n:character|characters}: expected "
    + _PASSWORD_EXPECTED,
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
    "sign_in.wait_seconds": ("too many failed sign-ins: wait {n} {n:second|seconds} and try again"),
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
    "unreadable.row": "{table} #{row_id} cannot be read",
    "unreadable.table": "{table} cannot be read",
    "unreadable.row_because": "{table} #{row_id} cannot be read: {reason}",
    "unreadable.table_because": "{table} cannot be read: {reason}",
    # --- safety gate
    "safety.cannot_proceed": "the session cannot proceed: {findings}",
    "safety.session_blocked": "the session cannot be saved: {findings}",
    "override.rule_missing": "the rule being overridden is missing: give its code",
    "override.reason_missing": "the reason is empty: say why it is safe to proceed",
    "override.reason_too_long": ("the reason has {length} characters: expected at most {maximum}"),
    # --- converted from English sentences (issue 12); a count is the parameter ``n``,
    # and ``{n:vial|vials}`` is the word that agrees with it (see scardesk.domain.messages)
    "backup.folder_missing": "choose the folder backups go to (for example a USB disk or a NAS)",
    "backup.folder_not_absolute": "give the whole path of the folder, starting from the drive or /",
    "backup.retention_out_of_range": "enter a whole number from {low} to {high}",
    "backup.when_missing": "choose a time of day, or back up when the last person signs out",
    "consent.purpose_unknown": "{value} is not a consent purpose: choose one of {choices}",
    "consent.form_version_missing": (
        "the form version is missing: copy it from the form, e.g. 2026-1"
    ),
    "consent.form_version_too_long": (
        "the form version has {length} characters: at most {maximum} allowed"
    ),
    "consent.signature_missing": "the signature is missing: ask the signer to sign in the box",
    "consent.signature_not_png_sign_again": (
        "the signature is not a PNG image: sign again in the box"
    ),
    "consent.guardian_name_too_long": "the name has {length} characters: at most {maximum} allowed",
    "consent.guardian_needed": (
        "the patient is under {age}: a guardian signs, enter the guardian's name"
    ),
    "consent.withdrawal_in_future": (
        "the withdrawal date is in the future: expected today or earlier"
    ),
    "consent.withdrawal_before_capture": (
        "the withdrawal is dated before the consent was given: check the date"
    ),
    "history.detail_too_long": "the detail has {length} characters: at most {maximum} allowed",
    "history.date_not_taken": "this question takes no date: leave the date empty",
    "history.date_needs_yes": "a date only goes with a 'yes' answer, not '{answer}': clear it",
    "answer.yes": "yes",
    "answer.no": "no",
    "answer.unknown": "unknown",
    "history.date_implausible": (
        "{value:%d/%m/%Y} is not plausible: expected a date from {first:%d/%m/%Y} to "
        "{last:%d/%m/%Y}"
    ),
    "history.date_missing_for_yes": "{what} is missing: enter it with a 'yes' answer",
    "history.answered_twice": "answered twice in one submission: keep one answer",
    "history.nothing_to_record": "nothing to record: answer at least one question",
    "interval.window_too_small": "a window of {n} {n:day|days}: expected 1 day or more",
    "toxin.units_negative": "{value} units is impossible: expected 0 or more",
    "merge.unknown_fields": "unknown fields: {fields}",
    "merge.no_name_left": "the merged record would have no name: keep a name from either record",
    "peel.depth_choose": "choose superficial, medium or deep",
    "peel.depth_missing": "the peel depth is missing: choose superficial, medium or deep",
    "history.date_label.pregnant": "expected delivery date (if known)",
    "history.date_label.isotretinoin": "course end date (expected end date if still taking it)",
    "history.date_label.topical_retinoids": "last applied on",
    "history.date_label.recent_toxin_or_filler": "date of the last injection",
    "history.date_label.recent_sun_exposure": "last strong sun exposure",
    "history.date_label.default": "the date",
    "plan.no_modality": "the plan has no modality: add at least one",
    "plan.modality_twice": "this modality is on the plan twice: keep one line per modality",
    "plan.sessions_out_of_range": "{value} sessions: expected a whole number from 1 to {maximum}",
    "plan.peel_interval_needs_depth": (
        "a chemical peel's default interval depends on its depth: choose the depth or enter the "
        "interval in days"
    ),
    "plan.interval_out_of_range": "{value} days: expected a whole number from 1 to {maximum}",
    "plan.toxin_interval_too_short": (
        "{n} {n:day|days} is sooner than the toxin retreatment minimum: expected at least "
        "{minimum} days"
    ),
    "plan.goals_too_long": "the goals have {length} characters: at most {maximum} allowed",
    "product.not_whole": "{value} is not a whole number: expected {expected}",
    "product.out_of_range": "{value} is out of range: expected {expected}",
    "product.toxin_needs_toxin_units": (
        "a toxin is counted in its brand's units: choose toxin units"
    ),
    "product.toxin_units_only_for_toxin": (
        "only a toxin is counted in toxin units: choose mL or pieces"
    ),
    "product.vial_size_missing": "a toxin needs its vial size: enter the units per vial, e.g. 100",
    "product.expected_vial_units": "{low} to {high:,} units per vial",
    "product.expected_window_hours": "{low} to {high} hours",
    "product.expected_price": "a price in baisa, 0 or more",
    "product.expected_packs": "a whole number of packs from 1 to {maximum:,}",
    "product.expected_pack_change": "a whole number of packs, + or −",
    "reminder.template_empty": "the message is empty",
    "reminder.template_too_long": "the message has {length} characters: at most {maximum}",
    "reminder.template_brace_unpaired": (
        "a {{ or }} has no partner: write the placeholders as {{name}}, {{date}} …"
    ),
    "reminder.template_bracket_unpaired": (
        "a [ or ] has no partner: put a part that may be left out in [ ] (one level)"
    ),
    "reminder.template_placeholder_unknown": "unknown placeholder {placeholder}: use {known}",
    "laser.fully_ablative_not_ablative": (
        "marked fully ablative but not ablative: a fully ablative laser is ablative"
    ),
    "scoring.count_not_whole": "{value} is not a whole number of scars: expected 0 or more",
    "scoring.count_negative": "{value} scars is impossible: expected 0 or more",
    "scoring.area_not_a_number": "{value} is not an area: expected square centimetres",
    "scoring.area_negative": "{value} cm² is impossible: expected 0 cm² or more",
    "setting.unknown": "unknown setting: expected one of {choices}",
    "setting.not_a_mapping": "expected a mapping of setting names to numbers",
    "setting.out_of_range.days": "{value}: expected a whole number of days from {low} to {high}",
    "setting.out_of_range.months": (
        "{value}: expected a whole number of months from {low} to {high}"
    ),
    "setting.out_of_range.units": "{value}: expected a whole number of units from {low} to {high}",
    "toxin.vial_units.not_a_number": "{value} is not a number: expected units",
    "toxin.vial_units.not_positive": "{value} units is impossible: expected more than 0",
    "toxin.vial_units.above_maximum": (
        "{value} units is more than the maximum of {maximum:g}: check for a slip"
    ),
    "toxin.diluent_ml.not_a_number": "{value} is not a number: expected mL",
    "toxin.diluent_ml.not_positive": "{value} mL is impossible: expected more than 0",
    "toxin.diluent_ml.above_maximum": (
        "{value} mL is more than the maximum of {maximum:g}: check for a slip"
    ),
    "toxin.used_before_reconstitution": (
        "the vial is used before it was reconstituted: check both times"
    ),
    "calendar.no_weekday": "choose at least one working day of the week",
    "calendar.no_hours": "give at least one stretch of opening hours, e.g. 09:00–12:00",
    "calendar.stretch_ends_before_start": (
        "{start:%H:%M}–{end:%H:%M}: the end must be after the start"
    ),
    "calendar.stretches_overlap": (
        "{first_start:%H:%M}–{first_end:%H:%M} and {second_start:%H:%M}–{second_end:%H:%M} overlap"
    ),
    "calendar.holiday_name_length": (
        "the holiday on {day:%d/%m/%Y} needs a name of 1 to {maximum} characters"
    ),
    "calendar.stretch_malformed": "'{value}': expected a start and an end such as 09:00-12:00",
    "account.clinical_lead_not_practitioner": (
        "'{value}' is not a practitioner: only a practitioner can be a clinical lead"
    ),
    "account.display_name_missing": "a display name is needed, e.g. Dr Salma Al-Harthy",
    "backup.no_manifest": "{path} has no manifest; ScarDesk cannot preview it",
    "backup.not_usable": "{path} is not a usable backup:\n{detail}",
    "backup.schedule_missing": "choose the folder for automatic backups first",
    "backup.needs_passphrase": "{path} is encrypted; ScarDesk needs its passphrase",
    "backup.folder_not_writable": "ScarDesk cannot write to this folder",
    "logo.too_large": (
        "the image is {size}; the limit is {limit}: save it smaller (e.g. 600 pixels wide) and "
        "choose it again"
    ),
    "logo.unreadable": "the file is not a readable image: choose a PNG or JPEG file",
    "logo.wrong_format": "the file is a {format} image: choose a PNG or JPEG file",
    "logo.wrong_dimensions": (
        "the image is {width} × {height} pixels: expected between {minimum} and {maximum} pixels "
        "on each side"
    ),
    "content.no_clinic_copy": "the clinic has no own copy of {path}: it already uses ours",
    "content.common_has_no_modality": (
        "common text has no modality; aftercare and consent text needs one"
    ),
    "content.modality_missing": "choose the modality this text is for",
    "content.version_unchanged": (
        "the text changed but its version is still {version}; expected a new version (e.g. raise "
        "the last number) so printed documents and signed consent forms say which wording they used"
    ),
    "document.session_voided": "this session was voided: no aftercare sheet is printed for it",
    "document.no_modality": "no modality was recorded; expected at least one",
    "consent.wording_not_held": (
        "the form was signed on version {version}, and neither the content library nor its "
        "archive holds that wording; expected consent/archive/{modality}@VERSION.LANG.md, so "
        "that the printed text is the one the patient agreed to"
    ),
    "document.no_session_yet": (
        "no session has been recorded for this appointment yet; the aftercare sheet is printed "
        "once the practitioner has saved the session"
    ),
    "document.checksum_mismatch": (
        "document {id} does not match its stored SHA-256; it is not printed: run 'scardesk db "
        "check' and restore a backup"
    ),
    "document.modality_unknown": "{value} is not a modality; expected one of {choices}",
    "export.file_exists": "{path} already exists: choose another file name (or allow replacing it)",
    "export.write_failed": "could not write {path}; nothing was exported",
    "paging.out_of_range": "limit {limit}: expected 1–{maximum}, offset 0 or more",
    "history.needs_signed_in_practitioner": "a history answer needs a signed-in practitioner",
    "history.already_voided": "this answer is already voided",
    "merge.with_itself": "a record cannot be merged with itself",
    "merge.already_merged": "file #{file} was already merged into file #{into}",
    "merge.survivor_archived": (
        "the record that stays is archived: restore it first, or keep the other record instead"
    ),
    "export.is_a_folder": "{path} is a folder: give a file name in it",
    "patient.save_failed_try_again": "the record could not be saved: try again",
    "patient.document_registered_elsewhere": (
        "this document is already registered to file #{file}: open that record instead of "
        "registering the person twice"
    ),
    "photo.file_empty": "the file is empty: choose a JPEG or PNG photo",
    "photo.file_too_large": "the file is over {megabytes} MB: export it smaller",
    "photo.wrong_format": "this is a {format} image: import JPEG or PNG photos only",
    "photo.not_a_picture": "this file is not a picture: import JPEG or PNG photos only",
    "photo.too_many_pixels": "the picture has too many pixels to be a photo: check it",
    "photo.damaged": "the picture is damaged or incomplete: copy it again",
    "photo.consent_missing": (
        "the patient has no valid consent to clinical photos: capture it before importing"
    ),
    "photo.assessment_not_current": "that assessment is not a current one of this patient",
    "photo.session_not_current": "that session is not a current one of this patient",
    "photo.needs_signed_in_user": "a photo is imported by a signed-in user",
    "photo.named_file_problem": "{name}: {problem}",
    "photo.date_in_future": "the photo date is in the future: check it",
    "photo.already_in_record": "this photo is already in the record ({existing})",
    "photo.already_voided": "this photo is already voided",
    "product.unit_kind_locked_by_lots": "lots of this product exist: add a new product instead",
    "product.choose_active": "choose an active product from the catalogue",
    "lot.already_received": "lot {lot} is already booked in: adjust its stock instead",
    "product.already_in_catalogue": "{brand} ({name}) is already in the catalogue",
    "not_found.lot_number": "no lot is numbered {lot}",
    "recall.lot_ambiguous": (
        "{lot} is a lot of several products ({brands}): choose it on the Products screen"
    ),
    "export.stopped": "the export was stopped; no file was written",
    "export.cannot_write_file": "could not write {name}: choose another folder",
    "export.cannot_write_in_folder": ("could not write in {folder}: choose another folder"),
    "export.wrong_suffix": "{name} has '{suffix}': name the file .pdf, .csv or .xlsx",
    "export.no_suffix": "{name} has no suffix: name the file .pdf, .csv or .xlsx",
    "reminder.already_sent_by_at": (
        "this reminder was already sent by {by} at {at:%H:%M} on {at:%d/%m/%Y}; it was not sent "
        "again"
    ),
    "reminder.already_sent_by": "this reminder was already sent by {by}; it was not sent again",
    "reminder.already_sent_elsewhere_at": (
        "this reminder was already sent from another desk at {at:%H:%M} on {at:%d/%m/%Y}; it was "
        "not sent again"
    ),
    "reminder.already_sent_elsewhere": (
        "this reminder was already sent from another desk; it was not sent again"
    ),
    "reminder.may_not_send": (
        "this patient has no consent to reminders, no phone, or asked not to be sent them"
    ),
    "correction.modalities_fixed": (
        "the modalities cannot change by correction: amend what was recorded, or void the session"
    ),
    "correction.lot_fixed": (
        "the product and lot cannot change: amend what was recorded, or void the session"
    ),
    "correction.points_kept": (
        "injection points cannot be removed: amend what was recorded, or void the session"
    ),
    "correction.adverse_events_kept": (
        "recorded adverse events stay; add new ones below them: amend what was recorded, or void "
        "the session"
    ),
    "session.toxin_product_missing": "choose a toxin product from the catalogue",
    "session.toxin_lot_missing": "choose the vial's lot from the lots in stock",
    "lot.no_vial_left": "lot {lot} has no vial left for this entry",
    "clinic.name_missing": "the clinic's name is printed on every sheet: enter it",
    "clinic.logo_before_name": "save the clinic's name first: the logo goes with the details",
    "settings.auto_lock_out_of_range": (
        "lock after {low} to {high} idle minutes: enter a whole number such as {example}"
    ),
    "calendar.holiday_name_missing": "give the holiday's name, 1 to {maximum} characters",
    "calendar.day_off_note_too_long": "keep the note under {maximum} characters",
    "calendar.day_off_practitioner_missing": "choose the practitioner who is off",
    "lot.other_product": "lot {lot} belongs to another product: choose a lot of this product",
    "lot.archived": "lot {lot} is archived: choose a lot in use",
    "lot.expired": (
        "lot {lot} expired on {expiry:%d/%m/%Y}: an expired lot cannot be used; choose an "
        "unexpired lot"
    ),
    "lot.none_in_stock": "lot {lot} has none in stock: choose a lot in stock or receive stock",
    "unit.after_number": " {unit}",
    "unit.minutes": "minutes",
    "unit.passes": "passes",
    "unit.layers": "layers",
    "unit.units": "units",
    "unit.scars": "scars",
    "unit.gauge": "G (gauge)",
    "unit.map_width_fraction": "(fraction of the map width)",
    "unit.map_height_fraction": "(fraction of the map height)",
    "toxin.reconstitution_without_zone": "the reconstitution time is missing its time zone",
    "toxin.reconstituted_after_session": (
        "reconstituted after the session time: the vial must be mixed before it is used"
    ),
    "toxin.no_points": "no injection points: place each point on the face map",
    "toxin.too_many_points": "{n} {n:point|points}: at most {maximum} per entry",
    "toxin.points_total_mismatch": (
        "the points add up to {placed:g} U but the total is {total:g} U: they must be equal "
        "(within 0.01 U)"
    ),
    "toxin.more_than_vial": (
        "{given:g} U given + {wasted:g} U wasted is more than the {vial:g} U vial: record each "
        "vial as its own toxin entry"
    ),
    "tca_cross.frosting_missing": "choose whether all, some or none of the scars frosted white",
    "subcision.anaesthetic_amount_without_agent": (
        "a strength or volume is given without an agent: name it"
    ),
    "subcision.anaesthetic_amount_missing": "the anaesthetic is named: give its {unit} too",
    "subcision.adrenaline_without_agent": "adrenaline is ticked without an anaesthetic: name it",
    "laser.energy_unit_missing": "choose mJ (per microbeam) or J/cm2 (fluence)",
    "laser.fully_ablative_tick_both": "a fully ablative laser is ablative: tick both",
    "correction.vials_overdrawn": (
        "lot {lot}: {drawn} U drawn (given + wasted) from {n} {n:vial|vials} opened, which hold "
        "{held} U; a vial cannot give more than it holds: correct the units, or record each "
        "further vial as its own toxin entry"
    ),
    "message.then": "{first} {second}",
    "audit.chain_gap": (
        "audit event {id} does not follow the event before it (a row was removed or inserted)"
    ),
    "audit.chain_altered": "audit event {id} was altered after it was written",
    "subcision.instrument_missing": "choose a needle, a Nokor needle or a blunt cannula",
    "storage.unsafe_location": (
        "ScarDesk will not keep its database at {path} because {reason}. SQLite files are "
        "damaged by network and sync folders; keep the file on this computer's own disk, or "
        "let several workstations share a PostgreSQL server."
    ),
    "storage.damaged": (
        "{path} is damaged; it was not changed. Restore it from a backup: {command}"
    ),
    "storage.not_scardesk": (
        "{path} is an SQLite file but not a ScarDesk database; it was not changed."
    ),
    "storage.unsupported_backend": (
        "unsupported database {backend}: use an SQLite file or a PostgreSQL address such as "
        "{example}"
    ),
    "storage.empty_database": (
        "no ScarDesk database at {url}: it is empty; check the URL (nothing was created)"
    ),
    "storage.folder_not_file": "{path} is a folder, not a database file",
    "storage.no_database": (
        "no database at {path}: check --data-dir or --database-url (nothing was created)"
    ),
    "storage.unreachable": "cannot open the database {url}",
    "storage.id_out_of_range": "no record has that number (it is out of range)",
    "storage.several_revisions": (
        "the database is stamped with {count} schema revisions; it was not changed"
    ),
    "storage.newer_schema": (
        "the database {label} was created by a newer version of ScarDesk (schema {revision}); "
        "it was not opened or changed. Install the newer ScarDesk to use it."
    ),
    "storage.lock_failed": "could not lock {path}; try again",
    "storage.maintenance_running": (
        "the database is being restored or upgraded on this computer right now; wait until "
        "that finishes, then start ScarDesk again."
    ),
    "storage.cannot_create": "could not create {path}; check the folder's permissions",
    "storage.open_elsewhere": (
        "cannot {action} while ScarDesk is open elsewhere: {names}. Close ScarDesk on those "
        "workstations (signing out is not enough), then try again; nothing was changed."
    ),
    "storage.workstation": "{user} on {host} (process {pid})",
    "storage.workstation_since": "{user} on {host} (process {pid}) since {since}",
    "storage.workstation_list": "{first}; {rest}",
    "storage.action.upgrade": "upgrade the database",
    "storage.action.restore": "restore",
    "storage.maintenance_busy": (
        "cannot {action}: another restore or upgrade of this database is running."
    ),
    "storage.folder_changing": "cannot {action}: the database folder keeps changing; try again.",
    "storage.file_replaced": (
        "the database file was replaced (restored or moved) while ScarDesk was open; this "
        "window stopped writing so nothing goes into the old copy. Close ScarDesk and start it "
        "again."
    ),
    "storage.server_unreachable": "cannot reach the database {url}; nothing was changed.",
    "storage.url_invalid": "the database address is not valid: expected e.g. {examples}",
    "storage.postgres_url_no_database": (
        "the PostgreSQL address names no database: add /DATABASE at its end"
    ),
    "cipher.passphrase_needed": (
        "{path} is not an SQLite database readable without a passphrase: it is encrypted "
        "(enter its passphrase, or set {variable} for scripts) or not a database at all. "
        "Nothing was opened or changed."
    ),
    "cipher.wrong_passphrase": (
        "the passphrase does not open {path} (or the file is damaged); nothing was changed."
    ),
    "cipher.sqlcipher_missing": (
        "this database is encrypted but SQLCipher is not installed: reinstall ScarDesk."
    ),
    "cipher.empty_passphrase": "an empty passphrase cannot protect a database.",
    "cipher.cannot_remember": "the passphrase cannot be remembered: {problem}.",
    "backup.not_sqlite": "this is not an SQLite database: use backup_postgres.",
    "backup.not_postgres": "this is not a PostgreSQL database: use backup_sqlite.",
    "backup.copy_failed_check": (
        "the backup copy failed its check, so no backup was kept:\n{detail}\nRun {command} on "
        "the live database."
    ),
    "backup.copy_failed": ("the database could not be copied; no backup was kept. Run {command}."),
    "backup.dest_exists": "{path} already exists; choose a new file name or a folder.",
    "backup.dest_folder_missing": "the folder {path} does not exist.",
    "backup.dump_not_kept": "the dump was not kept: {reason}",
    "backup.dump_failed": "the PostgreSQL backup (pg_dump) failed",
    "backup.dump_failed_listing": (
        "the dump failed its check (pg_restore --list), so it was not kept"
    ),
    "backup.tool_failed": "{failure}",
    "backup.tool_missing": (
        "{name} is needed for PostgreSQL backups and restores but was not found: install the "
        "PostgreSQL client tools (the server's major version or newer) and put them on the "
        "program path."
    ),
    "backup.not_postgres_url": "this is not a PostgreSQL address.",
    "backup.scratch_failed_check": (
        "{name} restored into a scratch database but failed its check:\n{detail}"
    ),
    "backup.scratch_differs": "{name} does not hold what the database held: {detail}",
    "backup.scratch_not_allowed": (
        "a backup is verified by restoring it into a scratch database, but this database user "
        "may not create one (grant it CREATEDB on the server)"
    ),
    "restore.source_missing": "{path} does not exist or is not a file; nothing was changed.",
    "restore.source_is_database": "{path} is the database itself; choose a backup file.",
    "restore.unsafe_location": (
        "{path} cannot hold the clinic database because {reason}; nothing was changed."
    ),
    "restore.needs_passphrase": (
        "{path} is not an SQLite database readable without a passphrase: either it is "
        "encrypted (give the clinic's passphrase, or set {variable}) or it is not a ScarDesk "
        "backup at all. Nothing was changed."
    ),
    "restore.plain_over_encrypted": (
        "{source} is not encrypted but the database at {path} is: restoring it would leave "
        "patient data readable on disk. Nothing was changed."
    ),
    "restore.failed_check": (
        "{path} was not restored; the current database was not changed:\n{detail}"
    ),
    "restore.not_sqlite_url": "this is not an SQLite file address: use restore_postgres.",
    "restore.in_use": (
        "{path} is in use: close ScarDesk on every workstation, then restore again. Nothing "
        "was changed."
    ),
    "restore.not_a_dump": "{path} is not a readable PostgreSQL dump; nothing was changed",
    "restore.not_a_backup": "{path} is not a ScarDesk backup; nothing was changed.",
    "restore.no_revision": "{path} has no schema revision; nothing was changed.",
    "restore.nothing_changed": "{reason}\nNothing was changed.",
    "restore.pg_restore_failed": (
        "{path} could not be restored (the database was left as it was; the previous state is "
        "also kept in {kept})"
    ),
    "restore.dump_does_not_restore": (
        "{name} does not restore (truncated, damaged or not a ScarDesk dump)"
    ),
    "restore.dump_unreadable": "{path} could not be read",
    "content.tag_help": (
        "expected e.g. '[key=sun for=4w]': key= a name in lower-case letters, for= a duration "
        "such as 24h, 10d or 4w, spf= a number from 15 to 100, when= one of {phases} (What to "
        "expect only), only= a variant"
    ),
    "content.tag_part": "line {line}: tag part '{part}' is not understood; {help}",
    "content.tag_name": "line {line}: tag name '{name}' is not known; {help}",
    "content.tag_key": "line {line}: key '{key}': expected lower-case letters, digits and _",
    "content.tag_duration": (
        "line {line}: duration '{value}' is not valid; expected a number and h, d or w, e.g. "
        "24h, 10d, 4w"
    ),
    "content.tag_spf": "line {line}: spf '{value}': expected a whole number from 15 to 100",
    "content.tag_when_section": "line {line}: when= belongs to '## What to expect' items only",
    "content.tag_when_unknown": (
        "line {line}: when '{value}' is not known; expected one of {phases}"
    ),
    "content.tag_only_unused": (
        "line {line}: only= is not used here: this treatment has no variants"
    ),
    "content.tag_only_unknown": (
        "line {line}: only '{value}': expected one or more of {variants} separated by commas"
    ),
    "content.front_matter_start": (
        "line {line}: the file must start with a '---' line, then 'version: ...'"
    ),
    "content.front_matter_line": "line {line}: expected 'key: value' in the front matter",
    "content.front_matter_unclosed": "the front matter has no closing '---' line",
    "content.version_invalid": (
        "version '{version}' is not valid; expected year-month-number, e.g. 2026-11-1"
    ),
    "content.heading_unknown": (
        "line {line}: heading '{heading}' is not known; expected one of {allowed}"
    ),
    "content.heading_twice": "line {line}: '## {heading}' appears twice; expected once",
    "content.text_before_heading": "line {line}: text before the first '## ' heading",
    "content.tag_without_text": "line {line}: the tag is followed by no text",
    "content.placeholder_unknown": (
        "line {line}: {placeholder} is not a known placeholder; expected one of {allowed}"
    ),
    "content.sections_missing": "section(s) {sections} missing or empty; every one is required",
    "content.labels_missing": "labels missing: {labels}; expected one 'key: text' line each",
    "content.file_missing": "no file {path} in the clinic's or the bundled content",
    "storage.audit_key_missing": (
        "the audit key of this database (chain {chain}) is not on this computer, so nothing "
        "was saved. On a workstation that has it, run {export_command}; here, {import_command}"
    ),
    "not_found.record": "{table} {id} does not exist",
    "storage.never_deleted": (
        "stored records are never deleted: archive, void or amend them with a reason"
    ),
    "location.network_share": "it is on a network share",
    "location.sync_folder": (
        "it is inside a {name} folder, which copies the file while it is in use"
    ),
    "location.either": "{first} or {second}",
    "location.cloud_storage": "cloud storage",
    "location.gvfs": "it is on a desktop-mounted network share ({name})",
    "location.network_file_system": "it is on a network file system ({kind})",
    "location.fstab_not_mounted": (
        "{path} is listed as a drive to mount but nothing is mounted there"
    ),
    "location.drive_not_mounted": (
        "{path} is a place for a mounted drive, but no drive is mounted there; mount it first"
    ),
    "location.mapped_drive": "it is on a mapped network drive",
    "storage.label.sqlite": "SQLite — {path}",
    "storage.label.sqlite_encrypted": "SQLite (encrypted) — {path}",
    "storage.label.postgres": "PostgreSQL — {host}:{port}/{name}",
    "storage.label.local_host": "local",
    **INTEGRITY_ENGLISH,
}


def english(message: Message) -> str:
    """``message`` in English, as the command line and ``str(error)`` show it."""
    return render(message, ENGLISH.get)
