"""Visit summary for the patient's file or a referral letter.

Every heading and every sentence the summary writes itself is in both languages (English left,
Arabic right); what clinicians typed or the record names in English (history details, products
and lots, adverse events) is printed as written, laid out bidirectionally. Scores show their
trend as the change from the previous assessment and from the first one. Dates are long dates
("5 March 2026") throughout.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from scardesk.documents.content import ContentLibrary, content_version_label
from scardesk.documents.fonts import LATIN
from scardesk.documents.layout import (
    CONTENT_WIDTH,
    INK,
    RULE,
    TINT,
    BidiParagraph,
    RenderedDocument,
    ar,
    bilingual_table,
    build_pdf,
    en,
)
from scardesk.documents.parts import (
    Texts,
    date_ar,
    date_en,
    document_title,
    heading,
    labelled_rows,
    name_ar,
    name_en,
)
from scardesk.domain.documents import ScorePoint, SheetOptions, VisitSummaryRecord
from scardesk.domain.english import counted

BODY = en(9.5, auto=True)
BOLD = en(9.5, bold=True)
_MODALITY_KEYS = "modality_"


def _change(current: int | None, earlier: int | None) -> str:
    if current is None or earlier is None:
        return ""
    delta = current - earlier
    return f"{delta:+d}" if delta else "0"


def _score(value: int | None, previous: int | None) -> str:
    if value is None:
        return "-"
    change = _change(value, previous)
    return f"{value} ({change})" if change else str(value)


def _last_known(points: tuple[ScorePoint, ...], index: int, attr: str) -> int | None:
    for point in reversed(points[:index]):
        value = getattr(point, attr)
        if value is not None:
            return int(value)
    return None


def grid(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    """A plain ruled table whose every cell is laid out bidirectionally (no markup parsed)."""
    data: list[list[Flowable]] = [[BidiParagraph(h, BOLD) for h in header]]
    data += [[BidiParagraph(cell, BODY) for cell in row] for row in rows]
    table = Table(data, colWidths=[w * CONTENT_WIDTH for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), LATIN, 10),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _bullets(items: tuple[str, ...], empty: tuple[str, str]) -> list[Flowable]:
    if not items:
        return [_said(*empty, grey=True)]
    return [BidiParagraph(item, en(10, auto=True), bullet="•") for item in items]


def _said(english: str, arabic: str, *, grey: bool = False) -> Flowable:
    """A sentence the summary writes, in both columns."""
    colour = colors.HexColor("#5b6770") if grey else INK
    return bilingual_table(
        [
            (
                BidiParagraph(english, en(10, color=colour)),
                BidiParagraph(arabic, ar(14, color=colour)),
            )
        ]
    )


def history_sentence(answered: int, positive: int) -> tuple[str, str]:
    """ "5 questions answered, none positive" and its Arabic."""
    if answered == 0:
        return "No history questions answered yet.", "لم تتم الإجابة عن أسئلة التاريخ المرضي بعد."
    questions = counted(answered, "question", "questions")
    found = "none positive" if positive == 0 else f"{positive} positive"
    found_ar = "لا إجابة إيجابية" if positive == 0 else f"الإجابات الإيجابية: {positive}"
    return f"{questions} answered, {found}.", f"عدد الأسئلة المجاب عنها: {answered}، {found_ar}."


def _trend(points: tuple[ScorePoint, ...]) -> tuple[str, str]:
    """One sentence per language: first and latest known totals of each scale and the change."""
    parts, parts_ar = [], []
    for attr, label in (("goodman_baron", "Goodman & Baron"), ("ecca", "ECCA")):
        known = [(p.assessed_on, getattr(p, attr)) for p in points if getattr(p, attr) is not None]
        if len(known) >= 2:
            (first_day, first), (last_day, last) = known[0], known[-1]
            change = _change(last, first)
            parts.append(
                f"{label}: {first} on {date_en(first_day)} to {last} "
                f"on {date_en(last_day)} ({change})"
            )
            parts_ar.append(
                f"{label}: من {first} في {date_ar(first_day)} إلى {last} "
                f"في {date_ar(last_day)} ({change})"
            )
    if not parts:
        return "Fewer than two assessments: no trend yet.", "أقل من تقييمين: لا يوجد اتجاه بعد."
    return "; ".join(parts) + ".", "؛ ".join(parts_ar) + "."


def summary_story(
    record: VisitSummaryRecord, library: ContentLibrary, options: SheetOptions | None = None
) -> tuple[list[Flowable], Texts]:
    """The summary's flowables; ``options.show_hijri`` adds the civil Hijri date to the date of
    birth and the summary's date (the tables' dates stay Gregorian: their columns are narrow)."""
    hijri = (options or SheetOptions()).show_hijri
    texts = Texts.load(library, record.clinic)
    born = record.date_of_birth
    dob_en = date_en(born, hijri=hijri) if born else "-"
    dob_ar = date_ar(born, hijri=hijri) if born else "-"
    story: list[Flowable] = [
        heading(texts.en["summary_title"], texts.ar["summary_title"]),
        Spacer(1, 4),
        labelled_rows(
            [
                (
                    texts.en["patient"],
                    name_en(record.patient),
                    texts.ar["patient"],
                    name_ar(record.patient),
                ),
                (texts.en["date_of_birth"], dob_en, texts.ar["date_of_birth"], dob_ar),
                (
                    texts.en["date"],
                    date_en(record.prepared_on, hijri=hijri),
                    texts.ar["date"],
                    date_ar(record.prepared_on, hijri=hijri),
                ),
                (
                    "Prepared by",
                    record.prepared_by,
                    "أعدّه",
                    record.prepared_by_arabic or record.prepared_by,
                ),
            ]
        ),
        Spacer(1, 8),
        heading("History", "التاريخ المرضي"),
        _said(*history_sentence(record.history_answered, record.history_positive)),
        *[BidiParagraph(item, en(10, auto=True), bullet="•") for item in record.history_highlights],
        Spacer(1, 8),
        heading("Assessment scores", "تقييم الندبات"),
        _said(*_trend(record.scores)),
        Spacer(1, 3),
    ]
    if record.scores:
        rows = [
            [
                date_en(p.assessed_on),
                _score(p.goodman_baron, _last_known(record.scores, i, "goodman_baron")),
                _score(p.ecca, _last_known(record.scores, i, "ecca")),
            ]
            for i, p in enumerate(record.scores)
        ]
        story.append(
            grid(
                ["Date · التاريخ", "Goodman & Baron (0-84), change", "ECCA (0-540), change"],
                rows,
                [0.3, 0.35, 0.35],
            )
        )
    story += [Spacer(1, 8), heading("Sessions", "الجلسات")]
    if record.sessions:
        rows = [
            [
                date_en(s.session_date),
                ", ".join(texts.en[_MODALITY_KEYS + m.value] for m in s.modalities),
                s.products,
            ]
            for s in record.sessions
        ]
        header = ["Date · التاريخ", "Modalities · العلاجات", "Products, lots, units"]
        story.append(grid(header, rows, [0.2, 0.3, 0.5]))
    else:
        story += _bullets((), ("No sessions recorded.", "لا توجد جلسات مسجلة."))
    story += [
        Spacer(1, 8),
        heading("Adverse events", "الآثار الجانبية"),
        *_bullets(record.adverse_events, ("None recorded.", "لا توجد آثار جانبية مسجلة.")),
    ]
    return story, texts


def render_visit_summary(
    record: VisitSummaryRecord,
    content: ContentLibrary,
    *,
    override_dir: Path | None = None,
    options: SheetOptions | None = None,
) -> RenderedDocument:
    """Render the summary; ``override_dir`` as in :func:`render_aftercare`; of ``options`` the
    summary uses ``show_hijri``."""
    library = content.with_override(override_dir) if override_dir is not None else content
    story, texts = summary_story(record, library, options)
    versions = content_version_label(texts.files)
    return build_pdf(
        story,
        record.clinic,
        texts.footer(versions, record.patient, record.stamp),
        title=document_title("Visit summary", record.patient, record.prepared_on),
        subject="Visit summary for the patient's file or a referral",
        issued_at=record.stamp.issued_at,
    )
