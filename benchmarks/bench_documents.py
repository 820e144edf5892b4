"""Aftercare sheet render time against a bare two-page ReportLab document of the same text.

Run: ``.venv/bin/python benchmarks/bench_documents.py``. Both are measured in the same run,
after warm-up (imports, font registration, content parsed), and reported as medians and their
ratio: the machines are shared, so only the ratio is comparable between runs. Target: the sheet
in <= 100 ms.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.documents.aftercare import aftercare_story
from scardesk.documents.fonts import LATIN, register_fonts
from scardesk.documents.warmup import warm_up
from scardesk.domain.documents import AftercareRecord, ClinicHeader, ModalityDone, PatientNames
from scardesk.domain.enums import Modality

RUNS = 30
CLINIC = ClinicHeader(
    "Al Khuwair Skin Clinic",
    "عيادة الخوير للجلدية",
    "Way 3021, Muscat",
    "السكة 3021، مسقط",
    "+96824123456",
)
RECORD = AftercareRecord(
    CLINIC,
    PatientNames("Aisha Al-Balushi", "عائشة البلوشي"),
    date(2026, 11, 15),
    "Dr. Layla Al-Hinai",
    (
        ModalityDone(Modality.TOXIN, ("forehead",), "Botox", 20.0),
        ModalityDone(Modality.MICRONEEDLING, ("chin",)),
    ),
    datetime(2026, 11, 29, 6, 30, tzinfo=UTC),
)


def sheet_texts(library: ContentLibrary) -> list[str]:
    """The same sentences the sheet prints (English and Arabic), for the bare baseline."""
    texts = []
    for flowable in aftercare_story(RECORD, library)[0]:
        for cell in getattr(flowable, "_cellvalues", []):
            for value in cell:
                for item in value if isinstance(value, list) else [value]:
                    if hasattr(item, "text"):
                        texts.append(item.text)
    return texts


def bare_document(texts: list[str]) -> bytes:
    """Plain ReportLab: Paragraphs in one font, no shaping, no bidi, forced onto two pages."""
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = LATIN
    half = len(texts) // 2
    story = [Paragraph(escape(t), style) for t in texts[:half]]
    story.append(PageBreak())
    story += [Paragraph(escape(t), style) for t in texts[half:]]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


def median_ms(action, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    start = time.perf_counter()
    register_fonts()
    library = ContentLibrary()
    texts = sheet_texts(library)
    print(f"start-up (fonts, content): {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    warm_up(library)
    print(f"warm-up sample sheet (the app does this on a background thread at start): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")  # fmt: skip
    start = time.perf_counter()
    first = render_aftercare(RECORD, library)
    print(f"first patient sheet after start-up: {(time.perf_counter() - start) * 1000:.0f} ms")
    bare_document(texts)
    sheet = median_ms(lambda: render_aftercare(RECORD, library))
    bare = median_ms(lambda: bare_document(texts))
    print(f"aftercare sheet ({first.pages} pages): median {sheet:.1f} ms over {RUNS} runs")
    print(f"bare two-page ReportLab document, same {len(texts)} texts:   median {bare:.1f} ms")
    print(
        f"ratio sheet / bare: {sheet / bare:.2f}x; "
        f"target sheet <= 100 ms: {'met' if sheet <= 100 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
