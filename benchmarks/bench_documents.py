"""Aftercare sheet render time against a bare two-page ReportLab document of the same text.

Run: ``.venv/bin/python benchmarks/bench_documents.py``. Both are measured in the same run,
after warm-up (imports, font registration, content parsed), and reported as medians and their
ratio: the machines are shared, so only the ratio is comparable between runs. Target: the sheet
in <= 100 ms. The bare document sets each text in a font that has its letters (Arabic in Noto
Naskh), as the sheet does; each row also shows the ratio against the older baseline that set
everything in one Latin font, which prints the Arabic as empty boxes and so embeds no Arabic
glyphs at all: too kind a baseline to judge by, but kept so the two can be compared.

The merged-sheet rows time the sheet and its bare document alternately, run by run, so a burst
of load from another user of the machine lands on both rather than on whichever was being timed
(timed one after the other, the same build read 1.8x to 2.8x within a minute). Each row also
shows its first render in the process ("first"): that sheet is the first of its kind after the
warm-up sheet, so it pays for laying out any wording the warm-up did not (layouts are kept per
line of text, ``arabic.layout``). Nothing else is kept between sheets: fonts are subset and
embedded, and every PDF object written, for each sheet anew, as the app does.
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.documents.aftercare import aftercare_story
from scardesk.documents.fonts import ARABIC, LATIN, register_fonts
from scardesk.documents.warmup import warm_up
from scardesk.domain.documents import (
    AftercareRecord,
    ClinicHeader,
    ModalityDone,
    PatientNames,
    SheetLanguage,
    SheetOptions,
)
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


LASER = ModalityDone(
    Modality.FRACTIONAL_LASER,
    ("cheek_left", "cheek_right"),
    name_en="Fractional CO₂ laser, ablative",
    name_ar="الليزر التجزيئي ثاني أكسيد الكربون (CO₂)، تقشيري",
    variants=frozenset({"ablative"}),
)
#: The longest merged sheet: three treatments, each list merged by key.
TRIPLE = dataclasses.replace(
    RECORD, modalities=(*RECORD.modalities[:1], LASER, ModalityDone(Modality.TCA_CROSS, ("chin",)))
)
CASES = (
    ("toxin + microneedling, both languages", RECORD, SheetOptions()),
    ("toxin + CO2 laser + TCA CROSS, both", TRIPLE, SheetOptions()),
    ("toxin + CO2 laser + TCA CROSS, large print", TRIPLE, SheetOptions(large_print=True)),
    ("toxin + CO2 laser + TCA CROSS, Arabic only", TRIPLE, SheetOptions(SheetLanguage.AR)),
)


def sheet_texts(
    library: ContentLibrary, record: AftercareRecord = RECORD, options: SheetOptions | None = None
) -> list[str]:
    """The same sentences the sheet prints (English and Arabic), for the bare baseline."""
    texts = []
    for flowable in aftercare_story(record, library, options)[0]:
        for cell in getattr(flowable, "_cellvalues", []):
            for value in cell:
                for item in value if isinstance(value, list) else [value]:
                    if hasattr(item, "text"):
                        texts.append(item.text)
    return texts


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def bare_document(texts: list[str], script_fonts: bool = True) -> bytes:
    """Plain ReportLab: Paragraphs, no shaping, no bidi, forced onto two pages.

    With ``script_fonts`` (the baseline the target is judged by) each text is set in a font
    that has its letters: Arabic in Noto Naskh, the rest in Noto Sans, so the bare document
    embeds the same kinds of glyphs the sheet does. Without it every text is set in Noto Sans,
    which has no Arabic letters: the Arabic comes out as empty boxes and no Arabic glyph is
    embedded (the baseline used until 2026-12-06, shown for comparison)."""
    sheet = getSampleStyleSheet()["BodyText"]
    latin = ParagraphStyle("bare-latin", parent=sheet, fontName=LATIN)
    arabic = ParagraphStyle("bare-arabic", parent=sheet, fontName=ARABIC)

    def style(text: str) -> ParagraphStyle:
        return arabic if script_fonts and _has_arabic(text) else latin

    half = len(texts) // 2
    story = [Paragraph(escape(t), style(t)) for t in texts[:half]]
    story.append(PageBreak())
    story += [Paragraph(escape(t), style(t)) for t in texts[half:]]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


def timings_ms(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def alternating_ms(
    first: Callable[[], object], second: Callable[[], object], runs: int = RUNS
) -> tuple[list[float], list[float]]:
    """Timings of two actions taken in turn, so both see the same load."""
    one: list[float] = []
    two: list[float] = []
    for _ in range(runs):
        for action, timings in ((first, one), (second, two)):
            start = time.perf_counter()
            action()
            timings.append((time.perf_counter() - start) * 1000)
    return one, two


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    return statistics.median(timings_ms(action, runs))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


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
    print("\nmerged sheets and print choices (#14), each against a bare document of its text:")
    for name, record, options in CASES:
        case_texts = sheet_texts(library, record, options)
        start = time.perf_counter()
        pages = render_aftercare(record, library, options=options).pages
        cold = (time.perf_counter() - start) * 1000
        bare_document(case_texts)
        made, plain = alternating_ms(
            partial(render_aftercare, record, library, options=options),
            partial(bare_document, case_texts),
        )
        ratio = statistics.median(made) / statistics.median(plain)
        verdict = "met" if statistics.median(made) <= 100 and ratio <= 2 else "NOT met"
        print(
            f"  {name:45s} {pages} p: first {cold:6.1f} ms, median {statistics.median(made):6.1f}"
            f" ms p95 {p95(made):6.1f} | bare median {statistics.median(plain):6.1f} ms "
            f"p95 {p95(plain):6.1f} | ratio {ratio:.2f}x | <=100 ms and <=2x: {verdict}"
        )
        again, latin_only = alternating_ms(
            partial(render_aftercare, record, library, options=options),
            partial(bare_document, case_texts, script_fonts=False),
        )
        print(
            f"  {'':45s}      against a bare document in one Latin font (Arabic as empty "
            f"boxes): {statistics.median(latin_only):6.1f} ms, ratio "
            f"{statistics.median(again) / statistics.median(latin_only):.2f}x"
        )


if __name__ == "__main__":
    main()
