"""The aftercare sheet of one session: one merged sheet however many treatments were given.

Layout, top to bottom: clinic header (the shared frame); title; patient, date, practitioner and
the next visit; what was done today, each treatment named as given; one timeline of what to
expect (today, days 1 to 3, week 1, week 2, later); one list of do's and one of don'ts, merged
across treatments by key with the strictest time frame winning
(:mod:`scardesk.domain.aftercare_advice`); one red box with the warning signs and whom to call.

English and Arabic side by side by default, or one language across the page; large print
(English 14 pt, Arabic 20 pt) for older patients. Regular print is English 9 pt and Arabic
13 pt (see ``EN_SIZE``), each item one row with both languages side by side; an Arabic-only
sheet sets Arabic at the clinical reference's 16 pt (``AR_ONLY_SIZE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from scardesk.documents.content import (
    ContentFile,
    ContentLibrary,
    ItemTag,
    content_version_label,
)
from scardesk.documents.fonts import LATIN
from scardesk.documents.layout import (
    ACCENT,
    AR_WIDTH,
    CONTENT_WIDTH,
    EN_WIDTH,
    RULE,
    TINT,
    URGENT,
    URGENT_TINT,
    BidiParagraph,
    RenderedDocument,
    TextStyle,
    ar,
    build_pdf,
    en,
)
from scardesk.documents.parts import (
    Texts,
    date_ar,
    date_en,
    document_title,
    name_ar,
    name_en,
    number,
    when_ar,
    when_en,
)
from scardesk.domain.aftercare_advice import Advice, MergedAdvice, Phase, Section, applies, merge
from scardesk.domain.documents import (
    AftercareRecord,
    ContentKind,
    Lang,
    ModalityDone,
    SheetLanguage,
    SheetOptions,
)
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.time import to_muscat

_PHASE_LABEL = {
    Phase.TODAY: "phase_today",
    Phase.DAYS_1_3: "phase_days1_3",
    Phase.WEEK_1: "phase_week1",
    Phase.WEEK_2: "phase_week2",
    Phase.LATER: "phase_later",
}
#: Regular print. Arabic is set about half as large again as English (Naskh at a given size
#: reads as small as Latin at two thirds of it); both are under the other documents' and the
#: 16 pt of clinical reference §7 so that three treatments with an 80-character name fit on two
#: pages (measured: at 9.5/14 ten triples took three); large print is one click away.
EN_SIZE, AR_SIZE = 9.0, 13.0
#: An Arabic-only sheet has the whole width: there the reference's "about 16 pt" fits, every
#: combination of up to three treatments still on two pages (measured; docs/printed-documents).
AR_ONLY_SIZE = 16.0
#: The smallest part of a row split across pages, in points (about three lines).
_MIN_ROW_PART = 40
#: A booked appointment this close to the toxin review date serves as the review.
_REVIEW_SLACK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Styles:
    """Type sizes for one sheet: regular or large print."""

    en_body: TextStyle
    ar_body: TextStyle
    en_head: TextStyle
    ar_head: TextStyle
    en_title: TextStyle
    ar_title: TextStyle
    en_strong: TextStyle
    ar_strong: TextStyle

    @classmethod
    def of(cls, large: bool, arabic_only: bool = False) -> Styles:
        e, a = (14.0, 20.0) if large else (EN_SIZE, AR_ONLY_SIZE if arabic_only else AR_SIZE)
        return cls(
            en_body=en(e, leading=e * 1.2),
            ar_body=ar(a, leading=a * 1.2),
            en_head=en(e + 1, bold=True, color=ACCENT),
            ar_head=ar(a + 0.5, bold=True, color=ACCENT, leading=a * 1.15),
            en_title=en(e + 4, bold=True),
            ar_title=ar(a + 4, bold=True, leading=(a + 4) * 1.25),
            en_strong=en(e, bold=True, leading=e * 1.25),
            ar_strong=ar(a - 0.5, bold=True, leading=a * 1.25),
        )


class Columns:
    """Rows of the sheet in the languages chosen: English left and Arabic right, or one
    language across the full width."""

    def __init__(self, language: SheetLanguage) -> None:
        self.langs = {
            SheetLanguage.BOTH: (Lang.EN, Lang.AR),
            SheetLanguage.EN: (Lang.EN,),
            SheetLanguage.AR: (Lang.AR,),
        }[language]
        # The shared split (English 41%): 43 to 47% were measured and put no sheet on fewer pages.
        self.widths = [EN_WIDTH, AR_WIDTH] if len(self.langs) == 2 else [CONTENT_WIDTH]

    def shows(self, lang: Lang) -> bool:
        return lang in self.langs

    def row(self, en_cell: Any, ar_cell: Any) -> list[Any]:
        cells = {Lang.EN: en_cell, Lang.AR: ar_cell}
        return [cells[lang] for lang in self.langs]

    def table(
        self,
        rows: Sequence[list[Any]],
        *,
        background: colors.Color | None = None,
        border: colors.Color | None = None,
        pad: float = 0.7,
    ) -> Table:
        """The table splits between rows, and inside a row only when both parts keep at
        least ``_MIN_ROW_PART`` of it: large print's long timeline rows would otherwise leave
        a quarter of a page empty."""
        table = Table([list(row) for row in rows], colWidths=self.widths, splitInRow=_MIN_ROW_PART)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), LATIN, 10),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.5),
        ]
        if len(self.langs) == 2:
            commands += [
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
                ("LEFTPADDING", (1, 0), (1, -1), 10),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
            ]
        if background is not None:
            commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
        if border is not None:
            commands.append(("BOX", (0, 0), (-1, -1), 1.2, border))
        table.setStyle(TableStyle(commands))
        return table


class SheetWriter:
    """Turns the record's merged advice into flowables, in the chosen languages and sizes."""

    def __init__(self, texts: Texts, options: SheetOptions) -> None:
        self.texts = texts
        self.cols = Columns(options.language)
        self.s = Styles.of(options.large_print, options.language is SheetLanguage.AR)

    def para(
        self,
        text: str,
        lang: Lang,
        *,
        bullet: bool = False,
        strong: bool = False,
        lead: str = "",
        lead_color: colors.Color | None = None,
    ) -> Any:
        if not text and not lead:
            return Spacer(1, 1)
        if lang is Lang.EN:
            style = self.s.en_strong if strong else self.s.en_body
        else:
            style = self.s.ar_strong if strong else self.s.ar_body
        return BidiParagraph(
            self.texts.filled(text, lang),
            style,
            bullet="•" if bullet else None,
            lead=lead,
            lead_color=lead_color,
        )

    def heading(self, key: str, *, color: colors.Color = TINT) -> Table:
        table = self.cols.table(
            [
                self.cols.row(
                    BidiParagraph(self.texts.en[key], self.s.en_head),
                    BidiParagraph(self.texts.ar[key], self.s.ar_head),
                )
            ],
            background=color,
            pad=1.2,
        )
        table.keepWithNext = True
        return table

    def items(self, advice: Sequence[Advice]) -> list[list[Any]]:
        return [
            self.cols.row(
                self.para(a.en, Lang.EN, bullet=True), self.para(a.ar, Lang.AR, bullet=True)
            )
            for a in advice
            if any(self._text(a, lang) for lang in self.cols.langs)
        ]

    @staticmethod
    def _text(advice: Advice, lang: Lang) -> str:
        return advice.en if lang is Lang.EN else advice.ar

    def listed(self, key: str, advice: Sequence[Advice]) -> list[Flowable]:
        """A heading kept with its first item, then the rest (which may run onto the next page)."""
        rows = self.items(advice)
        if not rows:
            return []
        story: list[Flowable] = [self.heading(key), self.cols.table(rows[:1])]
        if len(rows) > 1:
            story.append(self.cols.table(rows[1:]))
        return story

    def timeline(self, merged: MergedAdvice) -> list[Flowable]:
        """What to expect, one row per phase: the phase in bold, its items run on after it
        as one paragraph (short sentences read well run together, and neither the label nor
        the half-empty last line of every bullet costs a line)."""
        rows = []
        for phase, advice in merged.timeline:
            key = _PHASE_LABEL[phase]
            cells: dict[Lang, Flowable] = {}
            for lang in self.cols.langs:
                sentences = [self._text(a, lang) for a in advice if self._text(a, lang)]
                label = (self.texts.en if lang is Lang.EN else self.texts.ar)[key]
                style = self.s.en_body if lang is Lang.EN else self.s.ar_body
                cells[lang] = BidiParagraph(
                    self.texts.filled(" ".join(sentences), lang), style, lead=f"{label}:"
                )
            rows.append(self.cols.row(cells.get(Lang.EN), cells.get(Lang.AR)))
        if not rows:
            return []
        story: list[Flowable] = [self.heading("expect"), self.cols.table(rows[:1])]
        if len(rows) > 1:
            story.append(self.cols.table(rows[1:]))
        return story

    def urgent_box(self, merged: MergedAdvice, common: tuple[ContentFile, ContentFile]) -> Table:
        """Every warning sign once, and whom to call, boxed in red."""
        en_head = TextStyle(self.s.en_head.fonts, self.s.en_head.size, self.s.en_head.leading)
        ar_head = TextStyle(
            self.s.ar_head.fonts, self.s.ar_head.size, self.s.ar_head.leading, rtl=True
        )
        en_red = _recolor(en_head, URGENT)
        ar_red = _recolor(ar_head, URGENT)
        rows = [
            self.cols.row(
                BidiParagraph(self.texts.en["warning_signs"], en_red),
                BidiParagraph(self.texts.ar["warning_signs"], ar_red),
            )
        ]
        rows += self.items(merged.urgent)
        call_row = len(rows)
        # "Whom to call" leads the first call line, in red on a tinted row: a heading row of
        # its own cost every sheet a line.
        en_calls, ar_calls = common[0].items("whom_to_call"), common[1].items("whom_to_call")
        for index in range(max(len(en_calls), len(ar_calls))):
            lead_en = f"{self.texts.en['whom_to_call']}:" if index == 0 else ""
            lead_ar = f"{self.texts.ar['whom_to_call']}:" if index == 0 else ""
            rows.append(
                self.cols.row(
                    self.para(
                        en_calls[index] if index < len(en_calls) else "",
                        Lang.EN,
                        bullet=True,
                        lead=lead_en,
                        lead_color=URGENT,
                    ),
                    self.para(
                        ar_calls[index] if index < len(ar_calls) else "",
                        Lang.AR,
                        bullet=True,
                        lead=lead_ar,
                        lead_color=URGENT,
                    ),
                )
            )
        box = self.cols.table(rows, border=URGENT)
        box.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), URGENT_TINT),
                ("LINEABOVE", (0, call_row), (-1, call_row), 0.6, URGENT),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("TOPPADDING", (0, call_row), (-1, call_row), 2),
            ]
        )
        return box


def _recolor(style: TextStyle, color: colors.Color) -> TextStyle:
    return TextStyle(style.fonts, style.size, style.leading, rtl=style.rtl, color=color)


def _done_lines(done: ModalityDone, texts: Texts) -> tuple[str, str]:
    """One line per language: the treatment as given, areas, product, total units."""
    modality_key = f"modality_{done.modality.value}"
    en_parts = [done.name_en or texts.en[modality_key]]
    ar_parts = [done.name_ar or texts.ar[modality_key]]
    if done.areas:
        en_parts.append(
            f"{texts.en['areas']}: " + ", ".join(texts.region(a, Lang.EN) for a in done.areas)
        )
        ar_parts.append(
            f"{texts.ar['areas']}: " + "، ".join(texts.region(a, Lang.AR) for a in done.areas)
        )
    if done.product:
        en_parts.append(f"{texts.en['product']}: {done.product}")
        ar_parts.append(f"{texts.ar['product']}: {done.product}")
    if done.total_units is not None:
        units = number(done.total_units)
        en_parts.append(f"{texts.en['total_units']}: {units} {texts.en['units_suffix']}")
        ar_parts.append(f"{texts.ar['total_units']}: {units} {texts.ar['units_suffix']}")
    en_parts.extend(f"{label}: {value}" for label, value in done.details)
    return ". ".join(en_parts) + ".", ". ".join(ar_parts) + "."


def _paired(
    section: Section,
    origin: int,
    name: str,
    en_items: Sequence[tuple[ItemTag, str]],
    ar_items: Sequence[tuple[ItemTag, str]],
) -> list[Advice]:
    """English and Arabic items paired by key (an untagged item's key is its position), so a
    file whose items are in a different order still pairs; the English tag decides the time
    frame when the two files disagree."""
    keyed: dict[str, dict[Lang, tuple[ItemTag, str, int]]] = {}
    for lang, items in ((Lang.EN, en_items), (Lang.AR, ar_items)):
        for index, (tag, text) in enumerate(items):
            key = tag.key or f"{name}.{section.value}.{index}"
            keyed.setdefault(key, {})[lang] = (tag, text, index)
    advice = []
    for key, found in keyed.items():
        tag, _, position = found.get(Lang.EN) or found[Lang.AR]
        advice.append(
            Advice(
                section=section,
                key=key,
                en=found[Lang.EN][1] if Lang.EN in found else "",
                ar=found[Lang.AR][1] if Lang.AR in found else "",
                origin=(origin, position),
                hours=tag.hours,
                spf=tag.spf,
                phase=tag.phase,
            )
        )
    return advice


def collect_advice(
    record: AftercareRecord,
    files: dict[tuple[Modality, Lang], ContentFile],
    common: tuple[ContentFile, ContentFile],
) -> MergedAdvice:
    """Every item meant for the treatments as given (their variants), plus the common warning
    signs, merged into one sheet's advice."""
    variants: dict[Modality, frozenset[str]] = {}
    for done in record.modalities:
        variants[done.modality] = variants.get(done.modality, frozenset()) | done.variants
    order = list(Modality)
    advice: list[Advice] = []
    for modality, given in variants.items():
        for section in Section:
            en_side, ar_side = (
                [
                    (tag, text)
                    for tag, text in files[modality, lang].tagged(section.value)
                    if applies(tag.only, given)
                ]
                for lang in (Lang.EN, Lang.AR)
            )
            advice += _paired(section, order.index(modality), modality.value, en_side, ar_side)
    advice += _paired(
        Section.URGENT,
        -1,  # a modality's own wording of a shared sign is more specific than the common one
        "common",
        common[0].tagged("warning_signs"),
        common[1].tagged("warning_signs"),
    )
    return merge(advice)


def _next_visit(record: AftercareRecord, texts: Texts) -> list[tuple[str, str, str, str]]:
    """The booked appointment, else "around DATE — please call to book"; and the toxin review
    unless a booked appointment falls near it."""
    rows = []
    if record.next_appointment is not None:
        next_en, next_ar = when_en(record.next_appointment), when_ar(record.next_appointment)
    elif record.next_due is not None:
        next_en = _around(date_en(record.next_due), texts.en)
        next_ar = _around(date_ar(record.next_due), texts.ar, arabic=True)
    else:
        next_en, next_ar = texts.en["no_next_appointment"], texts.ar["no_next_appointment"]
    rows.append((texts.en["next_appointment"], next_en, texts.ar["next_appointment"], next_ar))
    review = record.toxin_review
    if review is not None:
        booked = record.next_appointment
        near = booked is not None and abs(to_muscat(booked).date() - review) <= _REVIEW_SLACK
        if not near:
            rows.append(
                (
                    texts.en["toxin_review"],
                    _around(date_en(review), texts.en),
                    texts.ar["toxin_review"],
                    _around(date_ar(review), texts.ar, arabic=True),
                )
            )
    return rows


def _around(day: str, labels: dict[str, str], *, arabic: bool = False) -> str:
    # An em dash between a year and Arabic words is a neutral the bidi algorithm moves to the
    # wrong side of the year; the Arabic comma stays where it is written.
    joint = "، " if arabic else " — "
    return f"{labels['next_visit_around']} {day}{joint}{labels['please_call_to_book']}"


def _texts(library: ContentLibrary, record: AftercareRecord) -> Texts:
    """The clinic's labels over the bundled ones: a clinic's copy of ``common`` written before
    a label existed still prints it."""
    texts = Texts.load(library, record.clinic)
    # Sharing the library's cache: a fresh library would parse both common files per sheet.
    bundled = library.with_override(None)
    for lang, labels in ((Lang.EN, texts.en), (Lang.AR, texts.ar)):
        for key, value in bundled.common(lang).labels().items():
            labels.setdefault(key, value)
    return texts


def aftercare_story(
    record: AftercareRecord, library: ContentLibrary, options: SheetOptions | None = None
) -> tuple[list[Flowable], Texts]:
    """The flowables of the sheet and the texts used; split out so tests can inspect it."""
    if not record.modalities:
        raise ValidationError({"modalities": Message("document.no_modality")})
    options = options or SheetOptions()
    texts = _texts(library, record)
    files = {
        (done.modality, lang): texts.use(library.load(ContentKind.AFTERCARE, lang, done.modality))
        for done in record.modalities
        for lang in Lang
    }
    common = (texts.files[0], texts.files[1])
    merged = collect_advice(record, files, common)
    w = SheetWriter(texts, options)
    cols = w.cols
    facts = [
        (
            texts.en["patient"],
            name_en(record.patient),
            texts.ar["patient"],
            name_ar(record.patient),
        ),
        (
            texts.en["date"],
            f"{date_en(record.session_date, hijri=options.show_hijri)}. "
            f"{texts.en['practitioner']}: {record.practitioner}",
            texts.ar["date"],
            f"{date_ar(record.session_date, hijri=options.show_hijri)}. "
            f"{texts.ar['practitioner']}: {record.practitioner_arabic or record.practitioner}",
        ),
        *_next_visit(record, texts),
    ]
    story: list[Flowable] = [
        cols.table(
            [
                cols.row(
                    BidiParagraph(texts.en["aftercare_title"], w.s.en_title),
                    BidiParagraph(texts.ar["aftercare_title"], w.s.ar_title),
                )
            ]
        ),
        Spacer(1, 2),
        cols.table(
            [
                cols.row(
                    w.para(f"{el}: {ev}", Lang.EN, strong=True),
                    w.para(f"{al}: {av}", Lang.AR, strong=True),
                )
                for el, ev, al, av in facts
            ]
        ),
        Spacer(1, 2),
        w.heading("done_today"),
    ]
    done_rows = []
    for done in record.modalities:
        en_line, ar_line = _done_lines(done, texts)
        done_rows.append(
            cols.row(w.para(en_line, Lang.EN, bullet=True), w.para(ar_line, Lang.AR, bullet=True))
        )
    story += [cols.table(done_rows), Spacer(1, 2)]
    story += w.timeline(merged)
    story += w.listed("do", merged.do)
    story += w.listed("dont", merged.dont)
    story += [Spacer(1, 1), w.urgent_box(merged, common)]
    return story, texts


def render_aftercare(
    record: AftercareRecord,
    content: ContentLibrary,
    *,
    override_dir: Path | None = None,
    options: SheetOptions | None = None,
) -> RenderedDocument:
    """Render the sheet. ``override_dir`` (the clinic's ``content/`` folder) replaces the
    library's own override folder for this call; usually the library already carries it."""
    library = content.with_override(override_dir) if override_dir is not None else content
    story, texts = aftercare_story(record, library, options)
    versions = content_version_label(texts.files)
    return build_pdf(
        story,
        record.clinic,
        texts.footer(versions, record.patient, record.stamp),
        title=document_title("Aftercare", record.patient, record.session_date),
        subject=f"Aftercare instructions after the session of {date_en(record.session_date)}",
        issued_at=record.stamp.issued_at,
    )


__all__ = ["aftercare_story", "collect_advice", "render_aftercare"]
