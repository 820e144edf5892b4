"""Consent ledger tab: capture with a signature drawn by mouse, validity, withdrawal, guardians."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from scardesk.domain.consents import PNG_MAGIC, purpose_for_modality
from scardesk.domain.enums import ConsentPurpose, Modality, Role
from scardesk.ui.consultation import ConsentsTab
from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog
from scardesk.ui.widgets.signature_pad import SignaturePad
from tests.ui.attest_helpers import type_password
from tests.ui.consultation_helpers import context_for, draw_signature, practitioner, register

NEEDLING = ConsentPurpose.TREATMENT_MICRONEEDLING


def _tab(qtbot, services, runner, make_user, patient_id: int) -> ConsentsTab:
    tab = ConsentsTab(context_for(services, practitioner(make_user), runner), patient_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def _open_capture(qtbot, tab: ConsentsTab, purpose: ConsentPurpose) -> CaptureConsentDialog:
    tab.select_purpose(purpose)
    dialog = tab.capture()
    qtbot.waitExposed(dialog)
    dialog.form_version.set_text("2026-1")
    return dialog


def test_a_signature_drawn_with_the_mouse_captures_a_valid_consent(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    assert tab.status_text(NEEDLING) == "Missing"
    dialog = _open_capture(qtbot, tab, NEEDLING)
    draw_signature(qtbot, dialog.pad)
    png = dialog.pad.to_png_bytes()
    assert png.startswith(PNG_MAGIC) and not dialog.pad.is_empty()
    dialog.save_button.click()
    type_password(qtbot, dialog.attest)
    assert tab.status_text(NEEDLING) == "Valid"
    actor = tab.context.signed_in.actor
    assert services.consents.signature(actor, tab.states[NEEDLING][1].id) == png
    assert NEEDLING in services.consents.valid_purposes(actor, patient_id)


def test_the_captured_png_holds_dark_ink_on_white(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 180)
    pad.show()
    draw_signature(qtbot, pad, strokes=1)
    image = QImage.fromData(pad.to_png_bytes(), "PNG")
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    assert any(colour.lightness() < 100 for colour in pixels)
    assert image.pixelColor(0, 0).lightness() == 255


def test_an_empty_signature_is_refused_with_a_message(qtbot, services, runner, make_user) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    dialog = _open_capture(qtbot, tab, NEEDLING)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "signature is missing" in dialog.signature_error.text()
    assert tab.records == [] and tab.status_text(NEEDLING) == "Missing"


def test_clear_empties_the_pad(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 180)
    pad.show()
    draw_signature(qtbot, pad, strokes=1)
    pad.clear()
    assert pad.is_empty() and pad.to_png_bytes() == b""


def test_a_tap_is_not_a_signature(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton)
    assert pad.is_empty()


def test_withdrawing_marks_the_consent_withdrawn_with_its_reason(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    dialog = _open_capture(qtbot, tab, ConsentPurpose.MARKETING_PHOTOS)
    draw_signature(qtbot, dialog.pad)
    dialog.save_button.click()
    type_password(qtbot, dialog.attest)
    tab.select_purpose(ConsentPurpose.MARKETING_PHOTOS)
    assert tab.withdraw_button.isEnabled()
    withdraw = tab.withdraw()
    assert withdraw is not None
    withdraw.reason.set_text("Patient asked by phone")
    withdraw.save_button.click()
    assert tab.status_text(ConsentPurpose.MARKETING_PHOTOS) == "Withdrawn"
    assert tab.ledger.item(0, 7).text() == "Patient asked by phone"
    signed_by = tab.ledger.item(0, 4)
    assert signed_by is not None
    assert signed_by.text() == "Patient"  # signed by the patient, not a guardian
    actor = tab.context.signed_in.actor
    assert ConsentPurpose.MARKETING_PHOTOS not in services.consents.valid_purposes(
        actor, patient_id
    )


def test_a_withdrawal_without_a_reason_is_refused_under_the_field(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    dialog = _open_capture(qtbot, tab, ConsentPurpose.REMINDERS)
    draw_signature(qtbot, dialog.pad)
    dialog.save_button.click()
    type_password(qtbot, dialog.attest)
    tab.select_purpose(ConsentPurpose.REMINDERS)
    withdraw = tab.withdraw()
    assert withdraw is not None
    withdraw.save_button.click()
    assert "reason is required" in withdraw.reason.error()
    assert tab.status_text(ConsentPurpose.REMINDERS) == "Valid"


def test_a_child_needs_a_guardian_who_is_then_shown_in_the_ledger(
    qtbot, services, runner, make_user
) -> None:
    child = register(services, dob=f"1/1/{date.today().year - 12}")
    tab = _tab(qtbot, services, runner, make_user, child)
    dialog = _open_capture(qtbot, tab, NEEDLING)
    assert "required" in dialog.guardian.label.text()
    draw_signature(qtbot, dialog.pad)
    dialog.save_button.click()
    assert "guardian" in dialog.guardian.error()
    assert dialog.attest is None  # a mistake the form can see is said before any password
    dialog.guardian.edit.setText("سالم البلوشي")  # Arabic is set, never key-clicked
    dialog.save_button.click()
    type_password(qtbot, dialog.attest)
    assert tab.status_text(NEEDLING) == "Valid"
    assert tab.ledger.item(0, 4).text() == "سالم البلوشي"


def test_the_capture_dialog_can_be_opened_for_one_fixed_purpose(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    context = context_for(services, practitioner(make_user), runner)
    captured: list[object] = []
    dialog = CaptureConsentDialog(
        context, patient_id, ConsentPurpose.CLINICAL_PHOTOS, fixed_purpose=True
    )
    qtbot.addWidget(dialog)
    dialog.captured.connect(captured.append)
    dialog.show()
    assert not dialog.purpose.isEnabled()
    dialog.form_version.set_text("2026-1")
    draw_signature(qtbot, dialog.pad)
    dialog.save_button.click()
    type_password(qtbot, dialog.attest)
    assert [r.purpose for r in captured] == [ConsentPurpose.CLINICAL_PHOTOS]


def test_the_front_desk_sees_no_consultation_tabs(services, open_window, make_user) -> None:
    patient_id = register(services)
    desk = open_window(make_user("desk.one", Role.FRONT_DESK)).open_patient(patient_id)
    assert not {"history", "consents", "plan"} & set(desk.tab_keys)


def test_a_practitioner_sees_history_consents_and_plan_tabs(
    services, open_window, make_user
) -> None:
    patient_id = register(services)
    workspace = open_window(practitioner(make_user)).open_patient(patient_id)
    assert {"history", "consents", "plan"} <= set(workspace.tab_keys)
    assert workspace.show_tab("consents")


def test_capturing_a_treatment_consent_shows_the_forms_text_and_takes_its_version(
    qtbot, services, runner, make_user
) -> None:
    patient_id = register(services)
    context = context_for(services, practitioner(make_user), runner)
    dialog = CaptureConsentDialog(context, patient_id, purpose_for_modality(Modality.TOXIN))
    qtbot.addWidget(dialog)
    dialog.resize(900, 900)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.wording.isVisible())
    assert dialog.form_version.text() == "2026-12-1" and dialog.form_version.edit.isReadOnly()
    assert "not licensed for acne scars" in dialog.wording.english.toPlainText()
    assert "غير مرخص لعلاج ندبات حب الشباب" in dialog.wording.arabic.toPlainText()
    assert dialog.wording.english.isReadOnly() and dialog.wording.arabic.isReadOnly()
    Path("/tmp/docs_png").mkdir(exist_ok=True)
    dialog.grab().save("/tmp/docs_png/consent_capture_toxin.png")
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ConsentPurpose.CLINICAL_PHOTOS))
    assert not dialog.wording.isVisible() and not dialog.form_version.edit.isReadOnly()
