"""The Hijri date beside the Gregorian one: the Islamic civil (tabular) calendar.

Omani clinics and patients often read the Hijri date, so the screens and printed sheets can
show it. The printed documents cannot use Qt, so the conversion is written here once, in pure
Python, and checked against Qt's ``QCalendar(IslamicCivil)`` (``tests/domain/test_hijri.py``)
so a screen that asks Qt and a sheet that asks this module print the same day.

The tabular calendar is arithmetic: months alternate 30 and 29 days, the twelfth has 30 in the
11 leap years of each 30-year cycle, and 1 Muharram 1 AH is Friday 16 July 622 (Julian). The
official Omani calendar follows the sighted moon and may differ by a day; that is why the
screens label it as the civil calendar and never use it for anything but display.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Julian Day Number of 1 Muharram 1 AH in the civil ("Friday") epoch, and of 1 January 1 CE
# (proleptic Gregorian) minus one, so ``date.toordinal() + _ORDINAL_TO_JDN`` is a JDN.
_EPOCH_JDN = 1948440
_ORDINAL_TO_JDN = 1721425
_DAYS_IN_CYCLE = 10631  # 30 years: 19 × 354 + 11 × 355

MONTHS_EN = (
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
)
MONTHS_AR = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)


@dataclass(frozen=True, slots=True, order=True)
class HijriDate:
    year: int
    month: int  # 1 = Muharram … 12 = Dhu al-Hijjah
    day: int

    def month_name_en(self) -> str:
        return MONTHS_EN[self.month - 1]

    def month_name_ar(self) -> str:
        return MONTHS_AR[self.month - 1]


def is_leap_year(year: int) -> bool:
    """Years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each cycle (Qt's pattern)."""
    return (14 + 11 * year) % 30 < 11


def month_length(year: int, month: int) -> int:
    if month == 12 and is_leap_year(year):
        return 30
    return 30 if month % 2 == 1 else 29


def _days_before_year(year: int) -> int:
    return (year - 1) * 354 + (3 + 11 * year) // 30


def _days_before_month(month: int) -> int:
    # Odd months have 30 days, even 29: (month - 1) months hold ceil(29.5 × (month - 1)) days.
    return (59 * (month - 1) + 1) // 2


def to_jdn(hijri: HijriDate) -> int:
    if not 1 <= hijri.month <= 12 or not 1 <= hijri.day <= month_length(hijri.year, hijri.month):
        raise ValueError(f"no such Hijri date: {hijri}")
    return (
        _EPOCH_JDN - 1 + _days_before_year(hijri.year) + _days_before_month(hijri.month) + hijri.day
    )


def hijri_from_gregorian(day: date) -> HijriDate:
    """The civil Hijri date of ``day``."""
    jdn = day.toordinal() + _ORDINAL_TO_JDN
    days = jdn - _EPOCH_JDN  # 0 on 1 Muharram 1 AH
    # The estimate is at most one year out either way; settle it by the year's first day.
    year = (30 * days + 10646) // _DAYS_IN_CYCLE
    while _days_before_year(year + 1) <= days:
        year += 1
    while _days_before_year(year) > days:
        year -= 1
    day_of_year = days - _days_before_year(year)  # 0-based
    month = min(12, (2 * day_of_year + 2) // 59 + 1)
    while month > 1 and _days_before_month(month) > day_of_year:
        month -= 1
    return HijriDate(year, month, day_of_year - _days_before_month(month) + 1)


def gregorian_from_hijri(hijri: HijriDate) -> date:
    return date.fromordinal(to_jdn(hijri) - _ORDINAL_TO_JDN)


def hijri_text_en(hijri: HijriDate) -> str:
    """``25 Jumada al-Akhirah 1448 AH``."""
    return f"{hijri.day} {hijri.month_name_en()} {hijri.year} AH"


def hijri_text_ar(hijri: HijriDate) -> str:
    """``25 جمادى الآخرة 1448 هـ`` (Western digits: the caller chooses how digits are shown)."""
    return f"{hijri.day} {hijri.month_name_ar()} {hijri.year} هـ"
