"""Gate results, overrides, stored parameters and the gate's handling of a failing rule."""

from __future__ import annotations

import pytest

from scardesk.domain.enums import Modality
from scardesk.domain.errors import SafetyBlockError, ValidationError
from scardesk.domain.safety import Finding, GateParameters, GateResult, Level, Override, evaluate
from tests.domain.safety_helpers import CLEAR, DEFAULTS, ON, plan

TOXIN = Modality.TOXIN


BLOCKING = Finding("a", Level.BLOCK, "blocks.", {"x": "1"}, "s")
OVERRIDABLE = Finding("b", Level.NEEDS_OVERRIDE, "needs a reason.", {"x": "1"}, "s")
WARNING = Finding("c", Level.WARN, "careful.", {"x": "1"}, "s")


def test_result_splits_findings_by_level() -> None:
    result = GateResult((BLOCKING, OVERRIDABLE, WARNING))
    assert (result.blocked, result.needs_override, result.warnings) == (
        (BLOCKING,),
        (OVERRIDABLE,),
        (WARNING,),
    )


def test_warnings_alone_let_the_session_proceed() -> None:
    assert GateResult((WARNING,)).can_proceed(set())


def test_needs_override_proceeds_only_once_overridden() -> None:
    result = GateResult((OVERRIDABLE, WARNING))
    assert not result.can_proceed(set())
    assert result.can_proceed({"b"})


def test_a_block_cannot_be_overridden() -> None:
    result = GateResult((BLOCKING,))
    assert not result.can_proceed({"a"})
    with pytest.raises(SafetyBlockError, match="blocks"):
        result.raise_unless_can_proceed({"a"})


def test_override_needs_a_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        Override("toxin_cap", "   ")
    assert "reason" in caught.value.field_errors
    assert (
        Override("toxin_cap", "  documented off-label plan ").reason == "documented off-label plan"
    )


def test_parameter_defaults_are_the_references() -> None:
    assert DEFAULTS.to_mapping() == {
        "toxin_retreatment_days": 84,
        "toxin_review_days": 14,
        "toxin_cap_units": 400,
        "toxin_cap_window_days": 90,
        "toxin_max_units_per_point": 10,
        "microneedling_days": 28,
        "fractional_laser_days": 28,
        "peel_superficial_days": 14,
        "peel_medium_deep_days": 28,
        "subcision_days": 28,  # about 4–6 weeks [SU]
        "tca_cross_days": 28,  # about 4–6 weeks [TC]
        "isotretinoin_fully_ablative_laser_months": 6,
        "isotretinoin_medium_deep_peel_months": 6,
        "isotretinoin_tca_cross_months": 6,
        "isotretinoin_subcision_warn_months": 6,
        "history_review_days": 180,
        "sun_avoidance_days": 7,
        "retinoid_stop_days_microneedling": 2,
        "retinoid_stop_days_laser": 1,
        "retinoid_stop_days_peel": 5,
    }


def test_empty_stored_mapping_means_defaults() -> None:
    assert GateParameters.from_mapping({}) == DEFAULTS


def test_invalid_stored_parameters_name_every_wrong_field() -> None:
    with pytest.raises(ValidationError) as caught:
        GateParameters.from_mapping(
            {"toxin_cap_units": 0, "toxn_cap": 5, "sun_avoidance_days": "7"}
        )
    assert set(caught.value.field_errors) == {"toxin_cap_units", "toxn_cap", "sun_avoidance_days"}
    assert "from 1 to 10000" in caught.value.field_errors["toxin_cap_units"]
    assert "unknown setting" in caught.value.field_errors["toxn_cap"]


def test_a_failing_rule_becomes_a_block_not_a_crash_or_a_pass() -> None:
    def broken(*_: object) -> list[Finding]:
        raise RuntimeError("bug")

    result = evaluate(plan(TOXIN), CLEAR, DEFAULTS, ON, rules=[broken])
    assert [(f.rule_code, f.level) for f in result.findings] == [
        ("rule_failed.broken", Level.BLOCK)
    ]
