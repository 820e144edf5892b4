"""Toxin doses through the sessions service, on SQLite and PostgreSQL: the vial, the lot's
stock and the per-point ceiling in the live preview and at save, and the lots that cannot
be used shown by the preview as well as refused by the save (issue 9, points 9 and 12)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, Lot, SafetyOverride, TreatmentSession
from scardesk.domain.codecs.rules import decode_override_facts
from scardesk.domain.errors import ValidationError
from scardesk.domain.safety import GateResult, Level
from scardesk.domain.sessions import PointInput, SessionInput, ToxinInput
from scardesk.services.products import ProductService
from scardesk.services.sessions import SessionBlockedError, SessionService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import ADMIN, PRACTITIONER, count, make_clinical_lead
from tests.services.session_fixtures import (
    NOW,
    TODAY,
    Clinic,
    combined_session,
    lot_stock,
    make_clinic,
    toxin_entry,
)


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _lot(database: Database, clinic: Clinic, number: str, in_stock: int) -> int:
    with database.engine.begin() as connection:
        return int(
            connection.execute(
                insert(Lot).returning(Lot.id),
                {
                    "product_id": clinic.product_id,
                    "lot_number": number,
                    "expiry_date": TODAY + timedelta(days=100),
                    "quantity_received": 5,
                    "quantity_in_stock": in_stock,
                    "received_at": NOW,
                },
            ).scalar_one()
        )


def _points(*units: float) -> tuple[PointInput, ...]:
    return tuple(PointInput(0.2 + n / 100, 0.4, u, "forehead") for n, u in enumerate(units))


def _vial(clinic: Clinic, *units: float, **changes: object) -> ToxinInput:
    """One toxin entry with these point units adding up to its total, nothing wasted."""
    values: dict[str, object] = {
        "points": _points(*units),
        "total_units": sum(units),
        "waste_units": 0.0,
        **changes,
    }
    return dataclasses.replace(toxin_entry(clinic), **values)  # type: ignore[arg-type]


def _form(clinic: Clinic, *entries: ToxinInput) -> SessionInput:
    return combined_session(clinic, modalities=entries)


def _codes(result: GateResult, level: Level) -> set[str]:
    return {f.rule_code for f in result.findings if f.level is level}


def _preview(database: Database, clinic: Clinic, form: SessionInput) -> GateResult:
    return SessionService(database).preview_gate(PRACTITIONER, clinic.patient_id, form)


def _save(database: Database, clinic: Clinic, form: SessionInput, **overrides: str):  # type: ignore[no-untyped-def]
    return SessionService(database).record_session(PRACTITIONER, clinic.patient_id, form, overrides)


# --- the vial ----------------------------------------------------------------------------


def test_exactly_the_vial_saves(database: Database, clinic: Clinic) -> None:
    form = _form(clinic, _vial(clinic, *(10.0,) * 10))
    assert not _preview(database, clinic, form).findings
    record, result, _, _ = _save(database, clinic, form)
    assert record.id and result.can_proceed()
    assert lot_stock(database, clinic.lot_id) == 4


def test_one_unit_more_than_the_vial_shows_live_and_is_refused(
    database: Database, clinic: Clinic
) -> None:
    entry = _vial(clinic, *(10.0,) * 10, 1.0)
    preview = _preview(database, clinic, _form(clinic, entry))
    assert "toxin_vial_units" in _codes(preview, Level.BLOCK)
    with pytest.raises(ValidationError) as raised:  # the form itself refuses it too
        _save(database, clinic, _form(clinic, entry))
    assert "100 U vial" in raised.value.field_errors["modalities.0.waste_units"]
    assert count(database, TreatmentSession) == 0 and lot_stock(database, clinic.lot_id) == 5


def test_a_bigger_vial_typed_for_a_100_unit_product_cannot_give_128_units(
    database: Database, clinic: Clinic
) -> None:
    entry = _vial(clinic, *(8.0,) * 16, vial_units=200.0)
    preview = _preview(database, clinic, _form(clinic, entry))
    [finding] = [f for f in preview.blocked if f.rule_code == "toxin_vial_units"]
    assert finding.facts["units_drawn"] == "128" and finding.facts["units_in_vials_opened"] == "100"
    with pytest.raises(SessionBlockedError) as raised:
        _save(database, clinic, _form(clinic, entry))
    assert "toxin_vial_units" in {f.rule_code for f in raised.value.result.blocked}
    assert count(database, TreatmentSession) == 0 and lot_stock(database, clinic.lot_id) == 5


# --- the lot's stock ---------------------------------------------------------------------


def test_stock_boundary_both_vials_in_stock_save_and_a_third_is_refused(
    database: Database, clinic: Clinic
) -> None:
    lot_id = _lot(database, clinic, "TWO2", in_stock=2)
    full = _vial(clinic, *(10.0,) * 10, lot_id=lot_id)
    three = _form(clinic, full, full, full)
    preview = _preview(database, clinic, three)
    [finding] = [f for f in preview.blocked if f.rule_code == "toxin_lot_stock"]
    assert (finding.facts["vials_in_stock"], finding.facts["vials_opened"]) == ("2", "3")
    with pytest.raises(ValidationError) as raised:  # the save's own refusal stays
        _save(database, clinic, three)
    assert "no vial left" in raised.value.field_errors["modalities.2.lot_id"]
    assert lot_stock(database, lot_id) == 2

    two = _form(clinic, full, full)
    assert not _codes(_preview(database, clinic, two), Level.BLOCK)
    _save(database, clinic, two)
    assert lot_stock(database, lot_id) == 0


def test_the_last_vial_in_stock_gives_at_most_its_units(database: Database, clinic: Clinic) -> None:
    lot_id = _lot(database, clinic, "ONE1", in_stock=1)
    over = _vial(clinic, *(10.0,) * 10, 1.0, lot_id=lot_id)
    preview = _preview(database, clinic, _form(clinic, over))
    assert {"toxin_lot_stock", "toxin_vial_units"} <= _codes(preview, Level.BLOCK)
    exact = _vial(clinic, *(10.0,) * 10, lot_id=lot_id)
    _save(database, clinic, _form(clinic, exact))
    assert lot_stock(database, lot_id) == 0


# --- the per-point ceiling ---------------------------------------------------------------


def test_a_point_at_the_ceiling_saves_without_a_reason(database: Database, clinic: Clinic) -> None:
    form = _form(clinic, _vial(clinic, 10.0, 10.0))
    _, result, _, _ = _save(database, clinic, form)
    assert not result.findings and count(database, SafetyOverride) == 0


def test_a_tenth_over_the_ceiling_needs_a_reason_which_is_stored_and_audited(
    database: Database, clinic: Clinic
) -> None:
    form = _form(clinic, _vial(clinic, 10.0, 10.1))
    preview = _preview(database, clinic, form)
    assert _codes(preview, Level.NEEDS_OVERRIDE) == {"toxin_point_ceiling"}
    with pytest.raises(SessionBlockedError) as raised:
        _save(database, clinic, form)
    assert raised.value.missing_overrides == ("toxin_point_ceiling",)
    assert count(database, TreatmentSession) == 0

    reason = "Thick keloid on the chin: prescriber's plan asks 10.1 U there"
    record, _, _, _ = _save(database, clinic, form, toxin_point_ceiling=reason)
    with database.sessions() as session:
        stored = session.scalars(select(SafetyOverride)).one()
        audited = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "safety_overrides")
        ).all()
    assert (stored.session_id, stored.rule_code, stored.reason) == (
        record.id,
        "toxin_point_ceiling",
        reason,
    )
    facts = decode_override_facts(stored.facts)
    assert facts["points_over_ceiling"] == "entry 1 point 2: 10.1 U"
    assert facts["ceiling_units_per_point"] == "10"
    assert [row.action for row in audited] == ["session.record"]


def test_the_ceiling_is_the_one_the_clinical_lead_stored(
    database: Database, clinic: Clinic
) -> None:
    rules = RuleSettingsService(database)
    lead = make_clinical_lead(database, PRACTITIONER)
    values = {**rules.current(lead).parameters.to_mapping(), "toxin_max_units_per_point": 12}
    rules.save(lead, values, 0)
    ok = _form(clinic, _vial(clinic, 12.0))
    assert not _preview(database, clinic, ok).findings
    over = _form(clinic, _vial(clinic, 12.5))
    [finding] = _preview(database, clinic, over).needs_override
    assert finding.facts["ceiling_units_per_point"] == "12"


def test_the_clinical_lead_gets_a_field_message_for_a_bad_ceiling(
    database: Database, clinic: Clinic
) -> None:
    rules = RuleSettingsService(database)
    lead = make_clinical_lead(database, PRACTITIONER)
    values = {**rules.current(lead).parameters.to_mapping(), "toxin_max_units_per_point": 0}
    with pytest.raises(ValidationError) as raised:
        rules.save(lead, values, 0)
    assert "from 1 to 1000" in raised.value.field_errors["toxin_max_units_per_point"]


# --- lots that cannot be used: shown by the preview, still refused by the save ----------


def _refused_everywhere(database: Database, clinic: Clinic, lot_id: int, words: str) -> None:
    form = _form(clinic, _vial(clinic, 2.0, 2.0, lot_id=lot_id))
    [finding] = [f for f in _preview(database, clinic, form).blocked if f.rule_code == "toxin_lot"]
    assert words in finding.message
    with pytest.raises(ValidationError) as raised:
        _save(database, clinic, form)
    assert words in raised.value.field_errors["modalities.0.lot_id"]
    assert count(database, TreatmentSession) == 0


def test_an_expired_lot_is_a_finding_in_the_preview(database: Database, clinic: Clinic) -> None:
    _refused_everywhere(database, clinic, clinic.expired_lot_id, "expired on")


def test_another_products_lot_is_a_finding_in_the_preview(
    database: Database, clinic: Clinic
) -> None:
    _refused_everywhere(database, clinic, clinic.other_product_lot_id, "another product")


def test_an_archived_lot_is_a_finding_in_the_preview(database: Database, clinic: Clinic) -> None:
    products = ProductService(database)
    lot = products.get_lot(ADMIN, clinic.lot_id)
    products.archive_lot(ADMIN, lot.id, lot.version, "Cold chain broken in transit")
    _refused_everywhere(database, clinic, clinic.lot_id, "archived")


def test_an_empty_lot_is_a_finding_in_the_preview(database: Database, clinic: Clinic) -> None:
    lot_id = _lot(database, clinic, "EMPTY0", in_stock=0)
    _refused_everywhere(database, clinic, lot_id, "none in stock")


def test_a_lot_expiring_before_the_session_day_is_found_when_the_day_moves(
    database: Database, clinic: Clinic
) -> None:
    """Chosen while usable; the session is then moved to a day after the lot's expiry."""
    assert not _preview(database, clinic, _form(clinic, _vial(clinic, 2.0))).blocked
    later = NOW + timedelta(days=201)  # lot C1234 is good for 200 days
    entry = _vial(clinic, 2.0, reconstituted_at=later - timedelta(hours=1))
    form = combined_session(clinic, modalities=(entry,), performed_at=later)
    [finding] = [f for f in _preview(database, clinic, form).blocked if f.rule_code == "toxin_lot"]
    assert "expired on" in finding.message


# --- corrections: no gate (the session happened), but a vial still holds what it holds ---


def test_an_amendment_cannot_make_a_100_unit_vial_give_128_units(
    database: Database, clinic: Clinic
) -> None:
    service = SessionService(database)
    record, *_ = _save(database, clinic, _form(clinic, _vial(clinic, *(2.0,) * 10)))
    overdrawn = _vial(clinic, *(8.0,) * 16, vial_units=200.0)
    changed = dataclasses.replace(record.content, modalities=(overdrawn,))
    with pytest.raises(ValidationError) as raised:
        service.amend(PRACTITIONER, record.id, record.version, changed, "units mistyped")
    assert "128 U drawn" in raised.value.field_errors["modalities"]
    with pytest.raises(ValidationError):
        service.update(PRACTITIONER, record.id, record.version, changed)
    assert service.get(PRACTITIONER, record.id).content == record.content

    whole_vial = dataclasses.replace(
        record.content, modalities=(_vial(clinic, *(10.0,) * 10),)
    )  # exactly the vial: a correction may record it
    amended, _ = service.amend(PRACTITIONER, record.id, record.version, whole_vial, "mistyped")
    assert amended.content.modalities[0].total_units == 100.0  # type: ignore[union-attr]
