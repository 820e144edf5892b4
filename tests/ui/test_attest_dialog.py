"""Signing asks for the signer's password in a small dialog: a wrong one is said there and signs
nothing, Escape backs out, the right one signs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from scardesk.domain.enums import ConsentPurpose
from scardesk.domain.sessions import MicroneedlingInput, SessionInput, SessionRecord
from scardesk.domain.time import utc_now
from scardesk.ui.sessions.view import SessionView
from tests.ui.attest_helpers import type_password
from tests.ui.consultation_helpers import draw_signature, register
from tests.ui.session_helpers import SessionClinic, session_clinic

SHOT = "/tmp/attest-dialog.png"


@pytest.fixture
def clinic(services, make_user) -> SessionClinic:
    return session_clinic(services, make_user)


def _recorded(services, clinic: SessionClinic) -> SessionRecord:
    form = SessionInput(
        performed_at=utc_now() - timedelta(minutes=5),
        modalities=(MicroneedlingInput("Dermapen 4", 1.5, 3, None, ("cheek_left",)),),
        adverse_events_none=True,
        cleansing_done=True,
    )
    actor = clinic.context.signed_in.actor
    record, *_ = services.sessions.record_session(actor, clinic.patient_id, form, {})
    return record


def _view(qtbot, clinic: SessionClinic, session_id: int) -> SessionView:
    view = SessionView(clinic.context, session_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_wrong_password_keeps_the_dialog_open_and_signs_nothing_then_the_right_one_signs(
    qtbot, services, clinic
) -> None:
    record = _recorded(services, clinic)
    view = _view(qtbot, clinic, record.id)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.attest
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert "Enter your password to sign as Dr.Salma" in dialog.prompt.text()
    assert "performed (or supervised) this treatment session" in dialog.statement.text()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert not view.sign_button.isEnabled()  # one signing at a time

    type_password(qtbot, dialog, "not-my-password")
    assert dialog.isVisible()
    assert "not right" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.password.text() == ""  # cleared for another try
    assert not services.sessions.get(clinic.context.signed_in.actor, record.id).is_signed
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(SHOT)

    type_password(qtbot, dialog)
    assert not isValid(dialog)
    stored = services.sessions.get(clinic.context.signed_in.actor, record.id)
    assert stored.is_signed and stored.signed_by_id == clinic.context.signed_in.user.id
    assert view.record is not None and view.record.is_signed
    assert not view.sign_button.isVisible()


def test_escape_signs_nothing_and_gives_the_button_back(qtbot, services, clinic) -> None:
    record = _recorded(services, clinic)
    view = _view(qtbot, clinic, record.id)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.attest
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "Correct-horse-9")  # typed, then thought better of it
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not services.sessions.get(clinic.context.signed_in.actor, record.id).is_signed
    assert view.sign_button.isEnabled() and "Not signed yet" in view.status.text()


def test_an_empty_password_is_asked_for_without_calling_the_service(
    qtbot, services, clinic
) -> None:
    record = _recorded(services, clinic)
    view = _view(qtbot, clinic, record.id)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    dialog = view.attest
    assert dialog is not None
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Enter your password" in dialog.error.text()


def test_a_consent_with_a_wrong_password_is_not_captured(
    qtbot, services, runner, make_user
) -> None:
    from tests.ui.test_consents_tab import _open_capture, _tab

    patient_id = register(services)
    tab = _tab(qtbot, services, runner, make_user, patient_id)
    dialog = _open_capture(qtbot, tab, ConsentPurpose.TREATMENT_MICRONEEDLING)
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    attest = dialog.attest
    assert attest is not None and "watched them sign" in attest.statement.text()
    type_password(qtbot, attest, "wrong-one-1")
    assert attest.isVisible() and tab.records == []
    qtbot.keyClick(attest.password, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.save_button.isEnabled()  # the consent form stays
    assert tab.status_text(ConsentPurpose.TREATMENT_MICRONEEDLING) == "Missing"
