"""The aftercare sheet with the civil Hijri date beside the Gregorian one, when asked for."""

from __future__ import annotations

from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.documents.parts import date_ar
from scardesk.domain.documents import AftercareRecord, ModalityDone, SheetOptions
from scardesk.domain.enums import Modality
from scardesk.domain.hijri import hijri_from_gregorian, hijri_text_ar, hijri_text_en
from tests.documents.pdf_checks import (
    BOTH_NAMES,
    CLINIC,
    NEXT_VISIT,
    SESSION_DAY,
    arabic_present,
    column_text,
    normalise,
)

LIBRARY = ContentLibrary()
RECORD = AftercareRecord(
    CLINIC,
    BOTH_NAMES,
    SESSION_DAY,
    "Dr. Layla Al-Hinai",
    (ModalityDone(Modality.TOXIN, ("forehead",), "Botox", 20.0),),
    NEXT_VISIT,
)


def test_the_hijri_date_is_printed_in_both_columns_when_asked() -> None:
    pdf = render_aftercare(RECORD, LIBRARY, options=SheetOptions(show_hijri=True)).pdf
    hijri = hijri_from_gregorian(SESSION_DAY)
    assert normalise(hijri_text_en(hijri)) in column_text(pdf, "en")
    expected = f"{date_ar(SESSION_DAY)} الموافق {hijri_text_ar(hijri)}"
    assert arabic_present(expected, column_text(pdf, "ar"))


def test_without_the_option_no_hijri_date_is_printed() -> None:
    pdf = render_aftercare(RECORD, LIBRARY).pdf
    hijri = hijri_from_gregorian(SESSION_DAY)
    assert normalise(hijri.month_name_en()) not in column_text(pdf, "en")
    assert not arabic_present(hijri.month_name_ar(), column_text(pdf, "ar"))
