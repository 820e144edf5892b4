"""Spin boxes show the digits the user chose to read and take both kinds typed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

import scardesk
from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.ui import display
from scardesk.ui.widgets.number_boxes import DecimalBox, NumberBox


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key presses carrying the text, as an Arabic keyboard layout sends them."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key(ord(ch.upper()))
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def arabic_indic() -> Iterator[None]:
    display.set_current(DisplayPreferences(Language.ARABIC, DigitStyle.ARABIC_INDIC))
    yield
    display.set_current(DEFAULT)


def test_with_arabic_indic_digits_chosen_a_box_shows_them(qtbot, arabic_indic):
    box = NumberBox()
    qtbot.addWidget(box)
    box.setRange(0, 500)
    box.setValue(120)
    assert box.text() == "١٢٠"


def test_arabic_indic_digits_typed_are_the_value(qtbot, arabic_indic):
    box = NumberBox()
    qtbot.addWidget(box)
    box.setRange(0, 500)
    box.selectAll()
    _type(box, "٣٤")
    box.interpretText()
    assert box.value() == 34
    assert box.text() == "٣٤"


def test_western_digits_typed_are_read_in_an_arabic_indic_box(qtbot, arabic_indic):
    box = NumberBox()
    qtbot.addWidget(box)
    box.setRange(0, 500)
    box.selectAll()
    qtbot.keyClicks(box, "56")
    box.interpretText()
    assert (box.value(), box.text()) == (56, "٥٦")


def test_a_dose_box_shows_the_chosen_digits_and_reads_the_arabic_decimal_point(qtbot, arabic_indic):
    box = DecimalBox()
    qtbot.addWidget(box)
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSuffix(" U")
    box.lineEdit().setText("٤٫٥ U")
    box.interpretText()
    assert box.value() == 4.5
    assert box.text() == "٤.٥ U"


def test_with_western_digits_a_box_reads_as_before(qtbot):
    box = DecimalBox()
    qtbot.addWidget(box)
    box.setDecimals(2)
    box.setValue(2.5)
    assert box.text() == "2.50"


def test_every_number_field_of_the_app_is_one_of_these_boxes():
    """A bare QSpinBox would show Western digits to a user who chose Arabic-Indic ones."""
    root = Path(scardesk.__file__).parent
    bare = re.compile(r"\bQ(?:Double)?SpinBox\(")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line) and not line.lstrip().startswith("class ")
    ]
    assert found == []
