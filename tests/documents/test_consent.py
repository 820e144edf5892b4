"""Consent forms: bilingual sections, the toxin spread warning, signature captured or a line."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from scardesk.documents import ContentLibrary, consent_form_version, render_consent
from scardesk.domain.documents import ConsentRecord, PageStamp, PatientNames
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from tests.documents.pdf_checks import (
    BOTH_NAMES,
    CLINIC,
    all_text,
    arabic_present,
    column_text,
    font_names,
    normalise,
)

LIBRARY = ContentLibrary()
SIGNED_AT = datetime(2026, 11, 15, 5, 0, tzinfo=UTC)


def signature_png() -> bytes:
    image = Image.new("RGB", (300, 100), "white")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def form(modality: Modality = Modality.TOXIN, **kw: object) -> ConsentRecord:
    values: dict[str, object] = {
        "clinic": CLINIC,
        "patient": BOTH_NAMES,
        "modality": modality,
        "form_version": None,
        "signed_at": None,
        "signature_png": None,
        "practitioner": "Dr. Layla Al-Hinai",
    }
    values.update(kw)
    return ConsentRecord(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("modality", list(Modality))
def test_every_modality_form_has_all_sections_in_both_languages(modality: Modality) -> None:
    document = render_consent(form(modality), LIBRARY)
    english, arabic = column_text(document.pdf, "en"), column_text(document.pdf, "ar")
    for heading in ("What the treatment is", "Benefits", "Risks and side effects", "Alternatives"):
        assert normalise(heading) in english
    for heading in (
        "ما هو العلاج",
        "الفوائد",
        "المخاطر والآثار الجانبية",
        "البدائل",
        "إقرار المريض",
    ):
        assert arabic_present(heading, arabic)
    assert 1 <= document.pages <= 3


def test_toxin_form_warns_about_spread_of_the_toxin_effect() -> None:
    pdf = render_consent(form(), LIBRARY).pdf
    assert normalise(
        "Spread of toxin effect: rarely, the effect spreads beyond the treated area"
    ) in (column_text(pdf, "en"))
    assert arabic_present("انتشار مفعول التوكسين", column_text(pdf, "ar"))


def test_unsigned_form_prints_signature_lines() -> None:
    text = all_text(render_consent(form(), LIBRARY).pdf)
    assert normalise("Patient's signature: " + "_" * 28) in text


def test_signed_form_prints_the_signature_image_and_time_in_muscat() -> None:
    record = form(form_version="2026-12-1", signed_at=SIGNED_AT, signature_png=signature_png())
    pdf = render_consent(record, LIBRARY).pdf
    assert b"/Subtype /Image" in pdf
    assert normalise("Signed on: Sunday 15 November 2026, 09:00") in all_text(pdf)


def test_form_signed_on_the_archived_version_prints_its_own_words() -> None:
    record = form(form_version="2026-11-1", signed_at=SIGNED_AT, signature_png=signature_png())
    document = render_consent(record, LIBRARY)
    text = all_text(document.pdf)
    assert "off-label" not in text.lower()  # added in 2026-12-1
    assert "consent/toxin@2026-11-1" in document.content_version
    assert b"/Subtype /Image" in document.pdf


def test_form_signed_on_another_version_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        render_consent(form(form_version="2025-01-1", signed_at=SIGNED_AT), LIBRARY)
    assert "form_version" in caught.value.field_errors


def test_form_version_to_store_matches_the_printed_files() -> None:
    assert consent_form_version(LIBRARY, Modality.TOXIN) == "2026-12-1"


def test_markup_in_names_prints_literally_on_the_form() -> None:
    pdf = render_consent(form(patient=PatientNames("A <i>&amp; B", None)), LIBRARY).pdf
    assert normalise("A <i>&amp; B") in column_text(pdf, "en")


def test_consent_form_embeds_only_subset_fonts_and_renders_identically() -> None:
    first, second = render_consent(form(), LIBRARY), render_consent(form(), LIBRARY)
    assert first.pdf == second.pdf
    assert all("+" in name for name in font_names(first.pdf))


def test_the_toxin_form_states_that_use_in_acne_scars_is_off_label() -> None:
    document = render_consent(form(), LIBRARY)
    assert normalise("botulinum toxin is not licensed for acne scars") in column_text(
        document.pdf, "en"
    )
    assert arabic_present("غير مرخص لعلاج ندبات حب الشباب", column_text(document.pdf, "ar"))


def test_the_form_names_the_birth_date_and_identity_document() -> None:
    record = form(
        stamp=PageStamp(12, date(1990, 3, 5), None), identity_document=("omani_id", "01234567")
    )
    english = column_text(render_consent(record, LIBRARY).pdf, "en")
    assert normalise("Date of birth: 5 March 1990") in english
    assert normalise("Identity document: Omani ID card 01234567") in english


def test_witness_and_interpreter_lines_always_guardian_lines_for_a_child() -> None:
    adult = column_text(render_consent(form(), LIBRARY).pdf, "en")
    assert normalise("Witness: name") in adult and normalise("Interpreter (if") in adult
    assert "Guardian" not in adult
    child = column_text(render_consent(form(minor=True), LIBRARY).pdf, "en")
    assert normalise("Guardian (the patient is under 18): name") in child
    signed = form(
        form_version="2026-12-1",
        signed_at=SIGNED_AT,
        signature_png=signature_png(),
        guardian="Mohammed Al-Balushi",
        minor=True,
    )
    text = column_text(render_consent(signed, LIBRARY).pdf, "en")
    assert normalise("Guardian (the patient is under 18): name: Mohammed Al-Balushi") in text
