"""A core message with a count reads right on screen in Arabic and English (issue 12).

The core writes a count as ``{n} {n:vial|vials}``; the screens translate such a template with
Qt's plural forms for ``n`` from the real ``.qm`` files, so Arabic says "قارورتين" for two
vials and "3 قوارير" for three, and English "1 day" but "2 days".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from scardesk.domain.display_prefs import DigitStyle, DisplayPreferences, Language
from scardesk.domain.enums import DocumentType
from scardesk.domain.errors import ValidationError
from scardesk.domain.identity import validate_document_number
from scardesk.domain.message_catalogue import ENGLISH, english
from scardesk.domain.messages import Message, numerus_source
from scardesk.domain.passwords import password_problem
from scardesk.ui import display
from scardesk.ui.i18n import install_translation
from scardesk.ui.messages import CATALOGUE, field_texts, message_text

COUNTS = (0, 1, 2, 3, 11, 100)
FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    assert install_translation(qapp, "ar")
    yield
    install_translation(qapp, "en")


def _vials(n: int) -> Message:
    return Message(
        "correction.vials_overdrawn", {"lot": "C1234", "drawn": 160, "n": n, "held": 100}
    )


def _retreatment(n: int) -> Message:
    return Message("plan.toxin_interval_too_short", {"n": n, "minimum": 84})


def test_english_says_one_day_and_two_days(qapp: QApplication) -> None:
    shown = {n: message_text(_retreatment(n)) for n in COUNTS}
    assert shown[1].startswith("1 day is sooner than")
    for n in (0, 2, 3, 11, 100):
        assert shown[n].startswith(f"{n} days is sooner than"), shown[n]
    assert all("(s)" not in text for text in shown.values())
    assert {n: message_text(_vials(n)) for n in COUNTS} == {
        n: english(_vials(n)) for n in COUNTS
    }  # the screen's English is the core's, word for word


def test_english_waits_one_second_or_eight_seconds(qapp: QApplication) -> None:
    assert "wait 1 second and" in message_text(Message("sign_in.wait_seconds", {"n": 1}))
    assert "wait 8 seconds and" in message_text(Message("sign_in.wait_seconds", {"n": 8}))


def test_arabic_takes_the_plural_form_of_each_count(arabic) -> None:
    vials = {n: message_text(_vials(n)) for n in COUNTS}
    assert "من 0 قارورة مفتوحة تحتوي" in vials[0]
    assert "من قارورة واحدة مفتوحة تحتوي" in vials[1]
    assert "من قارورتين مفتوحتين تحتويان" in vials[2]
    assert "من 3 قوارير مفتوحة تحتوي" in vials[3]
    assert "من 11 قارورة مفتوحة تحتوي" in vials[11]
    assert "من 100 قارورة مفتوحة تحتوي" in vials[100]
    assert all(text.startswith("التشغيلة C1234: سُحبت 160 U") for text in vials.values())

    days = {n: message_text(_retreatment(n)) for n in COUNTS}
    assert days[1].startswith("فاصل يوم واحد أقصر")
    assert days[2].startswith("فاصل يومين أقصر")
    assert days[3].startswith("فاصل 3 أيام أقصر")
    assert days[11].startswith("فاصل 11 يومًا أقصر")
    assert days[100].startswith("فاصل 100 يوم أقصر")
    assert all(text.endswith("ألا يقل الفاصل بالأيام عن 84") for text in days.values())
    assert len(set(days.values())) == len(COUNTS)  # no two counts share a form here
    assert all("%n" not in text and "(s)" not in text and "{" not in text for text in days.values())


def test_a_one_character_password_is_one_character_not_one_characters(qapp) -> None:
    """Counts that can be 1 in practice: a password's length, a document number's digits."""
    short = password_problem("x")
    assert short is not None
    assert message_text(short).startswith("the password has 1 character: expected at least")
    two = password_problem("xy")
    assert two is not None
    assert message_text(two).startswith("the password has 2 characters:")
    shown: list[str] = []
    for kind, number in ((DocumentType.GCC_ID, "7"), (DocumentType.PASSPORT, "K")):
        with pytest.raises(ValidationError) as caught:
            validate_document_number(kind, number)
        shown += field_texts(caught.value).values()
    assert shown[0].startswith("‘7’ has 1 digit: a GCC ID number has at least")
    assert shown[1].startswith("‘K’ has 1 character: a passport number has")


def test_arabic_waits_with_the_right_word_for_seconds(arabic) -> None:
    def wait(n: int) -> str:
        return message_text(Message("sign_in.wait_seconds", {"n": n}))

    assert "انتظر ثانية واحدة ثم" in wait(1)
    assert "انتظر ثانيتين ثم" in wait(2)
    assert "انتظر 8 ثوانٍ ثم" in wait(8)
    assert "انتظر 30 ثانية ثم" in wait(30)


def test_a_negative_count_is_shown_as_it_is(arabic) -> None:
    shown = message_text(Message("interval.window_too_small", {"n": -3}))
    assert "-3" in shown and "%n" not in shown


def _numerus_forms(language: str) -> dict[str, list[str]]:
    root = ET.parse(FOLDER / f"scardesk_{language}.ts").getroot()
    return {
        message.findtext("source", ""): [form.text or "" for form in message.iter("numerusform")]
        for message in root.iter("message")
        if message.get("numerus") == "yes"
    }


def test_every_count_phrase_has_its_plural_forms_in_both_languages() -> None:
    counted = [code for code, text in ENGLISH.items() if "{n:" in text]
    assert len(counted) >= 6
    arabic, english_forms = _numerus_forms("ar"), _numerus_forms("en")
    for code in counted:
        source = CATALOGUE[code]
        assert source == numerus_source(ENGLISH[code]) and "%n" in source, code
        assert len(arabic.get(source, [])) == 6 and all(arabic[source]), code
        assert len(english_forms.get(source, [])) == 2 and all(english_forms[source]), code


def test_a_count_follows_the_same_digit_rule_as_the_rest_of_its_sentence(
    arabic, display_preferences
) -> None:
    """With Arabic-Indic digits chosen, a message's count is written like its other numbers
    (``parameter_text`` decides for all of them), and an example to type stays as typed."""
    display.set_current(DisplayPreferences(Language.ARABIC, DigitStyle.ARABIC_INDIC))
    shown = message_text(
        Message("identity.passport_length", {"value": "‘K12’", "n": 3, "minimum": 6, "maximum": 9})
    )
    assert shown.startswith("‘K12’ عدد رموزه 3: يتكون رقم الجواز من 6 إلى 9")
    assert shown.endswith("مثل K1234567")
