"""User names, passwords and the reasons demanded for archive, void and amend."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.validation import validate_password, validate_reason, validate_username

FAST = settings(max_examples=60, deadline=None)


def test_username_is_trimmed_and_lower_cased() -> None:
    assert validate_username("  S.AlBalushi ") == "s.albalushi"


@pytest.mark.parametrize("bad", ["ab", "1sara", "sara smith", "سارة", "a" * 33])
def test_bad_username_says_what_is_expected(bad: str) -> None:
    with pytest.raises(ValidationError, match="a letter first"):
        validate_username(bad)


def test_password_of_twelve_characters_is_accepted() -> None:
    assert validate_password("olive lantern") == "olive lantern"


def test_password_is_returned_unstripped() -> None:
    assert validate_password(" olive lantern ") == " olive lantern "


def test_password_of_eleven_characters_is_too_short() -> None:
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("olivelanter")


def test_password_is_never_quoted_in_the_message() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_password("secretsecret", username="secret")
    assert "secretsecret" not in str(caught.value)


def test_reason_is_trimmed() -> None:
    assert validate_reason("  duplicate record ") == "duplicate record"


def test_blank_reason_is_refused() -> None:
    with pytest.raises(ValidationError, match="reason is required"):
        validate_reason(" \n ")


def test_reason_of_500_characters_is_accepted_and_501_refused() -> None:
    assert validate_reason("x" * 500) == "x" * 500
    with pytest.raises(ValidationError, match="at most 500"):
        validate_reason("x" * 501)


@FAST
@given(st.text())
def test_username_validator_raises_only_validation_error(text: str) -> None:
    try:
        name = validate_username(text)
    except ValidationError as exc:
        assert exc.field_errors["username"]
    else:
        assert validate_username(name) == name


@FAST
@given(st.text(alphabet="ابتثجحخدذ9Z", min_size=1, max_size=30))
def test_password_validator_never_echoes_the_password(text: str) -> None:
    try:
        assert validate_password(text) == text
    except ValidationError as exc:
        assert text not in exc.field_errors["password"]


@FAST
@given(st.text())
def test_reason_validator_raises_only_validation_error(text: str) -> None:
    try:
        reason = validate_reason(text)
    except ValidationError as exc:
        assert exc.field_errors["reason"]
    else:
        assert reason == reason.strip() and 1 <= len(reason) <= 500
