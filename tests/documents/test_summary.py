"""Visit summary: history, score trend, sessions with lots, adverse events."""

from __future__ import annotations

from datetime import date

from scardesk.documents import ContentLibrary, render_visit_summary
from scardesk.domain.documents import PatientNames, ScorePoint, SessionLine, VisitSummaryRecord
from scardesk.domain.enums import Modality
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


def summary(**kw: object) -> VisitSummaryRecord:
    values: dict[str, object] = {
        "clinic": CLINIC,
        "patient": BOTH_NAMES,
        "date_of_birth": date(1994, 3, 5),
        "prepared_on": date(2026, 11, 15),
        "prepared_by": "Dr. Layla Al-Hinai",
        "history_highlights": ("Herpes simplex: yes", "حساسية من البنسلين"),
        "scores": (
            ScorePoint(date(2026, 5, 1), 42, 180),
            ScorePoint(date(2026, 8, 1), 33, None),
            ScorePoint(date(2026, 11, 1), 25, 120),
        ),
        "sessions": (
            SessionLine(
                date(2026, 5, 1), (Modality.TOXIN, Modality.MICRONEEDLING), "Botox lot C1234, 20 U"
            ),
        ),
        "adverse_events": ("Mild bruising, left cheek, 5 days",),
    }
    values.update(kw)
    return VisitSummaryRecord(**values)  # type: ignore[arg-type]


def test_summary_shows_the_score_trend_from_first_to_latest() -> None:
    text = all_text(render_visit_summary(summary(), LIBRARY).pdf)
    assert normalise("Goodman & Baron: 42 on 1 May 2026 to 25 on 1 November 2026 (-17)") in text
    assert normalise("ECCA: 180 on 1 May 2026 to 120 on 1 November 2026 (-60)") in text


def test_each_score_row_shows_the_change_since_the_last_known_value() -> None:
    text = all_text(render_visit_summary(summary(), LIBRARY).pdf)
    assert normalise("33 (-9)") in text
    assert normalise("120 (-60)") in text  # the August row had no ECCA


def test_summary_lists_sessions_with_products_and_lots_and_adverse_events() -> None:
    text = all_text(render_visit_summary(summary(), LIBRARY).pdf)
    assert normalise("Botox lot C1234, 20 U") in text
    assert normalise("Botulinum toxin, Microneedling") in text
    assert normalise("Mild bruising, left cheek, 5 days") in text


def test_arabic_free_text_is_laid_out_right_to_left() -> None:
    text = all_text(render_visit_summary(summary(), LIBRARY).pdf)
    assert arabic_present("حساسية من البنسلين", text)


def test_empty_summary_says_nothing_was_recorded() -> None:
    record = summary(
        history_highlights=(), scores=(), sessions=(), adverse_events=(), date_of_birth=None
    )
    document = render_visit_summary(record, LIBRARY)
    text = all_text(document.pdf)
    assert normalise("No sessions recorded.") in text
    assert normalise("None recorded.") in text
    assert document.pages == 1


def test_markup_in_free_text_prints_literally() -> None:
    record = summary(
        patient=PatientNames("<script>&", None), adverse_events=("<b>rash</b> & itch",)
    )
    text = all_text(render_visit_summary(record, LIBRARY).pdf)
    assert normalise("<b>rash</b> & itch") in text
    assert normalise("<script>&") in text


def test_many_sessions_flow_onto_more_pages_with_subset_fonts() -> None:
    sessions = tuple(
        SessionLine(date(2026, 1 + i % 12, 1), (Modality.CHEMICAL_PEEL,), f"TCA 15% lot P{i:04d}")
        for i in range(80)
    )
    document = render_visit_summary(summary(sessions=sessions), LIBRARY)
    assert 2 <= document.pages <= 5
    assert normalise("lot P0079") in all_text(document.pdf)
    assert all("+" in name for name in font_names(document.pdf))


def test_history_is_summarised_by_count_in_both_languages() -> None:
    record = summary(history_highlights=(), history_answered=5, history_positive=0)
    pdf = render_visit_summary(record, LIBRARY).pdf
    assert normalise("5 questions answered, none positive.") in column_text(pdf, "en")
    assert arabic_present("عدد الأسئلة المجاب عنها: 5، لا إجابة إيجابية.", column_text(pdf, "ar"))
    assert "Nothingrecorded" not in all_text(pdf)


def test_headings_and_sentences_are_bilingual_and_the_issuer_is_named_in_both() -> None:
    record = summary(prepared_by_arabic="د. ليلى الهنائية", history_answered=5, history_positive=1)
    pdf = render_visit_summary(record, LIBRARY).pdf
    arabic = column_text(pdf, "ar")
    for words in ("التاريخ المرضي", "تقييم الندبات", "الجلسات", "الآثار الجانبية", "ليلى الهنائية"):
        assert arabic_present(words, arabic)
    english = column_text(pdf, "en")
    assert normalise("Prepared by: Dr. Layla Al-Hinai") in english
    assert normalise("5 questions answered, 1 positive.") in english
