"""The bundled fonts, registered with ReportLab once per process.

PDFs must print the same on every machine, so they only ever use the TTF files shipped in
``resources/fonts`` (SIL OFL), embedded as subsets. Registration parses each file (~0.1 s in
all), which is why it is cached rather than repeated per document.

Arabic is drawn as presentation forms (joined letters, ``arabic.py``), so by default a PDF
reader extracts ``ﺗﺠﻨﺐ`` where a search types ``تجنب``. Each subset's ToUnicode map therefore
names the plain letters a presentation form stands for (its NFKC decomposition). Lines are
stored in visual order like every glyph on the page, and readers (poppler, pdf.js, Acrobat)
reorder a right-to-left line to logical order; a ligature's letters are listed in visual order
too (alef before lam) so that reordering the line puts them right. Marked content with
``/ActualText`` was tried first: poppler reverses the replacement text along with the line,
so a logical-order ActualText came out backwards (see docs/printed-documents.md).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from scardesk.resources import resource_path

LATIN = "ScarDesk-NotoSans"
LATIN_BOLD = "ScarDesk-NotoSans-Bold"
ARABIC = "ScarDesk-NotoNaskhArabic"
ARABIC_BOLD = "ScarDesk-NotoNaskhArabic-Bold"
#: Amiri covers Arabic, Latin and symbols both Noto faces lack; the last resort for a glyph.
WIDE = "ScarDesk-Amiri"
WIDE_BOLD = "ScarDesk-Amiri-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    WIDE: "Amiri-Regular.ttf",
    WIDE_BOLD: "Amiri-Bold.ttf",
}


def _is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def plain_letters(code: int) -> str:
    """What a glyph drawn for ``code`` means as text: a presentation form's letters, in the
    visual order they are drawn (a lam-alef ligature is alef then lam, left to right)."""
    if not _is_presentation_form(code):
        return chr(code)
    letters = unicodedata.normalize("NFKC", chr(code))
    return letters[::-1] if len(letters) > 1 else letters


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


@cache
def _plain_hex(code: int) -> str:
    # Every sheet maps the same few hundred glyphs: normalise and encode each once.
    return _utf16_hex(plain_letters(code))


def plain_letter_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap (PDF 1.7 §9.10.3) mapping each subset code to :func:`plain_letters`."""
    entries = [f"<{index:02X}> <{_plain_hex(code)}>" for index, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            f"1 begincodespacerange <00> <{len(subset) - 1:02X}> endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class PlainTextTTFont(TTFont):
    """A TrueType font whose embedded subsets extract as plain Arabic letters."""

    def addObjects(self, doc: Any) -> None:
        state = self.state[doc]
        subsets = [list(subset) for subset in state.subsets]
        internal = state.internalName
        super().addObjects(doc)  # writes ReportLab's own maps and forgets the document's state
        face = self.face
        fonts = doc.idToObject["BasicFonts"].dict
        for number, subset in enumerate(subsets):
            base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + base].content = plain_letter_cmap(base, subset)
            font = fonts[f"{internal}+{number}"]
            font.Widths = NumberArray(font.Widths.sequence)


class NumberArray(PDFArray):
    """A PDF array of numbers, written as ReportLab writes one but in one pass.

    ReportLab formats each element through its general object formatter (type tests, then an
    encode per number); for a subset's glyph widths, several hundred a sheet, that was a tenth
    of writing the PDF. Same bytes: ten numbers to a line, each as ``fp_str`` writes it.
    """

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        if rl_config.pdfMultiLine or self.multiline == "forced" or not self.sequence:
            return bytes(super().format(document, IND))
        numbers = self.sequence
        rows = [fp_str(*numbers[start : start + 10]) for start in range(0, len(numbers), 10)]
        return ("[ " + " \n  ".join(rows) + " ]").encode("ascii")


@dataclass(frozen=True, slots=True)
class FontSet:
    """Fonts tried in order for each character: the first that has a glyph draws it."""

    names: tuple[str, ...]
    #: Size factor per face: Arabic letters inside English text are drawn larger to read as
    #: the same size (Naskh looks small at a Latin point size).
    scales: tuple[float, ...] = ()

    def scale_of(self, name: str) -> float:
        if not self.scales:
            return 1.0
        return self.scales[self.names.index(name)]

    def font_for(self, ch: str) -> str:
        code = ord(ch)
        for name in self.names:
            if code in _coverage(name):
                return name
        return self.names[0]


#: The faces every document is set in, registered before one is laid out. Amiri, the last
#: resort for a glyph, is registered when a character or a document first needs it: parsing
#: its two files was 40 % of registering, and most sheets never use it (issue #16).
TEXT_FACES = (LATIN, LATIN_BOLD, ARABIC, ARABIC_BOLD)


@cache
def register_face(name: str) -> str:
    """Register one bundled face with ReportLab (idempotent)."""
    if name not in pdfmetrics.getRegisteredFontNames():
        path = str(resource_path("fonts", _FILES[name]))
        # ReportLab by default puts every ASCII glyph a face has into each document's first
        # subset, used or not, so that page streams read as ASCII. Every sheet then embedded,
        # compressed and listed widths for ~95 unused glyphs per face (four faces a sheet):
        # a quarter of an Arabic-only sheet's render time (issue #14). Only the glyphs
        # drawn are embedded now; the space keeps code 32, so word spacing still works, and
        # text extracts through the ToUnicode map exactly as before.
        pdfmetrics.registerFont(PlainTextTTFont(name, path, asciiReadable=False))
    return name


@cache
def register_text_fonts() -> tuple[str, ...]:
    """Register the faces every document is set in (``TEXT_FACES``); return their names."""
    for name in TEXT_FACES:
        register_face(name)
    # So that <b> in a Paragraph picks the bold Latin face.
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 1, LATIN_BOLD)
    return TEXT_FACES


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every bundled face, Amiri too (a document that names it, the warm-up)."""
    register_text_fonts()
    for name in _FILES:
        register_face(name)
    return tuple(_FILES)


@cache
def _coverage(name: str) -> frozenset[int]:
    register_text_fonts()
    font = pdfmetrics.getFont(register_face(name))
    return frozenset(font.face.charToGlyph)


@cache
def latin_fonts(bold: bool = False) -> FontSet:
    """For left-to-right text: Noto Sans, Arabic letters from Noto Naskh, then Amiri."""
    if bold:
        return FontSet((LATIN_BOLD, ARABIC_BOLD, WIDE_BOLD), (1.0, 1.2, 1.0))
    return FontSet((LATIN, ARABIC, WIDE), (1.0, 1.2, 1.0))


@cache
def arabic_fonts(bold: bool = False) -> FontSet:
    """For right-to-left text: Noto Naskh Arabic, Latin and symbols from Noto Sans, then Amiri."""
    if bold:
        return FontSet((ARABIC_BOLD, LATIN_BOLD, WIDE_BOLD))
    return FontSet((ARABIC, LATIN, WIDE))
