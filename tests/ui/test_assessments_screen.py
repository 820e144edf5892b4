"""The Assessments tab (trend with photos per point) and the Assessments navigation screen."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import ConsentPurpose, Role, ViewAngle
from scardesk.ui.assessment.list import AssessmentsTab
from scardesk.ui.assessments_screen import PAGE, AssessmentsScreen
from tests.ui.conftest import PASSWORD
from tests.ui.patient_helpers import make_context, register


def _jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 400), (shade, 120, 100)).save(buffer, "JPEG")
    return buffer.getvalue()


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def context(services, make_user):
    return make_context(services, make_user("dr.maryam", Role.PRACTITIONER))


def _course(services, context, patient_id: int) -> list[int]:
    """Three assessments a month apart, the middle one with two photos."""
    actor = context.signed_in.actor
    services.consents.capture(
        actor, patient_id, ConsentPurpose.CLINICAL_PHOTOS, "2026-1", _png(), password=PASSWORD
    )
    start = datetime.now(UTC) - timedelta(days=70)
    ids = []
    for month, count in enumerate((25, 14, 6)):
        form = AssessmentInput(
            assessed_at=start + timedelta(days=30 * month), gb_counts={"linear_troughed": count}
        )
        record, _ = services.assessments.create(actor, patient_id, form)
        ids.append(record.id)
    for shade in (90, 140):
        services.photos.import_photo(
            actor, patient_id, _jpeg(shade), "p.jpg", ViewAngle.FRONT, assessment_id=ids[1]
        )
    return ids


def test_the_trend_shows_one_point_per_assessment_with_recomputed_scores(
    qtbot, services, context
) -> None:
    patient_id = register(services, context.signed_in).id
    _course(services, context, patient_id)
    tab = AssessmentsTab(context, patient_id)
    qtbot.addWidget(tab)
    assert [p.gb_total for p in tab.chart.points()] == [9, 6, 3]
    assert tab.model.rowCount() == 3


def test_clicking_a_trend_point_shows_that_assessments_photos(qtbot, services, context) -> None:
    patient_id = register(services, context.signed_in).id
    ids = _course(services, context, patient_id)
    tab = AssessmentsTab(context, patient_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 650)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.photos.photo_ids() == []  # the latest point has no photos
    middle = next(p for p in tab.chart.points() if p.assessment_id == ids[1])
    marker = tab.chart.positions(middle)[0].toPoint()
    qtbot.mouseClick(tab.chart, Qt.MouseButton.LeftButton, pos=marker)
    assert tab.chart.selected() == ids[1]
    assert len(tab.photos.photo_ids()) == 2
    assert tab.photos.loaded_ids() == tab.photos.photo_ids()
    assert tab.selected_summary().id == ids[1]


def test_voiding_with_a_reason_removes_the_point_from_the_trend(qtbot, services, context) -> None:
    patient_id = register(services, context.signed_in).id
    ids = _course(services, context, patient_id)
    tab = AssessmentsTab(context, patient_id)
    qtbot.addWidget(tab)
    tab.show_point(ids[0])
    dialog = tab.void_selected()
    dialog.reason.setText("entered for the wrong patient")
    dialog.accept()
    assert [p.assessment_id for p in tab.chart.points()] == ids[1:]


def test_the_navigation_screen_lists_recent_assessments_newest_first_and_pages(
    qtbot, services, context
) -> None:
    patient_id = register(services, context.signed_in).id
    actor = context.signed_in.actor
    start = datetime.now(UTC) - timedelta(days=200)
    for day in range(PAGE + 5):
        services.assessments.create(
            actor, patient_id, AssessmentInput(assessed_at=start + timedelta(days=day))
        )
    screen = AssessmentsScreen(context)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == PAGE
    assert screen.model.canFetchMore()
    screen.model.fetchMore()
    assert screen.model.rowCount() == PAGE + 5
    assert not screen.model.canFetchMore()
    dates = [row.assessed_at for row in screen.model.rows]
    assert dates == sorted(dates, reverse=True)


def test_double_clicking_a_recent_assessment_opens_the_patients_assessments(
    open_window, services, make_user
) -> None:
    signed_in = make_user("dr.maryam", Role.PRACTITIONER)
    patient_id = register(services, signed_in).id
    services.assessments.create(
        signed_in.actor, patient_id, AssessmentInput(assessed_at=datetime.now(UTC))
    )
    window = open_window(signed_in)
    window.show_screen("assessments")
    screen = window.pages["assessments"]
    screen.open_row(0)
    workspace = window.workspace
    assert workspace is not None and workspace.patient_id == patient_id
    assert workspace.tab_keys[workspace.tabs.currentIndex()] == "assessments"
