"""The audit log as a PDF: the clinic's page template, one table row per event.

Every cell is a :class:`BidiParagraph` that picks its direction from its own text, so an
Arabic name inside an English sentence is joined and ordered, and a sentence translated to
Arabic reads right to left. Fonts are the bundled ones, embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, TableStyle

from scardesk.documents.arabic import starts_rtl
from scardesk.documents.fonts import LATIN
from scardesk.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    RULE,
    TINT,
    BidiParagraph,
    Footer,
    RenderedDocument,
    ar,
    build_pdf,
    en,
)
from scardesk.documents.parts import who_lines
from scardesk.domain.documents import ClinicHeader, PageStamp, PatientNames

#: Time, who (with role), what happened, patient.
_WIDTHS = (27 * mm, 38 * mm, CONTENT_WIDTH - 27 * mm - 38 * mm - 17 * mm, 17 * mm)


@dataclass(frozen=True, slots=True)
class AuditReportText:
    """Every word of the report outside the rows, already translated by the caller."""

    title: str
    filters: str
    headings: tuple[str, str, str, str]
    empty: str
    truncated: str = ""


def _cell(text: str, *, bold: bool = False, size: float = 8.5) -> BidiParagraph:
    """A name or a heading: its direction is its own."""
    return BidiParagraph(text, en(size, bold=bold, auto=True))


def _sentence(text: str, rtl: bool) -> BidiParagraph:
    """A sentence reads in the direction of the report's language, whatever name it starts
    with: "سلمى signed in" is English with an Arabic name in it, not Arabic."""
    return BidiParagraph(text, ar(10) if rtl else en(8.5))


def render_audit_report(
    rows: Sequence[tuple[str, str, str, str, str]],
    texts: AuditReportText,
    clinic: ClinicHeader,
    about: tuple[PatientNames, PageStamp] | None = None,
) -> RenderedDocument:
    """``rows``: (time, who, role, sentence, patient) per event, newest first.

    ``about``: the one patient the report is filtered to, named with file number and date
    of birth at the foot of every page (a report about many patients names none).
    """
    rtl = starts_rtl(texts.title)  # the language the caller translated the report into
    story: list[Flowable] = [
        BidiParagraph(texts.title, en(14, bold=True, color=ACCENT, auto=True)),
        BidiParagraph(texts.filters, en(9, auto=True)),
    ]
    if texts.truncated:
        story.append(BidiParagraph(texts.truncated, en(9, bold=True, auto=True)))
    story.append(Spacer(1, 3 * mm))
    body: list[list[Flowable | list[Flowable]]] = [
        [_cell(heading, bold=True) for heading in texts.headings]
    ]
    for when, who, role, sentence, patient in rows:
        person: list[Flowable] = [_sentence(who, rtl)]
        if role:
            person.append(_cell(role, size=7))
        body.append([_cell(when), person, _sentence(sentence, rtl), _cell(patient)])
    if not rows:
        body.append([_cell(""), _cell(""), _cell(texts.empty), _cell("")])
    table = LongTable(body, colWidths=_WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Tables select a default font even when every cell is a flowable.
                ("FONT", (0, 0), (-1, -1), LATIN, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    footer = Footer()
    if about is not None:
        who_en, who_ar = who_lines(*about)
        footer = Footer(who_en=who_en, who_ar=who_ar)
    return build_pdf(story, clinic, footer, title=texts.title)
