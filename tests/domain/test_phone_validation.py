"""Omani and foreign phone numbers: every common way of typing one, stored as E.164."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.validation import format_phone_display, validate_phone

FAST = settings(max_examples=60, deadline=None)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    "typed",
    [
        "91234567",
        "9123 4567",
        "+968 9123 4567",
        "+96891234567",
        "0096891234567",
        "00968 9123 4567",
        "968 9123 4567",
        "96891234567",
        "9123-4567",
        "(+968) 9123 4567",
        "٩١٢٣٤٥٦٧",
        "+٩٦٨ ٩١٢٣ ٤٥٦٧",
        "۹۱۲۳ ۴۵۶۷",
    ],
)
def test_every_common_format_of_an_omani_mobile_gives_e164(typed: str) -> None:
    assert validate_phone(typed) == "+96891234567"


def test_mobile_starting_with_7_is_accepted() -> None:
    assert validate_phone("7123 4567") == "+96871234567"


def test_landline_starting_with_2_is_accepted() -> None:
    assert validate_phone("2412 3456") == "+96824123456"


def test_foreign_number_with_plus_and_country_code_is_accepted() -> None:
    assert validate_phone("+44 20 7946 0958") == "+442079460958"


def test_foreign_number_with_00_prefix_is_accepted() -> None:
    assert validate_phone("0044 20 7946 0958") == "+442079460958"


def test_blank_phone_is_none() -> None:
    assert validate_phone("   ") is None


def test_short_number_says_eight_digits_after_968() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_phone("9123")
    message = caught.value.field_errors["phone"]
    assert "‘9123’ is too short" in message
    assert "8 digits after +968" in message
    assert "9123 4567" in message


def test_long_number_is_refused_as_too_long() -> None:
    with pytest.raises(ValidationError, match="too long"):
        validate_phone("912345678")


def test_number_starting_with_8_is_not_an_omani_mobile_or_landline() -> None:
    with pytest.raises(ValidationError, match="mobiles starting with 9 or 7"):
        validate_phone("8123 4567")


def test_letters_are_refused_with_an_example() -> None:
    with pytest.raises(ValidationError, match=r"e\.g\. 9123 4567"):
        validate_phone("call me")


def test_plus_in_the_middle_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a phone number"):
        validate_phone("9123+4567")


def test_invalid_foreign_number_asks_for_country_code_and_number() -> None:
    with pytest.raises(ValidationError, match="country code"):
        validate_phone("+44 123")


def test_error_is_reported_under_the_given_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_phone("12", field="emergency_contact_phone")
    assert set(caught.value.field_errors) == {"emergency_contact_phone"}


def test_omani_mobile_is_displayed_in_groups_of_four() -> None:
    assert format_phone_display("+96891234567") == "+968 9123 4567"


def test_omani_landline_is_displayed_in_groups_of_four() -> None:
    assert format_phone_display("+96824123456") == "+968 2412 3456"


def test_foreign_number_is_displayed_in_its_international_format() -> None:
    assert format_phone_display("+442079460958") == "+44 20 7946 0958"


def test_display_refuses_a_value_that_is_not_e164() -> None:
    with pytest.raises(ValidationError, match=r"E\.164"):
        format_phone_display("9123 4567")


OMANI_NUMBERS = st.builds(
    lambda head, rest: head + rest,
    st.sampled_from(["91", "92", "93", "95", "97", "98", "99", "71", "72", "79", "24", "25"]),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
)
FORMATS = [
    "{a}{b}",
    "{a} {b}",
    "+968 {a} {b}",
    "00968{a}{b}",
    "968 {a} {b}",
    "{a}-{b}",
]


@FAST
@given(OMANI_NUMBERS, st.sampled_from(FORMATS), st.booleans())
def test_a_valid_omani_number_round_trips_through_any_format(
    national: str, pattern: str, arabic_digits: bool
) -> None:
    canonical = validate_phone(national)
    typed = pattern.format(a=national[:4], b=national[4:])
    if arabic_digits:
        typed = typed.translate(ARABIC_INDIC)
    assert validate_phone(typed) == canonical
    assert canonical is not None
    assert validate_phone(format_phone_display(canonical)) == canonical


@FAST
@given(st.text(alphabet="0123456789", min_size=8, max_size=8).filter(lambda n: n[0] not in "279"))
def test_eight_digits_not_starting_with_2_7_or_9_are_refused(national: str) -> None:
    with pytest.raises(ValidationError):
        validate_phone(national)


@FAST
@given(st.text())
def test_phone_validator_raises_only_validation_error(text: str) -> None:
    try:
        result = validate_phone(text)
    except ValidationError as exc:
        assert exc.field_errors["phone"]
    else:
        assert result is None or result.startswith("+")


@FAST
@given(st.text(alphabet="0123456789 +-()", max_size=20))
def test_accepted_phones_are_always_e164(text: str) -> None:
    try:
        result = validate_phone(text)
    except ValidationError:
        return
    assert result is None or (result[0] == "+" and result[1:].isdigit() and len(result) <= 16)
