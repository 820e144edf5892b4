"""Classifying what was typed into the search box, and the duplicate-name rule."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.numerals import arabic_indic_digits, ltr_isolate
from scardesk.domain.patient_search import QueryKind, names_similar, parse_query
from scardesk.domain.search_text import patient_search_text

FAST = settings(max_examples=60, deadline=None)
NAME_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzأحمدعائشةالبلوشي", min_size=1, max_size=8),
    min_size=1,
    max_size=4,
)


def test_every_common_date_spelling_is_a_date_of_birth_query() -> None:
    for text in ("1990-03-05", "5/3/1990", "05.03.1990", "05-03-1990", "٠٥/٠٣/١٩٩٠"):
        parsed = parse_query(text)
        assert parsed.kind is QueryKind.DATE, text
        assert parsed.birth_date == date(1990, 3, 5)


def test_every_local_phone_spelling_reaches_the_same_e164_number() -> None:
    for text in ("91234567", "9123 4567", "+968 9123 4567", "0096891234567", "968 9123 4567"):
        assert "+96891234567" in parse_query(text).phone_prefixes, text


def test_a_number_written_with_plus_is_a_phone_and_never_a_civil_number() -> None:
    parsed = parse_query("+968 9123")
    assert parsed.kind is QueryKind.PHONE
    assert parsed.phone_prefixes == ("+9689123",)
    assert parsed.civil_prefix is None


def test_bare_digits_search_both_phone_and_civil_number() -> None:
    parsed = parse_query("9123 4567")
    assert parsed.kind is QueryKind.NUMBER
    assert parsed.civil_prefix == "91234567"


def test_a_civil_number_that_cannot_be_an_omani_phone_searches_civil_only() -> None:
    parsed = parse_query("12345678")
    assert parsed.phone_prefixes == ()
    assert parsed.civil_prefix == "12345678"


def test_fewer_than_four_digits_match_nothing_yet() -> None:
    assert parse_query("912").matches_nothing
    assert not parse_query("9123").matches_nothing


def test_the_country_code_does_not_count_towards_the_four_digits() -> None:
    assert parse_query("+968 912").matches_nothing
    assert parse_query("00968 9").matches_nothing
    assert parse_query("+968 9123").phone_prefixes == ("+9689123",)


def test_an_impossible_date_is_not_a_date_query() -> None:
    assert parse_query("31/02/1990").kind is not QueryKind.DATE


def test_names_are_folded_into_prefix_tokens_in_typed_order() -> None:
    parsed = parse_query("  Balushi  عائشة ")
    assert parsed.kind is QueryKind.NAME
    assert parsed.tokens == ("balushi", "عايشه")


def test_blank_query_is_empty() -> None:
    assert parse_query("   ").kind is QueryKind.EMPTY


@FAST
@given(st.text(max_size=40))
def test_any_text_is_classified_without_raising(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.kind in QueryKind
    for prefix in parsed.phone_prefixes:
        assert prefix.startswith("+") and prefix[1:].isdigit()


@FAST
@given(NAME_WORDS, st.randoms())
def test_a_stored_name_is_found_by_its_words_in_any_order_and_cut_short(
    words: list[str], random: st.SearchStrategy
) -> None:
    stored = patient_search_text(" ".join(words), "").split()
    typed = [word[: max(1, len(word) // 2)] for word in words]
    random.shuffle(typed)  # type: ignore[attr-defined]
    parsed = parse_query(" ".join(typed))
    assert all(any(s.startswith(token) for s in stored) for token in parsed.tokens)


@FAST
@given(st.text(min_size=1, max_size=30), st.text(max_size=30))
def test_name_similarity_is_reflexive_for_nonblank_names(latin: str, arabic: str) -> None:
    if patient_search_text(latin, "") or patient_search_text("", arabic):
        assert names_similar((latin, arabic), (latin, arabic))


@FAST
@given(st.text(max_size=20), st.text(max_size=20), st.text(max_size=20), st.text(max_size=20))
def test_name_similarity_is_symmetric(a: str, b: str, c: str, d: str) -> None:
    assert names_similar((a, b), (c, d)) == names_similar((c, d), (a, b))


def test_similar_names_in_either_script_count() -> None:
    assert names_similar(("Aisha Al Balushi", ""), ("al-balushi aysha", ""))
    assert names_similar(("", "عائشة البلوشي"), ("Someone Else", "عايشه البلوشي"))
    assert not names_similar(("Aisha Al Balushi", ""), ("Mohammed Al Harthy", ""))


def test_blank_names_are_never_similar() -> None:
    assert not names_similar(("", ""), ("", ""))


def test_968_typed_without_plus_never_becomes_a_short_oman_prefix() -> None:
    """ "9689" is a national number or a civil-number prefix, never "+968 9…" (most patients)."""
    for typed in ("9689", "968 9", "968-91", "96891", "968 912"):
        parsed = parse_query(typed)
        for prefix in parsed.phone_prefixes:
            national = prefix.removeprefix("+968")
            assert len(national) >= 4, (typed, prefix)
    assert "+9689123" in parse_query("968 9123").phone_prefixes
    assert parse_query("968 9123").civil_prefix == "9689123"


DIRECTION_MARKS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@given(
    st.text(max_size=30), st.lists(st.tuples(st.integers(0, 30), st.sampled_from(DIRECTION_MARKS)))
)
def test_direction_marks_copied_with_the_text_change_nothing(
    text: str, marks: list[tuple[int, str]]
) -> None:
    """What a screen shows in Arabic carries invisible direction marks around its numbers; a
    phone copied from the recall list or a patient's header and pasted into the search box
    must search as the phone, not as three name words."""
    marked = text
    for at, mark in marks:
        marked = marked[:at] + mark + marked[at:]
    assert parse_query(marked) == parse_query(text)


def test_a_phone_copied_from_an_arabic_screen_is_a_phone() -> None:
    for digits in (str, arabic_indic_digits):
        shown = ltr_isolate(digits("+968 9123 4567"))
        assert parse_query(shown).phone_prefixes == ("+96891234567",)
