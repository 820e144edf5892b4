"""The Islamic civil (tabular) calendar written in pure Python agrees with Qt's, day for day.

The documents print the Hijri date from ``domain/hijri.py`` and the screens may ask Qt's
``QCalendar(IslamicCivil)``: they must never show two different dates for one day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCalendar, QDate

from scardesk.domain.hijri import (
    MONTHS_AR,
    MONTHS_EN,
    HijriDate,
    gregorian_from_hijri,
    hijri_from_gregorian,
    hijri_text_ar,
    hijri_text_en,
    is_leap_year,
    month_length,
    to_jdn,
)

ISLAMIC_CIVIL = QCalendar(QCalendar.System.IslamicCivil)


def _qt(day: date) -> tuple[int, int, int]:
    parts = ISLAMIC_CIVIL.partsFromDate(QDate(day.year, day.month, day.day))
    return parts.year, parts.month, parts.day


def test_every_day_from_1900_to_2100_matches_qt() -> None:
    day, differing = date(1900, 1, 1), []
    while day <= date(2100, 12, 31):
        ours = hijri_from_gregorian(day)
        if (ours.year, ours.month, ours.day) != _qt(day):
            differing.append(day)
        day += timedelta(days=1)
    assert differing == []


@given(st.dates(date(623, 1, 1), date(9999, 12, 31)))
def test_any_day_matches_qt_and_converts_back(day: date) -> None:
    ours = hijri_from_gregorian(day)
    assert (ours.year, ours.month, ours.day) == _qt(day)
    assert gregorian_from_hijri(ours) == day


@given(st.integers(1, 1500))
def test_month_and_year_lengths_match_qt(year: int) -> None:
    assert is_leap_year(year) == ISLAMIC_CIVIL.isLeapYear(year)
    for month in range(1, 13):
        assert month_length(year, month) == ISLAMIC_CIVIL.daysInMonth(month, year)


def test_known_dates() -> None:
    # The epoch: 1 Muharram 1 AH is Friday 16 July 622 (Julian), 19 July proleptic Gregorian.
    assert hijri_from_gregorian(date(622, 7, 19)) == HijriDate(1, 1, 1)
    assert hijri_from_gregorian(date(2026, 12, 6)) == HijriDate(1448, 6, 25)
    # 1 Ramadan 1447 in the tabular calendar.
    assert gregorian_from_hijri(HijriDate(1447, 9, 1)) == date(2026, 2, 18)


def test_no_such_hijri_date_is_refused() -> None:
    with pytest.raises(ValueError):
        to_jdn(HijriDate(1447, 2, 30))  # Safar has 29 days
    with pytest.raises(ValueError):
        to_jdn(HijriDate(1447, 13, 1))


def test_month_names_in_both_languages() -> None:
    assert len(MONTHS_EN) == len(MONTHS_AR) == 12
    hijri = HijriDate(1448, 9, 3)
    assert hijri_text_en(hijri) == "3 Ramadan 1448 AH"
    assert hijri_text_ar(hijri) == "3 رمضان 1448 هـ"
