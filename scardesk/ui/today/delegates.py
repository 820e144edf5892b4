"""A push button drawn inside a table cell, so a row's main action is one click away.

A real ``QPushButton`` per row (``setIndexWidget``) would cost a widget per appointment and
fall out of step when the model resets; a delegate paints the button from the model's
``BUTTON_ROLE`` text and reports the click, so the model stays the single source of truth.
Keyboard users get the same action from the row's context menu and the action buttons.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from scardesk.ui.style import ACCENT, BACKGROUND, DISABLED_INK, FOCUS_RING, LINE, MUTED, PAPER
from scardesk.ui.widgets.record_table import BUTTON_ROLE, RECORD_ROLE

_Index = QModelIndex | QPersistentModelIndex
MARGIN = 6
# The shared stylesheet has no rule for tool buttons; these match its push buttons, and make a
# disabled action (nothing selected) visibly grey.
LOCAL_STYLE = f"""
QToolButton {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px; padding: 5px 12px;
}}
QToolButton:hover {{ border-color: {ACCENT}; }}
QToolButton:disabled {{ color: {DISABLED_INK}; background: {BACKGROUND}; }}
QLabel#muted {{ color: {MUTED}; }}
QScrollArea, QWidget#todayBody {{ background: transparent; }}
QTableView {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px; }}
QToolButton:focus {{ padding: 4px 11px; }}
{FOCUS_RING}
"""  # the focus ring again: this sheet's own borders would otherwise hide the application's


class ButtonDelegate(QStyledItemDelegate):
    """Emits ``clicked(record)`` (the row's RECORD_ROLE) when its button is released under the
    mouse; the record, not a row number, so a sorting proxy in between cannot mislead it."""

    clicked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pressed: QPersistentModelIndex | None = None

    @staticmethod
    def button_rect(cell: QRect) -> QRect:
        return cell.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = index.data(BUTTON_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        button = QStyleOptionButton()
        button.rect = self.button_rect(option.rect)
        button.text = text
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if self._pressed is not None and self._pressed == index:
            button.state |= QStyle.StateFlag.State_Sunken
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        text = index.data(BUTTON_ROLE)
        if not text:
            return super().sizeHint(option, index)
        width = option.fontMetrics.horizontalAdvance(text) + 2 * MARGIN + 28
        return QSize(width, 40)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if not index.data(BUTTON_ROLE) or not isinstance(event, QMouseEvent):
            return super().editorEvent(event, model, option, index)
        inside = self.button_rect(option.rect).contains(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonPress and inside:
            self._pressed = QPersistentModelIndex(index)
            return True
        if event.type() == QEvent.Type.MouseButtonRelease:
            was_pressed = self._pressed is not None and self._pressed == index
            self._pressed = None
            if inside and was_pressed:
                self.clicked.emit(index.data(RECORD_ROLE))
            return True
        return False
