"""Bidirectional text lines for ReportLab: Arabic joined, right to left, numbers in order.

ReportLab draws strings left to right, glyph by glyph, and cannot do this itself (see
machine-notes "Arabic in ReportLab"). The order of work matters:

1. Wrap the *logical* text into lines, measuring each word in its shaped form. Reordering a
   whole paragraph first would put the end of the sentence on the first line.
2. Per line: put every left-to-right stretch (digits, Latin words, phone numbers) inside a
   LEFT-TO-RIGHT ISOLATE, so ``+968 2412 3456`` keeps its groups in order; mirror brackets
   that will sit in right-to-left context; join the letters (arabic-reshaper); reorder to
   visual order (python-bidi); then drop the invisible bidi controls.
3. Split the visual line into runs by which bundled font has each glyph (Noto Naskh Arabic
   has no Latin letters and no ``+``), and measure them.

Nothing here parses markup: text is drawn exactly as given, ``<b>&`` included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from scardesk.documents.fonts import FontSet
from scardesk.domain.text_hygiene import BIDI_CONTROLS

LRI, PDI = "\u2066", "\u2069"
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# Harakat are kept (a name may carry them); the reshaper would otherwise delete them.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


class _SettledConfiguration:
    """The reshaper's settings, each read from its ConfigParser section once.

    ``reshape`` looks up six settings through ConfigParser on every call, which was half the
    time of laying out a sheet's Arabic lines (issue #16: the first sheet after sign-in). The
    settings never change after start-up, so each answer is kept.
    """

    def __init__(self, section: Any) -> None:
        self._section = section
        self._booleans: dict[str, bool] = {}

    def getboolean(self, key: str) -> bool:
        value = self._booleans.get(key)
        if value is None:
            value = self._booleans[key] = bool(self._section.getboolean(key))
        return value

    def get(self, key: str, *fallback: Any) -> Any:
        return self._section.get(key, *fallback)


_RESHAPER.configuration = _SettledConfiguration(_RESHAPER.configuration)
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# A stretch with no Arabic letter in it, that starts and ends with a strong LTR-ish character.
_LTR_STRETCH = re.compile(
    "[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\\s]"
    "(?:[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]*"
    "[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\\s])?"
)
_STRONG_LTR = re.compile(r"[0-9A-Za-z\u00c0-\u024f+]")
# Tokens that must not be broken across lines: phone numbers and other digit groups.
_TOKEN = re.compile(r"\+?[0-9](?:[0-9 ]*[0-9])?\S*|\S+")
_TRAILING_PUNCT = ".,:;!?،؛·"


@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str
    width: float
    size: float


@dataclass(frozen=True, slots=True)
class Line:
    runs: tuple[Run, ...]
    width: float


def has_arabic(text: str) -> bool:
    return _ARABIC_CHAR.search(text) is not None


def starts_rtl(text: str) -> bool:
    """Unicode's first-strong rule, simplified: is the first letter Arabic rather than Latin?"""
    for ch in text:
        if _ARABIC_CHAR.match(ch):
            return True
        if ch.isalpha():
            return False
    return False


def strip_controls(text: str) -> str:
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)


def _trim_stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink an LTR stretch so sentence punctuation and unbalanced brackets stay Arabic-side."""
    while True:
        before = (start, end)
        while end > start and text[end - 1] in _TRAILING_PUNCT + "([{ ":
            end -= 1
        while end > start and text[start] in _TRAILING_PUNCT + ")]} ":
            start += 1
        if end > start and text[start] == "(" and ")" not in text[start:end]:
            start += 1
        if end > start and text[end - 1] == ")" and "(" not in text[start:end]:
            end -= 1
        if (start, end) == before:
            return start, end


def isolate_ltr(text: str) -> str:
    """For a right-to-left line: isolate each LTR stretch and mirror the brackets left outside."""
    out: list[str] = []
    position = 0
    for match in _LTR_STRETCH.finditer(text):
        start, end = _trim_stretch(text, match.start(), match.end())
        if end <= start or not _STRONG_LTR.search(text[start:end]):
            continue
        out.append(text[position:start].translate(_MIRROR))
        out.append(f"{LRI}{text[start:end]}{PDI}")
        position = end
    out.append(text[position:].translate(_MIRROR))
    return "".join(out)


@lru_cache(maxsize=8192)
def visual(text: str, rtl: bool) -> str:
    """One line of logical text -> the characters to draw from left to right.

    Kept per line: wrapping measures the same candidate lines again, and every sheet repeats
    the clinic's header and the wording's lines."""
    if rtl:
        text = isolate_ltr(text)
    elif not has_arabic(text):
        return strip_controls(text)
    shaped = _RESHAPER.reshape(text)
    return strip_controls(get_display(shaped, base_dir="R" if rtl else "L"))


def split_runs(text: str, fonts: FontSet, size: float) -> tuple[Run, ...]:
    """Cut drawn text into runs of one font each; spaces stay with the run they are in."""
    runs: list[Run] = []
    current_font: str | None = None
    buffer: list[str] = []

    def flush(font: str) -> None:
        chunk = "".join(buffer)
        run_size = size * fonts.scale_of(font)
        runs.append(Run(font, chunk, stringWidth(chunk, font, run_size), run_size))
        buffer.clear()

    for ch in text:
        font = current_font if (ch == " " and current_font) else fonts.font_for(ch)
        if font != current_font and buffer and current_font:
            flush(current_font)
        current_font = font
        buffer.append(ch)
    if buffer and current_font:
        flush(current_font)
    return tuple(runs)


@lru_cache(maxsize=8192)
def _token_width(token: str, fonts: FontSet, size: float) -> float:
    shaped = _RESHAPER.reshape(token) if has_arabic(token) else token
    return sum(run.width for run in split_runs(strip_controls(shaped), fonts, size))


def _break_long(token: str, fonts: FontSet, size: float, width: float) -> list[str]:
    """A word wider than the line (a very long name): cut it wherever the line is full."""
    pieces: list[str] = []
    current = ""
    for ch in token:
        if current and _token_width(current + ch, fonts, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    if current:
        pieces.append(current)
    return pieces


@lru_cache(maxsize=8192)
def _line_width(text: str, fonts: FontSet, size: float, rtl: bool) -> float:
    # Measured as drawn: which font a space falls into depends on its neighbours after reordering.
    return sum(run.width for run in split_runs(visual(text, rtl), fonts, size))


def wrap_logical(
    text: str,
    fonts: FontSet,
    size: float,
    width: float,
    rtl: bool = True,
    first_width: float | None = None,
) -> list[str]:
    """Greedy word wrap of logical text; explicit newlines start new lines.

    ``first_width`` narrows the first line only (it shares its line with a label).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        tokens: list[str] = []
        for token in _TOKEN.findall(paragraph):
            if _token_width(token, fonts, size) > width:
                tokens.extend(_break_long(token, fonts, size, width))
            else:
                tokens.append(token)
        current: list[str] = []
        for token in tokens:
            limit = first_width if first_width is not None and not lines else width
            candidate = " ".join([*current, token])
            if current and _line_width(candidate, fonts, size, rtl) > limit:
                lines.append(" ".join(current))
                current = [token]
            else:
                current.append(token)
        lines.append(" ".join(current))
    return lines


@lru_cache(maxsize=4096)
def layout(
    text: str,
    fonts: FontSet,
    size: float,
    width: float,
    rtl: bool,
    first_width: float | None = None,
) -> tuple[Line, ...]:
    """Wrap, then shape and reorder each line; ready to draw.

    Cached: the clinic's instructions are the same on every sheet, only names and dates differ.
    """
    result = []
    for logical in wrap_logical(text, fonts, size, width, rtl, first_width):
        runs = split_runs(visual(logical, rtl), fonts, size)
        result.append(Line(runs, sum(run.width for run in runs)))
    return tuple(result)
