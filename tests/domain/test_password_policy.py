"""The password policy (length, the common list, the user's own names) and the strength meter's
estimate."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.passwords import (
    PASSWORD_MIN,
    Strength,
    check_password,
    common_passwords,
    estimate_strength,
    is_common,
)
from scardesk.domain.validation import validate_password
from tests.helpers import STAFF_PASSWORD

FAST = settings(max_examples=80, deadline=None)


def _problem(password: str, username: str = "", display_name: str = "") -> str:
    with pytest.raises(ValidationError) as caught:
        check_password(password, username, display_name)
    return caught.value.field_errors["password"]


def test_the_bundled_list_holds_ten_thousand_lower_cased_passwords() -> None:
    listed = common_passwords()
    assert len(listed) == 10_000
    assert {"password", "qwerty", "iloveyou"} <= listed
    assert all(entry == entry.lower() for entry in listed)


@pytest.mark.parametrize(
    "common",
    [
        "Password123!",
        "PASSWORD1234",
        "qwertyuiop12",
        "!!iloveyou!!",
        "123456789012",
        "Sunshine2026",
    ],
)
def test_a_common_password_dressed_up_with_digits_and_symbols_is_refused(common: str) -> None:
    assert len(common) >= PASSWORD_MIN and is_common(common)
    assert "commonly used" in _problem(common)


def test_a_too_short_password_says_how_long_it_must_be() -> None:
    message = _problem("Xq7#mPw2vL9")
    assert "11 characters" in message and "at least 12" in message


def test_the_user_name_inside_the_password_is_refused_in_any_case() -> None:
    assert "your user name" in _problem("My-S.Albalushi-pass", "s.albalushi", "")


def test_a_word_of_the_display_name_is_refused_but_short_ones_are_not() -> None:
    assert "part of your name" in _problem("harthy-lantern-47", "s.h", "Dr Salma Al-Harthy")
    # "Dr" and "Al" are too short to count: they are inside countless words.
    assert check_password("drifting alpine 47", "s.h", "Dr Salma Al-Harthy")


def test_an_arabic_display_name_counts_too() -> None:
    assert "part of your name" in _problem("سلمى-lantern-47", "s.h", "د. سلمى الحارثي")


def test_invisible_characters_are_refused_without_quoting() -> None:
    message = _problem("olive\x00lantern47")
    assert "invisible" in message and "olive" not in message


def test_validate_password_delegates_and_keeps_its_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_password("password1234", "new_password")
    assert "commonly used" in caught.value.field_errors["new_password"]
    with pytest.raises(ValidationError):
        validate_password("salma-olive-47", username="salma")


def test_the_test_suites_passwords_pass_the_policy() -> None:
    for password in (STAFF_PASSWORD, "Correct-horse-9", "Clinic-pass-2026", "Good-pass-2026"):
        assert check_password(password, "dr.salma", "Dr.Salma") == password


@pytest.mark.parametrize(
    ("password", "strength"),
    [
        ("short", Strength.TOO_SHORT),
        ("Password123!", Strength.COMMON),
        ("salma-lantern-7", Strength.COMMON),
        ("aaaaaaaaaaaa1", Strength.WEAK),
        ("olivelantern", Strength.WEAK),
        ("olive lantern 47", Strength.GOOD),
        ("Olive lantern 47 harbour", Strength.STRONG),
    ],
)
def test_the_meter_estimate(password: str, strength: Strength) -> None:
    assert estimate_strength(password, "s.h", "Dr Salma") is strength


@FAST
@given(st.text(max_size=300), st.text(max_size=40), st.text(max_size=80))
def test_any_text_is_either_accepted_unchanged_or_refused_with_a_field_message(
    password: str, username: str, display_name: str
) -> None:
    try:
        assert check_password(password, username, display_name) == password
    except ValidationError as error:
        message = error.field_errors["password"]
        assert message and (len(password) < 4 or password not in message)
    assert isinstance(estimate_strength(password, username, display_name), Strength)


@FAST
@given(st.text(min_size=PASSWORD_MIN, max_size=60))
def test_a_policy_refusal_and_the_meter_agree(password: str) -> None:
    strength = estimate_strength(password)
    refused = True
    try:
        check_password(password)
        refused = False
    except ValidationError:
        pass
    if strength in (Strength.TOO_SHORT, Strength.COMMON):
        assert refused


def test_only_the_whole_user_name_counts_not_its_parts() -> None:
    """'demo-Admin-1' for demo.admin is fine: 'admin' alone is not the user name."""
    assert check_password("demo-Admin-1", "demo.admin", "Clinic manager: Hilal Al Rawahi")


def test_the_demo_accounts_passwords_pass_the_policy() -> None:
    from scardesk.demo.generate import _wanted_staff

    for username, password, _role, display_name, _licence in _wanted_staff(12):
        assert check_password(password, username, display_name) == password
