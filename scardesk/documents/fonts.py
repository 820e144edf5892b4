"""The bundled fonts, registered with ReportLab once per process.

PDFs must print the same on every machine, so they only ever use the TTF files shipped in
``resources/fonts`` (SIL OFL), embedded as subsets. Registration parses each file (~0.1 s in
all), which is why it is cached rather than repeated per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every bundled face with ReportLab (idempotent); return the names registered."""
    for name, filename in _FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # So that <b> in a Paragraph picks the bold Latin face.
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 1, LATIN_BOLD)
    return tuple(_FILES)


@cache
def _coverage(name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(name)
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
