"""The safety gate at booking: advice in the words each role may read."""

from __future__ import annotations

from scardesk.db.engine import Database
from scardesk.domain.enums import Modality
from scardesk.domain.safety.booking import DETAILS_CHOSEN_AT_THE_VISIT
from scardesk.services.booking_safety import BookingSafetyService
from tests.helpers import FRONT_DESK, PRACTITIONER
from tests.services.session_fixtures import TODAY, make_clinic


def test_a_clinician_sees_the_findings_but_not_details_chosen_at_the_visit(
    database: Database,
) -> None:
    clinic = make_clinic(database)  # skin type IV: a pigmentation warning before any laser
    safety = BookingSafetyService(database).check(
        PRACTITIONER, clinic.patient_id, [Modality.FRACTIONAL_LASER], TODAY
    )
    assert safety.findings is not None
    codes = {finding.rule_code for finding in safety.findings}
    assert "skin_type_pih.fractional_laser" in codes
    assert not codes & DETAILS_CHOSEN_AT_THE_VISIT
    assert safety.warnings >= 1


def test_the_front_desk_is_told_how_many_findings_but_not_what_they_say(
    database: Database,
) -> None:
    clinic = make_clinic(database)
    as_desk = BookingSafetyService(database).check(
        FRONT_DESK, clinic.patient_id, [Modality.FRACTIONAL_LASER], TODAY
    )
    as_doctor = BookingSafetyService(database).check(
        PRACTITIONER, clinic.patient_id, [Modality.FRACTIONAL_LASER], TODAY
    )
    assert as_desk.findings is None
    assert (as_desk.blocks, as_desk.needs_override, as_desk.warnings) == (
        as_doctor.blocks,
        as_doctor.needs_override,
        as_doctor.warnings,
    )


def test_a_patient_with_everything_in_order_gets_a_clear_microneedling_booking(
    database: Database,
) -> None:
    clinic = make_clinic(database)
    safety = BookingSafetyService(database).check(
        PRACTITIONER, clinic.patient_id, [Modality.MICRONEEDLING], TODAY
    )
    assert safety.clear, safety.findings
