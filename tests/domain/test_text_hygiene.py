"""Text hygiene, field by field: a value carrying a control, direction-override, zero-width or
broken character gets a message on its own field, whatever the rest of the value is.

Each field runs 500 generated cases; the counts are asserted so a lowered setting shows up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.assessment import AssessmentInput, validate_assessment
from scardesk.domain.consents import PNG_MAGIC, validate_capture
from scardesk.domain.enums import Answer, HistoryFact, Modality, Severity, UnitKind
from scardesk.domain.errors import ValidationError
from scardesk.domain.history import HistoryAnswerInput, validate_answer
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plans import PlanInput, PlanItemInput, validate_plan
from scardesk.domain.products import ProductInput, validate_lot_number, validate_product
from scardesk.domain.sessions import (
    AdverseEventInput,
    MicroneedlingInput,
    SessionInput,
    validate_session,
)
from scardesk.domain.text_hygiene import TextKind, clean_text, spreadsheet_cell
from scardesk.domain.validation import (
    ADDRESS_MAX,
    validate_civil_number,
    validate_contact_name,
    validate_email,
    validate_free_text,
    validate_identifier,
    validate_name_arabic,
    validate_name_latin,
    validate_phone,
    validate_reason,
    validate_username,
)
from tests.hostile_text import (
    ARABIC_NAME,
    DIGITS,
    HOSTILE,
    LATIN_NAME,
    LOT,
    USERNAME,
    WORDS,
    with_hostile_character,
)

CASES = 500
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 1)
EMAIL = st.text(st.sampled_from("abcdefgh.0123"), min_size=1, max_size=12).map(
    lambda t: "s" + t.strip(".") + "@example.com"
)


def _session(**values: object) -> SessionInput:
    base: dict[str, object] = {
        "performed_at": NOW,
        "modalities": (MicroneedlingInput("Dermapen 4", 1.5, 3),),
        "adverse_events_none": True,
    }
    base.update(values)
    return SessionInput(**base)  # type: ignore[arg-type]


def _event(kind: str) -> SessionInput:
    return _session(
        adverse_events_none=False, adverse_events=(AdverseEventInput(kind, Severity.MILD),)
    )


#: field → (how to validate a value of it, the error key, its kind, ordinary values).
FIELDS: dict[str, tuple[Callable[[str], object], str, TextKind, st.SearchStrategy[str]]] = {
    "name_latin": (validate_name_latin, "name_latin", TextKind.STRICT, LATIN_NAME),
    "name_arabic": (validate_name_arabic, "name_arabic", TextKind.STRICT, ARABIC_NAME),
    "emergency_contact_name": (
        validate_contact_name,
        "emergency_contact_name",
        TextKind.STRICT,
        LATIN_NAME,
    ),
    "civil_number": (validate_civil_number, "civil_number", TextKind.STRICT, DIGITS),
    "phone": (validate_phone, "phone", TextKind.STRICT, DIGITS),
    "email": (validate_email, "email", TextKind.STRICT, EMAIL),
    "address": (
        lambda t: validate_free_text(t, "address", ADDRESS_MAX),
        "address",
        TextKind.LINE,
        WORDS,
    ),
    "reason": (validate_reason, "reason", TextKind.NOTES, WORDS),
    "username": (validate_username, "username", TextKind.STRICT, USERNAME),
    "display_name": (
        lambda t: validate_identifier(t, "display_name", 120),
        "display_name",
        TextKind.STRICT,
        LATIN_NAME,
    ),
    "licence_number": (
        lambda t: validate_identifier(t, "licence_number", 60),
        "licence_number",
        TextKind.STRICT,
        LOT,
    ),
    "appointment_notes": (
        lambda t: validate_free_text(t, "notes", 500, TextKind.NOTES),
        "notes",
        TextKind.NOTES,
        WORDS,
    ),
    "lot_number": (validate_lot_number, "lot_number", TextKind.STRICT, LOT),
    "brand": (
        lambda t: validate_product(
            ProductInput(t, "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100)
        ),
        "brand",
        TextKind.LINE,
        WORDS,
    ),
    "nonproprietary_name": (
        lambda t: validate_product(
            ProductInput("Botox", t, Modality.TOXIN, UnitKind.TOXIN_UNITS, 100)
        ),
        "nonproprietary_name",
        TextKind.LINE,
        WORDS,
    ),
    "history_detail": (
        lambda t: validate_answer(
            HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO, None, t), TODAY
        ),
        HistoryFact.PREGNANT.value,
        TextKind.NOTES,
        WORDS,
    ),
    "consent_form_version": (
        lambda t: validate_capture("clinical_photos", t, PNG_MAGIC + b"x", "", False),
        "form_version",
        TextKind.STRICT,
        LOT,
    ),
    "consent_guardian": (
        lambda t: validate_capture("clinical_photos", "2026-1", PNG_MAGIC + b"x", t, True),
        "signed_by_guardian",
        TextKind.STRICT,
        LATIN_NAME,
    ),
    "plan_goals": (
        lambda t: validate_plan(
            PlanInput((PlanItemInput(Modality.MICRONEEDLING, 4),), goals=t), IntervalSettings()
        ),
        "goals",
        TextKind.NOTES,
        WORDS,
    ),
    "plan_item_notes": (
        lambda t: validate_plan(
            PlanInput((PlanItemInput(Modality.MICRONEEDLING, 4, notes=t),)), IntervalSettings()
        ),
        "items.microneedling.notes",
        TextKind.NOTES,
        WORDS,
    ),
    "assessment_notes": (
        lambda t: validate_assessment(
            AssessmentInput(NOW - timedelta(hours=1), fitzpatrick="IV", notes=t), NOW
        ),
        "notes",
        TextKind.NOTES,
        WORDS,
    ),
    "session_post_notes": (
        lambda t: validate_session(_session(post_notes=t)),
        "post_notes",
        TextKind.NOTES,
        WORDS,
    ),
    "session_anaesthetic_agent": (
        lambda t: validate_session(_session(anaesthetic_agent=t)),
        "anaesthetic_agent",
        TextKind.LINE,
        WORDS,
    ),
    "session_device": (
        lambda t: validate_session(_session(modalities=(MicroneedlingInput(t, 1.5, 3),))),
        "modalities.0.device",
        TextKind.LINE,
        WORDS,
    ),
    "adverse_event_kind": (
        lambda t: validate_session(_event(t)),
        "adverse_events.0.kind",
        TextKind.LINE,
        WORDS,
    ),
}
generated: dict[str, int] = {}


@pytest.mark.parametrize("field", FIELDS)
def test_a_hostile_character_gets_a_message_on_its_field(field: str) -> None:
    validate, key, kind, ordinary = FIELDS[field]
    generated[field] = 0

    @settings(max_examples=CASES, deadline=None, database=None)
    @given(with_hostile_character(ordinary, kind))
    def check(value: str) -> None:
        generated[field] += 1
        with pytest.raises(ValidationError) as refused:
            validate(value)
        assert key in refused.value.field_errors, refused.value.field_errors
        assert refused.value.field_errors[key]

    check()
    assert generated[field] >= CASES


@pytest.mark.parametrize("kind", list(TextKind), ids=lambda k: k.value)
def test_whatever_is_accepted_is_clean_normalised_and_within_its_limit(kind: TextKind) -> None:
    refused = set(HOSTILE[kind])

    @settings(max_examples=CASES, deadline=None, database=None)
    @given(
        st.text(max_size=80) | st.text(st.sampled_from(sorted(refused) + list("ab =")), max_size=8)
    )
    def check(value: str) -> None:
        try:
            clean = clean_text(value, "field", limit=40, kind=kind)
        except ValidationError as error:
            assert set(error.field_errors) == {"field"}
            return
        assert len(clean) <= 40
        assert clean == unicodedata.normalize("NFC", clean)
        assert clean == clean.strip()
        assert not refused & set(clean)

    check()


def test_formula_looking_text_is_stored_as_typed() -> None:
    assert validate_free_text('=HYPERLINK("x")', "address", ADDRESS_MAX) == '=HYPERLINK("x")'
    assert validate_reason("-duplicate") == "-duplicate"


def test_notes_keep_new_lines_tabs_and_balanced_isolates() -> None:
    text = "line one\r\n\tline two \u2067عائشة\u2069 done"
    assert clean_text(text, "notes", limit=100, kind=TextKind.NOTES) == (
        "line one\n\tline two \u2067عائشة\u2069 done"
    )
    with pytest.raises(ValidationError, match="not closed"):
        clean_text("open \u2067 isolate", "notes", limit=100, kind=TextKind.NOTES)


def test_text_is_stored_nfc_normalised() -> None:
    decomposed = "Rene\u0301e"
    assert validate_free_text(decomposed, "address", ADDRESS_MAX) == "Ren\u00e9e"
    assert validate_name_latin(decomposed) == "Ren\u00e9e"


def test_the_message_names_the_character_but_never_quotes_the_text() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_free_text("Al Khuwair\u202e", "address", ADDRESS_MAX)
    message = refused.value.field_errors["address"]
    assert "U+202E" in message and "Khuwair" not in message


@settings(max_examples=CASES, deadline=None, database=None)
@given(st.text(max_size=20), st.sampled_from(["=", "+", "-", "@", "\t", "\r", "＝", " =", "  @"]))
def test_a_spreadsheet_cell_never_starts_a_formula(tail: str, start: str) -> None:
    cell = spreadsheet_cell(start + tail)
    assert cell.startswith("'")


@settings(max_examples=CASES, deadline=None, database=None)
@given(st.text(min_size=1))
def test_only_formula_looking_cells_are_changed(text: str) -> None:
    first = unicodedata.normalize("NFKC", text.lstrip(" \u00a0")[:1])[:1]
    formula = first in ("=", "+", "-", "@", "\t", "\r", "\n")
    assert spreadsheet_cell(text) == ("'" + text if formula else text)
