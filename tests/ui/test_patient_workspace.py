"""Opening a patient shows their workspace; the view is audited; Back returns to the list."""

from __future__ import annotations

from scardesk.domain.enums import Role
from scardesk.domain.records import PatientInput
from scardesk.services.session import SYSTEM


def _register(services) -> int:
    form = PatientInput(
        name_latin="Aisha Al Balushi",
        name_arabic="عائشة البلوشي",
        date_of_birth="5/3/1990",
        sex="female",
        phone="9123 4567",
    )
    record, _ = services.patients.register(SYSTEM, form)
    return record.id


def test_opening_a_patient_shows_the_header_and_audits_the_view(
    services, open_window, make_user
) -> None:
    patient_id = _register(services)
    signed_in = make_user("desk.one", Role.FRONT_DESK)
    window = open_window(signed_in)
    workspace = window.open_patient(patient_id)
    assert window.stack.currentWidget() is workspace
    assert "عائشة البلوشي" in workspace.header.visible_text()
    admin = make_user("first.admin", Role.ADMIN)
    actions = [row.action for row in services.maintenance.audit_page(admin.actor).rows]
    assert "read.patient.open" in actions


def test_back_returns_to_the_screen_the_patient_was_opened_from(
    services, open_window, make_user
) -> None:
    patient_id = _register(services)
    window = open_window(make_user("desk.one", Role.FRONT_DESK))
    window.show_screen("patients")
    workspace = window.open_patient(patient_id)
    workspace.back_button.click()
    assert window.stack.currentWidget() is window.pages["patients"]
