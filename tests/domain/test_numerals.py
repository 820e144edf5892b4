"""Digits for display and for input: Arabic-Indic in, the same value out; numbers isolated."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.numerals import LRI, PDI, arabic_indic_digits, ltr_isolate, western_digits
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
