"""Hostile text for the hygiene tests: which characters each kind of field must refuse, and
a Hypothesis strategy that hides one of them inside an otherwise ordinary value."""

from __future__ import annotations

from hypothesis import strategies as st

from scardesk.domain.text_hygiene import TextKind

#: Refused in every field, notes included.
_EVERYWHERE = (
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r"]
    + [chr(0x7F)]
    + [chr(c) for c in range(0x80, 0xA0)]
    + [chr(c) for c in range(0x202A, 0x202F)]  # embeddings and overrides
    + [chr(c) for c in (0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xDABC)]  # lone surrogates
    + ["\ufdd0", "\ufffe", "\uffff", "\U0001fffe"]  # non-characters
    + ["\u200b", "\u2060", "\ufeff"]  # zero-width space, word joiner, BOM
)
#: Also refused where the field is a single line.
_SINGLE_LINE = ["\t", "\n", "\r", "\u2028", "\u2029", "\u0085"] + [
    chr(c) for c in range(0x2066, 0x206A)
]
#: Also refused in names, identifiers, lot numbers and user names.
_STRICT = ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u00ad", "\U000e0041", "\ue000"]

HOSTILE: dict[TextKind, list[str]] = {
    TextKind.NOTES: _EVERYWHERE,
    TextKind.LINE: _EVERYWHERE + _SINGLE_LINE,
    TextKind.STRICT: _EVERYWHERE + _SINGLE_LINE + _STRICT,
}


@st.composite
def with_hostile_character(draw: st.DrawFn, base: st.SearchStrategy[str], kind: TextKind) -> str:
    """An ordinary value with one refused character put inside it (never at an edge, where
    blank-like characters would simply be trimmed)."""
    text = draw(base.filter(lambda t: len(t.strip()) >= 2).map(str.strip))
    bad = draw(st.sampled_from(HOSTILE[kind]))
    at = draw(st.integers(1, len(text) - 1))
    return text[:at] + bad + text[at:]


LATIN_NAME = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGH éü-'"), max_size=30)
ARABIC_NAME = st.text(st.sampled_from("عائشةالبلوشيمحمد "), max_size=30)
DIGITS = st.text(st.sampled_from("0123456789"), min_size=8, max_size=10)
WORDS = st.text(
    st.sampled_from("abcdefXYZ0123 .,=+-@/()عائشة"), max_size=60
)  # formula-leading text is ordinary text here: harmless to store
LOT = st.text(st.sampled_from("ABCDEFGH0123456789-/"), max_size=20)
USERNAME = st.text(st.sampled_from("abcdefgh"), min_size=3, max_size=10).map(lambda t: "u" + t)
