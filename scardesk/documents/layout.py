"""Styles, the bilingual text flowable, the page header and footer and the one PDF build function.

Every document is A4 with the clinic's header on the first page (English left, logo centre,
Arabic right; as tall as its content), a slim running header after it, and on every page a
footer naming the patient, the issue date and "page x of y" in both languages. All text goes
through :class:`BidiParagraph`, which parses no markup, so user-supplied strings print
literally. The catalogue language is English and every Arabic line is marked content tagged
``/Lang (ar)``, so a screen reader switches voice line by line.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeAlias

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from scardesk.documents.arabic import Line, Run, has_arabic, layout, starts_rtl
from scardesk.documents.fonts import (
    LATIN,
    FontSet,
    arabic_fonts,
    latin_fonts,
    register_text_fonts,
)
from scardesk.documents.page_frame import PAGE_HEIGHT, PAGE_WIDTH, PageDecor, PdfInfo, build
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.validation import format_phone_display

MARGIN = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LATER_HEADER_HEIGHT = 12 * mm
DOCUMENT_LANG = "en"
#: English column and Arabic column of a bilingual table; Arabic is larger type, so wider.
EN_WIDTH = CONTENT_WIDTH * 0.41
AR_WIDTH = CONTENT_WIDTH - EN_WIDTH

INK = colors.HexColor("#1d2731")
ACCENT = colors.HexColor("#0f5e6b")
TINT = colors.HexColor("#e3eff1")
URGENT = colors.HexColor("#a4161a")
URGENT_TINT = colors.HexColor("#fbeaea")
RULE = colors.HexColor("#b9c6cc")


@dataclass(frozen=True, slots=True)
class TextStyle:
    fonts: FontSet
    size: float
    leading: float
    rtl: bool = False
    color: colors.Color = INK
    space_after: float = 0.0
    #: Choose the direction from the text itself (free text in either script).
    auto: bool = False


def en(size: float = 10.5, *, bold: bool = False, **kw: Any) -> TextStyle:
    return TextStyle(latin_fonts(bold), size, kw.pop("leading", size * 1.32), **kw)


def ar(size: float = 16.0, *, bold: bool = False, **kw: Any) -> TextStyle:
    # Naskh has tall ascenders and deep descenders: it needs more leading than Latin.
    return TextStyle(arabic_fonts(bold), size, kw.pop("leading", size * 1.45), rtl=True, **kw)


class BidiParagraph(Flowable):
    """Wrapped text in either direction; right-aligned when the style is right-to-left.

    ``bullet`` hangs at the line start (left for English, right for Arabic).
    """

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        bullet: str | None = None,
        align: str = "",
        lead: str = "",
        lead_color: colors.Color | None = None,
    ) -> None:
        super().__init__()
        if style.auto and starts_rtl(text):
            # Free text that begins in Arabic reads right to left, in the Arabic face.
            style = replace(
                style,
                fonts=arabic_fonts(style.fonts is latin_fonts(True)),
                rtl=True,
                size=style.size * 1.2,
                leading=style.leading * 1.3,
            )
            align = "right"
        self.text = text
        self.style = style
        self.bullet = bullet
        self.align = align or ("right" if style.rtl else "left")
        # A bold label at the start of the first line ("Today:"), the text running on after it:
        # a row's label costs no line of its own.
        self.lead = lead
        self.lead_color = lead_color or style.color
        self._lead_line: Line | None = None
        if lead:
            bold = arabic_fonts(True) if style.rtl else latin_fonts(True)
            laid = layout(lead, bold, style.size, 1e6, style.rtl)
            self._lead_line = laid[0] if laid else None
        self._lines: list[Line] = []
        self._laid_width: float | None = None
        self._is_part = False
        self.spaceAfter = style.space_after

    @property
    def indent(self) -> float:
        return self.style.size * 1.1 if self.bullet else 0.0

    @property
    def lead_width(self) -> float:
        return self._lead_line.width + self.style.size * 0.3 if self._lead_line else 0.0

    def _layout(self, width: float) -> list[Line]:
        # A part of a split paragraph keeps its lines: a table may wrap it at a width a few
        # points off the one it was split at, and laying the whole text out again would print
        # it twice.
        if self._laid_width != width and not self._is_part:
            s = self.style
            text_width = max(width - self.indent, s.size)
            first = max(text_width - self.lead_width, s.size) if self._lead_line else None
            lines = layout(self.text, s.fonts, s.size, text_width, s.rtl, first)
            self._lines = list(lines)
            self._laid_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit < 1 or fit >= len(lines):
            return []
        head, tail = self._part(lines[:fit], availWidth), self._part(lines[fit:], availWidth)
        tail.bullet = None
        tail.lead, tail._lead_line = "", None
        return [head, tail]

    def _part(self, lines: list[Line], width: float) -> BidiParagraph:
        part = BidiParagraph(
            self.text,
            self.style,
            bullet=self.bullet,
            align=self.align,
            lead=self.lead,
            lead_color=self.lead_color,
        )
        part._lines, part._laid_width, part._is_part = lines, width, True
        return part

    def draw(self) -> None:
        s, canvas = self.style, self.canv
        canvas.setFillColor(s.color)
        baseline = self.height - s.leading + (s.leading - s.size) * 0.5 + s.size * 0.22
        for index, line in enumerate(self._lines):
            lead = self._lead_line if index == 0 else None
            shift = self.lead_width if lead else 0.0
            if self.align == "right":
                x = self.width - self.indent - shift - line.width
            elif self.align == "center":
                x = (self.width - line.width) / 2
            else:
                x = self.indent + shift
            if index == 0 and self.bullet:
                bullet_font = s.fonts.font_for(self.bullet)
                bullet_width = canvas.stringWidth(self.bullet, bullet_font, s.size)
                bx = self.width - bullet_width if s.rtl else 0.0
                canvas.setFont(bullet_font, s.size)
                canvas.drawString(bx, baseline, self.bullet)
            # Drawn left to right: the label left of an English line, right of an Arabic one.
            segments = [(x, line.runs, s.color)]
            if lead is not None:
                lead_x = self.width - self.indent - lead.width if s.rtl else self.indent
                segments.insert(len(segments) if s.rtl else 0, (lead_x, lead.runs, self.lead_color))
            arabic_line = any(has_arabic(r.text) for _, runs, _ in segments for r in runs)
            if arabic_line:
                canvas.addLiteral("/Span <</Lang (ar)>> BDC")
            for x, runs, color in segments:
                if lead is not None:
                    canvas.setFillColor(color)
                _draw_runs(canvas, x, baseline, runs)
            if arabic_line:
                canvas.addLiteral("EMC")
            if lead is not None:
                canvas.setFillColor(s.color)  # the label's colour ends with its line
            baseline -= s.leading


def _draw_runs(canvas: Canvas, x: float, baseline: float, runs: Sequence[Run]) -> None:
    """One text object for a line's runs, each placed at its measured start.

    ``drawString`` per run opened a text object of its own, measured the run again and asked
    for bidi work that ``arabic.py`` has already done; an Arabic line has several runs (digits
    and Latin words are in another face). The glyphs and their positions are the same.
    """
    if not runs:
        return
    text = canvas.beginText(x, baseline)
    for index, run in enumerate(runs):
        if index:
            text.setTextOrigin(x, baseline)
        text.setFont(run.font, run.size)
        text.textOut(run.text)
        x += run.width
    canvas.drawText(text)


Cell: TypeAlias = Flowable | list[Flowable] | str


def bilingual_table(
    rows: Sequence[tuple[Cell, Cell]],
    *,
    heading: bool = False,
    background: colors.Color | None = None,
    border: colors.Color | None = None,
) -> Table:
    """English left, Arabic right, one row per pair; rows never split, tables split between rows."""
    table = Table([list(row) for row in rows], colWidths=[EN_WIDTH, AR_WIDTH])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Tables select a default font even when every cell is a flowable: make it a bundled one.
        ("FONT", (0, 0), (-1, -1), LATIN, 10),
        ("LEFTPADDING", (0, 0), (0, -1), 4),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("LEFTPADDING", (1, 0), (1, -1), 10),
        ("RIGHTPADDING", (1, 0), (1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
    ]
    if heading:
        commands += [("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if background is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 1.2, border))
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True, slots=True)
class Footer:
    """The words at the foot of every page, in both languages.

    ``who_*`` names the patient (name, file number, date of birth) and ``issued_*`` the issue
    date; either may be empty (a blank form, a report about no one patient). ``versions`` (the
    content files used) goes into the PDF's keywords, not on the paper.
    """

    page_en: str = "Page"
    of_en: str = "of"
    page_ar: str = "صفحة"
    of_ar: str = "من"
    versions: str = ""
    who_en: str = ""
    who_ar: str = ""
    issued_en: str = ""
    issued_ar: str = ""


HEADER_GAP = 3 * mm
LOGO_BOX = (30 * mm, 24 * mm)
QR_SIZE = 18 * mm
SIDE_GAP = 3 * mm


def _header_blocks(clinic: ClinicHeader, width: float) -> tuple[list[Flowable], list[Flowable]]:
    """The English and Arabic header lines, laid out at ``width``; nothing is cut."""
    phone = format_phone_display(clinic.phone_e164) if clinic.phone_e164 else ""
    english = [(clinic.name, en(13, bold=True, color=ACCENT)), (clinic.address, en(8.5))]
    arabic = [
        (clinic.name_arabic, ar(15, bold=True, color=ACCENT)),
        (clinic.address_arabic, ar(10.5)),
    ]
    if phone:
        english.append((f"Tel. {phone}", en(8.5)))
        arabic.append((f"هاتف: {phone}", ar(10.5)))
    english.append((clinic.hours, en(8.5)))
    arabic.append((clinic.hours_arabic, ar(10.5)))
    if clinic.moh_licence:
        english.append((f"Ministry of Health licence no. {clinic.moh_licence}", en(8.5)))
        arabic.append((f"ترخيص وزارة الصحة رقم {clinic.moh_licence}", ar(10.5)))
    columns: tuple[list[Flowable], list[Flowable]] = ([], [])
    for column, lines in zip(columns, (english, arabic), strict=True):
        for text, style in lines:
            if text:
                block = BidiParagraph(text, style)
                block.wrap(width, 0)
                column.append(block)
    return columns


def _logo(clinic: ClinicHeader) -> tuple[ImageReader, float, float] | None:
    """The logo scaled into its box, keeping its proportions."""
    if not clinic.logo_png:
        return None
    image = ImageReader(io.BytesIO(clinic.logo_png))
    iw, ih = image.getSize()
    scale = min(LOGO_BOX[0] / iw, LOGO_BOX[1] / ih)
    return image, iw * scale, ih * scale


def whatsapp_link(e164: str) -> str:
    """``+96891234567`` → ``https://wa.me/96891234567`` (wa.me takes digits only)."""
    return "https://wa.me/" + e164.lstrip("+")


def _whatsapp_code(clinic: ClinicHeader) -> Drawing | None:
    """A QR code (drawn by ReportLab, vector) that opens a WhatsApp chat with the clinic."""
    if not clinic.whatsapp_e164:
        return None
    # Imported only for a clinic with a WhatsApp number: ReportLab's barcode package is a
    # sizeable import every sheet of the other clinics would pay for (#16).
    from reportlab.graphics.barcode.qr import QrCodeWidget

    code = QrCodeWidget(whatsapp_link(clinic.whatsapp_e164), barLevel="M")
    x0, y0, x1, y1 = code.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    drawing.add(code)
    return drawing


class ClinicBanner:
    """The first page's header: English left, logo and WhatsApp code centre, Arabic right,
    then a rule.

    Measured before the pages are laid out, so the body starts below the tallest column
    however long the address: the header grows, it never cuts a line.
    """

    def __init__(self, clinic: ClinicHeader) -> None:
        self.clinic = clinic
        self.logo = _logo(clinic)
        self.code = _whatsapp_code(clinic)
        self.caption = BidiParagraph("WhatsApp", en(6.5), align="center")
        self.caption.wrap(QR_SIZE + 4 * mm, 0)
        centre = (LOGO_BOX[0] + SIDE_GAP if self.logo else 0.0) + (
            QR_SIZE + SIDE_GAP if self.code else 0.0
        )
        self.centre = centre
        self.side = (CONTENT_WIDTH - centre) / 2 - SIDE_GAP
        self.english, self.arabic = _header_blocks(clinic, self.side)
        columns = [sum(b.height for b in self.english), sum(b.height for b in self.arabic)]
        if self.logo:
            columns.append(self.logo[2])
        if self.code:
            columns.append(QR_SIZE + self.caption.height)
        self.height = max([*columns, 8 * mm]) + 2 * HEADER_GAP

    def draw(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - MARGIN
        x = PAGE_WIDTH / 2 - (self.centre - SIDE_GAP) / 2
        if self.logo:
            image, w, h = self.logo
            canvas.drawImage(image, x + (LOGO_BOX[0] - w) / 2, top - h, w, h, mask="auto")
            x += LOGO_BOX[0] + SIDE_GAP
        if self.code:
            renderPDF.draw(self.code, canvas, x, top - QR_SIZE)
            self.caption.drawOn(canvas, x - 2 * mm, top - QR_SIZE - self.caption.height)
            link = whatsapp_link(self.clinic.whatsapp_e164)
            canvas.linkURL(link, (x, top - QR_SIZE, x + QR_SIZE, top), relative=0)
        for blocks, x in ((self.english, MARGIN), (self.arabic, PAGE_WIDTH - MARGIN - self.side)):
            y = top
            for block in blocks:
                block.drawOn(canvas, x, y - block.height)
                y -= block.height
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        rule_y = top - self.height + HEADER_GAP
        canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)


def _draw_running_header(canvas: Canvas, clinic: ClinicHeader) -> None:
    """Pages after the first: the clinic's name in both languages over a thin rule."""
    top = PAGE_HEIGHT - MARGIN
    for text, style, x in (
        (clinic.name, en(9, bold=True), MARGIN),
        (clinic.name_arabic, ar(12, bold=True), MARGIN + CONTENT_WIDTH / 2),
    ):
        block = BidiParagraph(text, replace(style, color=ACCENT))
        block._lines = block._layout(CONTENT_WIDTH / 2)[:1]
        block.wrap(CONTENT_WIDTH / 2, 0)
        block.drawOn(canvas, x, top - block.height)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    rule_y = top - LATER_HEADER_HEIGHT + 3 * mm
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)


FOOTER_GREY = colors.HexColor("#5b6770")


class PageFooter:
    """Patient, issue date and "page x of y" in both languages on every page.

    Its height is measured with a two-digit page count, so the body frame leaves room for
    the tallest footer (a long name wraps rather than running into the other column).
    """

    def __init__(self, footer: Footer) -> None:
        self.footer = footer
        self.width = CONTENT_WIDTH / 2 - SIDE_GAP
        english, arabic = self._columns(88, 88)
        self.height = max(self._height(english), self._height(arabic)) + 2 * mm

    def _columns(self, page: int, total: int) -> tuple[list[BidiParagraph], list[BidiParagraph]]:
        f = self.footer
        page_en = f"{f.page_en} {page} {f.of_en} {total}"
        page_ar = f"{f.page_ar} {page} {f.of_ar} {total}"
        lines_en = [f.who_en, " · ".join(filter(None, (f.issued_en, page_en)))]
        lines_ar = [f.who_ar, " · ".join(filter(None, (f.issued_ar, page_ar)))]
        style_en, style_ar = en(8, color=FOOTER_GREY), ar(10, color=FOOTER_GREY, leading=13.5)
        english = [BidiParagraph(t, style_en) for t in lines_en if t]
        arabic = [BidiParagraph(t, style_ar) for t in lines_ar if t]
        for block in [*english, *arabic]:
            block.wrap(self.width, 0)
        return english, arabic

    @staticmethod
    def _height(blocks: list[BidiParagraph]) -> float:
        return sum(block.height for block in blocks)

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        top = MARGIN + self.height - 1.5 * mm
        canvas.line(MARGIN, top + 0.5 * mm, PAGE_WIDTH - MARGIN, top + 0.5 * mm)
        english, arabic = self._columns(page, total)
        for blocks, x in ((english, MARGIN), (arabic, PAGE_WIDTH - MARGIN - self.width)):
            y = top
            for block in blocks:
                block.drawOn(canvas, x, y - block.height)
                y -= block.height


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A finished PDF: its bytes, their SHA-256 (hex), the content versions used and page count."""

    pdf: bytes
    sha256: str
    content_version: str
    pages: int


def build_pdf(
    story: list[Flowable],
    clinic: ClinicHeader,
    footer: Footer,
    *,
    title: str,
    subject: str = "",
    issued_at: datetime | None = None,
) -> RenderedDocument:
    """Lay the story out on the clinic's page template; identical input gives identical bytes.

    ``issued_at`` becomes the PDF's creation date (none: ReportLab's fixed date, for previews).
    """
    register_text_fonts()  # Amiri only if a character needs it (fonts.font_for)
    banner, page_footer = ClinicBanner(clinic), PageFooter(footer)
    decor = PageDecor(
        first_header=banner.height,
        later_header=LATER_HEADER_HEIGHT,
        footer=page_footer.height,
        draw_header=lambda canvas, first: (
            banner.draw(canvas) if first else _draw_running_header(canvas, clinic)
        ),
        draw_footer=page_footer.draw,
    )
    info = PdfInfo(
        title=title,
        author=clinic.name or clinic.name_arabic,
        subject=subject,
        keywords=footer.versions,
        lang=DOCUMENT_LANG,
        created=issued_at,
    )
    pdf, pages = build(story, decor, info, margin=MARGIN, initial_font=LATIN)
    return RenderedDocument(pdf, hashlib.sha256(pdf).hexdigest(), footer.versions, pages)
