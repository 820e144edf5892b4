"""Identity documents a patient in Oman may show, each with its own rule (clinical reference §8).

* **Omani ID card** and **resident card** carry the civil number, digits only. No authoritative
  length or check digit is published, so the number is refused only when it is not digits or
  longer than ``CIVIL_NUMBER_MAX``; fewer than ``SHORT_CIVIL_NUMBER`` digits is *unusual*, and
  gets a "check this number" warning rather than a refusal.
* **GCC ID cards** of the other five states are digits too, from Bahrain's 9 to the UAE's 15
  (Saudi Arabia 10, Qatar 11, Kuwait 12).
* **Passports** mix letters and digits (``K1234567``): 5 to 20 of them.

Numbers are normalised the same way for every type — Arabic-Indic digits folded, full-width
forms undone, spaces and dashes dropped, letters upper-cased — so one document has one stored
spelling and the duplicate rule (one registration per type + number) cannot be dodged by typing
``k 123-4567``. The number is stored in the ``civil_number`` column whatever its type.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from scardesk.domain.enums import DocumentType
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.search_text import fold_digits
from scardesk.domain.text_hygiene import TextKind, clean_text

CIVIL_NUMBER_MAX = 15
SHORT_CIVIL_NUMBER = 6
GCC_ID_MIN, GCC_ID_MAX = 9, 15
PASSPORT_MIN, PASSPORT_MAX = 5, 20
#: The widest any type allows; the stored column is this long.
DOCUMENT_NUMBER_MAX = PASSPORT_MAX

NUMBER_FIELD = "civil_number"
_SEPARATORS = re.compile(r"[\s\-‐-―]")
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_LETTERS_AND_DIGITS = re.compile(r"[A-Z0-9]+", re.ASCII)
#: Types whose number is the Omani civil number (the same registry issues both cards).
CIVIL_TYPES = frozenset({DocumentType.OMANI_ID, DocumentType.RESIDENT_CARD})


def normalise_document_number(text: str) -> str:
    """The one stored spelling of a typed number (may still be invalid for its type)."""
    folded = fold_digits(unicodedata.normalize("NFKC", text))
    return _SEPARATORS.sub("", folded).upper()


def _quote(text: str, limit: int = 30) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"‘{shown}’"


def _digits_rule(number: str, shown: str, lowest: int, highest: int, what: Message) -> None:
    """``what`` names the document's number (a civil number, a GCC ID number)."""
    params = {"value": shown, "what": what, "n": len(number)}
    if not _DIGITS.fullmatch(number):
        raise ValidationError({NUMBER_FIELD: Message("identity.digits_only", params)})
    if len(number) > highest:
        raise ValidationError(
            {NUMBER_FIELD: Message("identity.too_many_digits", {**params, "maximum": highest})}
        )
    if len(number) < lowest:
        raise ValidationError(
            {NUMBER_FIELD: Message("identity.too_few_digits", {**params, "minimum": lowest})}
        )


def _passport_rule(number: str, shown: str) -> None:
    if not _LETTERS_AND_DIGITS.fullmatch(number):
        raise ValidationError(
            {NUMBER_FIELD: Message("identity.passport_characters", {"value": shown})}
        )
    if not PASSPORT_MIN <= len(number) <= PASSPORT_MAX:
        params = {
            "value": shown,
            "n": len(number),
            "minimum": PASSPORT_MIN,
            "maximum": PASSPORT_MAX,
        }
        raise ValidationError({NUMBER_FIELD: Message("identity.passport_length", params)})


def validate_document_number(document_type: DocumentType | None, text: str) -> str | None:
    """The normalised number, checked by its document's rule; blank → None.

    With no document type chosen yet only the widest shape is checked (letters and digits,
    up to ``DOCUMENT_NUMBER_MAX``): the missing type is reported on its own field.
    """
    # Hidden and control characters are refused before normalising could strip them away.
    text = clean_text(text, NUMBER_FIELD, limit=DOCUMENT_NUMBER_MAX * 3, kind=TextKind.STRICT)
    number = normalise_document_number(text)
    if not number:
        return None
    shown = _quote(text.strip())
    if document_type in CIVIL_TYPES:
        _digits_rule(number, shown, 1, CIVIL_NUMBER_MAX, Message("identity.civil_number"))
    elif document_type is DocumentType.GCC_ID:
        _digits_rule(number, shown, GCC_ID_MIN, GCC_ID_MAX, Message("identity.gcc_id_number"))
    elif document_type is DocumentType.PASSPORT:
        _passport_rule(number, shown)
    elif not _LETTERS_AND_DIGITS.fullmatch(number) or len(number) > DOCUMENT_NUMBER_MAX:
        raise ValidationError(
            {
                NUMBER_FIELD: Message(
                    "identity.not_a_document_number",
                    {"value": shown, "maximum": DOCUMENT_NUMBER_MAX},
                )
            }
        )
    return number


def document_warnings(
    document_type: DocumentType | None,
    number: str | None,
    expiry: date | None,
    today: date,
) -> dict[str, str]:
    """Things worth a second look that are still stored: field → message.

    A short civil number is usually a typing slip; an expired card is still the patient's
    identity, but the front desk should ask for the current one.
    """
    warnings: dict[str, str] = {}
    if number and document_type in CIVIL_TYPES and len(number) < SHORT_CIVIL_NUMBER:
        warnings[NUMBER_FIELD] = (
            f"check this number: {len(number)} digits is unusually short for a civil number "
            "(it is still saved)"
        )
    if expiry is not None and expiry < today:
        warnings["document_expiry"] = (
            f"this document expired on {expiry:%d/%m/%Y}: ask for the current one "
            "(it is still saved)"
        )
    return warnings
