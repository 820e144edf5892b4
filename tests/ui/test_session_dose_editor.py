"""The session editor shows the toxin dose and lot findings live, as the practitioner types:
points above the clinic's per-point ceiling, more units than the vial opened holds, and a lot
that cannot be used (issue 9, points 9 and 12). The gate runs from its own timer here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from scardesk.db.engine import open_database
from scardesk.db.models import SafetyOverride
from scardesk.domain.codecs.rules import decode_override_facts
from scardesk.domain.enums import FacialRegion, Modality
from scardesk.domain.safety import Level
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.toxin_card import ToxinCard
from tests.ui.session_helpers import SessionClinic, click_face, session_clinic

SHOTS = Path("/tmp/toxin-shots")
TEN_SPOTS = (
    [(FacialRegion.FOREHEAD, dx, 0) for dx in (-44, -22, 0, 22, 44)]
    + [(FacialRegion.CHEEK_LEFT, 0, dy) for dy in (-20, 0, 20)]
    + [(FacialRegion.CHEEK_RIGHT, 0, -20), (FacialRegion.CHEEK_RIGHT, 0, 20)]
)


@pytest.fixture
def clinic(services, make_user) -> SessionClinic:
    return session_clinic(services, make_user)


@pytest.fixture
def editor(qtbot, clinic) -> SessionEditor:
    dialog = SessionEditor(clinic.context, clinic.patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _toxin(editor: SessionEditor) -> ToxinCard:
    from scardesk.ui.sessions.common import modality_name

    action = next(a for a in editor.add_menu.actions() if a.text() == modality_name(Modality.TOXIN))
    action.trigger()
    card = editor.cards[-1]
    assert isinstance(card, ToxinCard)
    return card


def _type(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)


def _state_none(qtbot, editor: SessionEditor) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.events.none_box, Qt.MouseButton.LeftButton)


def _shows(qtbot, editor: SessionEditor, code: str, level: Level) -> None:  # type: ignore[no-untyped-def]
    """Wait for the live check (its own timer, no test hook) to list ``code`` at ``level``."""

    def listed() -> bool:
        result = editor.safety.result
        return result is not None and any(
            f.rule_code == code and f.level is level for f in result.findings
        )

    qtbot.waitUntil(listed, timeout=5000)
    assert any(card.finding.rule_code == code for card in editor.safety.cards)


def _gone(qtbot, editor: SessionEditor, code: str) -> None:  # type: ignore[no-untyped-def]
    def cleared() -> bool:
        result = editor.safety.result
        return (
            result is not None
            and not editor.gate_timer.isActive()
            and all(f.rule_code != code for f in result.findings)
        )

    qtbot.waitUntil(cleared, timeout=5000)


def _shot(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """An offscreen picture to look at, once the layout has settled."""
    qtbot.wait(100)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_point_above_the_ceiling_needs_a_reason_live_and_the_reason_is_stored(
    qtbot, editor, clinic, services, tmp_path: Path
) -> None:
    toxin = _toxin(editor)
    _type(qtbot, toxin.point_units, "10")
    click_face(qtbot, toxin.face, FacialRegion.FOREHEAD)
    assert toxin.chart.ceiling_note.text() == "Clinic policy: at most 10 U per point."
    _type(qtbot, toxin.total_units, "10")
    _state_none(qtbot, editor)
    _gone(qtbot, editor, "toxin_point_ceiling")  # exactly the ceiling: nothing to say
    assert editor.save_button.isEnabled()

    toxin.table.cellWidget(0, 1).lineEdit().selectAll()
    qtbot.keyClicks(toxin.table.cellWidget(0, 1), "10.1")
    _type(qtbot, toxin.total_units, "10.1")
    _shows(qtbot, editor, "toxin_point_ceiling", Level.NEEDS_OVERRIDE)
    assert "⚠ 1 point above the clinic's ceiling of 10 U" in toxin.chart.ceiling_note.text()
    assert not editor.save_button.isEnabled()
    toxin.chart.setFocus()
    _shot(qtbot, editor.safety, "ceiling-needs-reason")
    editor.form_scroll.ensureWidgetVisible(toxin.chart.ceiling_note)
    _shot(qtbot, toxin, "ceiling-beside-the-total")

    reason = editor.safety.reason_field("toxin_point_ceiling")
    assert reason is not None
    qtbot.keyClicks(reason, "Thick keloid: prescriber asks 10.1 U at this point")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved_record is not None, editor.form_error.text()
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        with database.sessions() as session:
            stored = session.scalars(select(SafetyOverride)).one()
    finally:
        database.dispose()
    assert stored.rule_code == "toxin_point_ceiling"
    assert stored.reason == "Thick keloid: prescriber asks 10.1 U at this point"
    assert decode_override_facts(stored.facts)["points_over_ceiling"] == "entry 1 point 1: 10.1 U"


def test_units_drawn_beyond_the_vial_block_live_and_clear_when_corrected(
    qtbot, editor, clinic
) -> None:
    toxin = _toxin(editor)
    _type(qtbot, toxin.point_units, "10")
    for region, dx, dy in TEN_SPOTS:
        click_face(qtbot, toxin.face, region, dx, dy)
    assert len(toxin.points) == 10 and toxin.placed() == 100.0
    toxin.match_button.click()
    _state_none(qtbot, editor)
    _gone(qtbot, editor, "toxin_vial_units")  # 100 U from a 100 U vial is the whole vial
    assert editor.save_button.isEnabled()

    _type(qtbot, toxin.waste_units, "28")  # 100 U given + 28 U wasted: 128 U from 100 U
    _shows(qtbot, editor, "toxin_vial_units", Level.BLOCK)
    finding = _finding(editor, "toxin_vial_units")
    assert finding.facts["units_drawn"] == "128" and finding.facts["units_in_vials_opened"] == "100"
    assert not editor.save_button.isEnabled()
    assert "Blocked" in editor.safety.status.text()
    _shot(qtbot, editor.safety, "vial-units-block")

    _type(qtbot, toxin.waste_units, "0")
    _gone(qtbot, editor, "toxin_vial_units")
    assert editor.save_button.isEnabled()


def test_an_expired_lot_typed_in_shows_in_the_panel_before_any_save(qtbot, editor, clinic) -> None:
    toxin = _toxin(editor)
    click_face(qtbot, toxin.face, FacialRegion.CHIN)
    _type(qtbot, toxin.total_units, "2")
    _state_none(qtbot, editor)
    _gone(qtbot, editor, "toxin_lot")
    toxin.lot.lineEdit().selectAll()
    qtbot.keyClicks(toxin.lot.lineEdit(), clinic.expired_lot)
    assert "expired on" in toxin.errors["lot_id"].text()  # under the field, as before
    _shows(qtbot, editor, "toxin_lot", Level.BLOCK)
    finding = _finding(editor, "toxin_lot")
    assert "OLD1 expired on" in finding.message
    assert not editor.save_button.isEnabled()
    _shot(qtbot, editor, "expired-lot-block")

    editor.save()  # even forced, the save still refuses the lot and stores nothing
    assert editor.saved_record is None
    assert services_sessions(clinic) == []


def test_another_products_lot_typed_in_shows_in_the_panel(qtbot, editor, clinic) -> None:
    toxin = _toxin(editor)
    toxin.lot.lineEdit().selectAll()
    qtbot.keyClicks(toxin.lot.lineEdit(), clinic.other_lot)
    _shows(qtbot, editor, "toxin_lot", Level.BLOCK)
    finding = _finding(editor, "toxin_lot")
    assert "belongs to another product" in finding.message


def _finding(editor: SessionEditor, code: str):  # type: ignore[no-untyped-def]
    return next(c.finding for c in editor.safety.cards if c.finding.rule_code == code)


def services_sessions(clinic: SessionClinic) -> list:  # type: ignore[type-arg]
    context = clinic.context
    return context.services.sessions.list_for_patient(context.signed_in.actor, clinic.patient_id)
