"""Search folding: Arabic and Latin variants of a name must normalise to the same tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.search_text import (
    fold_arabic,
    fold_digits,
    fold_latin,
    normalise_for_search,
    patient_search_text,
    search_tokens,
)

FAST = settings(max_examples=60, deadline=None)
ARABIC_TEXT = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF))


def test_alef_with_hamza_folds_to_bare_alef() -> None:
    assert fold_arabic("أحمد") == fold_arabic("احمد") == "احمد"


def test_taa_marbuta_folds_to_haa_and_hamza_seat_to_yaa() -> None:
    assert fold_arabic("عائشة") == fold_arabic("عائشه") == "عايشه"


def test_every_alef_variant_folds_to_bare_alef() -> None:
    assert fold_arabic("أ إ آ ٱ") == "ا ا ا ا"


def test_alef_maqsura_and_waw_hamza_fold() -> None:
    assert fold_arabic("مصطفى مؤمن") == "مصطفي مومن"


def test_harakat_superscript_alef_and_tatweel_are_removed() -> None:
    assert fold_arabic("مُحَمَّـــد هٰذا") == "محمد هذا"


def test_decomposed_hamza_folds_like_the_composed_letter() -> None:
    assert fold_arabic("ا\u0654حمد") == "احمد"


def test_arabic_indic_and_eastern_digits_become_ascii() -> None:
    assert fold_arabic("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"


def test_fold_digits_leaves_letters_alone() -> None:
    assert fold_digits("رقم ٩١٢٣ abc") == "رقم 9123 abc"


def test_fold_latin_removes_accents_and_case() -> None:
    assert fold_latin("ZOË Müller-Ñúñez") == "zoe muller-nunez"


def test_fold_latin_casefolds_sharp_s() -> None:
    assert fold_latin("Straße") == "strasse"


def test_normalise_turns_punctuation_into_single_spaces() -> None:
    assert normalise_for_search("  Al-Balushi,  Sara.  ") == "al balushi sara"


def test_normalise_drops_apostrophes_inside_names() -> None:
    assert normalise_for_search("O'Brien Ma’mari") == "obrien mamari"


def test_normalise_folds_arabic_punctuation_and_vowels() -> None:
    assert normalise_for_search("أَحْمَد، البلوشيّ") == "احمد البلوشي"


def test_search_tokens_are_distinct_in_typed_order() -> None:
    assert search_tokens("Sara sara SARA Ahmed") == ["sara", "ahmed"]


def test_search_tokens_of_blank_query_is_empty() -> None:
    assert search_tokens("  ,. ") == []


def test_patient_search_text_holds_both_names() -> None:
    text = patient_search_text("Aïsha Al-Balushi", "عائشة البلوشي")
    assert text == "aisha al balushi عايشه البلوشي"


def test_patient_search_text_accepts_a_missing_name() -> None:
    assert patient_search_text(None, "أحمد") == "احمد"


def test_query_without_hamza_matches_stored_name_with_hamza() -> None:
    stored = patient_search_text("", "أحمد")
    assert all(token in stored.split() for token in search_tokens("احمد"))


@FAST
@given(st.text())
def test_fold_arabic_is_idempotent(text: str) -> None:
    assert fold_arabic(fold_arabic(text)) == fold_arabic(text)


@FAST
@given(st.text())
def test_fold_latin_is_idempotent(text: str) -> None:
    assert fold_latin(fold_latin(text)) == fold_latin(text)


@FAST
@given(st.text())
def test_normalise_for_search_is_idempotent(text: str) -> None:
    once = normalise_for_search(text)
    assert normalise_for_search(once) == once


@FAST
@given(ARABIC_TEXT)
def test_folded_arabic_has_no_harakat_tatweel_or_variant_letters(text: str) -> None:
    folded = fold_arabic(text)
    forbidden = {chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640]} | set("أإآٱىةؤئ")
    assert not forbidden & set(folded)


@FAST
@given(st.text())
def test_normalised_text_has_no_edge_or_double_spaces(text: str) -> None:
    out = normalise_for_search(text)
    assert out == out.strip()
    assert "  " not in out


@FAST
@given(st.text(), st.text())
def test_search_text_tokens_are_unique(latin: str, arabic: str) -> None:
    tokens = patient_search_text(latin, arabic).split()
    assert len(tokens) == len(set(tokens))


@FAST
@given(st.text())
def test_every_query_token_of_a_name_is_in_its_search_text(name: str) -> None:
    stored = patient_search_text(name, "").split()
    assert all(token in stored for token in search_tokens(name))
