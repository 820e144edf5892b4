"""The skin rules (herpes, keloid, skin type, sun, retinoids, intervals) at their boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from scardesk.domain.enums import Answer, Fitzpatrick, HistoryFact, Modality, PeelDepth
from scardesk.domain.safety import PlannedTreatment, PreviousSession, evaluate
from scardesk.domain.safety.findings import Level
from tests.domain.safety_helpers import (
    CLEAR,
    DEFAULTS,
    LASER,
    NEEDLING,
    ON,
    PEEL,
    TOXIN,
    answered,
    finding,
    found,
    plan,
    sessions,
    without,
)

FULLY = {"laser_ablative": True, "laser_fully_ablative": True}


# --- herpes simplex ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("planned", "code", "level"),
    [
        (plan(LASER, laser_ablative=True), "herpes_simplex.fractional_laser", Level.NEEDS_OVERRIDE),
        (plan(LASER, **FULLY), "herpes_simplex.fractional_laser", Level.NEEDS_OVERRIDE),
        (
            plan(PEEL, peel_depth=PeelDepth.MEDIUM),
            "herpes_simplex.chemical_peel",
            Level.NEEDS_OVERRIDE,
        ),
        (
            plan(PEEL, peel_depth=PeelDepth.DEEP),
            "herpes_simplex.chemical_peel",
            Level.NEEDS_OVERRIDE,
        ),
        (plan(NEEDLING), "herpes_simplex.microneedling", Level.WARN),
    ],
)
def test_herpes_history_without_antiviral_is_flagged(
    planned: PlannedTreatment, code: str, level: Level
) -> None:
    facts = answered(HistoryFact.HERPES_SIMPLEX, Answer.YES)
    assert found(planned, facts) == {code: level}
    assert found(replace(planned, antiviral_prophylaxis=True), facts) == {}


@pytest.mark.parametrize(
    "planned",
    [plan(LASER, laser_ablative=False), plan(PEEL), plan(TOXIN)],
    ids=["nonablative laser", "superficial peel", "toxin"],
)
def test_herpes_history_needs_no_antiviral_for_gentler_procedures(
    planned: PlannedTreatment,
) -> None:
    assert found(planned, answered(HistoryFact.HERPES_SIMPLEX, Answer.YES)) == {}


def test_unknown_herpes_history_is_no_finding_once_prophylaxis_is_recorded() -> None:
    planned = plan(LASER, antiviral_prophylaxis=True, **FULLY)
    assert found(planned, without(HistoryFact.HERPES_SIMPLEX)) == {}


# --- keloid tendency and skin type ------------------------------------------------------


@pytest.mark.parametrize(
    ("depth", "level"),
    [
        (PeelDepth.SUPERFICIAL, Level.WARN),
        (PeelDepth.MEDIUM, Level.WARN),
        (PeelDepth.DEEP, Level.BLOCK),
    ],
)
def test_keloid_tendency_blocks_only_deep_peels(depth: PeelDepth, level: Level) -> None:
    facts = answered(HistoryFact.KELOID_TENDENCY, Answer.YES)
    assert found(plan(PEEL, peel_depth=depth), facts) == {"keloid_tendency.chemical_peel": level}


def test_unknown_keloid_tendency_before_deep_peel_needs_override() -> None:
    facts = answered(HistoryFact.KELOID_TENDENCY, Answer.UNKNOWN)
    codes = found(plan(PEEL, peel_depth=PeelDepth.DEEP), facts)
    assert codes == {"keloid_tendency.chemical_peel": Level.NEEDS_OVERRIDE}


@pytest.mark.parametrize("modality", [LASER, PEEL])
def test_no_skin_type_blocks_laser_and_peel(modality: Modality) -> None:
    facts = replace(CLEAR, fitzpatrick=None)
    assert found(plan(modality), facts) == {f"skin_type_missing.{modality.value}": Level.BLOCK}


@pytest.mark.parametrize("modality", [TOXIN, NEEDLING])
def test_no_skin_type_does_not_stop_toxin_or_microneedling(modality: Modality) -> None:
    assert found(plan(modality), replace(CLEAR, fitzpatrick=None)) == {}


@pytest.mark.parametrize("skin", list(Fitzpatrick))
@pytest.mark.parametrize("modality", [LASER, PEEL])
def test_types_iv_to_vi_warn_of_pih_and_prompt_a_test_spot(
    skin: Fitzpatrick, modality: Modality
) -> None:
    result = evaluate(plan(modality), replace(CLEAR, fitzpatrick=skin), DEFAULTS, ON)
    dark = skin in {Fitzpatrick.IV, Fitzpatrick.V, Fitzpatrick.VI}
    assert [f.level for f in result.findings] == ([Level.WARN] if dark else [])
    if dark:
        assert "test spot" in result.findings[0].message
        assert "hyperpigmentation" in result.findings[0].message


def test_keloid_laser_warning_mentions_dark_skin_type() -> None:
    facts = replace(answered(HistoryFact.KELOID_TENDENCY, Answer.YES), fitzpatrick=Fitzpatrick.V)
    assert "skin type V" in finding("keloid_tendency.fractional_laser", plan(LASER), facts).message


# --- sun, retinoids ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_ago", "level"), [(0, Level.NEEDS_OVERRIDE), (6, Level.NEEDS_OVERRIDE), (7, Level.WARN)]
)
@pytest.mark.parametrize("modality", [LASER, PEEL])
def test_sun_exposure_needs_override_within_a_week_then_warns(
    days_ago: int, level: Level, modality: Modality
) -> None:
    facts = answered(HistoryFact.RECENT_SUN_EXPOSURE, Answer.YES, ON - timedelta(days=days_ago))
    assert found(plan(modality), facts) == {f"sun_exposure.{modality.value}": level}


@pytest.mark.parametrize(("modality", "stop_days"), [(NEEDLING, 2), (LASER, 1), (PEEL, 5)])
def test_topical_retinoids_warn_until_stopped_long_enough(
    modality: Modality, stop_days: int
) -> None:
    code = f"topical_retinoids.{modality.value}"
    early = answered(HistoryFact.TOPICAL_RETINOIDS, Answer.YES, ON - timedelta(days=stop_days - 1))
    enough = answered(HistoryFact.TOPICAL_RETINOIDS, Answer.YES, ON - timedelta(days=stop_days))
    assert found(plan(modality), early) == {code: Level.WARN}
    assert found(plan(modality), enough) == {}


def test_retinoid_warning_says_how_long_to_stop() -> None:
    facts = answered(HistoryFact.TOPICAL_RETINOIDS, Answer.YES)
    message = finding("topical_retinoids.fractional_laser", plan(LASER), facts).message
    assert "at least 1 day before" in message


# --- intervals between skin sessions ----------------------------------------------------


@pytest.mark.parametrize(
    ("modality", "previous_depth", "planned_depth", "limit"),
    [
        (NEEDLING, None, PeelDepth.SUPERFICIAL, 28),
        (LASER, None, PeelDepth.SUPERFICIAL, 28),
        (PEEL, PeelDepth.SUPERFICIAL, PeelDepth.SUPERFICIAL, 14),
        (PEEL, PeelDepth.MEDIUM, PeelDepth.MEDIUM, 28),
        (PEEL, PeelDepth.MEDIUM, PeelDepth.SUPERFICIAL, 28),
        (PEEL, PeelDepth.SUPERFICIAL, PeelDepth.DEEP, 28),
        (PEEL, None, PeelDepth.SUPERFICIAL, 28),
    ],
)
def test_same_modality_sooner_than_its_interval_warns(
    modality: Modality, previous_depth: PeelDepth | None, planned_depth: PeelDepth, limit: int
) -> None:
    code = f"interval.{modality.value}"
    planned = plan(modality, peel_depth=planned_depth)
    for gap, expected in ((limit - 1, {code: Level.WARN}), (limit, {})):
        previous = PreviousSession(ON - timedelta(days=gap), modality, peel_depth=previous_depth)
        codes = found(planned, sessions(previous))
        assert {k: v for k, v in codes.items() if k.startswith("interval")} == expected
