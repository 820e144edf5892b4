"""Staff names read in the user's language: the Arabic display name to an Arabic reader when the
clinic entered one, the Latin name otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from scardesk.domain.display_prefs import DEFAULT, DisplayPreferences, Language
from scardesk.services.session import SYSTEM
from scardesk.ui import display
from scardesk.ui.labels import person_name, user_name
from scardesk.ui.today.model import AppointmentTableModel
from tests.ui.today_helpers import Clinic, make_clinic, open_today

ARABIC_NAME = "د. سالم الحارثي"


@pytest.fixture
def in_arabic() -> Iterator[None]:
    display.set_current(DisplayPreferences(Language.ARABIC))
    yield
    display.set_current(DEFAULT)


@pytest.fixture
def clinic(services, make_user) -> Clinic:
    clinic = make_clinic(services, make_user)
    doctor = clinic.doctor.user
    services.accounts.set_printed_names(
        SYSTEM, doctor.username, doctor.display_name, ARABIC_NAME, ""
    )
    return clinic


def test_in_arabic_a_name_is_the_arabic_one(in_arabic):
    assert person_name("Dr Salim", ARABIC_NAME) == ARABIC_NAME


def test_in_arabic_a_name_without_an_arabic_spelling_stays_latin(in_arabic):
    assert person_name("Dr Salim", None) == "Dr Salim"
    assert person_name("Dr Salim", "") == "Dr Salim"


def test_in_english_a_name_is_the_latin_one():
    assert person_name("Dr Salim", ARABIC_NAME) == "Dr Salim"


def test_a_user_read_back_carries_the_arabic_name(clinic, in_arabic):
    practitioners = clinic.services.users.practitioners()
    doctor = next(u for u in practitioners if u.id == clinic.doctor.user.id)
    assert doctor.display_name_arabic == ARABIC_NAME
    assert user_name(doctor) == ARABIC_NAME
    assert user_name(replace(doctor, display_name_arabic=None)) == doctor.display_name


def test_today_lists_and_picks_the_practitioner_by_the_arabic_name(qtbot, clinic, in_arabic):
    clinic.book(clinic.aisha_id, clinic.at(10))
    screen = open_today(qtbot, clinic)
    shown = screen.proxy.index(0, AppointmentTableModel.PRACTITIONER).data()
    assert shown.strip("\u2068\u2069") == ARABIC_NAME
    picker = screen.practitioner_filter
    assert ARABIC_NAME in [picker.itemText(i) for i in range(picker.count())]


def test_today_in_english_keeps_the_latin_name(qtbot, clinic):
    clinic.book(clinic.aisha_id, clinic.at(10))
    screen = open_today(qtbot, clinic)
    shown = screen.proxy.index(0, AppointmentTableModel.PRACTITIONER).data()
    assert shown.strip("\u2068\u2069") == "S.Harthy"
