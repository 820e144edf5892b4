"""Bidirectional line layout: wrap logically, then shape and reorder each line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.documents.arabic import BIDI_CONTROLS, isolate_ltr, layout, visual, wrap_logical
from scardesk.documents.fonts import ARABIC, LATIN, arabic_fonts, latin_fonts, register_fonts

register_fonts()
AR = arabic_fonts()


def test_phone_number_keeps_its_groups_in_order_inside_an_arabic_line() -> None:
    assert "+968 2412 3456" in visual("اتصل على الرقم +968 2412 3456 الآن", rtl=True)


def test_arabic_words_come_out_right_to_left() -> None:
    drawn = visual("مرحبا بك", rtl=True)
    # The first logical word is drawn rightmost: it ends the visual string.
    assert drawn == "ﻚﺑ ﺎﺒﺣﺮﻣ"


def test_letters_are_joined_into_presentation_forms() -> None:
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " for ch in visual("مرحبا بك", rtl=True))


def test_brackets_around_arabic_are_mirrored() -> None:
    drawn = visual("كلمة (هربس)", rtl=True)
    assert drawn.startswith("(") and drawn.endswith("ﺔﻤﻠﻛ")


def test_sentence_punctuation_stays_outside_the_latin_isolate() -> None:
    assert isolate_ltr("المنتج: Botox.") == "المنتج: \u2066Botox\u2069."


def test_wrapping_keeps_the_start_of_the_sentence_on_the_first_line() -> None:
    text = "ابق في وضع مستقيم مدة 4 ساعات بعد الحقن ولا تنحن إلى الأمام"
    lines = wrap_logical(text, AR, 16, 120)
    assert len(lines) > 1 and lines[0].startswith("ابق")


def test_phone_number_is_not_broken_across_lines() -> None:
    lines = wrap_logical("اتصل بالعيادة على الرقم +968 2412 3456 فورا", AR, 16, 190)
    assert any("+968 2412 3456" in line for line in lines)


def test_runs_use_a_font_that_has_the_glyph() -> None:
    (line,) = layout("الرقم +968", AR, 16, 400, rtl=True)
    fonts = {run.font for run in line.runs if run.text.strip()}
    assert fonts == {ARABIC, LATIN}
    assert next(run.font for run in line.runs if "+" in run.text) == LATIN


def test_word_longer_than_the_line_is_cut_to_fit() -> None:
    lines = layout("X" * 300, latin_fonts(), 10, 100, rtl=False)
    assert len(lines) > 3 and all(line.width <= 100 for line in lines)


def test_markup_is_drawn_as_text() -> None:
    (line,) = layout("<b>&amp;</b>", latin_fonts(), 10, 400, rtl=False)
    assert "".join(run.text for run in line.runs) == "<b>&amp;</b>"


_words = st.lists(
    st.sampled_from(
        ["مرحبا", "بالعيادة", "4", "ساعات", "Botox", "+968 2412 3456", "(هربس)", "<b>&", "،", "SPF"]
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(words=_words, width=st.floats(min_value=60, max_value=400))
def test_any_mixed_text_fits_its_width_and_loses_no_controls_into_the_drawing(
    words: list[str], width: float
) -> None:
    lines = layout(" ".join(words), AR, 16, width, rtl=True)
    for line in lines:
        assert line.width <= width + 0.01
        assert not any(ch in BIDI_CONTROLS for run in line.runs for ch in run.text)
