"""The toxin injection chart: a face map in points mode beside the list of points placed.

A click on the face places a point with the units in "Units per point"; each point's units
can be corrected in the list and a point removed before saving (in amend mode, points
already recorded stay: only their values can be corrected). The running total below turns
red until it equals the units recorded for the entry. Beside it, the clinic's ceiling of
units per point (clinic policy, from the safety rules): points above it are marked, and the
safety check asks for the prescriber's reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import FacialRegion
from scardesk.domain.sessions import POINTS_TOLERANCE_U, PointInput, ToxinInput
from scardesk.ui.sessions.common import number_box, units_text
from scardesk.ui.style import ERROR, MUTED
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import plain_label
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.face_map import FaceMapWidget, MapMode, MapPoint, region_name
from scardesk.ui.widgets.row_select import select_row

# A point exactly at the ceiling is within it; the safety gate forgives only float noise too.
_CEILING_NOISE = 1e-9
_OVER_STYLE = "background: #fff4e0; color: #7a4100;"


class PointsChart(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.points: list[PointInput] = []
        self.fixed_points = 0  # amend mode: points already recorded cannot be removed
        self.recorded = 0.0
        self.ceiling: float | None = None  # the clinic's units per point, once read
        chart = QHBoxLayout(self)
        chart.setContentsMargins(0, 0, 0, 0)
        chart.setSpacing(12)
        self.face = FaceMapWidget(mode=MapMode.POINTS)
        self.face.setFixedSize(300, 360)
        self.face.point_added.connect(self.place_point)
        self.face.point_clicked.connect(self._point_clicked)
        chart.addWidget(self.face, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.setSpacing(6)
        self.point_units = number_box(0.25, 1000, 0.5, 2, _t(" U"))
        self.point_units.setValue(2.0)
        self.point_units.setAccessibleName(_t("Units per point"))
        row = QHBoxLayout()
        row.addWidget(plain_label(_t("Units per point")))
        row.addWidget(self.point_units)
        row.addStretch(1)
        side.addLayout(row)
        side.addWidget(plain_label(_t("Click the face to place a point."), muted=True))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_t("Point"), _t("Units"), ""])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 40)
        self.table.setMinimumHeight(150)
        self.table.setAccessibleName(_t("Injection points"))
        side.addWidget(self.table, 1)
        self.error = ErrorLine()
        side.addWidget(self.error)
        self.placed_total = plain_label()
        side.addWidget(self.placed_total)
        self.ceiling_note = plain_label(wrap=True)
        side.addWidget(self.ceiling_note)
        chart.addLayout(side, 1)
        self.show_total(0.0)

    def set_ceiling(self, units: float) -> None:
        """The clinic's most units per point, from the one stored set of safety rules."""
        self.ceiling = units
        self.show_total(self.recorded)

    def ceiling_unknown(self, message: str) -> None:
        """The ceiling could not be read: say so rather than show no limit at all."""
        self.ceiling = None
        self.ceiling_note.setStyleSheet(f"color: {ERROR};")
        self.ceiling_note.setText(
            _t("The clinic's units-per-point ceiling could not be read: {message}").format(
                message=message
            )
        )

    def over_ceiling(self) -> list[int]:
        """Positions (from 0) of the points above the clinic's ceiling."""
        if self.ceiling is None:
            return []
        limit = self.ceiling + _CEILING_NOISE
        return [n for n, point in enumerate(self.points) if point.units > limit]

    def place_point(self, x: float, y: float, region: object = None) -> None:
        """A click on the face: a point there with the current units per point."""
        found = region if isinstance(region, FacialRegion) else self.face.region_at(x, y)
        units = round(self.point_units.value(), 2)
        self.points.append(PointInput(x, y, units, found.value if found else None))
        self.sync()

    def remove_point(self, index: int) -> None:
        if index < self.fixed_points:
            return
        del self.points[index]
        self.sync()

    def set_point_units(self, index: int, units: float) -> None:
        old = self.points[index]
        self.points[index] = PointInput(old.x, old.y, units, old.region)
        self.face.set_point_label(index, units_text(units))
        self.show_total(self.recorded)

    def _point_clicked(self, index: int) -> None:
        select_row(self.table, index)

    def sync(self) -> None:
        """Redraw the map and the list from ``points``."""
        self.face.set_points(
            [
                MapPoint(
                    p.x, p.y, FacialRegion(p.region) if p.region else None, units_text(p.units)
                )
                for p in self.points
            ]
        )
        self.table.setRowCount(len(self.points))
        for row, point in enumerate(self.points):
            place = (
                region_name(FacialRegion(point.region)) if point.region else _t("Outside regions")
            )
            self.table.setItem(row, 0, QTableWidgetItem(f"{row + 1}. {place}"))
            units = number_box(0.01, 1000, 0.5, 2, _t(" U"))
            units.setValue(point.units)
            units.setFrame(False)
            units.valueChanged.connect(lambda value, n=row: self.set_point_units(n, value))
            self.table.setCellWidget(row, 1, units)
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(_t("Remove this point"))
            remove.setAccessibleName(_t("Remove point {n}").format(n=row + 1))
            remove.setEnabled(row >= self.fixed_points)
            remove.clicked.connect(lambda _c=False, n=row: self.remove_point(n))
            self.table.setCellWidget(row, 2, remove)
        self.table.scrollToBottom()
        self.show_total(self.recorded)

    def placed(self) -> float:
        return round(sum(p.units for p in self.points), 2)

    def matches(self, recorded: float) -> bool:
        return abs(self.placed() - recorded) <= POINTS_TOLERANCE_U

    def show_total(self, recorded: float) -> None:
        self.recorded = recorded
        placed, equal = self.placed(), self.matches(recorded)
        text = _t("{count} points · {placed} placed of {recorded} recorded").format(
            count=len(self.points), placed=units_text(placed), recorded=units_text(recorded)
        )
        self.placed_total.setText(text if equal else "⚠ " + text)
        colour = "#115e59" if equal and self.points else (ERROR if not equal else MUTED)
        self.placed_total.setStyleSheet(f"font-weight: 700; color: {colour};")
        self._show_ceiling()
        self.changed.emit()

    def _show_ceiling(self) -> None:
        if self.ceiling is None:
            return
        over = self.over_ceiling()
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 1)
            if box is not None:
                box.setStyleSheet(_OVER_STYLE if row in over else "")
        ceiling = units_text(self.ceiling)
        if over:
            text = _t(
                "⚠ %n point(s) above the clinic's ceiling of {ceiling} per point "
                "(clinic policy): the safety check asks for the prescriber's reason.",
                None,
                len(over),
            ).format(ceiling=ceiling)
            style = "color: #7a4100; font-weight: 600;"
        else:
            text = _t("Clinic policy: at most {ceiling} per point.").format(ceiling=ceiling)
            style = f"color: {MUTED};"
        self.ceiling_note.setStyleSheet(style)
        self.ceiling_note.setText(text)


def recorded_points(entry: ToxinInput) -> QWidget:
    """The points of a recorded toxin entry on the face, read-only, for the session view."""
    face = FaceMapWidget(mode=MapMode.POINTS)
    face.setFixedSize(240, 290)
    face.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    face.set_points(
        [
            MapPoint(p.x, p.y, FacialRegion(p.region) if p.region else None, units_text(p.units))
            for p in entry.points
        ]
    )
    return face
