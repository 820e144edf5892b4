"""Start-up of whole processes (issue #16), each paired with its bare baseline in the same run.

    PYTHONPATH=. python benchmarks/bench_startup.py --data-dir /tmp/demo [--session-id N]

1. ``scardesk --exit-after-start``: the entry point as a user starts it, until the sign-in
   window is shown and painted, against a bare PySide6 process showing one window.
2. ``scardesk aftercare SESSION -o file.pdf`` end to end, against a bare ReportLab process
   writing a two-page document of plain text (skipped without ``--session-id``).

Runs alternate between the two sides; medians and p95 of wall-clock seconds, and the ratio.
Nothing is asserted and no patient data is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
window.repaint()
app.processEvents()
"""

BARE_REPORTLAB = """
import sys
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, PageBreak
style = getSampleStyleSheet()["BodyText"]
text = "After your treatment, keep the area clean and avoid sun for two weeks. " * 6
story = [Paragraph(text, style) for _ in range(12)] + [PageBreak()]
story += [Paragraph(text, style) for _ in range(12)]
SimpleDocTemplate(sys.argv[1]).build(story)
"""


def run(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]} failed: {done.stderr.strip().splitlines()[-1:]}")
    return elapsed


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def paired(label: str, ours: list[str], bare: list[str], runs: int) -> None:
    mine: list[float] = []
    base: list[float] = []
    for turn in range(runs):
        pair = ((mine, ours), (base, bare))
        for samples, command in pair if turn % 2 else reversed(pair):
            samples.append(run(command))
    p50, p95 = summary(mine)
    b50, b95 = summary(base)
    print(
        f"  {label:<34} p50 {p50:5.2f} s  p95 {p95:5.2f} s   bare p50 {b50:5.2f} p95 {b95:5.2f}"
        f"   ratio p50 {p50 / b50:4.1f}× p95 {p95 / b95:4.1f}×",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a demo clinic's folder")
    parser.add_argument("--session-id", type=int, help="a signed session for the aftercare run")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    python = sys.executable
    print(f"whole processes, {args.runs} runs each side, alternating; seconds")
    scardesk = [python, "-m", "scardesk", "--data-dir", str(args.data_dir)]
    paired(
        "sign-in window shown",
        [*scardesk, "--exit-after-start"],
        [python, "-c", BARE_WINDOW],
        args.runs,
    )
    if args.session_id is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        paired(
            "aftercare -o file.pdf",
            [*scardesk, "aftercare", str(args.session_id), "-o", str(out / "a.pdf")],
            [python, "-c", BARE_REPORTLAB, str(out / "bare.pdf")],
            args.runs,
        )


if __name__ == "__main__":
    main()
