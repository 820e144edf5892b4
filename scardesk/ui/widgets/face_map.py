"""The face map: a front-view face drawn as vector art, clickable by region or by point.

Used for two jobs. In ``REGIONS`` mode (scar assessment) a click picks one of the facial regions
of clinical reference §2 and each region can carry a count badge. In ``POINTS`` mode (toxin
charting) a click asks for a new point at that spot; the owner decides whether to place it and
with what label (e.g. "4 U"), so the widget never invents clinical data.

The drawing (``resources/face_map/face.svg``) and the hit-test polygons
(``resources/face_map/regions.json``) are generated together by ``tools/make_face_map.py``, so
the regions the practitioner sees are exactly the ones clicks are tested against. The patient
faces the viewer: the patient's right side is drawn on the viewer's left, as on paper charts.

Right to left: the map is anatomy, not text, so it is never mirrored. With an Arabic interface
the same region lies under the same pixel (hit-testing uses the widget's own coordinates, which
Qt does not mirror), and the side labels stay put: painted text alignment is made absolute
(``AlignAbsolute``), because in a right-to-left widget Qt would otherwise swap "left" and
"right" and put the patient's right under the viewer's right. Region names always say whose
side ("Right cheek" is the patient's right) and are translated as such.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from functools import cache

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from scardesk.domain.enums import FacialRegion
from scardesk.resources import resource_path
from scardesk.ui.style import ACCENT, ACCENT_DARK, INK, MUTED
from scardesk.ui.tr import _t

POINT_RADIUS = 6.0
_HOVER_FILL = QColor(15, 118, 110, 50)
_SELECTED_FILL = QColor(15, 118, 110, 95)
_POINT_FILL = QColor("#b42318")


def region_name(region: FacialRegion) -> str:
    """The region's name as the practitioner says it (the patient's left and right)."""
    names = {
        FacialRegion.FOREHEAD: _t("Forehead"),
        FacialRegion.TEMPLE_LEFT: _t("Left temple"),
        FacialRegion.TEMPLE_RIGHT: _t("Right temple"),
        FacialRegion.CHEEK_LEFT: _t("Left cheek"),
        FacialRegion.CHEEK_RIGHT: _t("Right cheek"),
        FacialRegion.NOSE: _t("Nose"),
        FacialRegion.PERIORAL: _t("Perioral"),
        FacialRegion.CHIN: _t("Chin"),
        FacialRegion.JAWLINE_LEFT: _t("Left jawline"),
        FacialRegion.JAWLINE_RIGHT: _t("Right jawline"),
    }
    return names[region]


def side_name(side: str) -> str:
    """The label under each half of the face ("Patient's right", in Arabic "يمين المريض")."""
    return _t("Patient's right") if side == "right" else _t("Patient's left")


class MapMode(Enum):
    REGIONS = "regions"
    POINTS = "points"


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A placed point: normalised position (0–1 of the drawing), its region and its label."""

    x: float
    y: float
    region: FacialRegion | None
    label: str = ""


@dataclass(frozen=True)
class FaceGeometry:
    """The regions and outline, normalised; loaded once per process from ``regions.json``."""

    aspect: float
    outline: QPolygonF
    regions: dict[FacialRegion, QPolygonF]
    anchors: dict[FacialRegion, QPointF]

    def region_at(self, x: float, y: float) -> FacialRegion | None:
        point = QPointF(x, y)
        for region, polygon in self.regions.items():
            if polygon.containsPoint(point, Qt.FillRule.OddEvenFill):
                return region
        return None

    def inside_face(self, x: float, y: float) -> bool:
        return self.outline.containsPoint(QPointF(x, y), Qt.FillRule.OddEvenFill)


def _polygon(points: list[list[float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


@cache
def face_geometry() -> FaceGeometry:
    raw = json.loads(resource_path("face_map", "regions.json").read_text(encoding="utf-8"))
    regions = {FacialRegion(name): spec for name, spec in raw["regions"].items()}
    return FaceGeometry(
        aspect=float(raw["aspect"]),
        outline=_polygon(raw["outline"]),
        regions={region: _polygon(spec["polygon"]) for region, spec in regions.items()},
        anchors={region: QPointF(*spec["anchor"]) for region, spec in regions.items()},
    )


class FaceMapWidget(QWidget):
    """Face drawing with clickable regions (``REGIONS`` mode) or placeable points (``POINTS``).

    Signals: ``region_clicked(FacialRegion)`` on a click inside a region in REGIONS mode;
    ``point_added(float, float, object)`` — normalised x, y and the FacialRegion or None — on a
    click inside the face in POINTS mode (the owner calls ``add_point`` to place it);
    ``point_clicked(int)`` on a click on an existing point (index into ``points()``).
    """

    region_clicked = Signal(object)
    point_added = Signal(float, float, object)
    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, mode: MapMode = MapMode.REGIONS) -> None:
        super().__init__(parent)
        self._geometry = face_geometry()
        self._renderer = QSvgRenderer(str(resource_path("face_map", "face.svg")), self)
        self._mode = mode
        self._hovered: FacialRegion | None = None
        self._selected: FacialRegion | None = None
        self._counts: dict[FacialRegion, int] = {}
        self._points: list[MapPoint] = []
        self.setMouseTracking(True)
        self.setMinimumSize(240, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_t("Face map"))

    # --- public API ---------------------------------------------------------------------------
    def mode(self) -> MapMode:
        return self._mode

    def set_mode(self, mode: MapMode) -> None:
        self._mode = mode
        self.update()

    def selected_region(self) -> FacialRegion | None:
        return self._selected

    def set_selected_region(self, region: FacialRegion | None) -> None:
        self._selected = region
        self.update()

    def hovered_region(self) -> FacialRegion | None:
        return self._hovered

    def set_region_counts(self, counts: dict[FacialRegion, int]) -> None:
        """Badges: each region with a non-zero count shows it; zero or absent shows none."""
        self._counts = {region: n for region, n in counts.items() if n}
        self.update()

    def region_counts(self) -> dict[FacialRegion, int]:
        return dict(self._counts)

    def points(self) -> list[MapPoint]:
        return list(self._points)

    def set_points(self, points: list[MapPoint]) -> None:
        self._points = list(points)
        self.update()

    def add_point(self, x: float, y: float, label: str = "") -> MapPoint:
        """Place a point at normalised ``x``, ``y``; its region is found from the map."""
        point = MapPoint(x, y, self._geometry.region_at(x, y), label)
        self._points.append(point)
        self.update()
        return point

    def set_point_label(self, index: int, label: str) -> None:
        old = self._points[index]
        self._points[index] = MapPoint(old.x, old.y, old.region, label)
        self.update()

    def remove_point(self, index: int) -> MapPoint:
        point = self._points.pop(index)
        self.update()
        return point

    def region_at(self, x: float, y: float) -> FacialRegion | None:
        """The region under normalised ``x``, ``y``, if any."""
        return self._geometry.region_at(x, y)

    def region_centre(self, region: FacialRegion) -> QPointF:
        """Where ``region``'s badge sits, in widget coordinates (also handy for tests)."""
        anchor = self._geometry.anchors[region]
        return self.to_widget(anchor.x(), anchor.y())

    def drawing_rect(self) -> QRectF:
        """The rectangle the face is drawn in: as large as fits, aspect ratio kept, centred."""
        aspect = self._geometry.aspect
        width, height = float(self.width()), float(self.height())
        if width / height > aspect:
            drawn_w, drawn_h = height * aspect, height
        else:
            drawn_w, drawn_h = width, width / aspect
        return QRectF((width - drawn_w) / 2, (height - drawn_h) / 2, drawn_w, drawn_h)

    def to_widget(self, x: float, y: float) -> QPointF:
        rect = self.drawing_rect()
        return QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())

    def to_normalised(self, position: QPointF) -> tuple[float, float]:
        rect = self.drawing_rect()
        return (
            (position.x() - rect.x()) / rect.width(),
            (position.y() - rect.y()) / rect.height(),
        )

    def sizeHint(self) -> QSize:
        return QSize(360, int(360 / self._geometry.aspect))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(width / self._geometry.aspect)

    # --- events -------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x, y = self.to_normalised(event.position())
        hovered = self._geometry.region_at(x, y)
        if hovered is not self._hovered:
            self._hovered = hovered
            self.setToolTip(region_name(hovered) if hovered else "")
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        position = event.position()
        x, y = self.to_normalised(position)
        if self._mode is MapMode.POINTS:
            hit = self._point_near(position)
            if hit is not None:
                self.point_clicked.emit(hit)
            elif self._geometry.inside_face(x, y):
                self.point_added.emit(x, y, self._geometry.region_at(x, y))
            return
        region = self._geometry.region_at(x, y)
        if region is not None:
            self._selected = region
            self.update()
            self.region_clicked.emit(region)

    def _point_near(self, position: QPointF) -> int | None:
        reach = POINT_RADIUS + 3
        for index, point in enumerate(self._points):
            spot = self.to_widget(point.x, point.y)
            if (spot - position).manhattanLength() <= reach * 1.4:
                return index
        return None

    # --- painting -----------------------------------------------------------------------------
    def _region_path(self, region: FacialRegion) -> QPainterPath:
        rect = self.drawing_rect()
        polygon = self._geometry.regions[region]
        path = QPainterPath()
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(rect.x() + p.x() * rect.width(), rect.y() + p.y() * rect.height())
                    for p in polygon.toList()
                ]
            )
        )
        path.closeSubpath()
        return path

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.drawing_rect()
        self._renderer.render(painter, rect)
        if self._mode is MapMode.REGIONS:
            self._paint_regions(painter)
        self._paint_points(painter)
        self._paint_side_labels(painter, rect)
        painter.end()

    def _paint_regions(self, painter: QPainter) -> None:
        for region, fill in ((self._hovered, _HOVER_FILL), (self._selected, _SELECTED_FILL)):
            if region is None:
                continue
            painter.setPen(QPen(QColor(ACCENT), 2.0))
            painter.setBrush(fill)
            painter.drawPath(self._region_path(region))
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(8.0, self.drawing_rect().height() / 48))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for region, count in self._counts.items():
            text = str(count)
            centre = self.region_centre(region)
            width = max(metrics.horizontalAdvance(text) + 12, metrics.height() + 4)
            badge = QRectF(0, 0, width, metrics.height() + 4)
            badge.moveCenter(centre)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QColor(ACCENT_DARK))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_points(self, painter: QPainter) -> None:
        if not self._points:
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        # A label's own text decides its direction: "2 U" reads "U 2" in a right-to-left
        # paragraph, an Arabic "٢ وحدة" must stay right to left.
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        for point in self._points:
            spot = self.to_widget(point.x, point.y)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(_POINT_FILL)
            painter.drawEllipse(spot, POINT_RADIUS, POINT_RADIUS)
            if point.label:
                width = metrics.horizontalAdvance(point.label) + 10
                box = QRectF(spot.x() + POINT_RADIUS + 2, spot.y() - 10, width, 20)
                painter.setPen(QPen(QColor(INK).lighter(250), 1))
                painter.setBrush(QColor(255, 255, 255, 225))
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(QColor(INK))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, point.label)
        painter.restore()

    def side_label_rects(self) -> dict[str, QRectF]:
        """Where the "patient's right" and "patient's left" labels sit (widget coordinates):
        the right on the viewer's left in either layout direction."""
        rect = self.drawing_rect()
        half = (rect.width() - 8) / 2
        top = rect.bottom() - 22
        return {
            "right": QRectF(rect.x() + 4, top, half, 20),
            "left": QRectF(rect.x() + 4 + half, top, half, 20),
        }

    def _paint_side_labels(self, painter: QPainter, rect: QRectF) -> None:
        """The patient's right is on the viewer's left: say so, or charts get mirrored."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        rects = self.side_label_rects()
        middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
        painter.drawText(rects["right"], Qt.AlignmentFlag.AlignLeft | middle, side_name("right"))
        painter.drawText(rects["left"], Qt.AlignmentFlag.AlignRight | middle, side_name("left"))
