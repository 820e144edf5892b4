"""The session editor driven like a practitioner: toxin charted by clicking the face map beside
microneedling, lots that must be refused, an override with its reason, save, next proposal."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from scardesk.db.engine import open_database
from scardesk.db.models import SafetyOverride
from scardesk.domain.enums import FacialRegion, HistoryFact, Modality, Role
from scardesk.domain.sessions import MicroneedlingInput, ToxinInput
from scardesk.domain.time import muscat_today
from scardesk.domain.working_calendar import WorkingCalendar
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.modality_cards import MicroneedlingCard
from scardesk.ui.sessions.toxin_card import ToxinCard
from tests.ui.attest_helpers import type_password
from tests.ui.patient_helpers import type_text
from tests.ui.session_helpers import SessionClinic, click_face, session_clinic

ARABIC_NOTE = "احمرار خفيف زال بعد ساعة"


@pytest.fixture
def clinic(services, make_user) -> SessionClinic:
    # Keloid tendency makes microneedling need the practitioner's reason (NEEDS_OVERRIDE).
    return session_clinic(services, make_user, yes=(HistoryFact.KELOID_TENDENCY,))


@pytest.fixture
def editor(qtbot, clinic) -> SessionEditor:
    dialog = SessionEditor(clinic.context, clinic.patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _add(editor: SessionEditor, modality: Modality):  # type: ignore[no-untyped-def]
    action = next(a for a in editor.add_menu.actions() if a.text() == _names()[modality])
    action.trigger()
    return editor.cards[-1]


def _names() -> dict[Modality, str]:
    from scardesk.ui.sessions.common import modality_name

    return {m: modality_name(m) for m in Modality}


def _set(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.lineEdit().selectAll() if hasattr(box, "lineEdit") else box.selectAll()
    qtbot.keyClicks(box, text)


def _chart_toxin(qtbot, card: ToxinCard) -> None:
    """Three points by clicking the face: 2 U on the forehead and the left cheek, 4 U right."""
    _set(qtbot, card.point_units, "2")
    click_face(qtbot, card.face, FacialRegion.FOREHEAD)
    click_face(qtbot, card.face, FacialRegion.CHEEK_LEFT)
    _set(qtbot, card.point_units, "4")
    click_face(qtbot, card.face, FacialRegion.CHEEK_RIGHT)


def _fill_microneedling(qtbot, card: MicroneedlingCard) -> None:
    qtbot.keyClicks(card.device, "Dermapen 4")
    qtbot.mouseClick(card.area_buttons[FacialRegion.CHEEK_LEFT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.area_buttons[FacialRegion.CHEEK_RIGHT], Qt.MouseButton.LeftButton)


def _finish_form(qtbot, editor: SessionEditor) -> None:
    qtbot.mouseClick(editor.preparation.cleansing, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.preparation.agent, "EMLA 5%")
    _set(qtbot, editor.preparation.minutes, "30")
    qtbot.mouseClick(editor.events.none_box, Qt.MouseButton.LeftButton)
    editor.notes.notes.setFocus()
    type_text(editor.notes.notes, ARABIC_NOTE)


def test_a_combined_toxin_and_microneedling_session_is_charted_overridden_and_saved(
    qtbot, editor, clinic, services, make_user, tmp_path: Path
) -> None:
    toxin = _add(editor, Modality.TOXIN)
    needling = _add(editor, Modality.MICRONEEDLING)
    _chart_toxin(qtbot, toxin)
    assert [p.region for p in toxin.points] == ["forehead", "cheek_left", "cheek_right"]
    assert [point.label for point in toxin.face.points()] == ["2 U", "2 U", "4 U"]
    assert "8 U placed of 0 U recorded" in toxin.placed_total.text()
    _set(qtbot, toxin.total_units, "8")
    _set(qtbot, toxin.waste_units, "1")
    assert toxin.totals_match() and "⚠" not in toxin.placed_total.text()
    assert toxin.concentration.text() == "4.0 U per 0.1 mL"  # 100 U in 2.5 mL
    _fill_microneedling(qtbot, needling)
    _finish_form(qtbot, editor)

    editor.run_gate_now()
    reason = editor.safety.reason_field("keloid_tendency.microneedling")
    assert reason is not None
    assert not editor.save_button.isEnabled()  # a NEEDS_OVERRIDE without its reason
    qtbot.keyClicks(reason, "Test spot 6 weeks ago healed flat")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    saved = services.sessions.list_for_patient(clinic.context.signed_in.actor, clinic.patient_id)
    assert len(saved) == 1
    first, second = saved[0].content.modalities
    assert isinstance(first, ToxinInput) and isinstance(second, MicroneedlingInput)
    assert [p.units for p in first.points] == [2.0, 2.0, 4.0]
    assert first.total_units == 8.0 and first.waste_units == 1.0
    assert second.device == "Dermapen 4" and second.areas == ("cheek_left", "cheek_right")
    assert saved[0].content.post_notes == ARABIC_NOTE
    assert saved[0].content.adverse_events_none is True

    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        with database.sessions() as session:
            stored = session.scalars(select(SafetyOverride)).all()
            assert [(o.rule_code, o.reason) for o in stored] == [
                ("keloid_tendency.microneedling", "Test spot 6 weeks ago healed flat")
            ]
    finally:
        database.dispose()
    admin = make_user("first.admin", Role.ADMIN).actor
    audit = services.maintenance.audit_page(admin, entity="safety_overrides").rows
    assert [(row.action, row.created) for row in audit] == [("session.record", True)]

    step = editor.next_step
    assert step is not None and editor.stack.currentWidget() is step
    today = muscat_today()
    week = WorkingCalendar()  # Oman's default week: proposals land on its working days
    # microneedling every 4 weeks, the toxin review after 2, each moved off a weekend day
    assert step.proposal.next_on == week.working_day_from(today + timedelta(days=28))
    assert step.proposal.toxin_review_on == week.working_day_from(today + timedelta(days=14))
    assert "Microneedling" in step.next_label.text()
    qtbot.mouseClick(step.sign_button, Qt.MouseButton.LeftButton)  # signed from the next step
    type_password(qtbot, step.attest)
    assert step.sign_button.text() == "Signed" and not step.sign_button.isEnabled()
    [signed] = services.sessions.list_for_patient(clinic.context.signed_in.actor, clinic.patient_id)
    assert signed.is_signed
    booking = step.book_next_session()
    assert booking.date_edit.date().toPython() == step.proposal.next_on
    assert booking.modality_boxes[Modality.MICRONEEDLING].isChecked()


def test_the_lot_list_holds_only_usable_lots_of_the_chosen_product(qtbot, editor, clinic) -> None:
    toxin = _add(editor, Modality.TOXIN)
    listed = [toxin.lot.itemText(n).split(" ")[0] for n in range(toxin.lot.count())]
    assert listed == [clinic.good_lot]  # the expired OLD1 and Dysport's D777 are not offered


def test_typing_an_expired_lot_says_why_and_does_not_take_it(qtbot, editor, clinic) -> None:
    toxin = _add(editor, Modality.TOXIN)
    toxin.lot.lineEdit().selectAll()
    qtbot.keyClicks(toxin.lot.lineEdit(), clinic.expired_lot)
    assert toxin.lot_id() is None
    assert "expired on" in toxin.errors["lot_id"].text()


def test_a_lot_of_another_product_is_refused(qtbot, editor, clinic) -> None:
    toxin = _add(editor, Modality.TOXIN)
    toxin.lot.lineEdit().selectAll()
    qtbot.keyClicks(toxin.lot.lineEdit(), clinic.other_lot)
    assert toxin.lot_id() is None
    assert "belongs to another product" in toxin.errors["lot_id"].text()
    click_face(qtbot, toxin.face, FacialRegion.CHIN)
    _set(qtbot, toxin.total_units, "2")
    qtbot.mouseClick(editor.events.none_box, Qt.MouseButton.LeftButton)
    editor.run_gate_now()
    editor.save()  # the service refuses the missing lot; the message lands under the lot
    assert editor.saved_record is None
    assert "lot" in toxin.errors["lot_id"].text().lower()


def test_points_that_do_not_add_up_are_red_and_the_message_lands_on_the_card(qtbot, editor) -> None:
    toxin = _add(editor, Modality.TOXIN)
    click_face(qtbot, toxin.face, FacialRegion.FOREHEAD)
    _set(qtbot, toxin.total_units, "5")
    assert "⚠" in toxin.placed_total.text()
    qtbot.mouseClick(editor.events.none_box, Qt.MouseButton.LeftButton)
    editor.run_gate_now()
    editor.save()
    assert "points add up to 2 U" in toxin.errors["total_units"].text()
    assert editor.form_error.isVisible()


def test_a_point_can_be_removed_and_its_units_corrected_before_saving(qtbot, editor) -> None:
    toxin = _add(editor, Modality.TOXIN)
    click_face(qtbot, toxin.face, FacialRegion.FOREHEAD)
    click_face(qtbot, toxin.face, FacialRegion.CHIN)
    toxin.table.cellWidget(0, 1).setValue(3.5)
    assert toxin.face.points()[0].label == "3.5 U"
    qtbot.mouseClick(toxin.table.cellWidget(1, 2), Qt.MouseButton.LeftButton)
    assert [p.units for p in toxin.points] == [3.5]
    assert len(toxin.face.points()) == 1


def test_adverse_events_must_be_stated_before_saving(qtbot, editor) -> None:
    needling = _add(editor, Modality.MICRONEEDLING)
    qtbot.keyClicks(needling.device, "Dermapen 4")
    editor.run_gate_now()
    editor.safety.reason_field("keloid_tendency.microneedling").setText("healed test spot")
    editor.save()
    assert "tick 'none' or record each event" in editor.events.error.text()


def test_a_block_keeps_save_off_whatever_the_reasons(qtbot, services, make_user) -> None:
    clinic = session_clinic(services, make_user, yes=(HistoryFact.ACTIVE_INFECTION,))
    editor = SessionEditor(clinic.context, clinic.patient_id)
    qtbot.addWidget(editor)
    _add(editor, Modality.MICRONEEDLING)
    editor.run_gate_now()
    assert [f.rule_code for f in editor.safety.result.blocked] == ["active_infection.microneedling"]
    assert not editor.save_button.isEnabled()
    assert "Blocked" in editor.safety.status.text()


def test_laser_peel_and_an_adverse_event_reach_the_service_as_typed(
    qtbot, editor, clinic, services
) -> None:
    from scardesk.domain.enums import PeelDepth, Severity
    from scardesk.domain.sessions import EnergyUnit, LaserInput, PeelInput
    from scardesk.ui.sessions.modality_cards import LaserCard, PeelCard

    laser = _add(editor, Modality.FRACTIONAL_LASER)
    peel = _add(editor, Modality.CHEMICAL_PEEL)
    assert isinstance(laser, LaserCard) and isinstance(peel, PeelCard)
    qtbot.keyClicks(laser.device, "Fraxel Dual")
    qtbot.mouseClick(laser.type_buttons["nonablative"], Qt.MouseButton.LeftButton)
    laser.energy_unit.setCurrentIndex(1)
    qtbot.keyClicks(peel.agent, "Glycolic acid")
    peel.peel_depth.setCurrentIndex(peel.peel_depth.findText("Superficial"))
    row = editor.events.add_event()
    qtbot.keyClicks(row.kind, "erythema")
    row.severity.setCurrentIndex(row.severity.findText("Moderate"))
    form = editor.form()
    entry_laser, entry_peel = form.modalities
    assert isinstance(entry_laser, LaserInput) and isinstance(entry_peel, PeelInput)
    assert entry_laser.energy_unit is EnergyUnit.JOULES_PER_CM2 and not entry_laser.ablative
    assert entry_peel.depth is PeelDepth.SUPERFICIAL
    assert form.adverse_events[0].severity is Severity.MODERATE
    editor.run_gate_now()
    codes = {f.rule_code for f in editor.safety.result.findings}
    assert "skin_type_pih.fractional_laser" in codes  # type IV: PIH warning with a test spot
    for finding in editor.safety.result.needs_override:
        editor.safety.reason_field(finding.rule_code).setText("discussed and agreed")
    editor.save()
    assert editor.saved_record is not None, editor.form_error.text()
    [saved] = services.sessions.list_for_patient(clinic.context.signed_in.actor, clinic.patient_id)
    assert saved.content.adverse_events[0].kind == "erythema"
