"""Rule settings stored before the modality specs declared them read back with every value.

The documents below are what the code before the specs wrote (``GateParameters.to_mapping``
with its field list, version 1, and the bare mapping of version 0), typed out as literals and
written by raw SQL so that no code of today shapes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from scardesk.db.engine import Database, open_database
from scardesk.domain.safety import GateParameters
from scardesk.services.plans import PlanService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import ADMIN, PRACTITIONER, make_clinical_lead
from tests.services.session_fixtures import Clinic, make_clinic

# Every key the old dataclass had, each set away from its default so a value falling back to
# the default would show.
OLD_VALUES = {
    "toxin_retreatment_days": 90,
    "toxin_review_days": 21,
    "toxin_cap_units": 300,
    "toxin_cap_window_days": 120,
    "toxin_max_units_per_point": 8,
    "microneedling_days": 35,
    "fractional_laser_days": 42,
    "peel_superficial_days": 21,
    "peel_medium_deep_days": 56,
    "subcision_days": 30,
    "tca_cross_days": 40,
    "isotretinoin_fully_ablative_laser_months": 12,
    "isotretinoin_medium_deep_peel_months": 9,
    "isotretinoin_tca_cross_months": 7,
    "isotretinoin_subcision_warn_months": 3,
    "history_review_days": 365,
    "sun_avoidance_days": 14,
    "retinoid_stop_days_microneedling": 3,
    "retinoid_stop_days_laser": 4,
    "retinoid_stop_days_peel": 6,
}


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = open_database(migrated_url)
    yield opened
    opened.dispose()


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _store(database: Database, document: object) -> None:
    cast = "CAST(:raw AS JSON)" if database.engine.dialect.name == "postgresql" else ":raw"
    with database.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE clinic_settings SET rule_parameters = {cast} WHERE id = 1"),
            {"raw": json.dumps(document)},
        )


@pytest.mark.parametrize(
    "document",
    [{"v": 1, "parameters": OLD_VALUES}, OLD_VALUES],
    ids=["version 1", "version 0"],
)
def test_old_stored_settings_keep_every_value(
    database: Database, clinic: Clinic, document: object
) -> None:
    rules = RuleSettingsService(database)
    rules.save(make_clinical_lead(database, PRACTITIONER), {}, rules.current(ADMIN).version)
    _store(database, document)
    read = rules.current(ADMIN).parameters
    assert read.to_mapping() == OLD_VALUES
    intervals = PlanService(database).default_intervals(PRACTITIONER)
    assert intervals.microneedling_days == 35
    assert intervals.peel_medium_deep_days == 56
    assert intervals.tca_cross_days == 40


def test_saving_through_the_specs_writes_the_same_keys(database: Database, clinic: Clinic) -> None:
    rules = RuleSettingsService(database)
    lead = make_clinical_lead(database, PRACTITIONER)
    rules.save(lead, OLD_VALUES, rules.current(ADMIN).version)
    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT rule_parameters FROM clinic_settings WHERE id = 1")
        ).scalar_one()
    if isinstance(stored, str):
        stored = json.loads(stored)
    assert stored == {"v": 1, "parameters": OLD_VALUES}
    assert GateParameters.from_mapping(stored["parameters"]) == GateParameters(**OLD_VALUES)


def test_a_value_out_of_a_specs_range_is_refused_by_key(database: Database, clinic: Clinic) -> None:
    from scardesk.domain.errors import ValidationError

    rules = RuleSettingsService(database)
    lead = make_clinical_lead(database, PRACTITIONER)
    before = rules.current(ADMIN)
    with pytest.raises(ValidationError) as caught:
        rules.save(lead, {"tca_cross_days": 0, "isotretinoin_subcision_warn_months": 61}, 0)
    assert set(caught.value.field_errors) == {
        "tca_cross_days",
        "isotretinoin_subcision_warn_months",
    }
    assert rules.current(ADMIN) == before
