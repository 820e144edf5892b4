"""A box the patient signs in with the mouse, a pen or a finger on the laptop.

The PDPL asks for written consent with proof kept, so the drawn signature is stored as a PNG next
to the consent. Strokes are drawn into a ``QImage`` as they arrive (not kept as a picture of the
widget), so what is saved is exactly the ink, on white, independent of the screen's theme.
Mouse points arrive a few pixels apart at speed; joining them with straight lines gives a jagged
signature, so each segment is a quadratic curve through the midpoints of successive points.
A tablet pen's pressure varies the line width, like ink.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from scardesk.ui.tr import _t

INK = QColor("#10243e")
PAPER = QColor("#ffffff")
GUIDE = QColor("#9aa5ae")
BORDER = QColor("#c7d0d6")
PEN_WIDTH = 2.6
#: Ink narrower and lower than this (pixels) is a tap or a slip, not a signature.
MIN_INK_EXTENT = 12


class SignaturePad(QWidget):
    """Draw with mouse/pen/tablet; ``is_empty()``, ``clear()`` and ``to_png_bytes()``.

    ``changed`` fires after each finished stroke and after ``clear()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(420, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(_t("Signature box"))
        self.setToolTip(_t("Sign here with the mouse, a pen or a finger"))
        self._image = self._blank(QSize(640, 200))
        self._ink = QRect()  # bounding box of everything drawn
        self._points: list[QPointF] = []
        self._widths: list[float] = []
        self._strokes = 0
        self._tablet_down = False

    # --- public API -------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True until the signer has drawn something larger than a tap."""
        return self._ink.isNull() or max(self._ink.width(), self._ink.height()) < MIN_INK_EXTENT

    def stroke_count(self) -> int:
        return self._strokes

    def clear(self) -> None:
        self._image.fill(PAPER)
        self._ink = QRect()
        self._points.clear()
        self._widths.clear()
        self._strokes = 0
        self.update()
        self.changed.emit()

    def image(self) -> QImage:
        """A copy of the ink as drawn (white background)."""
        return self._image.copy()

    def to_png_bytes(self) -> bytes:
        """The signature as PNG bytes, cropped to the ink with a small white margin."""
        if self._ink.isNull():
            return b""
        margin = 12
        area = self._ink.adjusted(-margin, -margin, margin, margin).intersected(self._image.rect())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # QImageWriter rather than QImage.save: PySide6 6.11's stub wants the format as bytes
        # where the binding only accepts str, so neither spelling of save() type-checks and runs.
        QImageWriter(buffer, QByteArray(b"PNG")).write(self._image.copy(area))
        data: QByteArray = buffer.data()
        return bytes(data.data())

    # --- input ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._tablet_down:
            self._begin(event.position(), 1.0)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._points and not self._tablet_down:
            self._extend(event.position(), 1.0)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._points and not self._tablet_down:
            self._extend(event.position(), 1.0)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Pens give pressure; accepting the event stops Qt from also sending mouse events."""
        kind = event.type()
        pressure = 0.35 + 0.9 * max(0.0, min(1.0, event.pressure()))
        if kind == QTabletEvent.Type.TabletPress:
            self._tablet_down = True
            self._begin(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove and self._tablet_down and self._points:
            self._extend(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease and self._tablet_down:
            self._extend(event.position(), pressure)
            self._end()
            self._tablet_down = False
        event.accept()

    # --- drawing ----------------------------------------------------------------------------

    def _begin(self, point: QPointF, pressure: float) -> None:
        self._points = [point]
        self._widths = [PEN_WIDTH * pressure]
        # A dot, so a tap still leaves a mark while the stroke starts.
        self._draw_segment(QPainterPath(point), self._widths[0], dot=point)

    def _extend(self, point: QPointF, pressure: float) -> None:
        last = self._points[-1]
        if (point - last).manhattanLength() < 1.0:
            return
        self._points.append(point)
        # Smooth the width too, so pressure jitter does not look like blots.
        self._widths.append(0.6 * self._widths[-1] + 0.4 * PEN_WIDTH * pressure)
        if len(self._points) == 2:
            path = QPainterPath(self._points[0])
            path.lineTo(_mid(self._points[0], point))
        else:
            before, control = self._points[-3], self._points[-2]
            path = QPainterPath(_mid(before, control))
            path.quadTo(control, _mid(control, point))
        self._draw_segment(path, self._widths[-1])

    def _end(self) -> None:
        if len(self._points) >= 2:
            path = QPainterPath(_mid(self._points[-2], self._points[-1]))
            path.lineTo(self._points[-1])
            self._draw_segment(path, self._widths[-1])
        self._points.clear()
        self._widths.clear()
        self._strokes += 1
        self.changed.emit()

    def _draw_segment(self, path: QPainterPath, width: float, dot: QPointF | None = None) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if dot is not None:
            painter.drawPoint(dot)
        else:
            painter.drawPath(path)
        painter.end()
        pad = int(width) + 2
        box = path.boundingRect().toAlignedRect() if dot is None else QRect(dot.toPoint(), QSize())
        box = box.adjusted(-pad, -pad, pad, pad).intersected(self._image.rect())
        self._ink = box if self._ink.isNull() else self._ink.united(box)
        self.update(box)

    # --- widget -----------------------------------------------------------------------------

    @staticmethod
    def _blank(size: QSize) -> QImage:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(PAPER)
        return image

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Grow the canvas with the widget, keeping the ink (it never shrinks, ink is never cut)."""
        size = event.size()
        if size.width() > self._image.width() or size.height() > self._image.height():
            grown = self._blank(
                QSize(
                    max(size.width(), self._image.width()), max(size.height(), self._image.height())
                )
            )
            painter = QPainter(grown)
            painter.drawImage(0, 0, self._image)
            painter.end()
            self._image = grown
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(event.rect(), self._image, event.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        baseline = self.height() - 38
        painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        if self.is_empty():
            painter.setPen(GUIDE)
            painter.drawText(
                QRect(0, baseline + 6, self.width(), 24),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                _t("Sign above the line  ·  وقّع فوق الخط"),
            )
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 6, 6)
        painter.end()


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
