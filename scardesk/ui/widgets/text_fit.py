"""A short text box as wide as its hint: the placeholder ("#file number") is its only label.

A box capped at a width chosen in English cut the hint ("#file …"), and the Arabic wording is a
different length again. ``fit_to_hint`` makes the box as wide as its placeholder needs, with
the room for the clear button kept, so typing does not squeeze the text either (the box is for
a short entry: a file number, a code). The width
is measured again whenever the font or the style changes (the style sheet's font arrives when
the box is first polished, after it was built).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle

#: The characters Qt's own size hint for a line edit counts on (``QLineEdit::sizeHint``).
_HINT_CHARS = 17
_REFIT_ON = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)


def hint_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its placeholder whole, clear button included."""
    metrics = edit.fontMetrics()
    # Everything around the text (frame, padding, text margins) as Qt adds it to its own hint.
    around = edit.sizeHint().width() - metrics.horizontalAdvance("x") * _HINT_CHARS
    text = metrics.horizontalAdvance(edit.placeholderText())
    clear = 0
    if edit.isClearButtonEnabled():
        # Qt's side-widget room (QLineEditPrivate::sideWidgetParameters): the icon, 6 px
        # around it and a quarter of it as margin.
        icon = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
        clear = icon + 6 + icon // 4
    return max(0, around) + text + clear


class _HintFit(QObject):
    def __init__(self, edit: QLineEdit, fixed: bool) -> None:
        super().__init__(edit)
        self._edit = edit
        self._fixed = fixed
        edit.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT_ON:
            self.fit()
        return False

    def fit(self) -> None:
        width = hint_width(self._edit)
        if self._fixed:
            self._edit.setFixedWidth(width)
        else:
            self._edit.setMinimumWidth(width)


def fit_to_hint(edit: QLineEdit, *, fixed: bool = True) -> None:
    """Keep ``edit`` as wide as its placeholder needs (set the placeholder first); with
    ``fixed=False`` at least that wide (a field in a form that may grow)."""
    _HintFit(edit, fixed)
