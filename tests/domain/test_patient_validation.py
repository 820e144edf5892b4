"""The whole patient form: every field error reported at once, a clean record otherwise."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import DocumentType, Fitzpatrick, Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import PatientInput
from scardesk.domain.validation import validate_patient

FAST = settings(max_examples=40, deadline=None)
TODAY = date(2025, 6, 15)
MINIMAL = PatientInput(name_latin="Sara Al Balushi", date_of_birth="05/03/1990", sex="female")


def test_full_form_is_normalised() -> None:
    form = PatientInput(
        name_latin=" Sara  Al Balushi ",
        name_arabic="سارة البلوشي",
        date_of_birth="05/03/1990",
        sex="Female",
        civil_number="1234 5678",
        document_type="omani_id",
        document_expiry="2030-01-31",
        phone="9123 4567",
        email="Sara@Example.om",
        address=" Al Khuwair, Muscat ",
        emergency_contact_name="Ahmed",
        emergency_contact_phone="+968 2412 3456",
        fitzpatrick="IV",
    )
    data = validate_patient(form, TODAY)
    assert data.name_latin == "Sara Al Balushi"
    assert data.date_of_birth == date(1990, 3, 5)
    assert data.sex is Sex.FEMALE
    assert data.civil_number == "12345678"
    assert data.document_type is DocumentType.OMANI_ID
    assert data.document_expiry == date(2030, 1, 31)
    assert data.phone == "+96891234567"
    assert data.email == "Sara@example.om"
    assert data.address == "Al Khuwair, Muscat"
    assert data.emergency_contact_phone == "+96824123456"
    assert data.fitzpatrick is Fitzpatrick.IV


def test_blank_optional_fields_become_none() -> None:
    data = validate_patient(MINIMAL, TODAY)
    optional = [data.civil_number, data.document_type, data.document_expiry, data.phone]
    optional += [data.email, data.address, data.emergency_contact_name, data.fitzpatrick]
    assert optional == [None] * 8
    assert data.emergency_contact_phone is None


def test_arabic_name_alone_is_enough() -> None:
    form = dataclasses.replace(MINIMAL, name_latin="", name_arabic="أحمد")
    data = validate_patient(form, TODAY)
    assert (data.name_latin, data.name_arabic) == ("", "أحمد")


def test_missing_both_names_marks_both_fields() -> None:
    form = dataclasses.replace(MINIMAL, name_latin=" ")
    with pytest.raises(ValidationError) as caught:
        validate_patient(form, TODAY)
    assert {"name_latin", "name_arabic"} <= set(caught.value.field_errors)
    assert "Latin letters, Arabic letters or both" in caught.value.field_errors["name_arabic"]


def test_every_bad_field_is_reported_in_one_error() -> None:
    form = PatientInput(
        name_latin="Sara1",
        date_of_birth="31/02/1990",
        sex="",
        phone="9123",
        email="sara@",
        fitzpatrick="VII",
    )
    with pytest.raises(ValidationError) as caught:
        validate_patient(form, TODAY)
    expected = {"name_latin", "date_of_birth", "sex", "phone", "email", "fitzpatrick"}
    assert set(caught.value.field_errors) == expected


def test_civil_number_without_document_type_is_refused() -> None:
    form = dataclasses.replace(MINIMAL, civil_number="12345678")
    with pytest.raises(ValidationError) as caught:
        validate_patient(form, TODAY)
    assert set(caught.value.field_errors) == {"document_type"}


def test_bad_emergency_phone_is_reported_under_its_own_field() -> None:
    form = dataclasses.replace(MINIMAL, emergency_contact_phone="123")
    with pytest.raises(ValidationError) as caught:
        validate_patient(form, TODAY)
    assert set(caught.value.field_errors) == {"emergency_contact_phone"}


FIELDS = [field.name for field in dataclasses.fields(PatientInput)]


@FAST
@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=40)))
def test_any_form_either_validates_or_raises_validation_error(values: dict[str, str]) -> None:
    form = dataclasses.replace(MINIMAL, **values)
    try:
        validate_patient(form, TODAY)
    except ValidationError as exc:
        assert set(exc.field_errors) <= set(FIELDS)
        assert exc.field_errors


@FAST
@given(st.sampled_from(FIELDS), st.text(max_size=40))
def test_validated_patient_revalidates_to_the_same_record(field: str, text: str) -> None:
    try:
        data = validate_patient(dataclasses.replace(MINIMAL, **{field: text}), TODAY)
    except ValidationError:
        return
    again = PatientInput(
        name_latin=data.name_latin,
        name_arabic=data.name_arabic,
        date_of_birth=data.date_of_birth.isoformat(),
        sex=data.sex.value,
        civil_number=data.civil_number or "",
        document_type=data.document_type.value if data.document_type else "",
        document_expiry=data.document_expiry.isoformat() if data.document_expiry else "",
        phone=data.phone or "",
        email=data.email or "",
        address=data.address or "",
        emergency_contact_name=data.emergency_contact_name or "",
        emergency_contact_phone=data.emergency_contact_phone or "",
        fitzpatrick=data.fitzpatrick.value if data.fitzpatrick else "",
    )
    assert validate_patient(again, TODAY) == data
