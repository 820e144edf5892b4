"""The face map: a click on a region picks it; points mode places points."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt

from scardesk.domain.enums import FacialRegion
from scardesk.resources import resource_path
from scardesk.ui.widgets.face_map import FaceMapWidget, MapMode, face_geometry


@pytest.fixture
def face(qtbot) -> FaceMapWidget:
    widget = FaceMapWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click(qtbot, widget: FaceMapWidget, x: float, y: float) -> None:
    spot = widget.to_widget(x, y).toPoint()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=spot)


def test_every_region_of_the_clinical_reference_is_on_the_map() -> None:
    assert set(face_geometry().regions) == set(FacialRegion)


def test_the_svg_draws_the_same_polygons_that_clicks_are_tested_against() -> None:
    tree = ET.parse(resource_path("face_map", "face.svg"))
    paths = {
        element.get("id"): element.get("d")
        for element in tree.iter()
        if (element.get("id") or "").startswith("region-")
    }
    view_box = [float(v) for v in tree.getroot().get("viewBox").split()]
    for region, polygon in face_geometry().regions.items():
        numbers = [float(n) for n in re.findall(r"-?\d+\.?\d*", paths[f"region-{region.value}"])]
        drawn = list(zip(numbers[::2], numbers[1::2], strict=True))
        assert len(drawn) == polygon.size()
        for (x, y), point in zip(drawn, polygon, strict=True):
            assert x / view_box[2] == pytest.approx(point.x(), abs=0.001)
            assert y / view_box[3] == pytest.approx(point.y(), abs=0.001)


@pytest.mark.parametrize("region", list(FacialRegion))
def test_clicking_a_region_emits_it_and_selects_it(qtbot, face: FaceMapWidget, region) -> None:
    with qtbot.waitSignal(face.region_clicked) as signal:
        qtbot.mouseClick(face, Qt.MouseButton.LeftButton, pos=face.region_centre(region).toPoint())
    assert signal.args == [region]
    assert face.selected_region() is region


def test_the_patients_left_cheek_is_drawn_on_the_viewers_right(face: FaceMapWidget) -> None:
    assert face.region_centre(FacialRegion.CHEEK_LEFT).x() > face.width() / 2
    assert face.region_centre(FacialRegion.CHEEK_RIGHT).x() < face.width() / 2


def test_a_click_outside_every_region_emits_nothing(qtbot, face: FaceMapWidget) -> None:
    with qtbot.assertNotEmitted(face.region_clicked):
        qtbot.mouseClick(face, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert face.selected_region() is None


def test_region_hit_test_keeps_working_when_the_widget_is_resized(qtbot, face) -> None:
    face.resize(900, 400)  # wide: the face is centred with bands either side
    with qtbot.waitSignal(face.region_clicked) as signal:
        qtbot.mouseClick(
            face, Qt.MouseButton.LeftButton, pos=face.region_centre(FacialRegion.NOSE).toPoint()
        )
    assert signal.args == [FacialRegion.NOSE]
    assert face.drawing_rect().center().x() == pytest.approx(450, abs=1)


def test_badges_show_only_non_zero_counts(face: FaceMapWidget) -> None:
    face.set_region_counts({FacialRegion.CHIN: 3, FacialRegion.NOSE: 0})
    assert face.region_counts() == {FacialRegion.CHIN: 3}


def test_points_mode_reports_a_click_with_its_normalised_position_and_region(qtbot, face) -> None:
    face.set_mode(MapMode.POINTS)
    anchor = face_geometry().anchors[FacialRegion.FOREHEAD]
    with qtbot.waitSignal(face.point_added) as signal:
        _click(qtbot, face, anchor.x(), anchor.y())
    x, y, region = signal.args
    assert (x, y) == (pytest.approx(anchor.x(), abs=0.01), pytest.approx(anchor.y(), abs=0.01))
    assert region is FacialRegion.FOREHEAD
    assert face.points() == []  # the owner decides whether to place it


def test_points_mode_does_not_select_regions(qtbot, face) -> None:
    face.set_mode(MapMode.POINTS)
    with qtbot.assertNotEmitted(face.region_clicked):
        _click(qtbot, face, 0.3, 0.5)


def test_a_placed_point_keeps_its_label_and_region_and_a_click_on_it_reports_it(
    qtbot, face
) -> None:
    face.set_mode(MapMode.POINTS)
    placed = face.add_point(0.28, 0.55, "4 U")
    assert placed.region is FacialRegion.CHEEK_RIGHT
    with qtbot.waitSignal(face.point_clicked) as signal, qtbot.assertNotEmitted(face.point_added):
        _click(qtbot, face, 0.28, 0.55)
    assert signal.args == [0]
    face.set_point_label(0, "6 U")
    assert face.points()[0].label == "6 U"


def test_points_outside_the_face_are_ignored(qtbot, face) -> None:
    face.set_mode(MapMode.POINTS)
    with qtbot.assertNotEmitted(face.point_added):
        _click(qtbot, face, 0.02, 0.02)
