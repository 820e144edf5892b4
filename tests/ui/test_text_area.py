"""Notes and goals: each paragraph follows its own language, and only plain text goes in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextBlock

from scardesk.ui.widgets.text_area import TextArea

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
