"""Muscat clock and calendar helpers, and the shared date parser."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.time import MUSCAT, age_on, muscat_today, parse_date_any, to_muscat, utc_now

FAST = settings(max_examples=60, deadline=None)
DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


def test_muscat_is_four_hours_ahead_of_utc_all_year() -> None:
    for month in (1, 7):
        assert MUSCAT.utcoffset(datetime(2024, month, 1)) == timedelta(hours=4)


def test_utc_now_is_aware_and_in_utc() -> None:
    now = utc_now()
    assert now.utcoffset() == timedelta(0)


def test_to_muscat_keeps_the_instant_and_shifts_the_wall_clock() -> None:
    instant = datetime(2024, 3, 5, 22, 30, tzinfo=UTC)
    local = to_muscat(instant)
    assert local == instant
    assert (local.day, local.hour, local.minute) == (6, 2, 30)


def test_to_muscat_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_muscat(datetime(2024, 3, 5, 12, 0))


def test_muscat_today_is_the_next_day_after_20_00_utc() -> None:
    assert muscat_today(datetime(2024, 12, 31, 20, 0, tzinfo=UTC)) == date(2025, 1, 1)


def test_muscat_today_is_the_same_day_before_20_00_utc() -> None:
    assert muscat_today(datetime(2024, 12, 31, 19, 59, tzinfo=UTC)) == date(2024, 12, 31)


def test_age_on_the_day_before_the_birthday() -> None:
    assert age_on(date(1990, 3, 5), date(2024, 3, 4)) == 33


def test_age_on_the_birthday() -> None:
    assert age_on(date(1990, 3, 5), date(2024, 3, 5)) == 34


def test_leap_day_birth_ages_on_first_of_march_in_common_years() -> None:
    dob = date(2000, 2, 29)
    assert age_on(dob, date(2023, 2, 28)) == 22
    assert age_on(dob, date(2023, 3, 1)) == 23


def test_age_on_refuses_a_day_before_birth() -> None:
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


@pytest.mark.parametrize(
    "text", ["1990-03-05", "5/3/1990", "05/03/1990", "05.03.1990", "05-03-1990", "5.3.1990"]
)
def test_every_accepted_date_format_reads_5_march_1990(text: str) -> None:
    assert parse_date_any(text) == date(1990, 3, 5)


def test_slashed_dates_are_read_day_first() -> None:
    assert parse_date_any("12/01/2000") == date(2000, 1, 12)


def test_dates_accept_arabic_indic_digits_and_spaces_round_separators() -> None:
    assert parse_date_any(" ٠٥ / ٠٣ / ١٩٩٠ ") == date(1990, 3, 5)


def test_impossible_calendar_day_is_refused_with_the_expected_form() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date_any("31/02/1990", field="dob")
    assert "not a day on the calendar" in caught.value.field_errors["dob"]
    assert "day/month/year" in caught.value.field_errors["dob"]


def test_two_digit_year_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValidationError, match="two-digit year"):
        parse_date_any("5/3/90")


def test_mixed_separators_are_refused() -> None:
    with pytest.raises(ValidationError, match="not a date"):
        parse_date_any("05/03.1990")


def test_blank_date_is_refused_as_missing() -> None:
    with pytest.raises(ValidationError, match="missing"):
        parse_date_any("   ")


@FAST
@given(
    DATES,
    st.sampled_from(
        ["{d:%Y-%m-%d}", "{d.day}/{d.month}/{d:%Y}", "{d:%d.%m.%Y}", "{d:%d-%m-%Y}", "{d:%d/%m/%Y}"]
    ),
)
def test_any_date_round_trips_through_every_format(day: date, pattern: str) -> None:
    assert parse_date_any(pattern.format(d=day)) == day


@FAST
@given(st.text())
def test_date_parser_raises_only_validation_error(text: str) -> None:
    try:
        result = parse_date_any(text)
    except ValidationError as exc:
        assert exc.field_errors["date"]
    else:
        assert isinstance(result, date)


@FAST
@given(DATES, DATES)
def test_age_is_never_negative_and_at_most_the_year_difference(a: date, b: date) -> None:
    dob, today = min(a, b), max(a, b)
    age = age_on(dob, today)
    assert 0 <= age <= today.year - dob.year


@FAST
@given(
    st.datetimes(max_value=datetime(9999, 12, 30), timezones=st.just(timezone(-timedelta(hours=7))))
)
def test_to_muscat_always_has_the_fixed_offset(moment: datetime) -> None:
    assert to_muscat(moment).utcoffset() == timedelta(hours=4)
