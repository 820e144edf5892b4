"""Per-field validators for the patient form: names, identity document, dates, e-mail, choices."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import DocumentType, Fitzpatrick, Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.validation import (
    validate_civil_number,
    validate_contact_name,
    validate_date_of_birth,
    validate_document_expiry,
    validate_document_type,
    validate_email,
    validate_fitzpatrick,
    validate_free_text,
    validate_name_arabic,
    validate_name_latin,
    validate_sex,
)

FAST = settings(max_examples=60, deadline=None)
TODAY = date(2025, 6, 15)


def _message(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    return exc.value.field_errors[field]


def test_latin_name_keeps_accents_hyphen_apostrophe_and_dot() -> None:
    assert validate_name_latin("Zoë O'Neil-Al Habsi Jr.") == "Zoë O'Neil-Al Habsi Jr."


def test_latin_name_collapses_whitespace() -> None:
    assert validate_name_latin("  Sara   Al  Balushi ") == "Sara Al Balushi"


def test_a_tab_inside_a_name_is_refused_as_a_single_line_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_name_latin("Sara \t Al Balushi")
    assert "one line" in caught.value.field_errors["name_latin"]


def test_blank_latin_name_is_none() -> None:
    assert validate_name_latin("   ") is None


def test_latin_name_with_a_digit_names_the_character_and_what_is_allowed() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_name_latin("Ahmed3")
    message = _message(caught, "name_latin")
    assert "contains 3" in message
    assert "Latin letters" in message


def test_latin_name_refuses_arabic_letters() -> None:
    with pytest.raises(ValidationError):
        validate_name_latin("Ahmed أحمد")


def test_one_letter_name_is_too_short() -> None:
    with pytest.raises(ValidationError, match="at least 2 letters"):
        validate_name_latin("A.")


def test_name_of_121_characters_is_too_long() -> None:
    with pytest.raises(ValidationError, match="at most 120"):
        validate_name_latin("a" * 121)


def test_name_of_120_characters_is_accepted() -> None:
    assert validate_name_latin("a" * 120) == "a" * 120


def test_arabic_name_keeps_harakat() -> None:
    assert validate_name_arabic("مُحَمَّد البلوشي") == "مُحَمَّد البلوشي"


def test_arabic_name_loses_tatweel() -> None:
    assert validate_name_arabic("أحـــمد") == "أحمد"


def test_arabic_name_refuses_latin_letters() -> None:
    with pytest.raises(ValidationError, match="Arabic letters"):
        validate_name_arabic("أحمد Ahmed")


def test_arabic_presentation_forms_become_ordinary_letters() -> None:
    assert validate_name_arabic("\ufe8d\ufea3\ufee3\ufeaa") == "احمد"


def test_contact_name_accepts_either_script() -> None:
    assert validate_contact_name("Fatma فاطمة") == "Fatma فاطمة"


def test_civil_number_strips_spaces_and_dashes_and_keeps_leading_zeros() -> None:
    assert validate_civil_number(" 0123-456 78 ") == "012345678"


def test_civil_number_accepts_arabic_indic_digits() -> None:
    assert validate_civil_number("١٢٣٤٥٦٧٨") == "12345678"


def test_civil_number_of_15_digits_is_accepted() -> None:
    assert validate_civil_number("1" * 15) == "1" * 15


def test_civil_number_of_16_digits_is_refused() -> None:
    with pytest.raises(ValidationError, match="at most 15 digits"):
        validate_civil_number("1" * 16)


def test_civil_number_with_letters_is_refused() -> None:
    with pytest.raises(ValidationError, match="digits only"):
        validate_civil_number("A123")


def test_blank_civil_number_is_none() -> None:
    assert validate_civil_number(" - ") is None


def test_date_of_birth_in_oman_order() -> None:
    assert validate_date_of_birth("05/03/1990", TODAY) == date(1990, 3, 5)


def test_date_of_birth_today_is_accepted() -> None:
    assert validate_date_of_birth(TODAY.isoformat(), TODAY) == TODAY


def test_date_of_birth_tomorrow_is_in_the_future() -> None:
    with pytest.raises(ValidationError, match="in the future"):
        validate_date_of_birth((TODAY + timedelta(days=1)).isoformat(), TODAY)


def test_age_of_exactly_120_is_accepted() -> None:
    assert validate_date_of_birth("15/06/1905", TODAY) == date(1905, 6, 15)


def test_age_over_120_is_refused() -> None:
    with pytest.raises(ValidationError, match="over 120"):
        validate_date_of_birth("15/06/1904", TODAY)


def test_missing_date_of_birth_is_refused() -> None:
    with pytest.raises(ValidationError, match="missing"):
        validate_date_of_birth("", TODAY)


def test_document_expiry_may_be_in_the_past() -> None:
    assert validate_document_expiry("01/01/2020") == date(2020, 1, 1)


def test_blank_document_expiry_is_none() -> None:
    assert validate_document_expiry(" ") is None


def test_document_expiry_in_year_3000_is_refused() -> None:
    with pytest.raises(ValidationError, match="plausible"):
        validate_document_expiry("01/01/3000")


def test_email_lower_cases_the_domain_only() -> None:
    assert validate_email(" Sara.B@Example.OM ") == "Sara.B@example.om"


@pytest.mark.parametrize(
    "bad", ["sara", "sara@", "@example.com", "sara@example", "sa ra@example.com", "a..b@x.com"]
)
def test_malformed_email_is_refused_with_an_example(bad: str) -> None:
    with pytest.raises(ValidationError, match=r"name@example\.com"):
        validate_email(bad)


def test_blank_email_is_none() -> None:
    assert validate_email("") is None


@pytest.mark.parametrize("typed", ["female", "Female", "FEMALE"])
def test_sex_is_read_case_insensitively(typed: str) -> None:
    assert validate_sex(typed) is Sex.FEMALE


def test_missing_sex_is_refused() -> None:
    with pytest.raises(ValidationError, match="female or male"):
        validate_sex("")


def test_unknown_sex_value_is_refused() -> None:
    with pytest.raises(ValidationError, match="female or male"):
        validate_sex("x")


def test_document_type_by_value() -> None:
    assert validate_document_type("resident_card") is DocumentType.RESIDENT_CARD


def test_unknown_document_type_lists_the_choices() -> None:
    with pytest.raises(ValidationError, match="omani_id, resident_card, passport, gcc_id"):
        validate_document_type("driving_licence")


@pytest.mark.parametrize(("typed", "expected"), [("IV", Fitzpatrick.IV), ("iv", Fitzpatrick.IV)])
def test_fitzpatrick_by_numeral(typed: str, expected: Fitzpatrick) -> None:
    assert validate_fitzpatrick(typed) is expected


def test_fitzpatrick_by_digit_including_arabic_indic() -> None:
    assert validate_fitzpatrick("5") is Fitzpatrick.V
    assert validate_fitzpatrick("٦") is Fitzpatrick.VI


def test_fitzpatrick_seven_is_refused() -> None:
    with pytest.raises(ValidationError, match="I to VI"):
        validate_fitzpatrick("VII")


def test_free_text_over_the_limit_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_free_text("x" * 301, "address", 300)
    assert "at most 300" in _message(caught, "address")


Validator = Callable[[str], object]
VALIDATORS: list[Validator] = [
    validate_name_latin,
    validate_name_arabic,
    validate_contact_name,
    validate_civil_number,
    validate_document_expiry,
    validate_email,
    validate_sex,
    validate_document_type,
    validate_fitzpatrick,
    lambda text: validate_date_of_birth(text, TODAY),
    lambda text: validate_free_text(text, "address", 300),
]


@FAST
@given(st.sampled_from(VALIDATORS), st.text())
def test_field_validators_raise_only_validation_error_with_a_message(
    validator: Validator, text: str
) -> None:
    try:
        validator(text)
    except ValidationError as exc:
        assert exc.field_errors
        assert all(message.strip() for message in exc.field_errors.values())


@FAST
@given(st.sampled_from(VALIDATORS[:6]), st.text())
def test_normalised_values_validate_to_themselves(validator: Validator, text: str) -> None:
    try:
        once = validator(text)
    except ValidationError:
        return
    if isinstance(once, str):
        assert validator(once) == once


@FAST
@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=2, max_size=120))
def test_letters_either_pass_in_nfkc_form_or_the_bad_character_is_named(text: str) -> None:
    try:
        assert validate_name_latin(text) == " ".join(unicodedata.normalize("NFKC", text).split())
    except ValidationError as exc:
        assert "contains" in exc.field_errors["name_latin"]


@FAST
@given(st.dates(max_value=date(2100, 1, 1)), st.integers(min_value=1, max_value=10_000))
def test_dates_of_birth_after_today_are_always_refused(today: date, days_ahead: int) -> None:
    try:
        future = today + timedelta(days=days_ahead)
    except OverflowError:
        return
    with pytest.raises(ValidationError, match="future"):
        validate_date_of_birth(future.isoformat(), today)


@FAST
@given(st.dates(min_value=date(1905, 6, 15), max_value=TODAY))
def test_dates_of_birth_in_the_last_120_years_are_accepted(dob: date) -> None:
    assert validate_date_of_birth(f"{dob:%d/%m/%Y}", TODAY) == dob


@FAST
@given(st.text(alphabet="0123456789 -", max_size=30))
def test_accepted_civil_numbers_are_1_to_15_ascii_digits(text: str) -> None:
    try:
        result = validate_civil_number(text)
    except ValidationError:
        return
    assert result is None or (result.isdigit() and 1 <= len(result) <= 15)


@FAST
@given(st.emails())
def test_ordinary_email_addresses_are_accepted(address: str) -> None:
    local, _, domain = address.rpartition("@")
    if len(address) <= 254 and ".." not in local and not local.startswith("."):
        assert validate_email(address) == f"{local}@{domain.lower()}"
