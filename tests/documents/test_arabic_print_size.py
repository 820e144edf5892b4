"""The Arabic body size (issue 14, clinical reference §7: "a large clear Arabic face, about
16 pt"). Side by side with English the sheet keeps 13 pt Arabic — at 16 pt 16 of the 41
combinations of up to three treatments run to three pages (docs/printed-documents.md) — but an
Arabic-only sheet has the whole width, and there it sets 16 pt and still fits two pages
(``test_aftercare.test_one_language_sheets_fit_two_pages``)."""

from __future__ import annotations

import re
import statistics
import subprocess
import tempfile
from pathlib import Path

import pytest

from scardesk.documents import render_aftercare
from scardesk.documents.aftercare import AR_ONLY_SIZE, AR_SIZE
from scardesk.domain.documents import SheetLanguage, SheetOptions
from tests.documents.test_aftercare import _COMBOS, _DONE, LIBRARY, sheet

_WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
)
_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def arabic_word_height(pdf: bytes) -> float:
    """The usual height of an Arabic word's box on the sheet (headings are few, body many)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    heights = [
        float(y1) - float(y0) for y0, y1, word in _WORD.findall(html) if _ARABIC.search(word)
    ]
    return statistics.median(heights)


def test_an_arabic_only_sheet_sets_arabic_at_the_references_16_pt() -> None:
    record = sheet(_DONE[_COMBOS[0][0]])
    both = render_aftercare(record, LIBRARY)
    arabic = render_aftercare(record, LIBRARY, options=SheetOptions(SheetLanguage.AR))
    ratio = arabic_word_height(arabic.pdf) / arabic_word_height(both.pdf)
    assert AR_ONLY_SIZE == 16.0
    assert ratio == pytest.approx(AR_ONLY_SIZE / AR_SIZE, rel=0.06)
