"""Tab order for forms whose parts are added while the form is open.

Qt's tab order is the order in which widgets were created, so a card added to the middle of a
form (a modality in the session editor) is reached only after the form's Cancel button. These
helpers put such blocks back where the eye finds them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(block: QWidget) -> list[QWidget]:
    """The widgets inside ``block`` that Tab can reach, in their current tab order."""
    stops: list[QWidget] = []
    widget = block.nextInFocusChain()
    seen = 0
    window_size = len(block.window().findChildren(QWidget)) + 1
    while widget is not None and widget is not block and seen <= window_size:
        if block.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
        seen += 1
    return stops


def chain_blocks(anchor: QWidget, blocks: Iterable[QWidget], then: QWidget) -> None:
    """Tab goes from ``anchor`` through each block in turn, then on to ``then``."""
    previous = anchor
    for block in blocks:
        for stop in tab_stops(block):
            QWidget.setTabOrder(previous, stop)
            previous = stop
    QWidget.setTabOrder(previous, then)
