"""Dates, numbers and the Hijri date as the screens write them, per display preferences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCalendar, QDate, QLocale

from scardesk.domain.display_prefs import DigitStyle, DisplayPreferences, Language
from scardesk.domain.enums import Role
from scardesk.domain.time import muscat_today
from scardesk.ui import display
from scardesk.ui.labels import (
    day_text,
    heading_day_text,
    hijri_day_text,
    ltr_text,
    moment_text,
    number_text,
    phone_text,
)
from scardesk.ui.qt_dates import python_date
from scardesk.ui.sessions.common import units_text
from scardesk.ui.widgets.patient_header import PatientHeaderWidget
from tests.ui.patient_helpers import make_context, register
from tests.ui.rtl_fixtures import arabic_preferences
from tests.ui.today_helpers import make_clinic, open_today

LRI, PDI, LRM = "\u2066", "\u2069", "\u200e"
DAY = date(2026, 12, 6)
pytestmark = pytest.mark.usefixtures("display_preferences")


def test_english_with_western_digits_is_unchanged() -> None:
    display.set_current(DisplayPreferences())
    assert day_text(DAY) == "06/12/2026"
    assert number_text(4) == "4"
    assert units_text(2.5) == "2.5 U"
    assert moment_text(datetime(2026, 12, 6, 5, 30, tzinfo=UTC)) == "06/12/2026 09:30"
    assert hijri_day_text(DAY) == ""


def test_arabic_days_use_arabic_month_names_from_qt() -> None:
    display.set_current(arabic_preferences())
    heading = heading_day_text(DAY)
    arabic = QLocale(QLocale.Language.Arabic, QLocale.Country.Oman)
    assert arabic.monthName(12) in heading  # ديسمبر
    assert arabic.dayName(7) in heading  # الأحد
    assert "December" not in heading
    assert "6" in heading and "2026" in heading  # Western digits by default


def test_arabic_indic_digits_when_chosen() -> None:
    display.set_current(arabic_preferences(DigitStyle.ARABIC_INDIC))
    assert day_text(DAY) == f"{LRI}٠٦/١٢/٢٠٢٦{PDI}"
    assert "٢٠٢٦" in heading_day_text(DAY)
    # A mark after each space keeps the groups in order ("+٩٦٨ ٩١٢٣ ٤٥٦٧", not "+٤٥٦٧ ٩١٢٣ ٩٦٨").
    assert phone_text("+968 9123 4567") == f"{LRI}+٩٦٨ {LRM}٩١٢٣ {LRM}٤٥٦٧{PDI}"
    assert units_text(4) == f"{LRI}٤ U{PDI}"


def test_numbers_units_and_phones_are_isolated_inside_arabic_text() -> None:
    display.set_current(arabic_preferences())
    assert number_text(12) == f"{LRI}12{PDI}"
    assert ltr_text("+968 9123 4567") == f"{LRI}+968 9123 4567{PDI}"
    assert units_text(2.5) == f"{LRI}2.5 U{PDI}"
    assert moment_text(datetime(2026, 12, 6, 5, 30, tzinfo=UTC)) == f"{LRI}06/12/2026 09:30{PDI}"


@pytest.mark.parametrize("language", list(Language))
def test_the_hijri_date_agrees_with_qts_islamic_civil_calendar(language: Language) -> None:
    display.set_current(DisplayPreferences(language=language, show_hijri=True))
    calendar = QCalendar(QCalendar.System.IslamicCivil)
    for day in (DAY, date(2027, 3, 10), date(1990, 3, 5)):
        parts = calendar.partsFromDate(QDate(day.year, day.month, day.day))
        text = hijri_day_text(day)
        assert text.startswith(f"{parts.day} ") and str(parts.year) in text
    display.set_current(DisplayPreferences(language=Language.ARABIC, show_hijri=True))
    assert hijri_day_text(DAY) == "25 جمادى الآخرة 1448 هـ"
    display.set_current(DisplayPreferences(show_hijri=True))
    assert hijri_day_text(DAY) == "25 Jumada al-Akhirah 1448 AH"


def test_today_shows_the_hijri_date_beside_the_gregorian_one(qtbot, services, make_user) -> None:
    display.set_current(DisplayPreferences(show_hijri=True))
    screen = open_today(qtbot, make_clinic(services, make_user))
    day = python_date(screen.date_edit.date())
    assert hijri_day_text(day) in screen.subtitle.text()
    assert str(day.year) in screen.subtitle.text()
    display.set_current(DisplayPreferences())
    screen.date_edit.setDate(screen.date_edit.date().addDays(1))
    assert " AH" not in screen.subtitle.text()


def test_the_patient_header_shows_the_hijri_birth_date_when_asked(
    qtbot, services, make_user
) -> None:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    record = register(services, context.signed_in)
    header = PatientHeaderWidget(Role.PRACTITIONER)
    qtbot.addWidget(header)
    header.show_record(record, muscat_today())
    assert " AH" not in header.details_label.text()
    display.set_current(arabic_preferences(show_hijri=True))
    header.show_record(record, muscat_today())
    shown = header.details_label.text()
    assert hijri_day_text(record.data.date_of_birth) in shown
    assert f"{LRI}{record.data.date_of_birth:%d/%m/%Y}{PDI}" in shown
