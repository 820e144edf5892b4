"""Side-by-side comparison: zooming or panning one photo moves the other with it."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from scardesk.domain.enums import ConsentPurpose, Role, ViewAngle
from scardesk.ui.photos.compare import ZOOM_STEP, CompareDialog
from tests.ui.conftest import PASSWORD
from tests.ui.patient_helpers import make_context, register


def _jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (800, 1000)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def dialog(qtbot, services, make_user) -> CompareDialog:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    actor = context.signed_in.actor
    patient_id = register(services, context.signed_in).id
    services.consents.capture(
        actor, patient_id, ConsentPurpose.CLINICAL_PHOTOS, "2026-1", _png(), password=PASSWORD
    )
    start = datetime.now(UTC) - timedelta(days=90)
    infos = []
    # The later photo is smaller: both must still line up at the same scene size.
    for days, colour, size in (
        (0, (180, 120, 100), (800, 1000)),
        (84, (170, 130, 110), (400, 500)),
    ):
        info, _ = services.photos.import_photo(
            actor,
            patient_id,
            _jpeg(colour, size),
            "p.jpg",
            ViewAngle.FRONT,
            taken_at=start + timedelta(days=days),
        )
        infos.append(info)
    window = CompareDialog(context, infos, infos[0], infos[1])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.fit()
    return window


def _wheel(view, steps: int) -> None:
    centre = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
    event = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_both_photos_are_shown_at_the_same_scene_size(dialog) -> None:
    assert dialog.left.view.sceneRect() == dialog.right.view.sceneRect()
    assert not dialog.right.view.item.pixmap().isNull()


def test_zooming_the_left_photo_zooms_the_right_one(dialog) -> None:
    before = dialog.right.view.zoom()
    _wheel(dialog.left.view, 2)
    assert dialog.left.view.zoom() == pytest.approx(before * ZOOM_STEP**2)
    assert dialog.right.view.zoom() == pytest.approx(dialog.left.view.zoom())


def test_zooming_the_right_photo_zooms_the_left_one(dialog) -> None:
    _wheel(dialog.right.view, 3)
    assert dialog.left.view.zoom() == pytest.approx(dialog.right.view.zoom())


def test_panning_one_side_pans_the_other(qtbot, dialog) -> None:
    _wheel(dialog.left.view, 4)
    right_bar = dialog.right.view.horizontalScrollBar()
    assert right_bar.maximum() > 0
    viewport = dialog.left.view.viewport()
    left_bar = dialog.left.view.horizontalScrollBar()
    before = left_bar.value()
    start = QPoint(viewport.width() // 2, viewport.height() // 2)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(-80, -60))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(-80, -60))
    assert left_bar.value() != before  # the drag really panned
    assert right_bar.value() == left_bar.value()
    assert (
        dialog.right.view.verticalScrollBar().value()
        == dialog.left.view.verticalScrollBar().value()
    )


def test_fit_brings_both_sides_back_to_the_whole_photo(dialog) -> None:
    fitted = dialog.left.view.zoom()
    _wheel(dialog.left.view, 3)
    dialog.fit_button.click()
    assert dialog.left.view.zoom() == pytest.approx(fitted)
    assert dialog.right.view.zoom() == pytest.approx(fitted)


def _half_red_half_blue(shade: int) -> bytes:
    image = Image.new("RGB", (800, 1000), (30, 60, 200 + shade))
    image.paste((220, 30, 30), (0, 0, 400, 1000))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def rtl_dialog(qtbot, services, make_user, arabic_rtl) -> CompareDialog:
    """The comparison opened in a right-to-left window, on a photo whose left half is red."""
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    actor = context.signed_in.actor
    patient_id = register(services, context.signed_in).id
    services.consents.capture(
        actor, patient_id, ConsentPurpose.CLINICAL_PHOTOS, "2026-1", _png(), password=PASSWORD
    )
    start = datetime.now(UTC) - timedelta(days=90)
    infos = [
        services.photos.import_photo(
            actor,
            patient_id,
            _half_red_half_blue(days // 12),
            "p.jpg",
            ViewAngle.FRONT,
            taken_at=start + timedelta(days=days),
        )[0]
        for days in (0, 84)
    ]
    window = CompareDialog(context, infos, infos[0], infos[1])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.fit()
    return window


def test_right_to_left_the_earlier_photo_is_read_first_on_the_right(rtl_dialog) -> None:
    assert rtl_dialog.isRightToLeft()
    assert (
        rtl_dialog.left.mapTo(rtl_dialog, QPoint(0, 0)).x()
        > rtl_dialog.right.mapTo(rtl_dialog, QPoint(0, 0)).x()
    )


def test_right_to_left_a_photo_is_never_mirrored(rtl_dialog) -> None:
    for pane in (rtl_dialog.left, rtl_dialog.right):
        view = pane.view
        image = view.viewport().grab().toImage()
        left_edge = view.mapFromScene(QPointF(50, 500))
        right_edge = view.mapFromScene(QPointF(950, 500))
        assert left_edge.x() < right_edge.x()
        assert image.pixelColor(left_edge).red() > 150  # the patient's photo as taken
        assert image.pixelColor(right_edge).blue() > 150


def test_right_to_left_zoom_and_pan_keep_the_same_part_of_the_face(qtbot, rtl_dialog) -> None:
    _wheel(rtl_dialog.left.view, 4)
    viewport = rtl_dialog.left.view.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() // 2)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(-80, -60))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(-80, -60))
    spot = QPoint(viewport.width() // 3, viewport.height() // 3)
    seen_left = rtl_dialog.left.view.mapToScene(spot)
    seen_right = rtl_dialog.right.view.mapToScene(spot)
    assert seen_left.x() == pytest.approx(seen_right.x(), abs=1.0)
    assert seen_left.y() == pytest.approx(seen_right.y(), abs=1.0)
