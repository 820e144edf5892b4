"""The translation pipeline: extract, build and check the interface's translations.

    python scripts/i18n.py update    # pyside6-lupdate: refresh resources/i18n/*.ts from the code
    python scripts/i18n.py release   # pyside6-lrelease: build the .qm files the app loads (set-up)
    python scripts/i18n.py check     # fail if a marked string is missing or untranslated

Every visible string is marked with ``_t``/``_n`` from ``scardesk/ui/tr.py`` (and the core's
message templates with ``_n`` from ``scardesk/domain/messages.py``); lupdate knows them through
function aliases. Two files are kept:

- ``scardesk_ar.ts``: every string, translated into Arabic (six plural forms where ``%n``);
- ``scardesk_en.ts``: only the strings with ``%n``, so English reads "1 day" and "2 days".

The files carry no source locations: line numbers would change with every edit and make each
branch's ``.ts`` conflict with every other's; a translator finds a string with ``grep``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
SOURCES = ROOT / "scardesk"
ALIASES = "tr+=_t,tr+=_np,QT_TR_NOOP+=_n"  # _np: a plural (%n) text kept in a table


@dataclass(frozen=True)
class Catalogue:
    language: str
    plurals_only: bool

    @property
    def ts(self) -> Path:
        return FOLDER / f"scardesk_{self.language}.ts"

    @property
    def qm(self) -> Path:
        return FOLDER / f"scardesk_{self.language}.qm"


CATALOGUES = (Catalogue("ar", plurals_only=False), Catalogue("en", plurals_only=True))


def _tool(name: str) -> str:
    """The Qt tool from the interpreter's own environment first, then PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(
            f"i18n: {name} not found (it comes with PySide6: run scripts/bootstrap.sh)"
        )
    return found


def _python_files() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def lupdate(catalogue: Catalogue, target: Path) -> None:
    """Bring ``target`` (a .ts file) up to date with the code, dropping strings no longer used."""
    command = [
        _tool("pyside6-lupdate"),
        *_python_files(),
        "-tr-function-alias",
        ALIASES,
        "-target-language",
        catalogue.language,
        "-source-language",
        "en",
        "-locations",
        "none",
        "-no-obsolete",
        "-silent",
    ]
    if catalogue.plurals_only:
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", str(target)], check=True)


def release(catalogue: Catalogue) -> None:
    """Build the .qm beside the .ts, replacing the old one in one step: a running ScarDesk has
    the old file memory-mapped, and rewriting it in place would crash that process (SIGBUS)."""
    part = catalogue.qm.with_name(f"{catalogue.qm.name}.{os.getpid()}.part")
    try:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(catalogue.ts), "-qm", str(part)],
            check=True,
        )
        os.replace(part, catalogue.qm)
    finally:
        part.unlink(missing_ok=True)


@dataclass(frozen=True)
class Gap:
    language: str
    source: str
    why: str

    def __str__(self) -> str:
        return f"[{self.language}] {self.why}: {self.source!r}"


def gaps_in(ts_file: Path, language: str) -> list[Gap]:
    """Messages of ``ts_file`` that are new (not yet in the kept file) or not translated."""
    gaps = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            gaps.append(Gap(language, source, "untranslated"))
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if "{n:" in source:  # "{n:vial|vials}" is the core's English; a screen needs "%n vial(s)"
            gaps.append(Gap(language, source, "a count phrase not written with %n"))
        elif "%n" in source and message.get("numerus") != "yes":
            gaps.append(Gap(language, source, "a count without plural forms (mark it _np)"))
        if message.get("numerus") == "yes":
            if not forms or not all(form.strip() for form in forms):
                gaps.append(Gap(language, source, "a plural form is empty"))
        elif not (translation.text or "").strip():
            gaps.append(Gap(language, source, "empty translation"))
    return gaps


def check() -> list[Gap]:
    """Extract into a copy of each kept file and report every string without a translation."""
    gaps: list[Gap] = []
    with tempfile.TemporaryDirectory() as scratch:
        for catalogue in CATALOGUES:
            copy = Path(scratch) / catalogue.ts.name
            if catalogue.ts.exists():
                shutil.copyfile(catalogue.ts, copy)
            lupdate(catalogue, copy)
            gaps += gaps_in(copy, catalogue.language)
    return gaps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    if args.command == "update":
        for catalogue in CATALOGUES:
            lupdate(catalogue, catalogue.ts)
        return 0
    if args.command == "release":
        for catalogue in CATALOGUES:
            release(catalogue)
        return 0
    gaps = check()
    for gap in gaps:
        print(gap)
    print(f"i18n: {len(gaps)} string(s) missing or untranslated", file=sys.stderr)
    return 1 if gaps else 0


if __name__ == "__main__":
    raise SystemExit(main())
