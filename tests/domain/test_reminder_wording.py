"""A reminder reads naturally whatever is missing (issue 15 §7): no clinic name set, a
follow-up with no practitioner, a reminder with no time — in both languages, never "at  on"."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.errors import ValidationError
from scardesk.domain.message_catalogue import english
from scardesk.domain.reminders import ReminderKind, Templates, fill, template_problem

OPTIONAL_PARTS = ("clinic", "practitioner", "time")
ENGLISH_VALUE = st.from_regex(r"[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9})?", fullmatch=True)
ARABIC_VALUE = st.from_regex(r"[ب-ي]{2,8}( [ب-ي]{2,8})?", fullmatch=True)
# A connecting word left hanging: before punctuation, another connector, or the line's end.
HANGING = re.compile(
    r"(?<!\w)(at|on|with|في|مع|الساعة|يوم|بتاريخ)(\s*[.,،)]|\s*$|\s+(at|on|with|في|مع|الساعة|يوم)\s)"
)


@given(
    kind=st.sampled_from(list(ReminderKind)),
    missing=st.sets(st.sampled_from(OPTIONAL_PARTS)),
    english=st.fixed_dictionaries({p: ENGLISH_VALUE for p in (*OPTIONAL_PARTS, "name")}),
    arabic=st.fixed_dictionaries({p: ARABIC_VALUE for p in ("clinic", "name")}),
    blank=st.sampled_from(["", " "]),
)
def test_the_default_messages_read_naturally_with_any_part_missing(
    kind, missing, english, arabic, blank
):
    values = english | {"date": "07/12/2026", "time": "10:30"} | dict.fromkeys(missing, blank)
    arabic_values = values | {k: v for k, v in arabic.items() if k not in missing}
    message = Templates().message(kind, values, arabic_values)
    arabic_text, english_text = message.split("\n\n")
    for text, filled in ((arabic_text, arabic_values), (english_text, values)):
        assert not re.search(r"[{}\[\]]", text)
        assert "  " not in text
        assert not re.search(r"\s[.,،)]", text)
        assert "()" not in text
        assert not HANGING.search(text), text
        for part, value in filled.items():
            if part not in missing and (kind is ReminderKind.APPOINTMENT or part != "time"):
                assert value in text


def test_no_clinic_name_no_longer_reads_at_on():
    values = {"name": "Aisha", "date": "07/12/2026", "time": "10:30", "clinic": ""}
    message = Templates().message(ReminderKind.APPOINTMENT, values | {"practitioner": "Dr Salma"})
    assert "at  on" not in message
    assert "appointment on 07/12/2026 at 10:30 with Dr Salma." in message
    assert "بموعدكم يوم 07/12/2026" in message


@given(missing=st.sets(st.sampled_from(OPTIONAL_PARTS)))
def test_a_part_in_square_brackets_goes_whole(missing):
    template = "Hello {name}[, see you at {time}][ — {practitioner} ({clinic})]."
    assert template_problem(template) is None
    values = {"name": "Aisha", "time": "10:30", "practitioner": "Dr Salma", "clinic": "Qurum"}
    text = fill(template, values | dict.fromkeys(missing, ""))
    expected = "Hello Aisha"
    if "time" not in missing:
        expected += ", see you at 10:30"
    if not {"practitioner", "clinic"} & missing:
        expected += " — Dr Salma (Qurum)"
    assert text == expected + "."


@pytest.mark.parametrize("template", ["Hello [{name}", "Hello {name}]", "[a [b] {name}]"])
def test_a_bracket_without_its_partner_is_refused(template):
    problem = template_problem(template)
    assert problem is not None and problem.code == "reminder.template_bracket_unpaired"
    assert "[ or ]" in english(problem)
    with pytest.raises(ValidationError):
        Templates(appointment_en=template)
