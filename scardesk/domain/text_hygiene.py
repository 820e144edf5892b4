"""Text hygiene: the one place that decides which characters a stored text may contain.

Every free-text and identifier field passes through :func:`clean_text` before its own shape
rules run. The threats are concrete: a NUL is refused by PostgreSQL mid-transaction; ESC and
other control characters corrupt terminals, logs and printed sheets; a right-to-left override
(U+202E) can make one patient's name display as another's; zero-width characters make two
lot numbers or user names look identical while comparing different; a lone surrogate cannot
be encoded at all. Text is stored NFC-normalised so the same name typed on two keyboards is
the same string.

Three kinds of field, from strictest to most permissive:

* ``STRICT`` — names, identifiers, lot numbers, user names: no control, format (Cf: bidi
  controls, zero-width characters, soft hyphen, tags) or line-break character at all.
* ``LINE`` — one line of free text (an address, a product name): no control characters, no
  bidi embedding/override/isolate and no zero-width space; the joiners ZWJ/ZWNJ and the
  direction marks LRM/RLM/ALM stay, because mixed Arabic–English text needs them and they
  cannot reorder other characters.
* ``NOTES`` — multi-line notes: as ``LINE`` plus tab and newline, and the bidi *isolates*
  (U+2066–U+2069) when they are balanced, since an isolate cannot leak past its own text.

Formula-looking text (``=``, ``+``, ``-``, ``@`` first) is harmless to store; exports to
spreadsheets neutralise it with :func:`spreadsheet_cell`.
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from functools import lru_cache

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message


class TextKind(Enum):
    STRICT = "strict"
    LINE = "line"
    NOTES = "notes"


#: Embeddings, overrides and their terminator: they reorder the text that follows them.
BIDI_EMBEDDINGS = frozenset(chr(c) for c in range(0x202A, 0x202F))
#: Isolates and their terminator: contained, so harmless in notes when balanced.
BIDI_ISOLATES = frozenset(chr(c) for c in range(0x2066, 0x206A))
#: Every invisible character that only steers text direction: the embeddings and isolates
#: above and the marks (LRM, RLM, ALM). What a screen or a sheet adds around numbers and names.
BIDI_CONTROLS = BIDI_EMBEDDINGS | BIDI_ISOLATES | frozenset("\u200e\u200f\u061c")
#: Invisible characters that make two different strings look the same.
ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u180e\u034f")
#: Joiners and direction marks: needed to type mixed Arabic and English correctly.
_SHAPING_MARKS = frozenset("\u200c\u200d\u200e\u200f\u061c")
_LINE_BREAKS = frozenset("\n\u2028\u2029\u0085")
#: Spaces trimmed from both ends (the controls among str.strip()'s set are refused instead).
_EDGE_SPACE = " \t\n" + "".join(chr(c) for c in (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F))
_EDGE_SPACE += "\u205f\u3000"
#: A hard ceiling checked before any other work, so a pasted novel costs nothing.
_RAW_CEILING = 100_000


@lru_cache(maxsize=4096)
def _refusal(ch: str, kind: TextKind) -> Message | None:
    """What ``ch`` is and what to do (a message without its place), when it may not be stored
    in a field of ``kind``."""
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return Message("text.broken_character")
    if ch in _LINE_BREAKS or ch == "\t":
        if kind is not TextKind.NOTES:
            return Message("text.line_break")
        if ch not in "\n\t":
            return Message("text.unusual_line_break")
        return None
    category = unicodedata.category(ch)
    if category == "Cc":
        return Message("text.control_character")
    if category == "Cn" and (0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE):
        return Message("text.non_character")
    if ch in BIDI_EMBEDDINGS:
        return Message("text.direction_override")
    if ch in BIDI_ISOLATES:
        if kind is TextKind.NOTES:
            return None  # balance is checked over the whole text
        return Message("text.direction_control")
    if kind is TextKind.STRICT and (category in ("Cf", "Co", "Zl", "Zp") or ch in ZERO_WIDTH):
        return Message("text.invisible_character")
    if ch in ZERO_WIDTH:
        return Message("text.zero_width_character")
    if category in ("Cf", "Zl", "Zp") and ch not in _SHAPING_MARKS:
        return Message("text.formatting_character")
    return None


def _isolates_balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _checked(value: str, field: str, kind: TextKind) -> str:
    """``value`` NFC-normalised, or ValidationError naming the first refused character."""
    for position, ch in enumerate(value, start=1):
        refused = _refusal(ch, kind)
        if refused is not None:
            # Short enough to fit under a form field on one or two lines.
            where = {"codepoint": f"U+{ord(ch):04X}", "position": position}
            raise ValidationError({field: Message(refused.code, where)})
    if kind is TextKind.NOTES and not _isolates_balanced(value):
        raise ValidationError({field: Message("text.isolates_unclosed")})
    return unicodedata.normalize("NFC", value)


def clean_text(text: object, field: str, *, limit: int, kind: TextKind = TextKind.LINE) -> str:
    """``text`` trimmed, with CR/LF unified, NFC-normalised and checked; may be ``""``.

    Raises ValidationError keyed by ``field`` naming the first refused character by its code
    point and position, never by quoting the text, which may be personal data.
    """
    if text.__class__ is str and not text:
        return ""  # an optional field left empty, the commonest case of all
    if not isinstance(text, str):
        raise ValidationError({field: Message("text.not_text", {"kind": type(text).__name__})})
    if len(text) > max(_RAW_CEILING, limit * 4):
        raise ValidationError(
            {field: Message("text.far_too_long", {"length": len(text), "maximum": limit})}
        )
    value = text.replace("\r\n", "\n").replace("\r", "\n").strip(_EDGE_SPACE)
    # Printable ASCII (space to "~") is allowed in every kind of field and is already NFC:
    # most names, numbers and notes skip the per-character checks, which bulk imports feel.
    if not (value.isascii() and value.isprintable()):
        value = _checked(value, field, kind)
    if len(value) > limit:
        raise ValidationError(
            {field: Message("text.too_long", {"length": len(value), "maximum": limit})}
        )
    return value


def clean_optional(
    text: object, field: str, *, limit: int, kind: TextKind = TextKind.LINE
) -> str | None:
    """As :func:`clean_text`, but a blank (or missing) value is ``None``."""
    if text is None:
        return None
    return clean_text(text, field, limit=limit, kind=kind) or None


#: OWASP's list: text starting with these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_cell(value: object) -> str:
    """``value`` as text a spreadsheet shows literally: formula-looking text gets a leading '.

    Leading spaces do not disarm a formula in every program, so they are looked past.
    Full-width ＝＋－＠ are included: some spreadsheet programs fold them to ASCII.
    """
    text = str(value)
    first = text.lstrip(" \u00a0")[:1]
    if first and unicodedata.normalize("NFKC", first)[:1] in _FORMULA_START:
        return "'" + text
    return text


#: LEFT-TO-RIGHT MARK: invisible, and numbers and phones read left to right anyway.
_INVISIBLE_GUARD = "\u200e"


def spreadsheet_text(value: str) -> str:
    """``value`` for a CSV cell that a spreadsheet keeps as the exact text, with nothing shown.

    Phones (``+968 …``) would be run as formulas and civil numbers (``0123…``) turned into
    numbers that lose their leading zero. An apostrophe disarms both in Excel when typed, but a
    CSV shows it. An invisible LEFT-TO-RIGHT MARK in front makes the cell neither a formula nor
    a number in Excel and LibreOffice, and is the right direction mark for digits besides.
    """
    if not value:
        return value
    first = unicodedata.normalize("NFKC", value.lstrip(" \u00a0")[:1])[:1]
    if first in _FORMULA_START or first.isdigit() or first in "(.,":
        return _INVISIBLE_GUARD + value
    return value
