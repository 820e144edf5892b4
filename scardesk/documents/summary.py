"""Visit summary for the patient's file or a referral letter.

Written for clinicians, so the body is English (free text may be in either script and is laid
out bidirectionally); headings and the patient's name carry the Arabic too. Scores show their
trend as the change from the previous assessment and from the first one.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from scardesk.documents.content import ContentLibrary, content_version_label
from scardesk.documents.fonts import LATIN
from scardesk.documents.layout import (
    CONTENT_WIDTH,
    RULE,
    TINT,
    BidiParagraph,
    RenderedDocument,
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
from scardesk.domain.documents import ScorePoint, VisitSummaryRecord

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


def _bullets(items: tuple[str, ...], empty: str) -> list[Flowable]:
    if not items:
        return [BidiParagraph(empty, en(9.5, color=colors.HexColor("#5b6770")))]
    return [BidiParagraph(item, en(10, auto=True), bullet="•") for item in items]


def _trend(points: tuple[ScorePoint, ...]) -> str:
    """One sentence: first and latest known totals of each scale and the change between them."""
    parts = []
    for attr, label in (("goodman_baron", "Goodman & Baron"), ("ecca", "ECCA")):
        known = [(p.assessed_on, getattr(p, attr)) for p in points if getattr(p, attr) is not None]
        if len(known) >= 2:
            (first_day, first), (last_day, last) = known[0], known[-1]
            change = _change(last, first)
            parts.append(
                f"{label}: {first} on {date_en(first_day)} to {last} "
                f"on {date_en(last_day)} ({change})"
            )
    return "; ".join(parts) + "." if parts else "Fewer than two assessments: no trend yet."


def summary_story(
    record: VisitSummaryRecord, library: ContentLibrary
) -> tuple[list[Flowable], Texts]:
    texts = Texts.load(library, record.clinic)
    dob_en = date_en(record.date_of_birth) if record.date_of_birth else "-"
    dob_ar = date_ar(record.date_of_birth) if record.date_of_birth else "-"
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
                    f"{date_en(record.prepared_on)}, {record.prepared_by}",
                    texts.ar["date"],
                    date_ar(record.prepared_on),
                ),
            ]
        ),
        Spacer(1, 8),
        BidiParagraph("History highlights", en(12, bold=True), align="left"),
        *_bullets(record.history_highlights, "Nothing recorded."),
        Spacer(1, 8),
        BidiParagraph("Assessment scores", en(12, bold=True)),
        BidiParagraph(_trend(record.scores), en(10)),
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
                ["Date", "Goodman & Baron (0-84), change", "ECCA (0-540), change"],
                rows,
                [0.3, 0.35, 0.35],
            )
        )
    story += [Spacer(1, 8), BidiParagraph("Sessions", en(12, bold=True))]
    if record.sessions:
        rows = [
            [
                date_en(s.session_date),
                ", ".join(texts.en[_MODALITY_KEYS + m.value] for m in s.modalities),
                s.products,
            ]
            for s in record.sessions
        ]
        story.append(grid(["Date", "Modalities", "Products, lots, units"], rows, [0.2, 0.3, 0.5]))
    else:
        story += _bullets((), "No sessions recorded.")
    story += [
        Spacer(1, 8),
        BidiParagraph("Adverse events", en(12, bold=True)),
        *_bullets(record.adverse_events, "None recorded."),
    ]
    return story, texts


def render_visit_summary(
    record: VisitSummaryRecord, content: ContentLibrary, *, override_dir: Path | None = None
) -> RenderedDocument:
    """Render the summary; ``override_dir`` as in :func:`render_aftercare`."""
    library = content.with_override(override_dir) if override_dir is not None else content
    story, texts = summary_story(record, library)
    versions = content_version_label(texts.files)
    return build_pdf(
        story,
        record.clinic,
        texts.footer(versions, record.patient, record.stamp),
        title=document_title("Visit summary", record.patient, record.prepared_on),
        subject="Visit summary for the patient's file or a referral",
        issued_at=record.stamp.issued_at,
    )
