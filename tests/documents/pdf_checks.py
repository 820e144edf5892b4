"""Reading rendered PDFs back in tests: text per column (pdftotext), fonts and pages (pypdf).

pdftotext gives each Arabic line as right-to-left runs in logical order, with the runs of a
mixed line (Arabic, then a number, then Arabic) in visual order. So an Arabic sentence is checked
as its Arabic stretches (between numbers and punctuation), each of which must appear whole, and
numbers are checked by their positions (see ``word_boxes``).
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from scardesk.documents.arabic import BIDI_CONTROLS
from scardesk.documents.layout import EN_WIDTH, MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from scardesk.domain.documents import ClinicHeader, PatientNames

CLINIC = ClinicHeader(
    name="Al Khuwair Skin Clinic",
    name_arabic="عيادة الخوير للجلدية",
    address="Way 3021, Al Khuwair, Muscat",
    address_arabic="السكة 3021، الخوير، مسقط",
    phone_e164="+96824123456",
)
BOTH_NAMES = PatientNames("Aisha Al-Balushi", "عائشة البلوشي")
SESSION_DAY = date(2026, 11, 15)
NEXT_VISIT = datetime(2026, 11, 29, 6, 30, tzinfo=UTC)  # 10:30 in Muscat


def normalise(text: str) -> str:
    """Drop bidi controls, bullets and whitespace; NFKC folds Arabic presentation forms."""
    text = "".join(ch for ch in text if ch not in BIDI_CONTROLS)
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ch != "•"
    )


def _pdftotext(pdf: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            ["pdftotext", *args, str(path), "-"], capture_output=True, check=True
        )
        return result.stdout.decode("utf-8")


def all_text(pdf: bytes) -> str:
    return normalise(_pdftotext(pdf))


def column_text(pdf: bytes, side: str) -> str:
    """Normalised text of the English (left) or Arabic (right) column of every page."""
    split = MARGIN + EN_WIDTH
    x, width = (0, split) if side == "en" else (split, PAGE_WIDTH - split)
    crop = ["-x", str(int(x)), "-y", "0", "-W", str(int(width)), "-H", str(int(PAGE_HEIGHT))]
    return normalise(_pdftotext(pdf, *crop))


_NOT_ARABIC = re.compile(r"[^\u0600-\u06ff\s]+|[،؛.:]")


def arabic_present(sentence: str, arabic_text: str) -> bool:
    """Every Arabic stretch of ``sentence`` (split at digits, Latin and punctuation) is present."""
    chunks = [normalise(c) for c in _NOT_ARABIC.split(sentence)]
    return all(chunk in arabic_text for chunk in chunks if chunk)


def word_boxes(pdf: bytes) -> list[tuple[float, float, str]]:
    """(x, y, word) of every word pdftotext finds, for order-on-the-line checks."""
    html = _pdftotext(pdf, "-bbox")
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')
    return [(float(x), float(y), unescape(w)) for x, y, w in pattern.findall(html)]


def unescape(word: str) -> str:
    return (
        word.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def font_names(pdf: bytes) -> set[str]:
    """BaseFont names of the fonts the pages draw with (subsets carry an ``ABCDEF+`` prefix).

    Only fonts selected by a ``Tf`` operator count: ReportLab's shared resource dictionary
    also lists Helvetica, which no page uses and which therefore needs no embedding.
    """
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        content = page.get_contents().get_data().decode("latin-1")
        for key in set(re.findall(r"(/F[0-9]+(?:\+[0-9]+)?) [0-9.]+ Tf", content)):
            names.add(str(fonts[key].get_object()["/BaseFont"]).lstrip("/"))
    return names
