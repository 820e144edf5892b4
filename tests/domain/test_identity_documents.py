"""Each identity document type has its own rule; numbers are stored in one spelling."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import DocumentType
from scardesk.domain.errors import ValidationError
from scardesk.domain.identity import (
    document_warnings,
    normalise_document_number,
    validate_document_number,
)
from scardesk.domain.records import PatientInput
from scardesk.domain.validation import validate_patient

FAST = settings(max_examples=80, deadline=None)
TODAY = date(2026, 3, 10)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
CIVIL = (DocumentType.OMANI_ID, DocumentType.RESIDENT_CARD)


def _typed(core: str, data: st.DataObject) -> str:
    """How a person might type ``core``: spaces or dashes between characters, Arabic digits."""
    out = []
    for ch in core:
        out.append(ch.translate(ARABIC_INDIC) if data.draw(st.booleans()) else ch)
        out.append(data.draw(st.sampled_from(["", "", " ", "-"])))
    return "".join(out)


@FAST
@given(
    kind=st.sampled_from(CIVIL),
    digits=st.text("0123456789", min_size=1, max_size=15),
    data=st.data(),
)
def test_civil_numbers_of_up_to_15_digits_are_stored_as_plain_digits(kind, digits, data) -> None:
    assert validate_document_number(kind, _typed(digits, data)) == digits


@FAST
@given(digits=st.text("0123456789", min_size=9, max_size=15), data=st.data())
def test_gcc_ids_of_9_to_15_digits_are_stored_as_plain_digits(digits, data) -> None:
    assert validate_document_number(DocumentType.GCC_ID, _typed(digits, data)) == digits


@FAST
@given(
    number=st.text(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", min_size=5, max_size=20
    ),
    data=st.data(),
)
def test_passport_numbers_of_5_to_20_letters_and_digits_are_upper_cased(number, data) -> None:
    assert validate_document_number(DocumentType.PASSPORT, _typed(number, data)) == number.upper()


def _refused(kind: DocumentType | None, text: str) -> str:
    with pytest.raises(ValidationError) as raised:
        validate_document_number(kind, text)
    assert set(raised.value.field_errors) == {"civil_number"}
    return raised.value.field_errors["civil_number"]


@FAST
@given(
    kind=st.sampled_from([*CIVIL, DocumentType.GCC_ID]),
    text=st.text(min_size=1, max_size=12).filter(
        lambda t: normalise_document_number(t) and not normalise_document_number(t).isdigit()
    ),
)
def test_a_digits_only_document_refuses_anything_else_with_a_field_message(kind, text) -> None:
    message = _refused(kind, text)
    # Hidden or control characters are refused by text hygiene first, with their own message.
    assert "digits only" in message or "(U+" in message


@FAST
@given(kind=st.sampled_from(CIVIL), digits=st.text("0123456789", min_size=16, max_size=30))
def test_a_civil_number_longer_than_15_digits_is_refused(kind, digits) -> None:
    assert "at most 15" in _refused(kind, digits)


@FAST
@given(
    digits=st.one_of(
        st.text("0123456789", min_size=1, max_size=8),
        st.text("0123456789", min_size=16, max_size=25),
    )
)
def test_a_gcc_id_outside_9_to_15_digits_is_refused(digits) -> None:
    message = _refused(DocumentType.GCC_ID, digits)
    assert "at least 9" in message or "at most 15" in message


@FAST
@given(
    number=st.one_of(
        st.text("ABCDEFGHJK0123456789", min_size=1, max_size=4),
        st.text("ABCDEFGHJK0123456789", min_size=21, max_size=40),
    )
)
def test_a_passport_number_outside_5_to_20_characters_is_refused(number) -> None:
    assert "5 to 20" in _refused(DocumentType.PASSPORT, number)


@pytest.mark.parametrize("text", ["K12345@7", "جواز12345", "K1234567!", "K1234_567"])
def test_a_passport_number_with_other_characters_is_refused(text: str) -> None:
    assert "letters and digits only" in _refused(DocumentType.PASSPORT, text)


def test_blank_is_no_number() -> None:
    assert validate_document_number(DocumentType.PASSPORT, "  - ") is None


@pytest.mark.parametrize(
    ("kind", "number", "warned"),
    [
        (DocumentType.OMANI_ID, "12345", True),
        (DocumentType.RESIDENT_CARD, "1", True),
        (DocumentType.OMANI_ID, "123456", False),
        (DocumentType.PASSPORT, "K1234", False),
    ],
)
def test_a_civil_number_under_6_digits_is_a_warning_not_a_refusal(kind, number, warned) -> None:
    assert validate_document_number(kind, number) == number
    warnings = document_warnings(kind, number, None, TODAY)
    assert ("check this number" in warnings.get("civil_number", "")) is warned


@pytest.mark.parametrize(
    ("expiry", "warned"),
    [
        (date(2026, 3, 9), True),
        (date(2026, 3, 10), False),
        (date(2030, 1, 1), False),
    ],
)
def test_an_expiry_date_in_the_past_is_a_warning(expiry: date, warned: bool) -> None:
    warnings = document_warnings(DocumentType.PASSPORT, "K1234567", expiry, TODAY)
    assert ("expired on" in warnings.get("document_expiry", "")) is warned


def test_the_patient_form_stores_a_passport_with_letters() -> None:
    form = PatientInput(
        name_latin="Priya Nair",
        date_of_birth="01/02/1990",
        sex="female",
        civil_number="k 1234567",
        document_type="passport",
    )
    data = validate_patient(form, TODAY)
    assert (data.document_type, data.civil_number) == (DocumentType.PASSPORT, "K1234567")


def test_the_patient_form_checks_the_number_by_its_type() -> None:
    form = PatientInput(
        name_latin="Priya Nair",
        date_of_birth="01/02/1990",
        sex="female",
        civil_number="K1234567",
        document_type="omani_id",
    )
    with pytest.raises(ValidationError) as raised:
        validate_patient(form, TODAY)
    assert "digits only" in raised.value.field_errors["civil_number"]
