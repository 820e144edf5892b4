"""The canvas side of every document: page templates sized to the header and footer drawn on
them, "page x of y", and the PDF's metadata.

What is drawn in the header and footer is decided in ``layout.py`` (it owns the text
flowables); this module only knows their heights and when to call them, so it imports no
other document module.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from scardesk.domain.time import to_muscat

PAGE_WIDTH, PAGE_HEIGHT = A4


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """The document information dictionary and catalogue language.

    ``created`` (aware) is the issue time, written as Muscat local time; ``None`` keeps
    ReportLab's fixed date, for previews that are never issued. ``keywords`` carries the content
    versions used, which belong to the file, not on the paper.
    """

    title: str
    author: str
    subject: str = ""
    keywords: str = ""
    lang: str = "en"
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class PageDecor:
    """Heights reserved for the header (first and later pages) and footer, and their painters."""

    first_header: float
    later_header: float
    footer: float
    draw_header: Callable[[Canvas, bool], None]
    draw_footer: Callable[[Canvas, int, int], None]


def _numbered_canvas(decor: PageDecor, info: PdfInfo, initial_font: str) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page also names Helvetica, a font the PDF does not embed.
            kwargs["initialFontName"] = initial_font
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            if info.created is not None:
                # The invariant build fixes the date to 2000; the issue time replaces it, so
                # the same record issued at the same instant still gives the same bytes.
                stamp = self._doc._timeStamp
                local = to_muscat(info.created)
                offset = local.utcoffset()
                minutes = int(offset.total_seconds() // 60) if offset is not None else 0
                stamp.YMDhms = local.timetuple()[:6]
                stamp.dhh, stamp.dmm = divmod(minutes, 60)

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                decor.draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build(
    story: list[Flowable], decor: PageDecor, info: PdfInfo, *, margin: float, initial_font: str
) -> tuple[bytes, int]:
    """Lay the story out between header and footer; return the PDF bytes and page count."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        invariant=1,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator="ScarDesk",
        producer="ScarDesk",
        lang=info.lang,
    )
    width = PAGE_WIDTH - 2 * margin
    body_bottom = margin + decor.footer

    def frame(header: float) -> Frame:
        height = PAGE_HEIGHT - margin - header - body_bottom
        return Frame(margin, body_bottom, width, height, 0, 0, 0, 0)

    def on_page(first: bool) -> Callable[[Canvas, BaseDocTemplate], None]:
        return lambda canvas, _doc: decor.draw_header(canvas, first)

    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [frame(decor.first_header)],
                onPage=on_page(True),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame(decor.later_header)], onPage=on_page(False)),
        ]
    )
    doc.build(story, canvasmaker=_numbered_canvas(decor, info, initial_font))
    return buffer.getvalue(), doc.page
