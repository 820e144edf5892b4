"""Arabic in the PDFs extracts as plain letters in logical order, so a search finds it.

Read with poppler's ``pdftotext`` exactly as a reader would: no NFKC folding here, which is
what made presentation forms look searchable in the older checks.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.documents.arabic import BIDI_CONTROLS
from scardesk.documents.fonts import plain_letters
from scardesk.domain.documents import AftercareRecord, ModalityDone
from scardesk.domain.enums import Modality
from tests.documents.pdf_checks import BOTH_NAMES, CLINIC, NEXT_VISIT, SESSION_DAY


def _plain_text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return "".join(ch for ch in out.stdout.decode("utf-8") if ch not in BIDI_CONTROLS)


@pytest.fixture(scope="module")
def extracted() -> str:
    record = AftercareRecord(
        CLINIC,
        BOTH_NAMES,
        SESSION_DAY,
        "Dr. Layla Al-Hinai",
        (ModalityDone(Modality.TOXIN, ("forehead",), "Botox", 20.0),),
        NEXT_VISIT,
    )
    return _plain_text(render_aftercare(record, ContentLibrary()).pdf)


@pytest.mark.parametrize(
    "words",
    [
        "عيادة الخوير للجلدية",  # the clinic's name in the header
        "عائشة البلوشي",  # the patient
        "ابق في وضع مستقيم",  # an instruction
        "لا رياضة مجهدة",  # lam-alef ligature, in order
        "الأحد",  # lam with hamza-alef ligature
    ],
)
def test_arabic_words_extract_as_plain_letters_in_logical_order(extracted: str, words: str) -> None:
    assert words in extracted


def test_no_presentation_forms_are_extracted(extracted: str) -> None:
    forms = [ch for ch in extracted if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF]
    assert forms == []


def test_a_joined_letter_maps_to_its_plain_letter() -> None:
    assert plain_letters(0xFEB3) == "س"  # seen, initial form
    assert plain_letters(0xFEFB) == "ال"  # lam-alef: drawn alef-side left, reordered by readers
    assert plain_letters(ord("A")) == "A"
