"""The score trend over a course of treatment, drawn with QPainter.

Two scales on one time axis: Goodman & Baron quantitative (0–84) on the left axis and ECCA
(0–540) on the right, each with its own colour. No severity bands are drawn: the papers
define none. Each point is one assessment; clicking it emits ``point_clicked(assessment_id)``
so the screen can show the photos taken at that assessment beside it.

Right to left: time runs left to right (earliest assessment on the left) in both interface
languages, as on the printed visit summary and in the papers the scales come from, and
Goodman & Baron keeps the left axis; a colleague reading the same patient in English sees the
same picture. Only what is read as text follows the reading direction: the legend starts at the
right in Arabic, and every number and date is written through ``ui/labels`` (user's digits,
left-to-right isolates). Painted text alignment is absolute (``AlignAbsolute``) so Qt does not
swap the axis labels to the far side of their margins in a right-to-left widget.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from scardesk.domain.assessment import TrendPoint
from scardesk.domain.scoring import ECCA_MAX, GOODMAN_BARON_MAX
from scardesk.domain.time import to_muscat
from scardesk.ui.labels import day_text, number_text
from scardesk.ui.style import ACCENT, INK, LINE, MUTED
from scardesk.ui.tr import _t

GB_COLOUR = QColor(ACCENT)
ECCA_COLOUR = QColor("#b45309")
_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = 46.0, 52.0, 34.0, 40.0
_HIT_RADIUS = 9.0
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def nice_ceiling(value: float, cap: int) -> int:
    """A round axis maximum just above ``value`` (never above the scale's own maximum)."""
    if value <= 0:
        return min(10, cap)
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value * 1.1:
            return min(math.ceil(top), cap)
    return cap


class TrendChart(QWidget):
    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[TrendPoint] = []
        # What an empty chart says: set by the tab when the list failed or has unreadable rows,
        # so the chart never claims "no assessments" for a patient who has some.
        self.empty_text: str | None = None
        self._selected: int | None = None
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(_t("Score trend"))

    def set_points(self, points: list[TrendPoint]) -> None:
        self._points = sorted(points, key=lambda p: (p.assessed_at, p.assessment_id))
        if self._selected not in {p.assessment_id for p in self._points}:
            self._selected = None
        self.update()

    def points(self) -> list[TrendPoint]:
        return list(self._points)

    def selected(self) -> int | None:
        return self._selected

    def set_selected(self, assessment_id: int | None) -> None:
        self._selected = assessment_id
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    # --- geometry -----------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        return QRectF(
            _MARGIN_LEFT,
            _MARGIN_TOP,
            max(10.0, self.width() - _MARGIN_LEFT - _MARGIN_RIGHT),
            max(10.0, self.height() - _MARGIN_TOP - _MARGIN_BOTTOM),
        )

    def _scales(self) -> tuple[int, int]:
        gb_top = nice_ceiling(max((p.gb_total for p in self._points), default=0), GOODMAN_BARON_MAX)
        ecca_top = nice_ceiling(max((p.ecca_total for p in self._points), default=0), ECCA_MAX)
        return gb_top, ecca_top

    def _x(self, moment: datetime, rect: QRectF) -> float:
        first, last = self._points[0].assessed_at, self._points[-1].assessed_at
        span = (last - first).total_seconds()
        if span <= 0:
            return rect.center().x()
        inset = min(24.0, rect.width() / 10)
        fraction = (moment - first).total_seconds() / span
        return rect.left() + inset + fraction * (rect.width() - 2 * inset)

    def positions(self, point: TrendPoint) -> tuple[QPointF, QPointF]:
        """Where ``point``'s Goodman & Baron and ECCA markers are drawn (widget coordinates)."""
        rect = self.plot_rect()
        gb_top, ecca_top = self._scales()
        x = self._x(point.assessed_at, rect)
        gb_y = rect.bottom() - point.gb_total / gb_top * rect.height()
        ecca_y = rect.bottom() - point.ecca_total / ecca_top * rect.height()
        return QPointF(x, gb_y), QPointF(x, ecca_y)

    def point_at(self, position: QPointF) -> TrendPoint | None:
        best: tuple[float, TrendPoint] | None = None
        for point in self._points:
            for marker in self.positions(point):
                distance = math.hypot(marker.x() - position.x(), marker.y() - position.y())
                if distance <= _HIT_RADIUS and (best is None or distance < best[0]):
                    best = (distance, point)
        return best[1] if best else None

    # --- events -------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if point is None:
            self.setToolTip("")
            return
        self.setToolTip(
            _t(
                "{date}: Goodman & Baron {gb}, ECCA {ecca}, %n photo(s)",
                None,
                len(point.photo_ids),
            ).format(
                date=day_text(to_muscat(point.assessed_at).date()),
                gb=number_text(point.gb_total),
                ecca=number_text(point.ecca_total),
            )
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.point_at(event.position())
        if point is not None:
            self._selected = point.assessment_id
            self.update()
            self.point_clicked.emit(point.assessment_id)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_rect()
        self._paint_axes(painter, rect)
        if not self._points:
            painter.setPen(QColor(MUTED))
            text = self.empty_text or _t("No assessments yet: the trend starts here.")
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            for index, colour in ((0, GB_COLOUR), (1, ECCA_COLOUR)):
                self._paint_series(painter, index, colour)
            self._paint_dates(painter, rect)
        self._paint_legend(painter)
        painter.end()

    def _paint_axes(self, painter: QPainter, rect: QRectF) -> None:
        gb_top, ecca_top = self._scales()
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1.5))
        painter.setFont(small)
        for step in range(5):
            y = rect.bottom() - step / 4 * rect.height()
            painter.setPen(
                QPen(QColor(LINE), 1, Qt.PenStyle.SolidLine if step == 0 else Qt.PenStyle.DotLine)
            )
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            band = QRectF(0, y - 8, _MARGIN_LEFT - 6, 16)
            painter.setPen(GB_COLOUR)
            painter.drawText(
                band,
                _RIGHT | Qt.AlignmentFlag.AlignVCenter,
                number_text(float(gb_top * step / 4)),
            )
            band = QRectF(rect.right() + 6, y - 8, _MARGIN_RIGHT - 6, 16)
            painter.setPen(ECCA_COLOUR)
            painter.drawText(
                band,
                _LEFT | Qt.AlignmentFlag.AlignVCenter,
                number_text(float(ecca_top * step / 4)),
            )

    def _paint_series(self, painter: QPainter, index: int, colour: QColor) -> None:
        markers = [self.positions(p)[index] for p in self._points]
        path = QPainterPath(markers[0])
        for marker in markers[1:]:
            path.lineTo(marker)
        painter.setPen(QPen(colour, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for point, marker in zip(self._points, markers, strict=True):
            selected = point.assessment_id == self._selected
            painter.setPen(
                QPen(QColor("white") if not selected else QColor(INK), 2 if selected else 1.5)
            )
            painter.setBrush(colour)
            radius = 6.5 if selected else 4.5
            if index == 0:
                painter.drawEllipse(marker, radius, radius)
            else:
                painter.drawRect(
                    QRectF(marker.x() - radius, marker.y() - radius, 2 * radius, 2 * radius)
                )

    def _paint_dates(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QColor(MUTED))
        last_right = -1e9
        for point in self._points:
            x = self._x(point.assessed_at, rect)
            text = day_text(to_muscat(point.assessed_at).date())
            width = painter.fontMetrics().horizontalAdvance(text) + 8
            if x - width / 2 < last_right:
                continue  # dates that would overlap are left to the tooltip
            painter.drawText(
                QRectF(x - width / 2, rect.bottom() + 6, width, 18),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
            last_right = x + width / 2

    def legend_rects(self) -> list[QRectF]:
        """Each legend entry's box (marker and label), in reading order: from the left edge of
        the plot in English, from its right edge in Arabic."""
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        rects, offset = [], 0.0
        for label, _colour, _round in self._legend_entries():
            width = 16 + metrics.horizontalAdvance(label) + 4
            if self.isRightToLeft():
                left = self.width() - _MARGIN_RIGHT - offset - width
            else:
                left = _MARGIN_LEFT + offset
            rects.append(QRectF(left, 6, width, 20))
            offset += width + 36
        return rects

    def _legend_entries(self) -> list[tuple[str, QColor, bool]]:
        return [
            (_t("Goodman & Baron (0–84)"), GB_COLOUR, True),
            (_t("ECCA (0–540)"), ECCA_COLOUR, False),
        ]

    def _paint_legend(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        rtl = self.isRightToLeft()
        for (label, colour, round_marker), box in zip(
            self._legend_entries(), self.legend_rects(), strict=True
        ):
            # The marker comes first in reading order: at the box's right edge in Arabic.
            marker_x = box.right() - 10 if rtl else box.left()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if round_marker:
                painter.drawEllipse(QPointF(marker_x + 5, 16), 5, 5)
            else:
                painter.drawRect(QRectF(marker_x, 11, 10, 10))
            painter.setPen(colour)
            text_box = box.adjusted(0, 0, -16, 0) if rtl else box.adjusted(16, 0, 0, 0)
            align = (_RIGHT if rtl else _LEFT) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, align, label)
