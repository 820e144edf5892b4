"""Signing makes a session read-only; an amendment needs a reason and is listed beside the
original; the Sessions tab and screen lead to both."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from scardesk.domain.enums import AppointmentStatus, FacialRegion, Modality
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.sessions import (
    MicroneedlingInput,
    PointInput,
    SessionInput,
    SessionRecord,
    ToxinInput,
)
from scardesk.domain.time import MUSCAT, muscat_today, utc_now
from scardesk.ui.sessions.screen import SessionsScreen
from scardesk.ui.sessions.tab import SessionsTab
from scardesk.ui.sessions.view import SessionView
from scardesk.ui.widgets.face_map import FaceMapWidget
from scardesk.ui.widgets.text_area import ParagraphsText, TextArea
from tests.ui.attest_helpers import type_password
from tests.ui.conftest import PASSWORD
from tests.ui.session_helpers import SessionClinic, session_clinic

NOTES = "Skin calm\nالجلد هادئ بعد الجلسة"
REASON = "Units at the first point were mistyped"


@pytest.fixture
def clinic(services, make_user) -> SessionClinic:
    return session_clinic(services, make_user)


def _record(services, clinic: SessionClinic, appointment_id: int | None = None) -> SessionRecord:
    actor = clinic.context.signed_in.actor
    lot = services.products.usable_lots(actor, clinic.botox_id)[0]
    now = utc_now()
    toxin = ToxinInput(
        product_id=clinic.botox_id,
        lot_id=lot.id,
        vial_units=100,
        diluent_ml=2.5,
        reconstituted_at=now - timedelta(minutes=20),
        points=(
            PointInput(0.5, 0.22, 2.0, "forehead"),
            PointInput(0.3, 0.55, 2.0, "cheek_right"),
            PointInput(0.7, 0.55, 4.0, "cheek_left"),
        ),
        total_units=8,
        waste_units=1,
    )
    form = SessionInput(
        performed_at=now,
        modalities=(toxin, MicroneedlingInput("Dermapen 4", 1.5, 3, None, ("cheek_left",))),
        adverse_events_none=True,
        cleansing_done=True,
        post_notes=NOTES,
    )
    record, *_ = services.sessions.record_session(
        actor, clinic.patient_id, form, {}, appointment_id
    )
    return record


def _view(qtbot, clinic: SessionClinic, session_id: int) -> SessionView:
    view = SessionView(clinic.context, session_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_toxin_entry_is_charted_beside_its_text_and_the_others_are_text_only(
    qtbot, services, clinic
) -> None:
    """The chart comes from the card map (toxin's points); microneedling has none."""
    view = _view(qtbot, clinic, _record(services, clinic).id)
    [face] = view.findChildren(FaceMapWidget)
    assert [(p.region, p.label) for p in face.points()] == [
        (FacialRegion.FOREHEAD, "2 U"),
        (FacialRegion.CHEEK_RIGHT, "2 U"),
        (FacialRegion.CHEEK_LEFT, "4 U"),
    ]
    shown = "\n".join(label.text() for label in view.findChildren(QLabel))
    assert "Dermapen 4, needle depth 1.5 mm, 3 passes" in shown


def test_signing_makes_the_session_read_only(qtbot, services, clinic) -> None:
    view = _view(qtbot, clinic, _record(services, clinic).id)
    assert "Not signed yet" in view.status.text()
    assert view.sign_button.isVisible() and view.sign_button.isEnabled()
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    type_password(qtbot, view.attest)
    assert view.record is not None and view.record.is_signed
    shown = view.status.text().replace("\u2068", "").replace("\u2069", "")
    assert "Signed by Dr.Salma" in shown
    assert not view.sign_button.isVisible()
    assert view.is_read_only()
    assert not view.findChildren(QLineEdit) and not view.findChildren(QPlainTextEdit)
    assert not view.findChildren(TextArea)
    # The notes as typed, each paragraph on its own language's side (English left, Arabic right).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    [notes] = view.findChildren(ParagraphsText)  # the page shown before signing is gone
    assert notes.text() == NOTES
    assert [
        label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask for label in notes.paragraphs
    ] == [
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    ]
    assert not view.findChildren(QComboBox)


def test_an_amendment_needs_a_reason_and_is_listed_with_the_original(
    qtbot, services, clinic
) -> None:
    record = _record(services, clinic)
    view = _view(qtbot, clinic, record.id)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    type_password(qtbot, view.attest)
    editor = view.open_amend()
    assert editor is not None
    toxin = editor.toxin_cards()[0]
    assert not toxin.product.isEnabled() and not toxin.lot.isEnabled()
    assert not toxin.table.cellWidget(0, 2).isEnabled()  # recorded points cannot be removed
    toxin.table.cellWidget(0, 1).setValue(3.0)
    toxin.total_units.setValue(9.0)
    assert not editor.save_button.isEnabled()  # no reason yet
    qtbot.keyClicks(editor.amend_reason, REASON)
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert view.record is not None and len(view.record.amendments) == 1
    [text] = [t.replace("\u2068", "").replace("\u2069", "") for t in view.amendment_texts()]
    assert "Amendment 1" in text and "Dr.Salma" in text and REASON in text
    assert "Botulinum toxin · points 1 units: 2.0 → 3.0" in text
    assert "Botulinum toxin · total units: 8.0 → 9.0" in text
    titles = [view.tabs.tabText(n) for n in range(view.tabs.count())]
    assert titles == ["As it stands", "As first recorded"]
    original = view.record.original
    assert original is not None and original.modalities[0].total_units == 8.0
    assert view.record.content.modalities[0].total_units == 9.0
    assert view.record.is_signed  # an amendment does not undo the signature


def test_the_sessions_tab_lists_newest_first_with_their_state(qtbot, services, clinic) -> None:
    first = _record(services, clinic)
    services.sessions.sign(
        clinic.context.signed_in.actor, first.id, first.version, password=PASSWORD
    )
    _record(services, clinic)
    tab = SessionsTab(clinic.context, clinic.patient_id)
    qtbot.addWidget(tab)
    states = [tab.model.index(row, 3).data() for row in range(tab.model.rowCount())]
    assert states == ["Awaiting signature", "Signed"]
    assert tab.model.index(0, 2).data() == "8 U Botox"
    assert tab.count_label.text() == "2 sessions · 1 awaiting signature"
    view = tab.open_selected()
    assert view is not None and view.record is not None and not view.record.is_signed


def test_the_sessions_screen_records_an_arrived_patient_and_signs(qtbot, services, clinic) -> None:
    actor = clinic.context.signed_in.actor
    start = datetime.combine(muscat_today(), time(9, 0), MUSCAT)
    booked, *_ = services.appointments.book(
        actor,
        AppointmentInput(clinic.patient_id, actor.user_id, start, 45, (Modality.TOXIN.value,)),
    )
    services.appointments.mark_arrived(actor, booked.id, booked.version)
    screen = SessionsScreen(clinic.context)
    qtbot.addWidget(screen)
    assert screen.arrived_model.rowCount() == 1 and screen.unsigned_model.rowCount() == 0
    editor = screen.record_selected()
    assert editor is not None and editor.appointment_id == booked.id
    editor.reject()
    _record(services, clinic, appointment_id=booked.id)
    screen.reload()
    assert screen.arrived_model.rowCount() == 0  # the appointment is done with the save
    assert services.appointments.get(actor, booked.id).status is AppointmentStatus.DONE
    assert screen.unsigned_model.rowCount() == 1
    qtbot.mouseClick(screen.sign_button, Qt.MouseButton.LeftButton)
    type_password(qtbot, screen.attest)
    assert screen.unsigned_model.rowCount() == 0
    [stored] = services.sessions.list_for_patient(actor, clinic.patient_id)
    assert stored.is_signed
