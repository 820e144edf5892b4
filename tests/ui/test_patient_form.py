"""Registering and editing a patient through the form, as a receptionist would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from scardesk.db.models import Patient
from scardesk.domain.enums import Answer, HistoryFact, Role
from scardesk.domain.history import HistoryAnswerInput
from scardesk.ui.patients.dialogs import DuplicateDialog
from scardesk.ui.patients.form import PatientFormDialog
from tests.helpers import count
from tests.ui.patient_helpers import make_context, register, type_text


@pytest.fixture
def desk(make_user):
    return make_user("f.desk", Role.FRONT_DESK)


def _form(qtbot, services, signed_in, record=None) -> PatientFormDialog:
    form = PatientFormDialog(make_context(services, signed_in), record)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    return form


def _fill(qtbot, form: PatientFormDialog, name: str, text: str) -> None:
    """Click into a field, replace its text by typing, and leave it (Tab)."""
    edit = form.fields[name].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _choose(form: PatientFormDialog, name: str, value: str) -> None:
    combo = form.fields[name].combo
    combo.setCurrentIndex(combo.findData(value))


def _fill_valid(qtbot, form: PatientFormDialog) -> None:
    _fill(qtbot, form, "name_latin", "Salma Al Hinai")
    _fill(qtbot, form, "name_arabic", "سلمى الهنائي")
    _fill(qtbot, form, "date_of_birth", "14/02/1994")
    _choose(form, "sex", "female")
    _fill(qtbot, form, "phone", "9456 7890")


def test_invalid_fields_say_what_is_wrong_beside_them_and_save_stays_disabled(
    qtbot, services, desk
):
    form = _form(qtbot, services, desk)
    _fill(qtbot, form, "name_latin", "Salma 3")
    _fill(qtbot, form, "date_of_birth", "31/02/1994")
    _fill(qtbot, form, "phone", "1234")
    assert "use Latin letters" in form.fields["name_latin"].error()
    assert "05/03/1990" in form.fields["date_of_birth"].error()  # says what is expected
    assert "9123 4567" in form.fields["phone"].error()
    assert form.fields["name_latin"].error_label.isVisible()
    assert not form.save_button.isEnabled()
    assert "Sex" in form.missing_label.text()  # untouched but required: named, not shouted
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert count(services.search._db, Patient) == 0


def test_a_direction_override_in_a_pasted_address_is_named_beside_the_field(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    _fill_valid(qtbot, form)
    # Pasted text can carry a right-to-left override that makes it display as other text.
    edit = form.fields["address"].edit
    edit.setFocus()
    edit.insert("Al Khuwair \u202eriawuhK\u202c")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert "U+202E" in form.fields["address"].error()
    assert form.fields["address"].error_label.isVisible()
    assert not form.save_button.isEnabled()
    form.grab().save("/tmp/hostile_patient_form.png")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert count(services.search._db, Patient) == 0


def test_untouched_fields_show_no_error_when_the_form_opens(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    assert all(not field.error() for field in form.fields.values())
    assert not form.save_button.isEnabled()


def test_fixing_every_field_enables_save_and_registers(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    _fill(qtbot, form, "phone", "1234")
    assert form.fields["phone"].error()
    _fill_valid(qtbot, form)
    assert form.fields["phone"].error() == ""
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    record = saved.args[0]
    assert record.data.name_arabic == "سلمى الهنائي"
    assert record.data.phone == "+96894567890"
    assert not form.isVisible()


def test_arabic_name_field_is_right_to_left(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    assert form.fields["name_arabic"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert form.fields["name_latin"].layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_civil_number_without_its_document_is_named_before_saving(qtbot, services, desk):
    form = _form(qtbot, services, desk)
    _fill_valid(qtbot, form)
    _fill(qtbot, form, "civil_number", "87654321")
    assert not form.save_button.isEnabled()
    assert "Document" in form.missing_label.text()
    _choose(form, "document_type", "omani_id")
    assert form.save_button.isEnabled()


def test_same_phone_shows_the_duplicate_prompt_before_saving(qtbot, services, desk):
    existing = register(services, desk, phone="9456 7890", civil_number="")
    form = _form(qtbot, services, desk)
    _fill_valid(qtbot, form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = form.duplicate_dialog
    assert isinstance(dialog, DuplicateDialog) and dialog.isVisible()
    assert existing.id in dialog.open_buttons
    assert count(services.search._db, Patient) == 1  # nothing saved yet


def test_open_this_record_switches_to_the_existing_patient_instead(qtbot, services, desk):
    existing = register(services, desk, phone="9456 7890", civil_number="")
    form = _form(qtbot, services, desk)
    _fill_valid(qtbot, form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    button = form.duplicate_dialog.open_buttons[existing.id]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.record is not None and form.record.id == existing.id
    assert form.fields["name_latin"].text() == "Aisha Al Balushi"
    assert "existing record" in form.notice_label.text()
    assert count(services.search._db, Patient) == 1


def test_register_anyway_saves_a_second_patient(qtbot, services, desk):
    register(services, desk, phone="9456 7890", civil_number="")
    form = _form(qtbot, services, desk)
    _fill_valid(qtbot, form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.duplicate_dialog.register_button, Qt.MouseButton.LeftButton)
    assert count(services.search._db, Patient) == 2


def test_editing_saves_the_change_and_announces_it(qtbot, services, desk):
    record = register(services, desk)
    context = make_context(services, desk)
    form = PatientFormDialog(context, record)
    qtbot.addWidget(form)
    form.show()
    _fill(qtbot, form, "email", "aisha@example.com")
    with qtbot.waitSignal(context.change_bus.changed) as published:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert record.id in published.args[0].patients
    assert services.patients.get(desk.actor, record.id).data.email == "aisha@example.com"


def test_archive_needs_a_reason_and_restore_brings_the_patient_back(qtbot, services, desk):
    record = register(services, desk)
    form = _form(qtbot, services, desk, record)
    qtbot.mouseClick(form.archive_button, Qt.MouseButton.LeftButton)
    dialog = form.archive_dialog
    assert not dialog.archive_button.isEnabled()
    qtbot.keyClicks(dialog.reason.edit, "duplicate record")
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    stored = services.patients.get(desk.actor, record.id)
    assert stored.archive_reason == "duplicate record"
    assert "duplicate record" in form.notice_label.text()
    assert form.restore_button.isVisible() and not form.archive_button.isVisible()
    qtbot.mouseClick(form.restore_button, Qt.MouseButton.LeftButton)
    assert services.patients.get(desk.actor, record.id).archived_at is None
    assert form.archive_button.isVisible()


def test_header_shows_safety_flags_to_practitioners(qtbot, services, make_user):
    doctor = make_user("p.doctor", Role.PRACTITIONER)
    record = register(services, doctor)
    services.history.record(
        doctor.actor,
        record.id,
        [
            HistoryAnswerInput(HistoryFact.ANTICOAGULANTS, Answer.YES, detail="warfarin"),
            HistoryAnswerInput(HistoryFact.PREGNANT, Answer.UNKNOWN),
        ],
    )
    form = _form(qtbot, services, doctor, record)
    assert form.header.flag_texts() == ["Pregnant: unknown", "Anticoagulants"]


def test_header_never_shows_safety_flags_to_the_front_desk(qtbot, services, make_user, desk):
    doctor = make_user("p.doctor", Role.PRACTITIONER)
    record = register(services, doctor)
    services.history.record(
        doctor.actor, record.id, [HistoryAnswerInput(HistoryFact.ANTICOAGULANTS, Answer.YES)]
    )
    form = _form(qtbot, services, desk, record)
    assert form.header.flag_texts() == []
    assert "Aisha Al Balushi" in form.header.visible_text()
    assert "عائشة البلوشي" in form.header.visible_text()
