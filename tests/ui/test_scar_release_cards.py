"""The subcision and TCA CROSS cards driven like a practitioner: add them beside toxin-free
work, type the settings, tick the areas, fix what the domain refuses, save, reopen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from scardesk.domain.enums import FacialRegion, Frosting, Modality, SubcisionInstrument
from scardesk.domain.sessions import SubcisionInput, TcaCrossInput
from scardesk.ui.sessions.common import modality_name
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.subcision_card import SubcisionCard
from scardesk.ui.sessions.tca_cross_card import TcaCrossCard
from scardesk.ui.sessions.view import SessionView
from tests.ui.session_helpers import SessionClinic, session_clinic

#: Set to a folder to keep screenshots of the cards (looked at by hand, not asserted).
SHOTS = os.environ.get("SCARDESK_SHOTS")


@pytest.fixture
def clinic(services, make_user) -> SessionClinic:
    return session_clinic(services, make_user)


@pytest.fixture
def editor(qtbot, clinic) -> SessionEditor:
    dialog = SessionEditor(clinic.context, clinic.patient_id)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 1400)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _add(editor: SessionEditor, modality: Modality):  # type: ignore[no-untyped-def]
    action = next(a for a in editor.add_menu.actions() if a.text() == modality_name(modality))
    action.trigger()
    return editor.cards[-1]


def _retype(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)


def _choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an item by its visible text with the keyboard, as a user tabbing through would."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Space on the focused box: a wide grid cell puts the box's middle past its hit area."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _fill_subcision(qtbot, card: SubcisionCard) -> None:
    _choose(qtbot, card.instrument, "Blunt cannula")
    _retype(qtbot, card.gauge, "22")
    _retype(qtbot, card.scars, "9")
    qtbot.keyClicks(card.technique, "fanning, deep dermis")
    qtbot.keyClicks(card.agent, "lidocaine")
    _retype(qtbot, card.percent, "1")
    _tick(qtbot, card.adrenaline)
    _retype(qtbot, card.volume, "3")
    _tick(qtbot, card.haemostasis)
    _click(qtbot, card.area_buttons[FacialRegion.CHEEK_LEFT])
    _click(qtbot, card.area_buttons[FacialRegion.CHEEK_RIGHT])


def _fill_tca(qtbot, card: TcaCrossCard) -> None:
    _retype(qtbot, card.concentration, "65")
    _retype(qtbot, card.scars, "12")
    _choose(qtbot, card.frosting, "White frost on every scar")
    _click(qtbot, card.area_buttons[FacialRegion.TEMPLE_LEFT])


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        QApplication.processEvents()  # let the layouts place the cards before grabbing
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def test_both_cards_are_typed_saved_and_reopened_as_recorded(
    qtbot, editor, clinic, services
) -> None:
    subcision = _add(editor, Modality.SUBCISION)
    tca = _add(editor, Modality.TCA_CROSS)
    assert isinstance(subcision, SubcisionCard) and isinstance(tca, TcaCrossCard)
    _fill_subcision(qtbot, subcision)
    _fill_tca(qtbot, tca)
    _click(qtbot, editor.events.none_box)
    _click(qtbot, editor.preparation.antiviral)
    qtbot.wait(100)
    _shot(subcision, "subcision_card.png")
    _shot(tca, "tca_cross_card.png")
    _shot(editor, "session_editor.png")

    editor.run_gate_now()
    _click(qtbot, editor.save_button)
    assert editor.saved_record is not None, editor.form_error.text()

    [saved] = services.sessions.list_for_patient(clinic.context.signed_in.actor, clinic.patient_id)
    first, second = saved.content.modalities
    assert first == SubcisionInput(
        SubcisionInstrument.CANNULA,
        22,
        9,
        "fanning, deep dermis",
        "lidocaine",
        1.0,
        True,
        3.0,
        True,
        ("cheek_left", "cheek_right"),
    )
    assert second == TcaCrossInput(65, "sharpened wooden stick", 12, Frosting.ALL, ("temple_left",))

    view = SessionView(clinic.context, saved.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    shown = "\n".join(label.text() for label in view.findChildren(QLabel))
    assert "Blunt cannula 22G, 9 scars released, fanning, deep dermis" in shown
    assert "Local anaesthetic: lidocaine 1 % with adrenaline, 3 mL" in shown
    assert "TCA 65 % with sharpened wooden stick, 12 scars treated" in shown
    _shot(view, "session_view.png")

    amend = view.open_amend()
    assert amend is not None
    reopened = [c for c in amend.cards if isinstance(c, SubcisionCard | TcaCrossCard)]
    assert [c.entry() for c in reopened] == [first, second]


def test_what_the_domain_refuses_is_shown_under_each_field(qtbot, editor) -> None:
    subcision = _add(editor, Modality.SUBCISION)
    tca = _add(editor, Modality.TCA_CROSS)
    _retype(qtbot, subcision.percent, "1")  # a strength with no anaesthetic named
    qtbot.keyClicks(subcision.agent, "lidocaine")
    subcision.agent.clear()
    tca.applicator.clear()  # no applicator, and no frost chosen
    _click(qtbot, editor.events.none_box)
    editor.run_gate_now()
    editor.save()
    assert editor.saved_record is None
    assert "required" in tca.errors["applicator"].text()
    assert "all, some or none" in tca.errors["frosting"].text()
    qtbot.keyClicks(subcision.agent, "lidocaine")
    editor.save()
    assert "mL" in subcision.errors["anaesthetic_ml"].text()  # named, but no volume given
