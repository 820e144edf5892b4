"""Counts, ages and totals on screen are in the reader's digits (Arabic-Indic when chosen), like
the dates and phones beside them; found on screenshots of Today, the patient list and a
patient's sessions in Arabic with Arabic-Indic digits, which showed "46", "(50+)" and ": 0"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.domain.enums import Sex
from scardesk.domain.patient_search import PatientRow
from scardesk.domain.safety import Level
from scardesk.ui import display
from scardesk.ui.documents.export_action import size_text
from scardesk.ui.patients.model import AGE, _display
from scardesk.ui.sessions.safety_panel import level_title

WESTERN = re.compile("[0-9]")


@pytest.fixture
def arabic_indic() -> Iterator[None]:
    display.set_current(DisplayPreferences(Language.ARABIC, DigitStyle.ARABIC_INDIC))
    yield
    display.set_current(DEFAULT)


def _row(age: int) -> PatientRow:
    return PatientRow(
        id=1,
        version=1,
        name_latin="Aisha",
        name_arabic="عائشة",
        date_of_birth=date(1990, 3, 5),
        age=age,
        sex=Sex.FEMALE,
        phone=None,
        phone_display=None,
        civil_number=None,
        archived=False,
        last_visit=None,
        next_appointment=None,
    )


def test_counts_ages_and_sizes_in_arabic_indic_digits(arabic_indic: None) -> None:
    shown = [
        _display(_row(46), AGE),
        level_title(Level.WARN, 3),
        size_text(2_500_000),
        size_text(12_000),
    ]
    for text in shown:
        assert not WESTERN.search(text), text
    assert "٤٦" in shown[0] and "٣" in shown[1] and "٢.٥" in shown[2] and "١٢" in shown[3]


def test_english_keeps_western_digits() -> None:
    assert _display(_row(46), AGE) == "46"
    assert "3" in level_title(Level.WARN, 3)
