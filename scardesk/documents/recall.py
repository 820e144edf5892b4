"""The recall report as a PDF: a landscape table, Latin and Arabic names side by side.

Cells are plain strings, never Paragraph markup, so a name like ``<b>`` prints as typed.
Arabic names are single short lines: each is joined (arabic-reshaper) and put in visual
order (python-bidi) before drawing, which is all ReportLab needs for them. Fonts are the
bundled Amiri pair, which covers Latin and Arabic alike, registered once.
"""

from __future__ import annotations

import io
from functools import cache

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, Table, TableStyle

from scardesk.domain.products import RecallReport
from scardesk.resources import resource_path

FONT, FONT_BOLD = "ScarDeskRecall", "ScarDeskRecall-Bold"
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False})
HEADER = ("Date", "Name", "الاسم", "Phone", "Civil no.", "Units", "Practitioner")
WIDTHS = (24 * mm, 60 * mm, 55 * mm, 36 * mm, 30 * mm, 18 * mm, 44 * mm)


@cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "Amiri-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "Amiri-Bold.ttf"))))


def _arabic(text: str) -> str:
    return get_display(_RESHAPER.reshape(text)) if text else ""


def render_recall_pdf(report: RecallReport) -> bytes:
    """The report's bytes; pure: no database, no Qt, same input gives the same layout."""
    _register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Recall report — lot {report.lot_number}",
        invariant=True,
    )
    title = Table(
        [
            [
                f"Recall report: {report.product_label}, lot {report.lot_number}",
                _arabic("تقرير سحب التشغيلة"),
            ],
            [f"Expiry {report.expiry_date.isoformat()} · {len(report.rows)} sessions", ""],
        ],
        colWidths=(200 * mm, 67 * mm),
    )
    title.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 13),
                ("FONT", (0, 1), (-1, 1), FONT, 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    body = [[*HEADER[:2], _arabic(HEADER[2]), *HEADER[3:]]]
    for row in report.rows:
        body.append(
            [
                row.performed_on.isoformat(),
                row.name_latin,
                _arabic(row.name_arabic),
                row.phone_display,
                row.civil_number,
                f"{row.units:g}",
                row.practitioner,
            ]
        )
    if not report.rows:
        body.append(["No session used this lot.", "", "", "", "", "", ""])
    table = LongTable(body, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
                ("FONT", (0, 1), (-1, -1), FONT, 9),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("ALIGN", (5, 0), (5, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    document.build([title, Spacer(1, 4 * mm), table])
    return buffer.getvalue()
