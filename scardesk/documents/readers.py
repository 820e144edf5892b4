"""The "Who has seen this record" report as a PDF: when, who, what, which record.

Built like the recall report: a plain landscape table in the bundled Amiri pair, which covers
Latin and Arabic, with every cell a plain string (never markup). A staff name written in
Arabic is joined and put in visual order by ``arabic.visual`` before it is drawn. The titles
carry their Arabic beside the English; the rows use the plain English labels of the domain.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, Table, TableStyle

from scardesk.documents.arabic import has_arabic, visual
from scardesk.domain.english import counted
from scardesk.domain.read_events import READ_LABELS, ROLE_LABELS, ReaderRow, row_noun
from scardesk.domain.time import to_muscat
from scardesk.resources import resource_path

FONT, FONT_BOLD = "ScarDeskReaders", "ScarDeskReaders-Bold"
TITLE_AR = "من اطّلع على هذا السجل"
HEADER = ("When (Muscat)", "Who", "Role", "What", "Which record")
HEADER_AR = ("الوقت", "المستخدم", "الدور", "الإجراء", "السجل")
WIDTHS = (38 * mm, 62 * mm, 32 * mm, 85 * mm, 50 * mm)


@dataclass(frozen=True, slots=True)
class ReadersReport:
    patient_id: int
    rows: tuple[ReaderRow, ...]
    made_at: datetime
    made_by: str
    #: True when older reads were left out (the PDF holds the newest ones only).
    truncated: bool = False


@cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "Amiri-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "Amiri-Bold.ttf"))))


def _text(value: str) -> str:
    """A cell as drawn: Arabic joined and reordered, anything else as typed."""
    return visual(value, rtl=True) if has_arabic(value) else value


def _which(row: ReaderRow) -> str:
    noun = row_noun(row.entity)
    if noun is None:
        return "The whole record"
    return f"{noun} #{row.entity_id}" if row.entity_id is not None else noun


def _when(moment: datetime) -> str:
    return to_muscat(moment).strftime("%Y-%m-%d %H:%M:%S")


def render_readers_pdf(report: ReadersReport) -> bytes:
    """The report's bytes; pure: no database, no Qt, no clock."""
    _register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Who has seen this record — patient file #{report.patient_id}",
        invariant=True,
    )
    subtitle = (
        f"Patient file #{report.patient_id} · {counted(len(report.rows), 'read', 'reads')} · "
        f"made {_when(report.made_at)} by {report.made_by}"
    )
    title = Table(
        [
            ["Who has seen this record", _text(TITLE_AR)],
            [_text(subtitle), ""],
        ],
        colWidths=(200 * mm, 67 * mm),
    )
    title.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 14),
                ("FONT", (0, 1), (-1, 1), FONT, 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    body: list[list[str]] = [list(HEADER), [_text(text) for text in HEADER_AR]]
    for row in report.rows:
        body.append(
            [
                _when(row.occurred_at),
                _text(row.user_name),
                ROLE_LABELS.get(row.role, "") if row.role else "",
                READ_LABELS[row.kind],
                _which(row),
            ]
        )
    if not report.rows:
        body.append(["No read of this record has been logged.", "", "", "", ""])
    table = LongTable(body, colWidths=WIDTHS, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 1), FONT_BOLD, 9),
                ("FONT", (0, 2), (-1, -1), FONT, 9),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), colors.whitesmoke),
                ("ALIGN", (0, 1), (-1, 1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [title, Spacer(1, 4 * mm), table]
    if report.truncated:
        note = Table([[f"Only the newest {len(report.rows)} reads are listed."]])
        note.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9)]))
        story.append(note)
    document.build(story)
    return buffer.getvalue()
