"""The recall report as a PDF, drawn page by page as the rows arrive.

A recall of the busiest lot lists ~65,000 sessions (~1,400 pages). A platypus table would hold
every row and every laid-out page until the end; this writer draws each page on the canvas as
soon as its rows are in, so no row is held and an export can show progress and stop. (ReportLab
itself still keeps each finished page, compressed, until it saves: ~1 KB per row.) Rows
have one fixed height (long names are cut with "…"), so the number of pages is known from the
row count before the first page is drawn, and every page can say "page x of y" at once.

Pages carry the clinic's header and footer from :mod:`scardesk.documents.layout` (the page
frame every printed document shares), a title block, the printed on/by line and the
confidentiality line. Cells are drawn as plain strings, never markup, so a name like ``<b>``
prints as typed; Arabic names are joined and put in visual order one line each.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import lru_cache
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from scardesk.documents.arabic import visual
from scardesk.documents.fonts import LATIN, LATIN_BOLD, WIDE, WIDE_BOLD, register_fonts
from scardesk.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    LATER_HEADER_HEIGHT,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TINT,
    URGENT,
    ClinicBanner,
    Footer,
    PageFooter,
    _draw_running_header,
)
from scardesk.documents.recall_sheets import CONFIDENTIAL, printed_line
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.products import RecallHeading, RecallReport, RecallRow

HEADER = ("Date", "Name", "الاسم", "Phone", "Civil no.", "Units", "Practitioner")
WIDTHS = tuple(w * mm for w in (18, 38, 35, 26, 19, 10, 34))
ARABIC_COLUMN, UNITS_COLUMN = 2, 5
SIZE = 8.0
ROW = 5 * mm
PAD = 1.2 * mm
FIRST_TITLE = 23 * mm
LATER_TITLE = 6 * mm
BODY_BOTTOM = MARGIN + 9 * mm
TITLE_AR = "تقرير سحب التشغيلة"
CONFIDENTIAL_AR = (
    "سري: بيانات اتصال المرضى لهذا السحب فقط. لا تُرسل لغير المعنيين، وتُتلف بعد إغلاق السحب."
)
_BAND = colors.HexColor("#f4f7f8")


def _capacity(header: float, title: float, footer: float) -> int:
    """Rows that fit between a page's header (and title) and its footer."""
    top = PAGE_HEIGHT - MARGIN - header - title - ROW  # the column titles take one row
    return int((top - max(BODY_BOTTOM, MARGIN + footer + 2 * mm)) // ROW)


def rows_per_page(clinic: ClinicHeader) -> tuple[int, int]:
    """How many rows the first page and each later page hold for this clinic's header."""
    return _rows_between(ClinicBanner(clinic), PageFooter(Footer()))


def _rows_between(banner: ClinicBanner, footer: PageFooter) -> tuple[int, int]:
    first = _capacity(banner.height, FIRST_TITLE, footer.height)
    return first, _capacity(LATER_HEADER_HEIGHT, LATER_TITLE, footer.height)


def page_count(rows: int, first_page_rows: int, later_page_rows: int) -> int:
    if rows <= first_page_rows:
        return 1
    return 1 + math.ceil((rows - first_page_rows) / later_page_rows)


_LEFTS = tuple(MARGIN + sum(WIDTHS[:column]) for column in range(len(WIDTHS)))
_RIGHTS = tuple(left + width for left, width in zip(_LEFTS, WIDTHS, strict=True))
_ROOM = tuple(width - 2 * PAD for width in WIDTHS)


# Caches: dates, practitioners, units and (in most clinics) many names repeat down the list,
# and measuring and shaping text is most of the time spent drawing a row.
@lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float = SIZE) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=8192)
def _fit(text: str, font: str, width: float) -> str:
    """``text`` cut with "…" to fit ``width`` (a cell is one line: the page count depends on it)."""
    if stringWidth(text, font, SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@lru_cache(maxsize=8192)
def _arabic_cell(text: str, width: float) -> str:
    """Cut in logical order (the name's end), then shaped and reordered for drawing."""
    drawn = visual(text, rtl=True)
    while text and stringWidth(drawn, WIDE, SIZE + 1) > width:
        text = text[:-1]
        drawn = visual(text.rstrip() + "…", rtl=True)
    return drawn


class PdfRecallWriter:
    """Draw the report onto ``stream``: ``write`` batches of rows in order, then ``close``.

    ``heading.sessions`` must be the number of rows that will be written: it fixes the page
    count printed on every page. The rows must fill the pages it promised.
    """

    def __init__(self, stream: BinaryIO, heading: RecallHeading, clinic: ClinicHeader) -> None:
        register_fonts()
        self._heading, self._clinic = heading, clinic
        self._footer = Footer()
        # The clinic's banner grows with its content (logo, address) and the footer with the
        # names it carries: both are measured before the page count is promised.
        self._banner = ClinicBanner(clinic)
        self._page_footer = PageFooter(self._footer)
        self._first_rows, self._later_rows = _rows_between(self._banner, self._page_footer)
        self._pages = page_count(heading.sessions, self._first_rows, self._later_rows)
        self._canvas = Canvas(
            stream,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            invariant=1,
            pageCompression=1,
            initialFontName=LATIN,
        )
        self._canvas.setTitle(f"Recall report — lot {heading.lot_number}")
        self._canvas.setSubject(heading.product_label)
        self._canvas.setAuthor(clinic.name or "ScarDesk")
        self._canvas.setCreator("ScarDesk")
        self._page = 0
        self._room = 0
        self._y = 0.0
        self._row_index = 0

    # --- the page frame ------------------------------------------------------------------
    def _start_page(self) -> None:
        if self._page:
            self._canvas.showPage()
        self._page += 1
        first = self._page == 1
        canvas = self._canvas
        if first:
            self._banner.draw(canvas)
        else:
            _draw_running_header(canvas, self._clinic)
        self._page_footer.draw(canvas, self._page, self._pages)
        top = PAGE_HEIGHT - MARGIN - (self._banner.height if first else LATER_HEADER_HEIGHT)
        self._y = self._draw_title(top, first)
        self._room = self._first_rows if first else self._later_rows
        self._draw_column_titles()

    def _draw_title(self, top: float, first: bool) -> float:
        canvas, heading = self._canvas, self._heading
        right = MARGIN + CONTENT_WIDTH
        if first:
            canvas.setFillColor(ACCENT)
            canvas.setFont(LATIN_BOLD, 12)
            canvas.drawString(
                MARGIN,
                top - 5 * mm,
                _fit(
                    f"Recall report: {heading.product_label}, lot {heading.lot_number}",
                    LATIN_BOLD,
                    CONTENT_WIDTH * 0.7,
                ),
            )
            canvas.setFont(WIDE_BOLD, 13)
            canvas.drawRightString(right, top - 5 * mm, visual(TITLE_AR, rtl=True))
            canvas.setFillColor(INK)
            canvas.setFont(LATIN, 8.5)
            sessions = "1 session" if heading.sessions == 1 else f"{heading.sessions:,} sessions"
            canvas.drawString(
                MARGIN,
                top - 10.5 * mm,
                f"Lot expiry {heading.expiry_date:%d/%m/%Y} · {sessions} · {printed_line(heading)}",
            )
            self._confidential(top - 15.5 * mm)
            return top - FIRST_TITLE
        canvas.setFillColor(INK)
        canvas.setFont(LATIN, 7.5)
        canvas.drawString(
            MARGIN,
            top - 3.5 * mm,
            f"Recall report, lot {heading.lot_number} · {printed_line(heading)}",
        )
        canvas.setFillColor(URGENT)
        canvas.setFont(WIDE, 9)
        arabic = visual("سري", rtl=True)
        canvas.drawRightString(right, top - 3.5 * mm, arabic)
        canvas.setFont(LATIN, 7.5)
        canvas.drawRightString(
            right - stringWidth(arabic, WIDE, 9) - 2 * mm, top - 3.5 * mm, "Confidential ·"
        )
        return top - LATER_TITLE

    def _confidential(self, y: float) -> None:
        canvas = self._canvas
        canvas.setFillColor(URGENT)
        canvas.setFont(LATIN, 8)
        canvas.drawString(MARGIN, y, CONFIDENTIAL)
        canvas.setFont(WIDE, 9.5)
        canvas.drawRightString(
            MARGIN + CONTENT_WIDTH, y - 4.5 * mm, visual(CONFIDENTIAL_AR, rtl=True)
        )

    def _draw_column_titles(self) -> None:
        canvas = self._canvas
        canvas.setFillColor(TINT)
        canvas.rect(MARGIN, self._y - ROW, CONTENT_WIDTH, ROW, stroke=0, fill=1)
        canvas.setFillColor(INK)
        x = MARGIN
        for column, (title, width) in enumerate(zip(HEADER, WIDTHS, strict=True)):
            baseline = self._y - ROW + 1.6 * mm
            if column == ARABIC_COLUMN:
                canvas.setFont(WIDE_BOLD, SIZE + 1)
                canvas.drawRightString(x + width - PAD, baseline, visual(title, rtl=True))
            elif column == UNITS_COLUMN:
                canvas.setFont(LATIN_BOLD, SIZE)
                canvas.drawRightString(x + width - PAD, baseline, title)
            else:
                canvas.setFont(LATIN_BOLD, SIZE)
                canvas.drawString(x + PAD, baseline, title)
            x += width
        self._y -= ROW

    # --- rows ----------------------------------------------------------------------------
    def write(self, rows: Sequence[RecallRow]) -> None:
        canvas, fit, width_of = self._canvas, _fit, _width
        for row in rows:
            if self._room == 0:
                self._start_page()
            self._room -= 1
            top, baseline = self._y, self._y - ROW + 1.6 * mm
            if self._row_index % 2:
                canvas.setFillColor(_BAND)
                canvas.rect(MARGIN, top - ROW, CONTENT_WIDTH, ROW, stroke=0, fill=1)
            canvas.setFillColor(INK)
            # One text object per row: far fewer operators than a drawString per cell.
            text = canvas.beginText()
            text.setFont(LATIN, SIZE)
            for left, value, room in (
                (_LEFTS[0], f"{row.performed_on:%d/%m/%Y}", _ROOM[0]),
                (_LEFTS[1], row.name_latin, _ROOM[1]),
                (_LEFTS[3], row.phone_display, _ROOM[3]),
                (_LEFTS[4], row.civil_number, _ROOM[4]),
                (_LEFTS[6], row.practitioner, _ROOM[6]),
            ):
                if value:
                    text.setTextOrigin(left + PAD, baseline)
                    text.textOut(fit(value, LATIN, room))
            units = f"{row.units:g}"
            text.setTextOrigin(_RIGHTS[UNITS_COLUMN] - PAD - width_of(units, LATIN), baseline)
            text.textOut(units)
            if row.name_arabic:
                drawn = _arabic_cell(row.name_arabic, _ROOM[ARABIC_COLUMN])
                text.setFont(WIDE, SIZE + 1)
                right = _RIGHTS[ARABIC_COLUMN] - PAD
                text.setTextOrigin(right - width_of(drawn, WIDE, SIZE + 1), baseline)
                text.textOut(drawn)
            canvas.drawText(text)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.25)
            canvas.line(MARGIN, top - ROW, MARGIN + CONTENT_WIDTH, top - ROW)
            self._y -= ROW
            self._row_index += 1

    def close(self) -> None:
        if self._page == 0:
            self._start_page()
            self._canvas.setFont(LATIN, 9)
            self._canvas.drawString(
                MARGIN + PAD, self._y - ROW + 1.6 * mm, "No session used this lot."
            )
        self._canvas.showPage()
        self._canvas.save()


def render_recall_pdf(report: RecallReport, heading: RecallHeading, clinic: ClinicHeader) -> bytes:
    """A whole report in memory as PDF bytes (small reports, tests); exports stream instead."""
    buffer = io.BytesIO()
    writer = PdfRecallWriter(buffer, heading, clinic)
    writer.write(report.rows)
    writer.close()
    return buffer.getvalue()
