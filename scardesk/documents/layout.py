"""Styles, the bilingual text flowable, the page template and the one PDF build function.

Every document is A4 with the clinic's header on the first page (English left, logo centre,
Arabic right), a slim running header after it, and a footer "Page x of y" in both languages
with the content versions used. All text goes through :class:`BidiParagraph`, which parses no
markup, so user-supplied strings print literally.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from scardesk.documents.arabic import Line, layout, starts_rtl
from scardesk.documents.fonts import LATIN, FontSet, arabic_fonts, latin_fonts, register_fonts
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.validation import format_phone_display

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FIRST_HEADER_HEIGHT = 34 * mm
LATER_HEADER_HEIGHT = 12 * mm
FOOTER_HEIGHT = 14 * mm
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
        self, text: str, style: TextStyle, *, bullet: str | None = None, align: str = ""
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
        self._lines: list[Line] = []
        self._laid_width: float | None = None
        self.spaceAfter = style.space_after

    @property
    def indent(self) -> float:
        return self.style.size * 1.1 if self.bullet else 0.0

    def _layout(self, width: float) -> list[Line]:
        if self._laid_width != width:
            s = self.style
            lines = layout(self.text, s.fonts, s.size, max(width - self.indent, s.size), s.rtl)
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
        return [head, tail]

    def _part(self, lines: list[Line], width: float) -> BidiParagraph:
        part = BidiParagraph(self.text, self.style, bullet=self.bullet, align=self.align)
        part._lines, part._laid_width = lines, width
        return part

    def draw(self) -> None:
        s, canvas = self.style, self.canv
        canvas.setFillColor(s.color)
        baseline = self.height - s.leading + (s.leading - s.size) * 0.5 + s.size * 0.22
        for index, line in enumerate(self._lines):
            if self.align == "right":
                x = self.width - self.indent - line.width
            elif self.align == "center":
                x = (self.width - line.width) / 2
            else:
                x = self.indent
            if index == 0 and self.bullet:
                bullet_font = s.fonts.font_for(self.bullet)
                bullet_width = canvas.stringWidth(self.bullet, bullet_font, s.size)
                bx = self.width - bullet_width if s.rtl else 0.0
                canvas.setFont(bullet_font, s.size)
                canvas.drawString(bx, baseline, self.bullet)
            for run in line.runs:
                canvas.setFont(run.font, run.size)
                canvas.drawString(x, baseline, run.text)
                x += run.width
            baseline -= s.leading


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
    """Footer words in both languages and the content versions line."""

    page_en: str = "Page"
    of_en: str = "of"
    page_ar: str = "صفحة"
    of_ar: str = "من"
    versions: str = ""


def _draw_header(canvas: Canvas, clinic: ClinicHeader, first: bool) -> None:
    top = PAGE_HEIGHT - MARGIN
    phone = format_phone_display(clinic.phone_e164) if clinic.phone_e164 else ""
    if not first:
        for text, style, x in (
            (clinic.name, en(9, bold=True), MARGIN),
            (clinic.name_arabic, ar(12, bold=True), MARGIN + CONTENT_WIDTH / 2),
        ):
            block = BidiParagraph(text, replace(style, color=ACCENT))
            block._lines = block._layout(CONTENT_WIDTH / 2)[:1]
            block.wrap(CONTENT_WIDTH / 2, 0)
            block.drawOn(canvas, x, top - block.height)
        canvas.setStrokeColor(RULE)
        canvas.line(
            MARGIN,
            top - LATER_HEADER_HEIGHT + 3 * mm,
            PAGE_WIDTH - MARGIN,
            top - LATER_HEADER_HEIGHT + 3 * mm,
        )
        return
    logo_width = 30 * mm if clinic.logo_png else 0.0
    side = (CONTENT_WIDTH - logo_width) / 2 - 3 * mm
    if clinic.logo_png:
        image = ImageReader(io.BytesIO(clinic.logo_png))
        iw, ih = image.getSize()
        scale = min(logo_width / iw, (FIRST_HEADER_HEIGHT - 8 * mm) / ih)
        w, h = iw * scale, ih * scale
        canvas.drawImage(image, PAGE_WIDTH / 2 - w / 2, top - h, w, h, mask="auto")
    english = [(clinic.name, en(13, bold=True, color=ACCENT), 2), (clinic.address, en(8.5), 2)]
    arabic = [
        (clinic.name_arabic, ar(15, bold=True, color=ACCENT), 2),
        (clinic.address_arabic, ar(10.5), 2),
    ]
    if phone:
        english.append((f"Tel. {phone}", en(8.5), 1))
        arabic.append((f"هاتف: {phone}", ar(10.5), 1))
    for blocks, x in ((english, MARGIN), (arabic, PAGE_WIDTH - MARGIN - side)):
        y = top
        for text, style, max_lines in blocks:
            if not text:
                continue
            block = BidiParagraph(text, style)
            block._lines = block._layout(side)[:max_lines]
            block.wrap(side, 0)
            block.drawOn(canvas, x, y - block.height)
            y -= block.height
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    rule_y = top - FIRST_HEADER_HEIGHT + 3 * mm
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)


def _draw_footer(canvas: Canvas, footer: Footer, page: int, total: int) -> None:
    y = MARGIN - 2 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, MARGIN + 6 * mm, PAGE_WIDTH - MARGIN, MARGIN + 6 * mm)
    left = BidiParagraph(f"{footer.page_en} {page} {footer.of_en} {total}", en(8.5))
    right = BidiParagraph(f"{footer.page_ar} {page} {footer.of_ar} {total}", ar(10))
    middle = BidiParagraph(
        footer.versions, en(6.5, color=colors.HexColor("#5b6770")), align="center"
    )
    for block, x, width in (
        (left, MARGIN, 40 * mm),
        (right, PAGE_WIDTH - MARGIN - 40 * mm, 40 * mm),
        (middle, MARGIN + 42 * mm, CONTENT_WIDTH - 84 * mm),
    ):
        block.wrap(width, 0)
        block.drawOn(canvas, x, y + 6 * mm - block.height)


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page also names Helvetica, a font the PDF does not embed.
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _draw_footer(self, footer, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A finished PDF: its bytes, their SHA-256 (hex), the content versions used and page count."""

    pdf: bytes
    sha256: str
    content_version: str
    pages: int


def build_pdf(
    story: list[Flowable], clinic: ClinicHeader, footer: Footer, *, title: str
) -> RenderedDocument:
    """Lay the story out on the clinic's page template; identical input gives identical bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,
        title=title,
        author=clinic.name,
        creator="ScarDesk",
        producer="ScarDesk",
    )
    body_bottom = MARGIN + FOOTER_HEIGHT - 6 * mm

    def frame(header: float) -> Frame:
        height = PAGE_HEIGHT - MARGIN - header - body_bottom
        return Frame(MARGIN, body_bottom, CONTENT_WIDTH, height, 0, 0, 0, 0)

    def on_page(first: bool) -> Callable[[Canvas, BaseDocTemplate], None]:
        return lambda canvas, _doc: _draw_header(canvas, clinic, first)

    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [frame(FIRST_HEADER_HEIGHT)],
                onPage=on_page(True),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame(LATER_HEADER_HEIGHT)], onPage=on_page(False)),
        ]
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    pdf = buffer.getvalue()
    return RenderedDocument(pdf, hashlib.sha256(pdf).hexdigest(), footer.versions, doc.page)
