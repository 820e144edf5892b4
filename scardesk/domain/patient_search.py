"""What the one search box was asked, and the rows it answers with.

The front desk types whatever it has in hand: a name in either script, a civil number, a
phone number in any of its local spellings, or a date of birth (clinical reference §9). The
query is classified here, once, without touching the database, so the service can run the
one indexed lookup that fits instead of OR-ing every column together:

* a date (``1990-03-05``, ``5/3/1990``, ``05.03.1990``) → exact date of birth;
* a phone written with ``+`` or ``00`` → phone only (nobody writes a civil number that way);
* bare digits (with spaces or dashes) → phone prefix *or* civil-number prefix, because
  ``91234567`` could be either; fewer than ``MIN_NUMBER_DIGITS`` digits (not counting a
  leading 968) match nothing yet, as a prefix that short would match a large part of the
  clinic and could not be paged without sorting it all;
* ``#`` and digits (``#4711``) → that file number exactly, archived or merged records too,
  so a merged file can always be followed to the record it was merged into;
* one word mixing Latin letters and digits (``K1234567``) → a passport number prefix;
* anything else → name tokens, folded like the stored search column, each a word prefix.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from scardesk.domain.enums import Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.search_text import fold_digits, normalise_for_search, search_tokens
from scardesk.domain.text_hygiene import BIDI_CONTROLS
from scardesk.domain.time import parse_date_any

MIN_NUMBER_DIGITS = 4
MAX_QUERY_TOKENS = 8
#: Passport numbers are stored as at most 20 letters and digits (identity.PASSPORT_MAX).
_DOCUMENT_MAX = 20
_OMAN_CODE = "968"
_OMAN_NATIONAL_DIGITS = 8
_NUMBER_CHARS = re.compile(r"\+?[0-9 ()\-.]+", re.ASCII)
_FILE_NUMBER = re.compile(r"#\s*([0-9]{1,12})", re.ASCII)
_DOCUMENT_WORD = re.compile(r"(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]+", re.ASCII)
# The invisible direction marks a screen puts around numbers in Arabic (isolates, marks,
# embeddings): a phone copied from a list and pasted into the search box is still a phone.
_DIRECTION_MARKS = dict.fromkeys(map(ord, BIDI_CONTROLS))
_DATE_SHAPE = re.compile(r"[0-9]{1,4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,4}", re.ASCII)
# Name similarity above which two people born on the same day may be one person.
SIMILAR_NAME_RATIO = 0.8


class QueryKind(StrEnum):
    EMPTY = "empty"
    NAME = "name"
    NUMBER = "number"  # phone or civil number
    PHONE = "phone"
    DATE = "date"
    FILE = "file"  # "#4711": one patient by id
    DOCUMENT = "document"  # letters and digits: a passport number


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A classified query. Prefixes are ``None`` when that column should not be searched.

    ``phone_prefixes`` are E.164 prefixes (``+9689123``); a complete number is its own prefix,
    so an exact match is the prefix that happens to be whole.
    """

    kind: QueryKind
    tokens: tuple[str, ...] = ()
    phone_prefixes: tuple[str, ...] = ()
    civil_prefix: str | None = None
    birth_date: date | None = None
    file_number: int | None = None

    @property
    def matches_nothing(self) -> bool:
        """True when the query cannot match anyone yet (e.g. only two digits typed)."""
        if self.kind is QueryKind.NAME:
            return not self.tokens
        if self.kind in (QueryKind.NUMBER, QueryKind.PHONE, QueryKind.DOCUMENT):
            return not self.phone_prefixes and self.civil_prefix is None
        if self.kind is QueryKind.FILE:
            return self.file_number is None
        return False


def _phone_prefixes(digits: str, international: bool) -> tuple[str, ...]:
    """E.164 prefixes a run of typed digits may start, longest-known first.

    Written as ``+``/``00`` the digits already start with a country code; otherwise they are an
    Omani national number, or ``968`` followed by one.
    """
    if international:
        return (f"+{digits}",) if digits and digits[0] != "0" else ()
    prefixes: list[str] = []
    # "968" read as Oman's code needs as many national digits after it as any number query:
    # "9689" as +968 9… would match most of the clinic (it cost seconds a keystroke at 1M).
    if digits.startswith(_OMAN_CODE) and len(digits) - len(_OMAN_CODE) >= MIN_NUMBER_DIGITS:
        prefixes.append(f"+{digits}")
    if len(digits) <= _OMAN_NATIONAL_DIGITS and digits[0] in "279":
        prefixes.append(f"+{_OMAN_CODE}{digits}")
    return tuple(prefixes)


def _parse_number(raw: str) -> ParsedQuery:
    international = raw.startswith("+") or raw.replace(" ", "").startswith("00")
    digits = "".join(ch for ch in raw if ch.isdigit())
    if international:
        full = digits if raw.startswith("+") else digits[2:]
        # Count the digits after Oman's code: "+968 9" alone would match half the clinic.
        national = full[3:] if full.startswith(_OMAN_CODE) else full
        if len(national) < MIN_NUMBER_DIGITS:
            return ParsedQuery(QueryKind.PHONE)
        return ParsedQuery(QueryKind.PHONE, phone_prefixes=_phone_prefixes(full, True))
    national = digits[3:] if digits.startswith(_OMAN_CODE) and len(digits) > 8 else digits
    if len(national) < MIN_NUMBER_DIGITS:
        return ParsedQuery(QueryKind.NUMBER)
    civil = digits if len(digits) <= _DOCUMENT_MAX else None
    return ParsedQuery(
        QueryKind.NUMBER, phone_prefixes=_phone_prefixes(digits, False), civil_prefix=civil
    )


def parse_query(text: str) -> ParsedQuery:
    """Classify what was typed into the search box (see the module docstring). Never raises."""
    plain = unicodedata.normalize("NFKC", text.translate(_DIRECTION_MARKS))
    raw = " ".join(fold_digits(plain).split())
    if not raw:
        return ParsedQuery(QueryKind.EMPTY)
    if _DATE_SHAPE.fullmatch(raw):
        try:
            return ParsedQuery(QueryKind.DATE, birth_date=parse_date_any(raw))
        except ValidationError:
            pass  # e.g. 31/02/1990 or a two-digit year: fall through to the number rules
    if _NUMBER_CHARS.fullmatch(raw) and any(ch.isdigit() for ch in raw):
        return _parse_number(raw)
    file_number = _FILE_NUMBER.fullmatch(raw)
    if file_number:
        return ParsedQuery(QueryKind.FILE, file_number=int(file_number.group(1)))
    if _DOCUMENT_WORD.fullmatch(raw):
        prefix = raw.upper() if MIN_NUMBER_DIGITS <= len(raw) <= _DOCUMENT_MAX else None
        return ParsedQuery(QueryKind.DOCUMENT, civil_prefix=prefix)
    tokens = tuple(search_tokens(raw)[:MAX_QUERY_TOKENS])
    return ParsedQuery(QueryKind.NAME, tokens=tokens)


def _likeness(a: str, b: str) -> float:
    # SequenceMatcher is not always symmetric; taking both orders makes the rule symmetric.
    return max(
        difflib.SequenceMatcher(None, a, b).ratio(), difflib.SequenceMatcher(None, b, a).ratio()
    )


def _word_score(words: list[str], other: list[str]) -> float:
    """Mean, over ``words``, of each word's best likeness to any word of ``other``."""
    best = [max(_likeness(word, candidate) for candidate in other) for word in words]
    return sum(best) / len(best)


def names_similar(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two (Latin, Arabic) names could belong to one person, in either script.

    Names are folded like the search column and compared word by word in any order, each word
    against its closest counterpart, so ``Aisha Al Balushi`` and ``al-balushi aysha`` are alike.
    Both directions must reach ``SIMILAR_NAME_RATIO`` (so a one-word name is not "similar" to
    every longer name containing it), in at least one script. Blank names never match.
    """
    for left, right in zip(first, second, strict=True):
        a = normalise_for_search(left).split()
        b = normalise_for_search(right).split()
        if a and b and min(_word_score(a, b), _word_score(b, a)) >= SIMILAR_NAME_RATIO:
            return True
    return False


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One line of the patient list. ``last_visit`` is a Muscat calendar day;
    ``next_appointment`` an aware UTC datetime (the UI shows it in Muscat time)."""

    id: int
    version: int
    name_latin: str
    name_arabic: str
    date_of_birth: date
    age: int
    sex: Sex
    phone: str | None  # E.164, for dialling or booking
    phone_display: str | None  # +968 9123 4567
    civil_number: str | None
    archived: bool
    last_visit: date | None
    next_appointment: datetime | None
    #: Set on a record merged into another: the list says so and opening it opens that one.
    merged_into_id: int | None = None


@dataclass(frozen=True, slots=True)
class SearchPage:
    rows: tuple[PatientRow, ...]
    has_more: bool
    kind: QueryKind


class DuplicateReason(StrEnum):
    #: Same document type and number: the person is registered already (never a second time).
    SAME_DOCUMENT = "same_document"
    #: Same number on another type of document: likely, not certain.
    SAME_CIVIL_NUMBER = "same_civil_number"
    SAME_PHONE = "same_phone"
    SAME_BIRTH_DATE_SIMILAR_NAME = "same_birth_date_similar_name"


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """An existing patient that may be the one being registered, and why it was picked."""

    patient: PatientRow
    reasons: tuple[DuplicateReason, ...]

    @property
    def blocks(self) -> bool:
        """True when this match forbids registering: the same identity document."""
        return DuplicateReason.SAME_DOCUMENT in self.reasons
