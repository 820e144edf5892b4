"""Notes and goals: each paragraph follows its own language, and only plain text goes in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QLabel

from scardesk.ui.widgets.text_area import (
    ParagraphsText,
    TextArea,
    interface_lines,
    paragraph_direction,
)

ARABIC = "تحسن ملحوظ في الندبات بعد الجلسة الثانية"
ENGLISH = "Marked improvement after the second session"


def _line_edges(block: QTextBlock) -> tuple[float, float]:
    line = block.layout().lineAt(0)
    rect = line.naturalTextRect()
    return rect.left(), rect.right()


@pytest.mark.parametrize(
    "interface", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_an_arabic_paragraph_starts_at_the_right_and_an_english_one_at_the_left(
    qtbot, interface: Qt.LayoutDirection
) -> None:
    area = TextArea()
    area.setLayoutDirection(interface)
    qtbot.addWidget(area)
    area.resize(700, 160)
    with qtbot.waitExposed(area):
        area.show()
    area.setPlainText(f"{ARABIC}\n{ENGLISH}")
    width = area.document().textWidth()
    arabic, english = area.document().firstBlock(), area.document().lastBlock()
    arabic_left, arabic_right = _line_edges(arabic)
    english_left, english_right = _line_edges(english)
    # Each short paragraph sits against its own side, with the free space on the other.
    assert width - arabic_right < 20 < arabic_left
    assert english_left < 20 < width - english_right


def test_a_pasted_rich_text_keeps_its_words_only(qtbot) -> None:
    area = TextArea()
    qtbot.addWidget(area)
    pasted = QMimeData()
    pasted.setHtml("<p><b style='color:red'>Redness</b> settled</p>")
    pasted.setText("Redness settled")
    area.insertFromMimeData(pasted)
    assert area.toPlainText() == "Redness settled"
    assert "color" not in area.toHtml().split("<body", 1)[1].split(">", 1)[1]


def _ink_edges(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost columns of the label's rendering that hold any text."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    return columns[0], columns[-1]


@pytest.mark.parametrize(
    "interface", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_read_only_paragraphs_each_start_on_their_own_languages_side(
    qtbot, interface: Qt.LayoutDirection
) -> None:
    shown = ParagraphsText(f"{ARABIC}\n\n{ENGLISH}\n12.5")
    shown.setLayoutDirection(interface)
    qtbot.addWidget(shown)
    shown.resize(700, 200)
    with qtbot.waitExposed(shown):
        shown.show()
    arabic, blank, english, number = shown.paragraphs
    width = shown.width()
    arabic_left, arabic_right = _ink_edges(arabic)
    english_left, english_right = _ink_edges(english)
    assert width - arabic_right < 20 < arabic_left
    assert english_left < 20 < width - english_right
    assert blank.height() > 0  # a blank line keeps its place between paragraphs
    # No letter at all: the number follows the interface.
    number_left, number_right = _ink_edges(number)
    if interface == Qt.LayoutDirection.LeftToRight:
        assert number_left < 20 < width - number_right
    else:
        assert width - number_right < 20 < number_left
    assert shown.text() == f"{ARABIC}\n\n{ENGLISH}\n12.5"


def test_a_paragraphs_direction_is_its_first_letters() -> None:
    assert paragraph_direction(f"12 {ARABIC} {ENGLISH}") == Qt.LayoutDirection.RightToLeft
    assert paragraph_direction(f"- {ENGLISH} {ARABIC}") == Qt.LayoutDirection.LeftToRight
    assert paragraph_direction("12.5 / 3") is None
    assert paragraph_direction("") is None


@pytest.mark.parametrize(
    ("interface", "mark"),
    [(Qt.LayoutDirection.LeftToRight, "\u200e"), (Qt.LayoutDirection.RightToLeft, "\u200f")],
)
def test_composed_lines_read_in_the_interfaces_direction(
    qapp, interface: Qt.LayoutDirection, mark: str
) -> None:
    """A line of the Arabic interface that starts with a device's Latin name is still laid out
    from the right: each line carries the interface's direction mark ahead of its first letter."""
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(interface)
    try:
        lines = interface_lines("Dermapen 4، عمق الإبرة 1.5 mm\nالمناطق: الخد الأيسر")
    finally:
        qapp.setLayoutDirection(before)
    assert lines == f"{mark}Dermapen 4، عمق الإبرة 1.5 mm\n{mark}المناطق: الخد الأيسر"
