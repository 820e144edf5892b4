"""Number fields take Arabic-Indic digits (an Arabic keyboard layout) as well as 0–9."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDateEdit, QDoubleSpinBox, QLineEdit, QSpinBox

from scardesk.ui.products.fields import parse_expiry, parse_rials, parse_whole
from scardesk.ui.qt_dates import python_date

ARABIC_INDIC, EASTERN = 0x0660, 0x06F0
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _typed_as(text: str, styles: list[int]) -> str:
    """``text`` with each digit written in the style chosen for it (0: Western)."""
    out = []
    for ch, style in zip(text, styles * len(text), strict=False):
        out.append(chr(style + int(ch)) if ch.isdigit() and style else ch)
    return "".join(out)


def _type(widget, text: str) -> None:
    """Key presses carrying the text, as an Arabic layout sends them: the key code is the
    character's code point (keyClicks cannot send non-ASCII text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key(ord(ch.upper()))
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


digit_styles = st.lists(st.sampled_from([0, ARABIC_INDIC, EASTERN]), min_size=1, max_size=4)


@SETTINGS
@given(value=st.integers(0, 999), styles=digit_styles)
def test_a_spin_box_reads_any_digits(qtbot, value: int, styles: list[int]) -> None:
    box = QSpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 999)
    box.setValue(0)
    box.selectAll()
    _type(box, _typed_as(str(value), styles))
    box.interpretText()
    assert box.value() == value


@SETTINGS
@given(tenths=st.integers(0, 9999), styles=digit_styles, arabic_point=st.booleans())
def test_a_dose_box_reads_any_digits_and_the_arabic_decimal_separator(
    qtbot, tenths: int, styles: list[int], arabic_point: bool
) -> None:
    box = QDoubleSpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 1000)
    box.setDecimals(1)
    box.setValue(0)
    box.selectAll()
    text = f"{tenths // 10}.{tenths % 10}"
    if arabic_point:
        text = text.replace(".", "\u066b")
    _type(box, _typed_as(text, styles))
    box.interpretText()
    assert box.value() == pytest.approx(tenths / 10)


def test_a_date_edit_reads_arabic_indic_digits(qtbot) -> None:
    edit = QDateEdit(QDate(2000, 1, 1))
    edit.setDisplayFormat("dd/MM/yyyy")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    _type(edit, _typed_as("06122026", [ARABIC_INDIC]))  # each section moves on when full
    edit.interpretText()
    assert python_date(edit.date()) == date(2026, 12, 6)


def test_pasting_arabic_indic_digits_into_a_spin_box(qtbot) -> None:
    box = QSpinBox()
    box.setRange(0, 999)
    qtbot.addWidget(box)
    box.show()
    box.selectAll()
    QGuiApplication.clipboard().setText("\u0664\u0662")
    paste = QKeySequence(QKeySequence.StandardKey.Paste)[0]
    QApplication.sendEvent(
        box, QKeyEvent(QEvent.Type.KeyPress, paste.key(), paste.keyboardModifiers())
    )
    box.interpretText()
    assert box.value() == 42


def test_free_text_keeps_the_digits_it_was_typed_with(qtbot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    _type(line, "\u0663 \u0645\u0631\u0627\u062a")
    assert line.text() == "\u0663 \u0645\u0631\u0627\u062a"


@given(value=st.integers(-99999, 99999), styles=digit_styles)
def test_whole_numbers_are_read_in_any_digits(value: int, styles: list[int]) -> None:
    assert parse_whole(_typed_as(str(value), styles)) == value


@given(baisa=st.integers(0, 10**9), styles=digit_styles, arabic_point=st.booleans())
def test_prices_are_read_in_any_digits(baisa: int, styles: list[int], arabic_point: bool) -> None:
    text = f"{baisa // 1000}.{baisa % 1000:03d}"
    if arabic_point:
        text = text.replace(".", "\u066b")
    assert parse_rials(_typed_as(text, styles)) == baisa


@given(day=st.dates(date(2000, 1, 1), date(2099, 12, 31)), styles=digit_styles)
def test_expiry_dates_are_read_in_any_digits(day: date, styles: list[int]) -> None:
    assert parse_expiry(_typed_as(day.strftime("%d/%m/%Y"), styles)) == day
