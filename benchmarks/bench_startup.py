"""Start-up of whole processes (issue #16), each paired with its bare baseline in the same run.

    PYTHONPATH=. python benchmarks/bench_startup.py --data-dir /tmp/demo [--session-id N]

1. ``scardesk --exit-after-start``: the entry point as a user starts it, until the sign-in
   window is shown and painted, against a bare PySide6 process showing one window.
2. ``scardesk aftercare SESSION -o file.pdf`` end to end (skipped without ``--session-id``),
   against two bare ReportLab processes: one writing a two-page document of plain text in a
   built-in font, and one writing the same text the sheet carries (the content files it names,
   English and Arabic) in the same bundled fonts, embedded, with the Arabic joined
   (arabic-reshaper) and ordered (python-bidi) as any program printing it must.

3. The first aftercare sheet after sign-in (with ``--session-id``): a fresh process opens the
   database and builds the services as the app does, warms the document renderer on a
   background thread as the app does while the user signs in (joined: signing in takes longer),
   then times issuing the session's sheet. Paired with the same process without the warm-up
   (what the first sheet cost before).

Runs alternate between the two sides; medians and p95, and the ratio. Nothing is asserted and
no patient data is printed. Every process reads compiled bytecode from one cache folder of this
run, warmed by an untimed first run of each command, as an installed app (pip, PyInstaller)
does: with ``PYTHONDONTWRITEBYTECODE`` set, ScarDesk's own modules would be compiled from
source on every start while the bare baselines' libraries would not.
"""

from __future__ import annotations

import argparse
import os
import resource
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

BARE_SAME_TEXT = """
import sys
from pathlib import Path
import arabic_reshaper
from bidi import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
fonts, out, *texts = sys.argv[1:]
for face in ("NotoSans-Regular", "NotoSans-Bold",
             "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"):
    pdfmetrics.registerFont(TTFont(face, f"{fonts}/{face}.ttf"))
latin = ParagraphStyle("en", fontName="NotoSans-Regular", fontSize=10, leading=13)
arabic = ParagraphStyle("ar", fontName="NotoNaskhArabic-Regular", fontSize=11, leading=15,
                        alignment=2)
story = []
for path in texts:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip().lstrip("#-* ").replace("&", "&amp;").replace("<", "&lt;")
        if line and path.endswith(".ar.md"):
            story.append(Paragraph(get_display(arabic_reshaper.reshape(line)), arabic))
        elif line:
            story.append(Paragraph(line, latin))
SimpleDocTemplate(out).build(story)
"""


def sheet_texts(scardesk: list[str], session_id: int, out: Path) -> list[str]:
    """The content files the session's sheet is made of, as the command names them
    (``content aftercare/toxin@2026-12-1; common@2026-12-1``), English and Arabic."""
    done = subprocess.run(
        [*scardesk, "aftercare", str(session_id), "-o", str(out / "named.pdf")],
        env=child_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    named = done.stdout.split(" content ", 1)[1].split(" -> ", 1)[0]
    content = Path(__file__).resolve().parents[1] / "resources" / "content"
    return [
        str(content / f"{name.split('@')[0].strip()}.{lang}.md")
        for name in named.split(";")
        for lang in ("en", "ar")
    ]


FIRST_SHEET = """
import sys, threading, time
from scardesk.db.engine import open_database
from scardesk.services.container import build_services
from scardesk.services.session import SignedIn
services = build_services(open_database(sys.argv[1], must_exist=True))
# Signing in is the app's first write: it loads the audit chain's key, as before a real sheet.
actor = SignedIn(services.users.authenticate(sys.argv[4], sys.argv[5])).actor
if sys.argv[3] == "warm":
    warming = threading.Thread(target=services.documents.warm_up)
    warming.start()
    warming.join()
started, cpu = time.perf_counter(), time.thread_time()
services.documents.issue_aftercare(actor, int(sys.argv[2]))
print(time.perf_counter() - started, time.thread_time() - cpu)
"""


BYTECODE = tempfile.TemporaryDirectory(prefix="bench-startup-pyc-")


def first_sheet(url: str, session_id: int, runs: int, user: str, password: str) -> None:
    env = child_environment()
    samples: dict[str, list[float]] = {"warm": [], "cold": []}
    cpu: dict[str, list[float]] = {"warm": [], "cold": []}
    for turn in range(-1, runs):  # turn -1 is untimed: it fills the bytecode cache
        for mode in ("warm", "cold") if turn % 2 else ("cold", "warm"):
            command = [
                sys.executable,
                "-c",
                FIRST_SHEET,
                url,
                str(session_id),
                mode,
                user,
                password,
            ]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            if turn >= 0:
                wall, used = done.stdout.strip().splitlines()[-1].split()
                samples[mode].append(float(wall))
                cpu[mode].append(float(used))
    w50, w95 = summary(samples["warm"])
    c50, c95 = summary(samples["cold"])
    print(
        f"  {'first sheet after sign-in':<34} p50 {w50 * 1000:5.0f} ms p95 {w95 * 1000:5.0f} ms"
        f"  not warmed p50 {c50 * 1000:4.0f} p95 {c95 * 1000:4.0f}"
        f"   ratio p50 {w50 / c50:4.2f}× p95 {w95 / c95:4.2f}×",
        flush=True,
    )
    # CPU time of the sheet's own thread: what the sheet costs when the machine is shared.
    print(
        f"  {'  CPU time of that thread':<34} p50 {summary(cpu['warm'])[0] * 1000:5.0f} ms"
        f"            not warmed p50 {summary(cpu['cold'])[0] * 1000:4.0f}",
        flush=True,
    )


def child_environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=BYTECODE.name)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


#: CPU seconds (user + system) of each timed child process, by command: on a shared machine
#: the wall time mostly measures the neighbours, the CPU time what the process itself did.
CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str]) -> float:
    env = child_environment()
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    CPU.setdefault(" ".join(command), []).append(_children_cpu() - cpu)
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]} failed: {done.stderr.strip().splitlines()[-1:]}")
    return elapsed


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def paired(label: str, ours: list[str], bare: list[str], runs: int) -> None:
    run(ours)  # untimed: fills the bytecode cache
    run(bare)
    CPU.clear()
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
    c50 = statistics.median(CPU[" ".join(ours)])
    k50 = statistics.median(CPU[" ".join(bare)])
    print(
        f"  {'  CPU time (user + system)':<34} p50 {c50:5.2f} s"
        f"                bare p50 {k50:5.2f}"
        f"             ratio p50 {c50 / k50:4.1f}×",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a demo clinic's folder")
    parser.add_argument("--session-id", type=int, help="a signed session for the aftercare run")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--user", default="demo.practitioner1", help="who signs in (demo)")
    parser.add_argument("--password", default="demo-Practitioner-1")
    parser.add_argument("--skip-window", action="store_true", help="only the document runs")
    args = parser.parse_args()
    python = sys.executable
    print(f"whole processes, {args.runs} runs each side, alternating; seconds")
    scardesk = [python, "-m", "scardesk", "--data-dir", str(args.data_dir)]
    if not args.skip_window:
        paired(
            "sign-in window shown",
            [*scardesk, "--exit-after-start"],
            [python, "-c", BARE_WINDOW],
            args.runs,
        )
    if args.session_id is None:
        return
    url = f"sqlite:///{args.data_dir / 'clinic.sqlite3'}"
    first_sheet(url, args.session_id, args.runs, args.user, args.password)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        paired(
            "aftercare -o file.pdf",
            [*scardesk, "aftercare", str(args.session_id), "-o", str(out / "a.pdf")],
            [python, "-c", BARE_REPORTLAB, str(out / "bare.pdf")],
            args.runs,
        )
        fonts = Path(__file__).resolve().parents[1] / "resources" / "fonts"
        texts = sheet_texts(scardesk, args.session_id, out)
        paired(
            "aftercare, bare: the same text",
            [*scardesk, "aftercare", str(args.session_id), "-o", str(out / "a.pdf")],
            [python, "-c", BARE_SAME_TEXT, str(fonts), str(out / "same.pdf"), *texts],
            args.runs,
        )


if __name__ == "__main__":
    main()
