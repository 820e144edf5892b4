"""How the bundled faces are embedded: only the glyphs drawn, widths written as ReportLab would."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDocument
from reportlab.pdfgen.canvas import Canvas

from scardesk.documents.fonts import ARABIC, LATIN, WIDE, NumberArray, register_fonts


@pytest.mark.parametrize("count", [1, 9, 10, 11, 20, 21, 113])
def test_number_array_writes_the_bytes_reportlab_writes(count: int) -> None:
    numbers = [(500, 572.265625, 0, 1229.5)[i % 4] for i in range(count)]
    document = PDFDocument()
    assert NumberArray(numbers).format(document) == PDFArray(numbers).format(document)


def _embedded_widths(draw: str, font: str) -> dict[str, int]:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, draw)
    canvas.save()
    resources: Any = PdfReader(out).pages[0]["/Resources"]
    fonts = [f.get_object() for f in resources["/Font"].values()]
    # The canvas's initial Helvetica is named but never embedded: it has no widths.
    return {str(f["/BaseFont"]): len(f["/Widths"]) for f in fonts if "/Widths" in f}


def test_a_subset_holds_the_glyphs_drawn_not_all_of_ascii() -> None:
    # ReportLab's default gives every subset the face's whole ASCII block: 128 codes. Without
    # it a subset starts at 33 (code 0, codes 1-31 for the first new characters, the space at
    # 32) and grows by one for each further character drawn.
    assert list(_embedded_widths("Hi 12", LATIN).values()) == [33]
    assert list(_embedded_widths("\ufeb3 1", ARABIC).values()) == [33]
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABC"  # 39 characters: 31 fill 1-31
    assert list(_embedded_widths(alphabet, LATIN).values()) == [33 + 39 - 31]


_AMIRI_WHEN_NEEDED = """
from reportlab.pdfbase import pdfmetrics
from scardesk.documents.fonts import WIDE, latin_fonts
fonts = latin_fonts()
def amiri():
    return WIDE in pdfmetrics.getRegisteredFontNames()
steps = [fonts.font_for("a"), fonts.font_for("\\u0639"), amiri()]
steps += [fonts.font_for("\\u221a"), amiri()]
print(steps)
"""


def test_amiri_is_registered_when_a_character_first_needs_it() -> None:
    """Latin and Arabic letters come from the Noto faces without parsing Amiri (issue #16); a
    character only Amiri has (√) still gets it, registered then."""
    done = subprocess.run(
        [sys.executable, "-c", _AMIRI_WHEN_NEEDED],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == str([LATIN, ARABIC, False, WIDE, True])
