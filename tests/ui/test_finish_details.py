"""The Details tab reads like a form, not a database row (issue 15 §8): display names, one date
format, and the skin type the practitioner assessed most recently."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.domain.enums import Role
from scardesk.domain.time import to_muscat
from scardesk.ui import display
from scardesk.ui.labels import day_text, phone_text
from scardesk.ui.patients.merge_dialog import field_text
from scardesk.ui.workspace.details_tab import DetailsTab
from tests.ui.patient_helpers import make_context, register


def _details(qtbot, context, patient_id: int) -> DetailsTab:  # type: ignore[no-untyped-def]
    tab = DetailsTab(context, patient_id)
    qtbot.addWidget(tab)
    return tab


def test_details_show_display_names_and_the_app_date_format(qtbot, services, make_user) -> None:
    context = make_context(services, make_user("desk.one", Role.FRONT_DESK))
    patient_id = register(services, context.signed_in, document_expiry="1/1/2040").id
    tab = _details(qtbot, context, patient_id)
    texts = {key: label.text() for key, label in tab.values.items()}
    assert texts["sex"] == "Female"
    assert texts["document"].startswith("Omani ID card")
    assert texts["date_of_birth"] == "05/03/1990"
    assert "01/01/2040" in texts["document"]
    shown = " ".join(texts.values())
    for raw in ("omani_id", "omani id", "female", "1990-03-05", "2040-01-01"):
        assert raw not in shown


def test_every_number_of_the_record_is_in_the_readers_digits(qtbot, services, make_user) -> None:
    """With Arabic-Indic digits chosen, the emergency contact's phone (and, in the merge dialog,
    the patient's phone and document number) showed in Western digits beside Arabic-Indic
    ones everywhere else."""
    context = make_context(services, make_user("desk.one", Role.FRONT_DESK))
    patient = register(
        services,
        context.signed_in,
        emergency_contact_name="Salim",
        emergency_contact_phone="9876 5432",
        civil_number="12345678",
    )
    display.set_current(DisplayPreferences(Language.ARABIC, DigitStyle.ARABIC_INDIC))
    try:
        tab = _details(qtbot, context, patient.id)
        emergency = tab.values["emergency"].text()
        merged = {key: field_text(patient.data, key) for key in ("phone", "emergency_contact")}
        document = field_text(patient.data, "document")
        expected = f"Salim · {phone_text('+968 9876 5432')}"
    finally:
        display.set_current(DEFAULT)
    assert emergency == expected
    assert "٩٨٧٦" in emergency and "9876" not in emergency
    assert "٩١٢٣" in merged["phone"] and "9123" not in merged["phone"]
    assert "٩٨٧٦" in merged["emergency_contact"]
    assert "١٢٣٤٥٦٧٨" in document and "12345678" not in document


def test_details_show_the_latest_assessed_skin_type_with_its_date(
    qtbot, services, make_user
) -> None:
    context = make_context(services, make_user("dr.maryam", Role.PRACTITIONER))
    patient_id = register(services, context.signed_in).id
    actor = context.signed_in.actor
    older = datetime.now(UTC) - timedelta(days=40)
    newer = datetime.now(UTC) - timedelta(days=3)
    for when, skin in ((older, "II"), (newer, "IV")):
        form = AssessmentInput(assessed_at=when, fitzpatrick=skin, gb_counts={"macular": 2})
        services.assessments.create(actor, patient_id, form)
    tab = _details(qtbot, context, patient_id)
    text = tab.values["fitzpatrick"].text()
    assert text.startswith("IV — ")
    assert day_text(to_muscat(newer).date()) in text
    assert text != "—"


def test_the_front_desk_keeps_the_registration_skin_type(qtbot, services, make_user) -> None:
    practitioner = make_user("dr.maryam", Role.PRACTITIONER)
    desk = make_context(services, make_user("desk.one", Role.FRONT_DESK))
    patient_id = register(services, desk.signed_in).id
    form = AssessmentInput(assessed_at=datetime.now(UTC), fitzpatrick="V", gb_counts={"macular": 2})
    services.assessments.create(practitioner.actor, patient_id, form)
    tab = _details(qtbot, desk, patient_id)
    assert tab.values["fitzpatrick"].text() == "—"  # no clinical read for the front desk


def test_screenshots_of_details_and_an_empty_photos_tab_at_1280x720(
    qtbot, services, make_user, open_window
) -> None:
    doctor = make_user("dr.maryam", Role.PRACTITIONER)
    patient_id = register(services, doctor, document_expiry="1/1/2040").id
    form = AssessmentInput(
        assessed_at=datetime.now(UTC) - timedelta(days=3),
        fitzpatrick="IV",
        gb_counts={"macular": 2},
    )
    services.assessments.create(doctor.actor, patient_id, form)
    window = open_window(doctor)
    window.showNormal()
    window.resize(1280, 720)
    workspace = window.open_patient(patient_id)
    shots = Path("/tmp/finish_shots")
    shots.mkdir(exist_ok=True)
    assert workspace.show_tab("details")
    qtbot.wait(20)
    details = workspace.tabs.currentWidget()
    assert details.values["fitzpatrick"].text().startswith("IV — ")
    window.grab().save(str(shots / "details-1280x720.png"))
    assert workspace.show_tab("photos")
    qtbot.wait(20)
    photos = workspace.tabs.currentWidget()
    assert photos.empty_state.isVisible()
    window.grab().save(str(shots / "photos-empty-1280x720.png"))
