"""The identity document part of the patient form: per-type rules, warnings, no second copy."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from scardesk.db.models import Patient
from scardesk.domain.enums import Role
from scardesk.ui.patients.dialogs import DuplicateDialog
from scardesk.ui.patients.form import PatientFormDialog
from tests.helpers import count
from tests.ui.patient_helpers import make_context, register

SHOTS = os.environ.get("SCARDESK_SCREENSHOTS")
TODAY = "2026-03-10"


@pytest.fixture
def desk(make_user):
    return make_user("f.desk", Role.FRONT_DESK)


def _form(qtbot, services, signed_in) -> PatientFormDialog:
    from datetime import date

    form = PatientFormDialog(
        make_context(services, signed_in), None, today=lambda: date.fromisoformat(TODAY)
    )
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    return form


def _fill(qtbot, form: PatientFormDialog, name: str, text: str) -> None:
    edit = form.fields[name].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _choose(qtbot, form: PatientFormDialog, name: str, value: str) -> None:
    """Pick from a combo with the keyboard, as a user tabbing through the form does."""
    combo = form.fields[name].combo
    combo.setFocus()
    target = combo.findData(value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def _person(qtbot, form: PatientFormDialog) -> None:
    _fill(qtbot, form, "name_latin", "Priya Nair")
    _fill(qtbot, form, "date_of_birth", "01/02/1990")
    _choose(qtbot, form, "sex", "female")
    _fill(qtbot, form, "phone", "9456 7890")


def _warning(form: PatientFormDialog, name: str) -> str:
    label = form.warning_labels[name]
    return label.text() if label.isVisible() else ""


def test_a_passport_number_with_letters_is_registered_in_capitals(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    _person(qtbot, form)
    _choose(qtbot, form, "document_type", "passport")
    _fill(qtbot, form, "civil_number", "k1234567")
    assert form.fields["civil_number"].error() == ""
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].data.civil_number == "K1234567"


def test_letters_in_an_omani_civil_number_are_named_under_the_field(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    _person(qtbot, form)
    _choose(qtbot, form, "document_type", "omani_id")
    _fill(qtbot, form, "civil_number", "K1234567")
    assert "digits only" in form.fields["civil_number"].error()
    assert not form.save_button.isEnabled()


def test_a_short_civil_number_and_a_past_expiry_warn_but_still_save(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    _person(qtbot, form)
    _choose(qtbot, form, "document_type", "omani_id")
    _fill(qtbot, form, "civil_number", "12345")
    _fill(qtbot, form, "document_expiry", "09/03/2026")
    assert "Check this number" in _warning(form, "civil_number")
    assert "expired" in _warning(form, "document_expiry")
    assert form.save_button.isEnabled()
    if SHOTS:
        qtbot.wait(50)  # let the layout settle, as it would on screen
        form.grab().save(os.path.join(SHOTS, "patient-form-identity.png"))
    _fill(qtbot, form, "civil_number", "123456")
    _fill(qtbot, form, "document_expiry", "10/03/2026")
    assert _warning(form, "civil_number") == _warning(form, "document_expiry") == ""
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def test_the_same_document_cannot_be_registered_anyway_only_opened(qtbot, services, desk):
    existing = register(services, desk)  # Omani ID 12345678
    form = _form(qtbot, services, desk)
    _person(qtbot, form)
    _choose(qtbot, form, "document_type", "omani_id")
    _fill(qtbot, form, "civil_number", "1234 5678")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = form.duplicate_dialog
    assert isinstance(dialog, DuplicateDialog) and dialog.isVisible()
    assert dialog.blocked and not dialog.register_button.isVisible()
    if SHOTS:
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "duplicate-document.png"))
    qtbot.mouseClick(dialog.open_buttons[existing.id], Qt.MouseButton.LeftButton)
    assert form.record is not None and form.record.id == existing.id
    assert count(services.search._db, Patient) == 1
