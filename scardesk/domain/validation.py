"""Field validators: each returns the normalised value or raises ValidationError.

Every message says what is wrong *and* what is expected, because front-desk staff fix the
field from the message alone. Values are quoted back (shortened) so the user sees what the
form actually received — so a ValidationError's text contains personal data and must never be
logged. Passwords are never quoted.

Optional fields return ``None`` when blank; ``validate_patient`` gathers every field's error
into one ValidationError so a form can mark all bad fields at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from scardesk.domain.enums import DocumentType, Fitzpatrick, Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.identity import validate_document_number
from scardesk.domain.messages import Message
from scardesk.domain.passwords import check_password
from scardesk.domain.records import PatientData, PatientInput
from scardesk.domain.search_text import fold_digits
from scardesk.domain.text_hygiene import TextKind, clean_text
from scardesk.domain.time import age_on, parse_date_any

NAME_MIN, NAME_MAX = 2, 120
CIVIL_NUMBER_MAX = 15
MAX_AGE_YEARS = 120
EMAIL_MAX = 254
PHONE_TEXT_MAX = 40
ADDRESS_MAX = 300
REASON_MAX = 500
USERNAME_MIN, USERNAME_MAX = 3, 32
# Document expiry dates outside this range are typing mistakes, not real cards.
EXPIRY_FIRST, EXPIRY_LAST = date(1950, 1, 1), date(2199, 12, 31)

_OMAN = 968
_OMAN_NATIONAL_DIGITS = 8
_OMAN_FIRST_DIGITS = {"9": "mobile", "7": "mobile", "2": "landline"}
_PHONE_ALLOWED = re.compile(r"[0-9+\-.()/ ]*", re.ASCII)
_E164 = re.compile(r"\+[1-9][0-9]{6,14}", re.ASCII)
_OMAN_E164 = re.compile(r"\+968[0-9]{8}", re.ASCII)

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}", re.ASCII)
_EMAIL_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?", re.ASCII)
_USERNAME = re.compile(r"[a-z][a-z0-9._-]*", re.ASCII)

_LATIN_PUNCTUATION = frozenset(" -'’ʼ.")
_CONTACT_PHONE = "emergency_contact_phone"
_DOC_CHOICES = ", ".join(member.value for member in DocumentType)
_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")


def _quote(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"‘{shown}’"


def _fail(field: str, code: str, **params: object) -> ValidationError:
    return ValidationError({field: Message(code, params)})


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _check_name(
    text: str, field: str, bad_characters_code: str, allowed: Callable[[str], bool]
) -> str | None:
    """``bad_characters_code`` is the message that names the letters ``allowed``."""
    """``script`` names the letters allowed: ``latin``, ``arabic`` or ``either``."""
    text = clean_text(text, field, limit=NAME_MAX * 2, kind=TextKind.STRICT)
    # NFKC turns Arabic presentation forms and full-width Latin into ordinary letters.
    name = _collapse(unicodedata.normalize("NFKC", text).replace("\u0640", ""))
    if not name:
        return None
    bad = sorted({ch for ch in name if not allowed(ch)})
    if bad:
        shown = " ".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in bad[:5])
        raise _fail(field, bad_characters_code, value=_quote(name), shown=shown)
    if sum(unicodedata.category(ch).startswith("L") for ch in name) < NAME_MIN:
        raise _fail(field, "validation.name.too_short", value=_quote(name), minimum=NAME_MIN)
    if len(name) > NAME_MAX:
        raise _fail(field, "validation.name.too_long", length=len(name), maximum=NAME_MAX)
    return name


def _latin_name_char(ch: str) -> bool:
    if ch in _LATIN_PUNCTUATION or 0x0300 <= ord(ch) <= 0x036F:
        return True
    return unicodedata.category(ch).startswith("L") and "LATIN" in unicodedata.name(ch, "")


def _arabic_name_char(ch: str) -> bool:
    harakah = 0x064B <= ord(ch) <= 0x0652 or ord(ch) == 0x0670
    return harakah or ch == " " or unicodedata.name(ch, "").startswith("ARABIC LETTER")


def validate_name_latin(text: str, field: str = "name_latin") -> str | None:
    """A name in Latin letters (accents allowed), spaces, hyphen, apostrophe and dot."""
    return _check_name(text, field, "validation.name.bad_characters_latin", _latin_name_char)


def validate_name_arabic(text: str, field: str = "name_arabic") -> str | None:
    """A name in Arabic letters with optional harakat; tatweel is removed."""
    return _check_name(text, field, "validation.name.bad_characters_arabic", _arabic_name_char)


def validate_contact_name(text: str, field: str = "emergency_contact_name") -> str | None:
    """A name written in either script (an emergency contact is typed however it comes)."""
    return _check_name(
        text,
        field,
        "validation.name.bad_characters_either",
        lambda ch: _latin_name_char(ch) or _arabic_name_char(ch),
    )


def _oman_national(national: str, shown: str, field: str) -> str:
    # phonenumbers is imported where a phone is checked, not with this module: printing a
    # sheet (``scardesk aftercare -o``) formats Omani numbers without it (see #16).
    import phonenumbers

    if len(national) != _OMAN_NATIONAL_DIGITS:
        short = len(national) < _OMAN_NATIONAL_DIGITS
        code = "validation.phone.too_short" if short else "validation.phone.too_long"
        raise _fail(field, code, value=shown)
    if national[0] not in _OMAN_FIRST_DIGITS:
        raise _fail(field, "validation.phone.not_omani", value=shown)
    number = phonenumbers.PhoneNumber(country_code=_OMAN, national_number=int(national))
    if not phonenumbers.is_valid_number(number):
        mobile = _OMAN_FIRST_DIGITS[national[0]] == "mobile"
        code = (
            "validation.phone.mobile_not_in_use"
            if mobile
            else "validation.phone.landline_not_in_use"
        )
        raise _fail(field, code, value=shown)
    return f"+{_OMAN}{national}"


def _foreign(digits: str, shown: str, field: str) -> str:
    import phonenumbers  # deferred: see _oman_national

    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise _fail(field, "validation.phone.not_international", value=shown)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_phone(text: str, field: str = "phone") -> str | None:
    """An Omani number in any common format, or a foreign one with its country code → E.164.

    Accepts ``91234567``, ``9123 4567``, ``+968 9123 4567``, ``00968…``, ``968 9123 4567`` and
    Arabic-Indic digits. The 9/7/2 first-digit rule is checked before ``phonenumbers`` so the
    message can say which part is wrong; ``phonenumbers`` then rejects unallocated ranges.
    """
    text = clean_text(text, field, limit=PHONE_TEXT_MAX, kind=TextKind.STRICT)
    raw = _collapse(fold_digits(unicodedata.normalize("NFKC", text)))
    if not raw:
        return None
    shown = _quote(raw)
    plus_after_digit = "+" in raw and any(ch.isdigit() for ch in raw[: raw.index("+")])
    if not _PHONE_ALLOWED.fullmatch(raw) or raw.count("+") > 1 or plus_after_digit:
        raise _fail(field, "validation.phone.not_a_number", value=shown)
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not digits:
        raise _fail(field, "validation.phone.no_digits", value=shown)
    if "+" in raw or digits.startswith("00"):
        digits = digits if "+" in raw else digits[2:]
        if digits.startswith(str(_OMAN)):
            return _oman_national(digits[3:], shown, field)
        return _foreign(digits, shown, field)
    if digits.startswith(str(_OMAN)) and len(digits) == 3 + _OMAN_NATIONAL_DIGITS:
        return _oman_national(digits[3:], shown, field)
    return _oman_national(digits, shown, field)


def validate_omani_mobile(text: str, field: str = "whatsapp") -> str | None:
    """An Omani mobile number (9 or 7 first) in any format :func:`validate_phone` accepts →
    E.164; blank → None. WhatsApp chats need a mobile: a landline or foreign number is refused."""
    value = validate_phone(text, field)
    if value is None:
        return None
    if not _OMAN_E164.fullmatch(value) or _OMAN_FIRST_DIGITS[value[4]] != "mobile":
        raise _fail(field, "validation.phone.whatsapp_not_mobile", value=_quote(_collapse(text)))
    return value


def format_phone_display(e164: str) -> str:
    """``+96891234567`` → ``+968 9123 4567``; foreign numbers in their international format.

    Omani numbers, landlines included, are grouped 4 + 4 as they are written locally.
    Raises ValidationError for a value that is not E.164 (stored phones always are).
    """
    if _OMAN_E164.fullmatch(e164):
        return f"+968 {e164[4:8]} {e164[8:]}"
    if not _E164.fullmatch(e164):
        raise _fail("phone", "validation.phone.not_stored_form", value=_quote(e164))
    import phonenumbers  # deferred: see _oman_national

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_civil_number(text: str, field: str = "civil_number") -> str | None:
    """Digits only after removing spaces and dashes, kept as text so leading zeros survive.

    No authoritative length or check digit is published for Omani civil numbers, so only the
    shape is checked (clinical reference §8).
    """
    text = clean_text(text, field, limit=CIVIL_NUMBER_MAX * 3, kind=TextKind.STRICT)
    raw = fold_digits(unicodedata.normalize("NFKC", text)).strip()
    digits = re.sub(r"[ \-]", "", raw, flags=re.ASCII)
    if not digits:
        return None
    if not (digits.isascii() and digits.isdigit()):
        raise _fail(field, "validation.civil_number.digits_only", value=_quote(raw))
    if len(digits) > CIVIL_NUMBER_MAX:
        raise _fail(
            field, "validation.civil_number.too_long", value=_quote(raw), maximum=CIVIL_NUMBER_MAX
        )
    return digits


def _choice(enum: type[_E], text: str, field: str, code: str, **params: object) -> _E | None:
    """``code`` names the refusal: the value is not one of ``enum``'s choices."""
    value = clean_text(text, field, limit=40, kind=TextKind.STRICT)
    if not value:
        return None
    for member in enum:
        if value.casefold() in (member.value.casefold(), member.name.casefold()):
            return member
    raise _fail(field, code, value=_quote(value), **params)


def validate_document_type(text: str, field: str = "document_type") -> DocumentType | None:
    return _choice(
        DocumentType, text, field, "validation.document_type.unknown", choices=_DOC_CHOICES
    )


def validate_sex(text: str, field: str = "sex") -> Sex:
    """Required: the record model has no 'unknown' sex."""
    found = _choice(Sex, text, field, "validation.sex.unknown")
    if found is None:
        raise _fail(field, "validation.sex.missing")
    return found


def validate_fitzpatrick(text: str, field: str = "fitzpatrick") -> Fitzpatrick | None:
    """Roman numerals I–VI; the digits 1–6 are accepted and converted."""
    value = fold_digits(text).strip()
    if value in {"1", "2", "3", "4", "5", "6"}:
        return list(Fitzpatrick)[int(value) - 1]
    return _choice(Fitzpatrick, value, field, "validation.fitzpatrick.unknown")


def validate_date_of_birth(text: str, today: date, field: str = "date_of_birth") -> date:
    """Required; not in the future and at most 120 years ago."""
    if not text.strip():
        raise _fail(field, "validation.date_of_birth.missing")
    dob = parse_date_any(text, field)
    if dob > today:
        raise _fail(field, "validation.date_of_birth.future", value=dob, today=today)
    if age_on(dob, today) > MAX_AGE_YEARS:
        raise _fail(field, "validation.date_of_birth.too_old", value=dob, maximum=MAX_AGE_YEARS)
    return dob


def validate_document_expiry(text: str, field: str = "document_expiry") -> date | None:
    """Any plausible date: an expired card is still recorded (warning about it is the UI's job)."""
    if not text.strip():
        return None
    expiry = parse_date_any(text, field)
    if not EXPIRY_FIRST <= expiry <= EXPIRY_LAST:
        raise _fail(
            field,
            "validation.document_expiry.implausible",
            value=expiry,
            first=EXPIRY_FIRST.year,
            last=EXPIRY_LAST.year,
        )
    return expiry


def validate_email(text: str, field: str = "email") -> str | None:
    """A simple, sane check (one @, a dotted domain, no spaces); the domain is lower-cased.

    Full RFC 5322 syntax allows addresses no clinic will meet; a typo is the real risk.
    """
    value = clean_text(text, field, limit=EMAIL_MAX, kind=TextKind.STRICT)
    if not value:
        return None
    if len(value) > EMAIL_MAX:
        raise _fail(field, "validation.email.too_long", length=len(value), maximum=EMAIL_MAX)
    local, at, domain = value.rpartition("@")
    if not at or not local:
        raise _fail(field, "validation.email.no_name", value=_quote(value))
    labels = domain.split(".")
    well_formed = (
        _EMAIL_LOCAL.fullmatch(local)
        and not local.startswith(".")
        and not local.endswith(".")
        and ".." not in local
        and len(labels) >= 2
        and all(_EMAIL_LABEL.fullmatch(label) for label in labels)
        and not labels[-1].isdigit()
        and len(labels[-1]) >= 2
    )
    if not well_formed:
        raise _fail(field, "validation.email.malformed", value=_quote(value))
    return f"{local}@{domain.lower()}"


def validate_free_text(
    text: str, field: str, max_length: int, kind: TextKind = TextKind.LINE
) -> str | None:
    """Optional free text (e.g. an address): cleaned (text_hygiene), blank → None, length-capped."""
    return clean_text(text, field, limit=max_length, kind=kind) or None


def validate_identifier(text: str, field: str, max_length: int) -> str | None:
    """Optional identifier or name-like text (a licence number, a display name): no invisible
    or direction-changing characters, so two values that look alike are alike."""
    return validate_free_text(text, field, max_length, TextKind.STRICT)


def validate_reason(text: str, field: str = "reason") -> str:
    """The reason for an archive, void or amendment: required, because the audit trail needs it."""
    value = validate_free_text(text, field, REASON_MAX, TextKind.NOTES)
    if value is None:
        raise _fail(field, "validation.reason.missing")
    return value


def validate_username(text: str, field: str = "username") -> str:
    """Lower-cased; a letter first, then letters, digits, dot, underscore or hyphen."""
    value = clean_text(text, field, limit=USERNAME_MAX * 4, kind=TextKind.STRICT).lower()
    if not USERNAME_MIN <= len(value) <= USERNAME_MAX or not _USERNAME.fullmatch(value):
        raise _fail(
            field,
            "validation.username.malformed",
            value=_quote(value),
            minimum=USERNAME_MIN,
            maximum=USERNAME_MAX,
        )
    return value


def validate_password(
    text: str, field: str = "password", *, username: str = "", display_name: str = ""
) -> str:
    """A new password under the policy of ``domain.passwords``; returned unchanged (never
    stripped). Give the account's names so a password built from them is refused.

    The password is never quoted in the message, so a rejected one cannot leak via the UI.
    """
    return check_password(text, username, display_name, field)


def validate_patient(inp: PatientInput, today: date) -> PatientData:
    """Validate every field and raise one ValidationError listing all of them.

    At least one name (Latin or Arabic) is required; a civil number needs its document type.
    """
    errors: dict[str, Message] = {}

    def check(validator: Callable[[], _T]) -> _T | None:
        try:
            return validator()
        except ValidationError as exc:
            errors.update(exc.field_messages)
            return None

    name_latin = check(lambda: validate_name_latin(inp.name_latin))
    name_arabic = check(lambda: validate_name_arabic(inp.name_arabic))
    dob = check(lambda: validate_date_of_birth(inp.date_of_birth, today))
    sex = check(lambda: validate_sex(inp.sex))
    document_type = check(lambda: validate_document_type(inp.document_type))
    # Each document type has its own number rule (domain.identity).
    civil_number = check(lambda: validate_document_number(document_type, inp.civil_number))
    document_expiry = check(lambda: validate_document_expiry(inp.document_expiry))
    phone = check(lambda: validate_phone(inp.phone))
    email = check(lambda: validate_email(inp.email))
    address = check(lambda: validate_free_text(inp.address, "address", ADDRESS_MAX))
    contact = check(lambda: validate_contact_name(inp.emergency_contact_name))
    contact_phone = check(lambda: validate_phone(inp.emergency_contact_phone, _CONTACT_PHONE))
    fitzpatrick = check(lambda: validate_fitzpatrick(inp.fitzpatrick))

    names_blank = name_latin is None and name_arabic is None
    if names_blank and not {"name_latin", "name_arabic"} & errors.keys():
        message = Message("validation.name.missing")
        errors["name_latin"] = errors["name_arabic"] = message
    if civil_number is not None and document_type is None:
        errors.setdefault(
            "document_type",
            Message("validation.document_type.needed", {"choices": _DOC_CHOICES}),
        )
    if errors or dob is None or sex is None:
        raise ValidationError(errors)
    return PatientData(
        name_latin=name_latin or "",
        name_arabic=name_arabic or "",
        date_of_birth=dob,
        sex=sex,
        civil_number=civil_number,
        document_type=document_type,
        document_expiry=document_expiry,
        phone=phone,
        email=email,
        address=address,
        emergency_contact_name=contact,
        emergency_contact_phone=contact_phone,
        fitzpatrick=fitzpatrick,
    )


def sign_in_key(typed: str) -> str:
    """The key failed sign-ins are counted under: the name as typed, trimmed and case-folded.

    Any text is accepted (an unknown or malformed name is throttled like a real one, so the
    answer never tells which names exist); it is cut to the throttle table's 64 characters.
    """
    return "".join(ch for ch in typed if ch.isprintable()).strip().casefold()[:64]
