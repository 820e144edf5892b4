"""Small building blocks of the assessment form: count boxes and totals (its cards and labels are
the shared ones in ``ui/widgets/card.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox

from scardesk.domain.assessment import COUNT_MAX
from scardesk.ui.widgets.number_boxes import NumberBox


def count_box(maximum: int = COUNT_MAX) -> QSpinBox:
    box = NumberBox()
    box.setRange(0, maximum)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(72)
    box.setAccelerated(True)
    return box


class TotalLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("font-size: 15pt; font-weight: 700; color: #115e59;")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
