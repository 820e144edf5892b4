"""A tiny Arabic translation, built the way the real one will be: a hand-written ``.ts`` in the
empty context (the one ``scardesk.ui.tr._t`` uses) compiled by ``pyside6-lrelease``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

#: English → Arabic for the texts the language tests look at.
ARABIC = {
    "P&references…": "ال&تفضيلات…",
    "Preferences": "التفضيلات",
    "&Language": "ال&لغة",
    "&Language:": "ال&لغة:",
    "&Digits": "الأ&رقام",
    "Apply": "تطبيق",
    "Sign in": "دخول",
    "&User name": "اسم ال&مستخدم",
    "&Password": "&كلمة المرور",
    "Show the Hijri date beside the Gregorian date": "إظهار التاريخ الهجري بجانب الميلادي",
    "Preview": "معاينة",
    "Source": "النص المصدر",
}


def lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    found = shutil.which("pyside6-lrelease") or (
        str(beside_python) if beside_python.exists() else None
    )
    if found is None:
        raise RuntimeError("pyside6-lrelease is not installed (it comes with PySide6)")
    return found


def build_arabic_qm(folder: Path, texts: dict[str, str] = ARABIC) -> Path:
    """Write ``scardesk_ar.qm`` into ``folder`` and return the folder (for install_translation)."""
    folder.mkdir(parents=True, exist_ok=True)
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(target)}</translation></message>\n"
        for source, target in texts.items()
    )
    ts = folder / "scardesk_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="ar">\n<context><name></name>\n{messages}</context>\n</TS>\n',
        encoding="utf-8",
    )
    subprocess.run(
        [lrelease(), str(ts), "-qm", str(folder / "scardesk_ar.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return folder
