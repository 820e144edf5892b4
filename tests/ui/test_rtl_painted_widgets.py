"""Right to left: the custom-painted widgets read correctly with the whole window mirrored.

The face map is anatomy and never mirrors; the trend chart keeps time running left to right
(documented in its module) with its legend read from the right; the signature pad keeps the
strokes where they were drawn; the injection chart places points on the same region.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from scardesk.domain.assessment import TrendPoint
from scardesk.domain.enums import FacialRegion
from scardesk.ui.assessment.trend_chart import TrendChart
from scardesk.ui.sessions.points_chart import PointsChart
from scardesk.ui.widgets.face_map import FaceMapWidget, MapMode
from scardesk.ui.widgets.signature_pad import SignaturePad

LRI, PDI = "\u2066", "\u2069"


def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _face_click(qtbot, face: FaceMapWidget, region: FacialRegion) -> FacialRegion:
    with qtbot.waitSignal(face.region_clicked) as blocker:
        qtbot.mouseClick(face, Qt.MouseButton.LeftButton, pos=face.region_centre(region).toPoint())
    return blocker.args[0]


@pytest.mark.usefixtures("arabic_rtl")
def test_a_click_on_the_patients_right_cheek_picks_it_in_a_right_to_left_window(qtbot) -> None:
    face = _shown(qtbot, FaceMapWidget(), 400, 500)
    assert face.isRightToLeft()
    assert _face_click(qtbot, face, FacialRegion.CHEEK_RIGHT) is FacialRegion.CHEEK_RIGHT
    # Anatomical, never mirrored: the patient's right is on the viewer's left.
    assert face.region_centre(FacialRegion.CHEEK_RIGHT).x() < face.width() / 2
    assert face.region_centre(FacialRegion.CHEEK_LEFT).x() > face.width() / 2


def test_the_same_pixel_is_the_same_region_in_both_directions(qtbot, qapp) -> None:
    face = _shown(qtbot, FaceMapWidget(), 400, 500)
    spots = {region: face.region_centre(region).toPoint() for region in FacialRegion}
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for region, spot in spots.items():
            with qtbot.waitSignal(face.region_clicked) as blocker:
                qtbot.mouseClick(face, Qt.MouseButton.LeftButton, pos=spot)
            assert blocker.args[0] is region
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_face_map_paints_the_same_picture_in_both_directions(qtbot, qapp) -> None:
    """Side labels included: in a right-to-left widget Qt swaps painted left/right alignment,
    which would put "patient's right" under the viewer's right."""
    face = _shown(qtbot, FaceMapWidget(), 400, 500)
    face.set_region_counts({FacialRegion.CHEEK_RIGHT: 3})
    left_to_right = _image(face)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert face.isRightToLeft()
        assert _image(face) == left_to_right
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.usefixtures("arabic_rtl")
def test_the_side_labels_name_the_patients_sides_in_arabic(qtbot) -> None:
    from scardesk.ui.widgets.face_map import side_name

    face = _shown(qtbot, FaceMapWidget(), 400, 500)
    assert side_name("right") == "يمين المريض"
    assert side_name("left") == "يسار المريض"
    rects = face.side_label_rects()
    assert rects["right"].center().x() < rects["left"].center().x()
    # Each label's ink is in its own half: nothing drawn under the other side's box.
    image = _image(face)
    for side in ("right", "left"):
        box = rects[side].toRect()
        inked = [
            image.pixelColor(x, y).value() < 200
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        ]
        assert any(inked), side


@pytest.mark.usefixtures("arabic_rtl")
def test_the_injection_chart_places_a_point_on_the_region_clicked_with_the_dose_left_to_right(
    qtbot,
) -> None:
    chart = _shown(qtbot, PointsChart(), 900, 420)
    # The window mirrors: the face sits at the right, the list of points at the left.
    assert chart.face.geometry().left() > chart.table.geometry().left()
    spot = chart.face.region_centre(FacialRegion.CHEEK_RIGHT).toPoint()
    qtbot.mouseClick(chart.face, Qt.MouseButton.LeftButton, pos=spot)
    assert [p.region for p in chart.points] == [FacialRegion.CHEEK_RIGHT.value]
    assert chart.face.region_centre(FacialRegion.CHEEK_RIGHT).x() < chart.face.width() / 2
    label = chart.face.points()[0].label
    assert label == f"{LRI}2 U{PDI}"


def _trend() -> list[TrendPoint]:
    start = datetime(2026, 1, 10, 8, tzinfo=UTC)
    return [
        TrendPoint(n + 1, start + timedelta(days=60 * n), gb, ecca, None, ())
        for n, (gb, ecca) in enumerate(((40, 300), (28, 210), (16, 120)))
    ]


def test_the_trend_chart_runs_time_left_to_right_in_both_directions(qtbot, qapp) -> None:
    chart = _shown(qtbot, TrendChart(), 700, 320)
    chart.set_points(_trend())
    ltr_positions = [chart.positions(p) for p in chart.points()]
    ltr_plot = _image(chart).copy(0, 34, chart.width(), chart.height() - 34)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert chart.isRightToLeft()
        positions = [chart.positions(p) for p in chart.points()]
        assert positions == ltr_positions
        xs = [gb.x() for gb, _ecca in positions]
        assert xs == sorted(xs)  # earliest on the left
        # Below the legend (axes, their numbers, the series, the dates) nothing moves.
        assert _image(chart).copy(0, 34, chart.width(), chart.height() - 34) == ltr_plot
        first = chart.points()[0]
        assert chart.point_at(positions[0][0]) == first
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.usefixtures("arabic_rtl")
def test_the_trend_legend_starts_at_the_right_in_arabic(qtbot) -> None:
    chart = _shown(qtbot, TrendChart(), 700, 320)
    chart.set_points(_trend())
    first, second = chart.legend_rects()
    assert first.left() > second.left()
    assert first.right() <= chart.plot_rect().right() + 1


def test_a_signature_drawn_right_to_left_is_kept_where_it_was_drawn(qtbot, qapp) -> None:
    strokes = [QPoint(30, 40), QPoint(90, 70), QPoint(150, 50)]

    def sign() -> QImage:
        pad = _shown(qtbot, SignaturePad(), 400, 160)
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=strokes[0])
        for spot in strokes[1:]:
            qtbot.mouseMove(pad, spot)
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=strokes[-1])
        assert pad.stroke_count() == 1
        return pad.image()

    left_to_right = sign()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        right_to_left = sign()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert right_to_left == left_to_right
    # The ink starts near where the pen went down, on the left, not mirrored to the right.
    assert right_to_left.pixelColor(QPointF(30, 40).toPoint()).value() < 128


@pytest.fixture(autouse=True)
def _left_to_right_after(qapp: QApplication):
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_points_mode_map_is_not_mirrored_either(qtbot, qapp) -> None:
    face = _shown(qtbot, FaceMapWidget(mode=MapMode.POINTS), 300, 360)
    face.add_point(0.3, 0.55, "2 U")
    left_to_right = _image(face)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert _image(face) == left_to_right
