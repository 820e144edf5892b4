"""The audit log PDF: Arabic names shaped inside English sentences, fonts embedded, many pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

from scardesk.documents.audit_report import AuditReportText, render_audit_report
from tests.documents.pdf_checks import CLINIC, all_text, arabic_present, font_names, page_count

TEXTS = AuditReportText(
    title="Audit log",
    filters="patient 10234",
    headings=("Time (Muscat)", "Who", "What happened", "Patient"),
    empty="No event matches these filters.",
)
ROW = (
    "2026-03-10 09:15",
    "سلمى الحارثي",
    "Practitioner",
    "سلمى الحارثي changed the Arabic name of patient 10234 from عائشة to عائشة البلوشي",
    "10234",
)


def test_an_arabic_name_in_an_english_sentence_is_shaped_and_kept_whole() -> None:
    pdf = render_audit_report([ROW], TEXTS, CLINIC).pdf
    text = all_text(pdf)
    assert "changedtheArabicnameofpatient10234from" in text
    assert arabic_present(ROW[3], text) and arabic_present(ROW[1], text)
    assert all("+" in name for name in font_names(pdf))  # embedded subsets only


def test_a_long_log_runs_over_pages_and_renders_to_images(tmp_path: Path) -> None:
    rows = [ROW] * 150
    pdf = render_audit_report(rows, TEXTS, CLINIC).pdf
    assert page_count(pdf) > 3
    path = tmp_path / "log.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-l", "2", str(path), str(tmp_path / "p")], check=True
    )
    assert sorted(p.name for p in tmp_path.glob("p-*.png")) == ["p-1.png", "p-2.png"]


def test_an_empty_view_says_so() -> None:
    assert "Noeventmatchesthesefilters." in all_text(render_audit_report([], TEXTS, CLINIC).pdf)
