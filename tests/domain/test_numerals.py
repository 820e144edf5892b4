"""Digits for display and for input: Arabic-Indic in, the same value out; numbers isolated."""

from __future__ import annotations

from datetime import date

from bidi import get_display
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.numerals import (
    LRI,
    LRM,
    PDI,
    arabic_indic_digits,
    ltr_isolate,
    western_digits,
)
from scardesk.domain.time import parse_date_any
from scardesk.domain.validation import validate_civil_number, validate_phone

STYLES = st.lists(st.sampled_from([0, 0x0660, 0x06F0]), min_size=1, max_size=5)


def typed_as(text: str, styles: list[int]) -> str:
    """``text`` with its digits written in a mix of Western, Arabic-Indic and Eastern styles."""
    out = []
    for index, ch in enumerate(text):
        style = styles[index % len(styles)]
        out.append(chr(style + int(ch)) if ch.isdigit() and style else ch)
    return "".join(out)


@given(st.text())
def test_arabic_indic_display_round_trips(text: str) -> None:
    shown = arabic_indic_digits(text)
    assert not any("0" <= ch <= "9" for ch in shown)
    assert western_digits(shown) == western_digits(text)


def test_display_digits() -> None:
    assert arabic_indic_digits("+968 9123 4567") == "+٩٦٨ ٩١٢٣ ٤٥٦٧"
    assert western_digits("٢٫٥ ٬ ۴") == "2.5 , 4"


def test_an_isolate_wraps_a_number_and_leaves_blank_blank() -> None:
    assert ltr_isolate("4 U") == f"{LRI}4 U{PDI}"
    assert ltr_isolate("") == ""


def _visual(text: str) -> str:
    """``text`` as shown in an Arabic (right-to-left) line, left to right, controls dropped."""
    shown = get_display(text, base_dir="R")
    return "".join(ch for ch in shown if ch not in (LRI, PDI, LRM))


@given(
    groups=st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=4),
    separator=st.sampled_from([" ", "-", " - ", "/", ":", ".", "  "]),
    plus=st.booleans(),
    arabic_indic=st.booleans(),
)
def test_a_number_reads_left_to_right_inside_arabic_text_in_either_digits(
    groups: list[str], separator: str, plus: bool, arabic_indic: bool
) -> None:
    """A phone, civil number, date or dose in an Arabic line shows as it is written: its groups
    in order, whatever the digits. With Arabic-Indic digits an isolate alone reversed the
    groups of "+٩٦٨ ٩١٢٣ ٤٥٦٧" (the recall report's phone column, in Arabic with Arabic-Indic
    digits)."""
    number = ("+" if plus else "") + separator.join(groups)
    shown = arabic_indic_digits(number) if arabic_indic else number
    assert shown in _visual(f"الهاتف {ltr_isolate(shown)} للمريضة")


def test_western_digits_get_the_isolate_alone() -> None:
    assert ltr_isolate("+968 9123 4567") == f"{LRI}+968 9123 4567{PDI}"
    assert ltr_isolate("+٩٦٨ ٩١٢٣") == f"{LRI}+٩٦٨ {LRM}٩١٢٣{PDI}"


def outcome(parse, text: str) -> object:
    """What a parser makes of ``text``: its value, or the message codes it refuses it with."""
    try:
        return parse(text)
    except ValidationError as error:
        return sorted(message.code for message in error.field_messages.values())


@given(st.text("0123456789 +-", min_size=1, max_size=16), STYLES)
def test_phones_are_read_in_any_digits(western: str, styles: list[int]) -> None:
    assert outcome(validate_phone, typed_as(western, styles)) == outcome(validate_phone, western)


@given(st.integers(1_000_000, 9_999_999), STYLES)
def test_an_omani_mobile_typed_in_arabic_indic_digits_is_stored_in_western(
    rest: int, styles: list[int]
) -> None:
    assert validate_phone(typed_as(f"9{rest}", styles)) == f"+9689{rest}"


@given(st.text("0123456789", min_size=1, max_size=12), STYLES)
def test_civil_numbers_are_read_in_any_digits(digits: str, styles: list[int]) -> None:
    assert validate_civil_number(typed_as(digits, styles)) == digits


@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), STYLES, st.sampled_from(["/", "-", "."]))
def test_dates_are_read_in_any_digits(day: date, styles: list[int], separator: str) -> None:
    typed = typed_as(day.strftime(f"%d{separator}%m{separator}%Y"), styles)
    assert parse_date_any(typed) == day
    assert parse_date_any(typed_as(day.isoformat(), styles)) == day
