"""The consent form and the visit summary with the civil Hijri date beside the Gregorian one,
when asked for (``SheetOptions.show_hijri``, as on the aftercare sheet), and not otherwise."""

from __future__ import annotations

from datetime import UTC, date, datetime

from scardesk.documents import ContentLibrary, render_consent, render_visit_summary
from scardesk.documents.parts import date_ar
from scardesk.domain.documents import (
    ConsentRecord,
    PageStamp,
    SheetOptions,
    VisitSummaryRecord,
)
from scardesk.domain.enums import Modality
from scardesk.domain.hijri import hijri_from_gregorian, hijri_text_ar, hijri_text_en
from tests.documents.pdf_checks import (
    BOTH_NAMES,
    CLINIC,
    arabic_present,
    column_text,
    normalise,
    word_boxes,
)

LIBRARY = ContentLibrary()
BORN = date(1994, 3, 5)  # 22 Ramadan 1414 AH
SIGNED_AT = datetime(2026, 11, 15, 5, 0, tzinfo=UTC)  # 09:00 in Muscat
PREPARED_ON = date(2026, 12, 6)
HIJRI = SheetOptions(show_hijri=True)


def consent(signed_at: datetime | None = SIGNED_AT) -> ConsentRecord:
    return ConsentRecord(
        CLINIC,
        BOTH_NAMES,
        Modality.TOXIN,
        None,
        signed_at,
        None,
        "Dr. Layla Al-Hinai",
        stamp=PageStamp(date_of_birth=BORN),
    )


def summary() -> VisitSummaryRecord:
    return VisitSummaryRecord(
        CLINIC, BOTH_NAMES, BORN, PREPARED_ON, "Dr. Layla Al-Hinai", (), (), (), ()
    )


def _both_columns(pdf: bytes, day: date) -> None:
    """``day`` with its Hijri date: in brackets in English, after "الموافق" in Arabic."""
    hijri = hijri_from_gregorian(day)
    assert normalise(f"({hijri_text_en(hijri)})") in column_text(pdf, "en"), hijri_text_en(hijri)
    arabic = column_text(pdf, "ar")
    assert arabic_present(f"{date_ar(day)} الموافق {hijri_text_ar(hijri)}", arabic)
    assert str(hijri.year) in arabic and str(day.year) in arabic


def _no_hijri(pdf: bytes, *days: date) -> None:
    english, arabic = column_text(pdf, "en"), column_text(pdf, "ar")
    assert "AH)" not in english
    for day in days:
        hijri = hijri_from_gregorian(day)
        assert normalise(hijri.month_name_en()) not in english
        assert str(hijri.year) not in english and str(hijri.year) not in arabic
        assert not arabic_present(hijri.month_name_ar(), arabic)


def test_the_consent_form_prints_the_hijri_birth_and_signing_dates_when_asked() -> None:
    pdf = render_consent(consent(), LIBRARY, options=HIJRI).pdf
    _both_columns(pdf, BORN)
    _both_columns(pdf, SIGNED_AT.date())
    signed = hijri_text_en(hijri_from_gregorian(SIGNED_AT.date()))
    assert normalise(f"Sunday 15 November 2026 ({signed}), 09:00") in column_text(pdf, "en")


def test_a_blank_consent_form_prints_the_hijri_birth_date_when_asked() -> None:
    pdf = render_consent(consent(signed_at=None), LIBRARY, options=HIJRI).pdf
    _both_columns(pdf, BORN)


def test_without_the_option_the_consent_form_has_no_hijri_date() -> None:
    _no_hijri(render_consent(consent(), LIBRARY).pdf, BORN, SIGNED_AT.date())


def test_the_visit_summary_prints_the_hijri_dates_when_asked() -> None:
    pdf = render_visit_summary(summary(), LIBRARY, options=HIJRI).pdf
    _both_columns(pdf, BORN)
    _both_columns(pdf, PREPARED_ON)


def test_without_the_option_the_visit_summary_has_no_hijri_date() -> None:
    _no_hijri(render_visit_summary(summary(), LIBRARY).pdf, BORN, PREPARED_ON)


def test_the_arabic_line_reads_gregorian_then_hijri_from_the_right() -> None:
    """Right to left: the Gregorian year stands right of "الموافق" and the Hijri day left of
    it (brackets between the two numbers would swap their places in an Arabic line)."""
    pdf = render_visit_summary(summary(), LIBRARY, options=HIJRI).pdf
    boxes = [(x, y, normalise(word)) for x, y, word in word_boxes(pdf)]
    joint = "الموافق"[::-1]  # pdftotext gives an Arabic word in the order it is drawn
    joints = sorted((y, x) for x, y, word in boxes if word == joint)
    assert len(joints) == 2  # the date of birth and the summary's date
    for day, (joint_y, joint_x) in zip((BORN, PREPARED_ON), joints, strict=True):
        line = {word: x for x, y, word in boxes if abs(y - joint_y) < 2}
        assert line[str(day.year)] > joint_x > line[str(hijri_from_gregorian(day).day)]
