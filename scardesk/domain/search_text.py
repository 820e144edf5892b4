"""Text folding so one search box finds a patient however the name was typed.

Arabic names are written with or without vowel marks, with different hamza seats and with
taa marbuta or haa at the end (``عائشة`` / ``عائشه``); Latin names with or without accents and
in any case. Database full-text tokenizers fold Latin accents but not Arabic variants, so the
app stores one normalised search column produced here and normalises every query the same
way (clinical reference §8). Both sides must use these functions, or matches silently fail.
"""

from __future__ import annotations

import unicodedata

# Harakat (fathatan … sukun), superscript alef and tatweel carry no identity for searching.
_DROPPED = [*range(0x064B, 0x0653), 0x0670, 0x0640]

_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
}

# Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…, Persian/Urdu) digits.
_DIGIT_FOLDS = {base + offset: str(offset) for base in (0x0660, 0x06F0) for offset in range(10)}

_ARABIC_TABLE: dict[int, str | None] = {
    **dict.fromkeys(_DROPPED),
    **{ord(src): dst for src, dst in _LETTER_FOLDS.items()},
    **_DIGIT_FOLDS,
}
_DIGITS_TABLE: dict[int, str] = dict(_DIGIT_FOLDS)

# Apostrophes inside names ("O'Brien", "Ma'mari") are dropped, not split, so that
# "obrien" and "o'brien" both find the same person.
_APOSTROPHES = frozenset("'’‘ʼʻ`´")


def fold_digits(text: str) -> str:
    """Map Arabic-Indic and Eastern Arabic-Indic digits to ASCII, leaving everything else.

    Phones, civil numbers and dates are often typed with an Arabic keyboard layout.
    """
    return text.translate(_DIGITS_TABLE)


def fold_arabic(text: str) -> str:
    """Fold Arabic spelling variants that users do not distinguish when searching.

    Removes harakat, superscript alef and tatweel; unifies alef forms (أ إ آ ٱ → ا), alef maqsura
    (ى → ي), taa marbuta (ة → ه) and hamza seats (ؤ → و, ئ → ي); maps Arabic digits to ASCII.
    Text in other scripts is returned unchanged.
    """
    # NFC first so a decomposed "ا + hamza above" becomes أ and is folded like the composed form.
    return unicodedata.normalize("NFC", text).translate(_ARABIC_TABLE)


def fold_latin(text: str) -> str:
    """Remove accents and case (``Zoë`` → ``zoe``) via compatibility decomposition.

    Casefolding can itself produce combining marks (e.g. ``ǰ``), so decomposition runs after it.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def normalise_for_search(text: str) -> str:
    """Both folds, punctuation turned into spaces, whitespace collapsed to single spaces."""
    folded = fold_arabic(fold_latin(text))
    cleaned = "".join(
        "" if ch in _APOSTROPHES else (ch if _is_word_char(ch) else " ") for ch in folded
    )
    return " ".join(cleaned.split())


def search_tokens(query: str) -> list[str]:
    """The distinct normalised words of a query, in the order typed.

    A patient matches when every token is a prefix of some word in their search column.
    """
    return list(dict.fromkeys(normalise_for_search(query).split()))


def patient_search_text(name_latin: str | None, name_arabic: str | None) -> str:
    """The stored search column: distinct normalised words of both names, space separated.

    Recompute it whenever either name changes, and after any change to the folding rules.
    """
    combined = f"{name_latin or ''} {name_arabic or ''}"
    return " ".join(search_tokens(combined))
