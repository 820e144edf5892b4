"""The safety rules' parameters: edited by the admin, read by the gate, plans and follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import User
from scardesk.db.unit_of_work import Actor
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.safety import GateParameters
from scardesk.services.plans import PlanService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import ADMIN, PRACTITIONER, audit_count, make_clinical_lead


@pytest.fixture
def lead(database: Database) -> Actor:
    """The practitioner (user 3) made a clinical lead: the only kind of user who edits rules."""
    return make_clinical_lead(database, PRACTITIONER)


def test_a_new_clinic_uses_the_references_defaults(database: Database) -> None:
    current = RuleSettingsService(database).current(ADMIN)
    assert current.parameters == GateParameters()
    assert current.version == 0


def test_a_clinical_lead_changes_a_parameter_and_every_reader_sees_it(
    database: Database, lead: Actor
) -> None:
    rules = RuleSettingsService(database)
    saved, changes = rules.save(lead, {"toxin_retreatment_days": 90}, expected_version=0)
    assert changes.settings and saved.parameters.toxin_retreatment_days == 90
    assert rules.current(PRACTITIONER).parameters.toxin_retreatment_days == 90
    assert PlanService(database).default_intervals(PRACTITIONER).toxin_retreatment_days == 90


def test_a_wrong_value_names_its_field_and_changes_nothing(database: Database, lead: Actor) -> None:
    rules = RuleSettingsService(database)
    before = audit_count(database)
    with pytest.raises(ValidationError) as raised:
        rules.save(lead, {"toxin_cap_units": 0, "history_review_days": "soon"}, 0)
    assert {"toxin_cap_units", "history_review_days"} <= raised.value.field_errors.keys()
    assert audit_count(database) == before
    assert rules.current(ADMIN).parameters == GateParameters()


def test_only_a_clinical_lead_edits_the_rules(database: Database) -> None:
    rules = RuleSettingsService(database)
    for refused in (ADMIN, PRACTITIONER):  # the admin runs the system; user 3 is no lead yet
        with pytest.raises(PermissionDeniedError, match="clinical lead"):
            rules.save(refused, {"toxin_cap_units": 300}, 0)
    assert rules.current(ADMIN).version == 0
    saved, _ = rules.save(make_clinical_lead(database, PRACTITIONER), {"toxin_cap_units": 300}, 0)
    assert saved.parameters.toxin_cap_units == 300


def test_a_stale_edit_of_the_rules_is_a_conflict(database: Database, lead: Actor) -> None:
    rules = RuleSettingsService(database)
    first, _ = rules.save(lead, {"toxin_cap_units": 300}, 0)
    rules.save(lead, {"toxin_cap_units": 350}, first.version)
    with pytest.raises(ConflictError):
        rules.save(lead, {"toxin_cap_units": 200}, first.version)
    assert rules.current(ADMIN).parameters.toxin_cap_units == 350


def test_the_toxin_review_interval_is_a_rule_parameter(database: Database, lead: Actor) -> None:
    RuleSettingsService(database).save(lead, {"toxin_review_days": 21}, 0)
    intervals = PlanService(database).default_intervals(PRACTITIONER)
    assert date(2026, 1, 1) + timedelta(days=intervals.toxin_review_days) == date(2026, 1, 22)


def test_the_rules_name_who_last_set_them_for_the_findings_to_cite(
    database: Database, lead: Actor
) -> None:
    rules = RuleSettingsService(database)
    assert rules.current(PRACTITIONER).set_by == ""
    rules.save(lead, {"history_review_days": 90}, expected_version=0)
    with database.sessions() as session:
        name = session.scalar(select(User.display_name).where(User.id == lead.user_id))
    assert name and rules.current(PRACTITIONER).set_by == name
