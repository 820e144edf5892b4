"""The aftercare sheet rendered for edge data, read back as text, fonts and pages."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta
from pathlib import Path

import pytest

from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.documents.parts import date_ar, date_en
from scardesk.domain.documents import (
    AftercareRecord,
    ContentKind,
    Lang,
    ModalityDone,
    PatientNames,
    SheetLanguage,
    SheetOptions,
)
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from tests.documents.pdf_checks import (
    BOTH_NAMES,
    CLINIC,
    NEXT_VISIT,
    SESSION_DAY,
    all_text,
    arabic_present,
    column_text,
    font_names,
    normalise,
    page_count,
    word_boxes,
)

LIBRARY = ContentLibrary()
TOXIN = ModalityDone(Modality.TOXIN, ("forehead", "cheek_left"), "Botox", 20.0)


def sheet(
    *done: ModalityDone, patient: PatientNames = BOTH_NAMES, **changes: object
) -> AftercareRecord:
    record = AftercareRecord(
        CLINIC, patient, SESSION_DAY, "Dr. Layla Al-Hinai", done or (TOXIN,), NEXT_VISIT
    )
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def toxin_pdf() -> bytes:
    return render_aftercare(sheet(), LIBRARY).pdf


def test_toxin_sheet_holds_the_english_instructions(toxin_pdf: bytes) -> None:
    english = column_text(toxin_pdf, "en")
    assert normalise("Stay upright for 4 hours after the injections.") in english
    assert normalise("No sauna or steam room for 24 hours.") in english
    assert normalise("Difficulty swallowing, speaking or breathing.") in english


def test_toxin_sheet_holds_the_arabic_instructions(toxin_pdf: bytes) -> None:
    arabic = column_text(toxin_pdf, "ar")
    assert arabic_present("ابق في وضع مستقيم مدة 4 ساعات بعد الحقن.", arabic)
    assert arabic_present("لا ساونا ولا غرفة بخار مدة 24 ساعة.", arabic)
    assert arabic_present("صعوبة في البلع أو الكلام أو التنفس.", arabic)


def test_sheet_says_what_was_done_in_both_languages(toxin_pdf: bytes) -> None:
    assert normalise(
        "Areas: forehead, left cheek. Product: Botox. Total units: 20 units."
    ) in column_text(toxin_pdf, "en")
    assert arabic_present(
        "المناطق: الجبهة، الخد الأيسر. المنتج: Botox", column_text(toxin_pdf, "ar")
    )


def test_phone_number_keeps_its_digit_groups_in_order_inside_arabic_lines(toxin_pdf: bytes) -> None:
    words = word_boxes(toxin_pdf)
    split = 250.0  # anything right of the column divide is the Arabic column
    arabic_side = [
        (x, y, w)
        for x, y, w in words
        if x > split and w.strip(".").startswith(("+968", "2412", "3456"))
    ]
    lines: dict[float, list[tuple[float, str]]] = {}
    for x, y, w in arabic_side:
        lines.setdefault(round(y), []).append((x, w.strip(".")))
    assert lines, "the clinic phone is printed in the Arabic column"
    for line in lines.values():
        assert [w for _, w in sorted(line)] == ["+968", "2412", "3456"]


def test_next_appointment_is_printed_in_muscat_time(toxin_pdf: bytes) -> None:
    assert normalise("Your next appointment: Sunday 29 November 2026, 10:30") in column_text(
        toxin_pdf, "en"
    )
    assert arabic_present(
        "موعدك القادم: الأحد 29 نوفمبر 2026، الساعة 10:30", column_text(toxin_pdf, "ar")
    )


def test_without_next_appointment_the_sheet_asks_the_patient_to_book() -> None:
    pdf = render_aftercare(sheet(next_appointment=None), LIBRARY).pdf
    assert normalise("No appointment is booked yet. Please call us to book one.") in all_text(pdf)
    assert arabic_present("لا يوجد موعد محجوز بعد. اتصل بنا لحجز موعد.", column_text(pdf, "ar"))


def test_markup_characters_in_names_print_literally() -> None:
    pdf = render_aftercare(sheet(patient=PatientNames("<b>& O'Brien</i>", None)), LIBRARY).pdf
    assert normalise("Patient: <b>& O'Brien</i>") in column_text(pdf, "en")


def test_arabic_only_name_prints_in_both_columns() -> None:
    pdf = render_aftercare(sheet(patient=PatientNames(None, "فاطمة بنت سالم البلوشي")), LIBRARY).pdf
    assert arabic_present("فاطمة بنت سالم البلوشي", column_text(pdf, "en"))
    assert arabic_present("فاطمة بنت سالم البلوشي", column_text(pdf, "ar"))


def test_latin_only_name_prints_in_both_columns() -> None:
    pdf = render_aftercare(sheet(patient=PatientNames("Maria Santos", None)), LIBRARY).pdf
    assert normalise("Maria Santos") in column_text(pdf, "en")
    assert normalise("Maria Santos") in column_text(pdf, "ar")


def test_very_long_names_wrap_and_stay_on_few_pages() -> None:
    latin = " ".join(["Abdulrahman"] * 30) + " " + "X" * 150
    arabic = " ".join(["عبدالرحمن"] * 30)
    document = render_aftercare(sheet(patient=PatientNames(latin, arabic)), LIBRARY)
    assert 1 <= document.pages <= 4
    assert normalise("X" * 150) in all_text(document.pdf)


def test_fonts_are_embedded_subsets_of_the_bundled_faces(toxin_pdf: bytes) -> None:
    fonts = font_names(toxin_pdf)
    assert fonts and all("+" in name for name in fonts)
    assert {name.split("+", 1)[1] for name in fonts} >= {
        "NotoSans-Regular",
        "NotoNaskhArabic-Regular",
    }


def test_same_record_renders_identical_bytes() -> None:
    first, second = render_aftercare(sheet(), LIBRARY), render_aftercare(sheet(), ContentLibrary())
    assert first.pdf == second.pdf
    assert first.sha256 == second.sha256


def test_document_records_the_content_versions_it_used(toxin_pdf: bytes) -> None:
    document = render_aftercare(sheet(), LIBRARY)
    assert document.content_version == "aftercare/toxin@2026-12-1; common@2026-12-1"
    assert normalise(document.content_version) not in all_text(document.pdf)  # metadata only


def test_clinic_override_replaces_the_bundled_text(tmp_path: Path) -> None:
    bundled = LIBRARY.bundled_dir / "aftercare" / "toxin.en.md"
    (tmp_path / "aftercare").mkdir()
    text = bundled.read_text(encoding="utf-8").replace("version: 2026-12-1", "version: 2026-12-3")
    text = text.replace("Stay upright for 4 hours", "Stay upright for 5 hours")
    (tmp_path / "aftercare" / "toxin.en.md").write_text(text, encoding="utf-8")
    document = render_aftercare(sheet(), LIBRARY, override_dir=tmp_path)
    assert normalise("Stay upright for 5 hours") in all_text(document.pdf)
    assert "aftercare/toxin.en@2026-12-3+clinic" in document.content_version


def test_sheet_without_modalities_is_refused() -> None:
    record = dataclasses.replace(sheet(), modalities=())
    with pytest.raises(ValidationError) as caught:
        render_aftercare(record, LIBRARY)
    assert "modalities" in caught.value.field_errors


_LASER = ModalityDone(
    Modality.FRACTIONAL_LASER,
    ("chin",),
    name_en="Fractional CO₂ laser, ablative",
    name_ar="الليزر التجزيئي ثاني أكسيد الكربون (CO₂)، تقشيري",
    variants=frozenset({"ablative"}),
)
_DONE = {
    Modality.TOXIN: TOXIN,
    Modality.MICRONEEDLING: ModalityDone(
        Modality.MICRONEEDLING, ("cheek_right",), name_en="Microneedling, 1.5 mm"
    ),
    Modality.FRACTIONAL_LASER: _LASER,
    Modality.CHEMICAL_PEEL: ModalityDone(
        Modality.CHEMICAL_PEEL,
        ("nose",),
        name_en="Glycolic acid 70% peel, superficial",
        variants=frozenset({"superficial"}),
    ),
    Modality.SUBCISION: ModalityDone(Modality.SUBCISION, ("cheek_left", "cheek_right")),
    Modality.TCA_CROSS: ModalityDone(Modality.TCA_CROSS, ("temple_right",)),
}
LONG_NAME = PatientNames(
    ("Sheikha Al-Zahra bint Mohammed bin Abdullah bin Khalfan Al-Busaidi Al-Harthi " * 2)[:80],
    "الشيخة الزهراء بنت محمد بن عبدالله بن خلفان بن سعيد البوسعيدي الحارثية الكريمة",
)
LONG_CLINIC = dataclasses.replace(
    CLINIC,
    address="Way 3021, Building 45, Flat 12, Al Khuwair North, near the Ministry of Health "
    "roundabout, Bawshar, Muscat Governorate, Sultanate of Oman",
    address_arabic="طريق 3021، مبنى 45، شقة 12، الخوير الشمالية، بالقرب من دوار وزارة الصحة، "
    "بوشر، محافظة مسقط، سلطنة عمان",
)
_COMBOS = [c for n in range(1, 4) for c in itertools.combinations(list(Modality), n)]
#: Singles whose sheet fits one page in both languages with the long name and address. Toxin
#: and TCA CROSS run one or two rows (the call block) onto a second page: toxin has the
#: longest warning-sign and don't lists, TCA CROSS the longest do list (measured, CHANGELOG).
_ONE_PAGE_SINGLES = {
    (Modality.MICRONEEDLING,),
    (Modality.FRACTIONAL_LASER,),
    (Modality.CHEMICAL_PEEL,),
    (Modality.SUBCISION,),
}


@pytest.mark.parametrize("combo", _COMBOS, ids=lambda c: "+".join(m.value for m in c))
def test_every_combination_prints_one_merged_sheet(combo: tuple[Modality, ...]) -> None:
    """Issue #14's bar: at most 2 pages for up to three treatments in both languages, with an
    80-character name and a long address; a single treatment on one page where its text
    allows (see ``_ONE_PAGE_SINGLES``)."""
    record = sheet(*(_DONE[m] for m in combo), patient=LONG_NAME, clinic=LONG_CLINIC)
    document = render_aftercare(record, LIBRARY)
    assert document.pages <= (1 if combo in _ONE_PAGE_SINGLES else 2)
    assert page_count(document.pdf) == document.pages
    english = all_text(document.pdf)
    # One warning-sign box, one "Do" list, whatever the number of treatments.
    assert english.count(normalise("Warning signs: call us at once")) == 1
    assert english.count(normalise("Whom to call")) == 1
    for modality in combo:
        first = LIBRARY.load(ContentKind.AFTERCARE, Lang.EN, modality).items("expect")[0]
        assert normalise(first) in english


@pytest.mark.parametrize("combo", _COMBOS, ids=lambda c: "+".join(m.value for m in c))
@pytest.mark.parametrize("language", [SheetLanguage.EN, SheetLanguage.AR])
def test_one_language_sheets_fit_two_pages(
    combo: tuple[Modality, ...], language: SheetLanguage
) -> None:
    record = sheet(*(_DONE[m] for m in combo), patient=LONG_NAME, clinic=LONG_CLINIC)
    document = render_aftercare(record, LIBRARY, options=SheetOptions(language))
    assert document.pages <= 2


def test_a_clinic_copy_in_the_format_before_timed_items_still_loads_and_prints(
    tmp_path: Path,
) -> None:
    """A clinic's edit saved before tags existed (no keys, no durations) is not migrated: it
    loads as it is, each item its own key, and merges with the tagged files."""
    old = (Path(__file__).parent / "old_format_laser.en.md").read_text(encoding="utf-8")
    assert "[key=" not in old
    (tmp_path / "aftercare").mkdir()
    (tmp_path / "aftercare" / "fractional_laser.en.md").write_text(old, encoding="utf-8")
    # An old common file too: the labels added since come from the bundled one.
    common = (LIBRARY.bundled_dir / "common.en.md").read_text(encoding="utf-8")
    common = "\n".join(line for line in common.split("\n") if "phase_" not in line)
    (tmp_path / "common.en.md").write_text(common.replace("[key=infection] ", ""), "utf-8")
    document = render_aftercare(sheet(TOXIN, _LASER), LIBRARY, override_dir=tmp_path)
    text = all_text(document.pdf)
    assert normalise("No sauna or steam room for 10 days.") in text
    assert normalise("Stay upright for 4 hours after the injections.") in text
    assert normalise("Days 1 to 3") in text
    assert "fractional_laser.en@2026-11-1+clinic" in document.content_version


def test_the_sheet_names_each_treatment_as_given_and_prints_its_variant_only() -> None:
    nonablative = dataclasses.replace(
        _LASER,
        name_en="Fractional 1550 nm laser, nonablative",
        name_ar="الليزر التجزيئي 1550 نانومتر، غير تقشيري",
        variants=frozenset({"nonablative"}),
    )
    ablative_text = all_text(render_aftercare(sheet(_LASER), LIBRARY).pdf)
    nonablative_text = all_text(render_aftercare(sheet(nonablative), LIBRARY).pdf)
    assert normalise("Fractional CO₂ laser, ablative") in ablative_text
    assert normalise("No makeup until the skin has healed: 5 to 10 days.") in ablative_text
    assert normalise("Makeup is fine from today.") not in ablative_text
    assert normalise("Fractional 1550 nm laser, nonablative") in nonablative_text
    assert normalise("Makeup is fine from today.") in nonablative_text
    assert normalise("crusts") not in nonablative_text.lower()
    arabic = column_text(render_aftercare(sheet(nonablative), LIBRARY).pdf, "ar")
    assert arabic_present("الليزر التجزيئي 1550 نانومتر، غير تقشيري", arabic)


def test_a_combined_sheet_keeps_the_strictest_time_frame_and_one_warning_of_a_kind() -> None:
    microneedling = _DONE[Modality.MICRONEEDLING]
    text = all_text(render_aftercare(sheet(TOXIN, _LASER, microneedling), LIBRARY).pdf)
    assert normalise("No makeup until the skin has healed: 5 to 10 days.") in text
    assert normalise("No makeup for 24 hours.") not in text
    assert normalise("No sauna or steam room for 10 days.") in text
    assert normalise("No sauna or steam room for 24 hours.") not in text
    assert normalise("SPF 50") in text and normalise("SPF 30") not in text
    assert text.count(normalise("fever")) == 1


def test_without_a_booked_visit_the_sheet_gives_a_date_to_call_for_and_the_toxin_review() -> None:
    record = sheet(
        next_appointment=None,
        next_due=SESSION_DAY + timedelta(days=84),
        toxin_review=SESSION_DAY + timedelta(days=14),
    )
    pdf = render_aftercare(record, LIBRARY).pdf
    english = all_text(pdf)
    assert normalise("No appointment is booked") not in english
    due, review = record.next_due, record.toxin_review
    assert due is not None and review is not None
    assert normalise(f"around {date_en(due)} — please call to book") in english
    assert normalise(f"Toxin review: around {date_en(review)}") in english
    assert arabic_present(f"في حدود {date_ar(review)}", column_text(pdf, "ar"))


@pytest.mark.parametrize("language", list(SheetLanguage))
@pytest.mark.parametrize("large", [False, True])
def test_print_choices_language_and_large_print(language: SheetLanguage, large: bool) -> None:
    options = SheetOptions(language, large)
    document = render_aftercare(sheet(TOXIN, _LASER), LIBRARY, options=options)
    english = normalise("Stay upright for 4 hours after the injections.")
    text = all_text(document.pdf)
    assert (english in text) == (language is not SheetLanguage.AR)
    arabic = column_text(document.pdf, "ar") if language is SheetLanguage.BOTH else text
    assert arabic_present("ابق في وضع مستقيم مدة 4 ساعات بعد الحقن.", arabic) == (
        language is not SheetLanguage.EN
    )
    # Large print is for patients who need bigger type, not for short sheets: two treatments
    # in both languages (20 pt Arabic beside 14 pt English) take 3 pages, in one language 2.
    bound = 2 if not large else (3 if language is SheetLanguage.BOTH else 2)
    assert document.pages <= bound


def test_a_timeline_phase_label_shares_its_line_with_the_text_in_reading_order(
    toxin_pdf: bytes,
) -> None:
    """The phase label runs on into its text (no line of its own); read back in logical order
    in both columns."""
    english = column_text(toxin_pdf, "en")
    assert normalise("Week 1: Slight redness or a small bruise") in english
    arabic = column_text(toxin_pdf, "ar")
    assert normalise("الأسبوع الأول: احمرار خفيف أو كدمة صغيرة") in arabic


@pytest.mark.parametrize("modality", list(Modality), ids=lambda m: m.value)
def test_every_single_treatment_fits_one_page_with_an_ordinary_name_and_address(
    modality: Modality,
) -> None:
    assert render_aftercare(sheet(_DONE[modality]), LIBRARY).pages == 1
