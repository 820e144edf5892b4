"""A refused number names what was typed and the range expected, with the unit as given; an
accepted number leaves no message (the range message is built only for a refusal)."""

from __future__ import annotations

from scardesk.domain.messages import Message
from scardesk.domain.modality_inputs import FieldErrors


def _refusal(value: object, low: float, high: float, unit: str | Message, **kind: bool) -> Message:
    errors = FieldErrors()
    errors.number("field", value, low, high, unit, **kind)
    return errors.found["field"]


def test_a_number_in_range_leaves_no_message() -> None:
    errors = FieldErrors()
    errors.number("a", 0.5, 0, 1, "mL")
    errors.number("b", 3, 0, 180, Message("unit.minutes"), whole=True)
    errors.number("c", 1, 0, 1, "U", open_low=True)
    assert errors.found == {}


def test_out_of_range_above_an_open_low_bound_names_the_symbol() -> None:
    expected = Message("validation.number.expected_above", {"low": 0, "high": 10, "unit": " mL"})
    assert _refusal(0, 0, 10, "mL", open_low=True) == Message(
        "validation.number.out_of_range", {"value": 0, "expected": expected}
    )


def test_not_whole_names_a_translated_unit() -> None:
    minutes = Message("unit.minutes")
    expected = Message(
        "validation.number.expected_whole",
        {"low": 0, "high": 180, "unit": Message("unit.after_number", {"unit": minutes})},
    )
    assert _refusal(2.5, 0, 180, minutes, whole=True) == Message(
        "validation.number.not_whole", {"value": "2.5", "expected": expected}
    )


def test_not_a_number_and_a_whole_number_above_an_open_bound() -> None:
    plain = Message("validation.number.expected", {"low": 0, "high": 1, "unit": ""})
    assert _refusal(float("nan"), 0, 1, "") == Message(
        "validation.number.not_a_number", {"value": "nan", "expected": plain}
    )
    above = Message("validation.number.expected_whole_above", {"low": 0, "high": 5, "unit": " %"})
    assert _refusal(True, 0, 5, "%", open_low=True, whole=True) == Message(
        "validation.number.not_whole", {"value": "True", "expected": above}
    )
