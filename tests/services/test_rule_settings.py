"""The safety rules' parameters: edited by the admin, read by the gate, plans and follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from scardesk.db.engine import Database
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.safety import GateParameters
from scardesk.services.plans import PlanService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import ADMIN, PRACTITIONER, audit_count


def test_a_new_clinic_uses_the_references_defaults(database: Database) -> None:
    current = RuleSettingsService(database).current(ADMIN)
    assert current.parameters == GateParameters()
    assert current.version == 0


def test_the_admin_changes_a_parameter_and_every_reader_sees_it(database: Database) -> None:
    rules = RuleSettingsService(database)
    saved, changes = rules.save(ADMIN, {"toxin_retreatment_days": 90}, expected_version=0)
    assert changes.settings and saved.parameters.toxin_retreatment_days == 90
    assert rules.current(PRACTITIONER).parameters.toxin_retreatment_days == 90
    assert PlanService(database).default_intervals(PRACTITIONER).toxin_retreatment_days == 90


def test_a_wrong_value_names_its_field_and_changes_nothing(database: Database) -> None:
    rules = RuleSettingsService(database)
    before = audit_count(database)
    with pytest.raises(ValidationError) as raised:
        rules.save(ADMIN, {"toxin_cap_units": 0, "history_review_days": "soon"}, 0)
    assert {"toxin_cap_units", "history_review_days"} <= raised.value.field_errors.keys()
    assert audit_count(database) == before
    assert rules.current(ADMIN).parameters == GateParameters()


def test_only_the_admin_edits_the_rules(database: Database) -> None:
    with pytest.raises(PermissionDeniedError):
        RuleSettingsService(database).save(PRACTITIONER, {"toxin_cap_units": 300}, 0)


def test_a_stale_edit_of_the_rules_is_a_conflict(database: Database) -> None:
    rules = RuleSettingsService(database)
    first, _ = rules.save(ADMIN, {"toxin_cap_units": 300}, 0)
    rules.save(ADMIN, {"toxin_cap_units": 350}, first.version)
    with pytest.raises(ConflictError):
        rules.save(ADMIN, {"toxin_cap_units": 200}, first.version)
    assert rules.current(ADMIN).parameters.toxin_cap_units == 350


def test_the_toxin_review_interval_is_a_rule_parameter(database: Database) -> None:
    RuleSettingsService(database).save(ADMIN, {"toxin_review_days": 21}, 0)
    intervals = PlanService(database).default_intervals(PRACTITIONER)
    assert date(2026, 1, 1) + timedelta(days=intervals.toxin_review_days) == date(2026, 1, 22)
