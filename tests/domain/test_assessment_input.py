"""Assessment form validation and the scores computed from its inputs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.assessment import (
    ECCA_FIELDS,
    FITZPATRICK_TEXT,
    GB_FIELDS,
    AssessmentInput,
    RegionCount,
    Suitability,
    ecca_suggestion,
    pih_risk,
    validate_assessment,
)
from scardesk.domain.enums import FacialRegion, Fitzpatrick, Modality, ScarType
from scardesk.domain.errors import ValidationError
from scardesk.domain.scoring import GOODMAN_BARON_POINTS, ecca_score, goodman_baron_score

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def form(**values: object) -> AssessmentInput:
    return AssessmentInput(assessed_at=values.pop("assessed_at", NOW), **values)  # type: ignore[arg-type]


def test_worked_example_totals_are_computed_from_the_counts() -> None:
    # GB: 12 macular (1×2) + 5 punched-out shallow (2×1) + 25 deep broad (3×3) + 8 cm² keloid (12)
    # ECCA: 3 icepick (15×1) + 8 boxcar (20×2) + 30 rolling (25×3)
    data = validate_assessment(
        form(
            gb_counts={
                "macular": 12,
                "punched_out_shallow_small": 5,
                "deep_broad_atrophic": 25,
                "keloid_area_cm2": 8.0,
            },
            ecca_counts={"icepick": 3, "boxcar": 8, "rolling": 30},
        ),
        NOW,
    )
    assert data.gb_total == 2 + 2 + 9 + 12
    assert data.ecca_total == 15 + 40 + 75


def test_every_bad_field_gets_its_own_message() -> None:
    bad = form(
        assessed_at=NOW + timedelta(days=1),
        fitzpatrick="VII",
        gb_grade="5",
        gb_counts={"macular": -1, "keloid_area_cm2": float("nan"), "made_up": 1},
        ecca_counts={"boxcar": 2.5},
        region_counts={("cheek_left", "icepick"): 501, ("ear", "icepick"): 1},
        suitability={"toxin": "maybe"},
        scar_s_face=6,
        notes="n" * 4001,
    )
    with pytest.raises(ValidationError) as raised:
        validate_assessment(bad, NOW)
    assert set(raised.value.field_errors) == {
        "assessed_at",
        "fitzpatrick",
        "gb_grade",
        "gb.macular",
        "gb.keloid_area_cm2",
        "gb.made_up",
        "ecca.boxcar",
        "region.cheek_left.icepick",
        "region.ear.icepick",
        "suitability.toxin",
        "scar_s_face",
        "notes",
    }
    assert all("expected" in m or "choose" in m for m in raised.value.field_errors.values())


def test_laser_suitability_needs_the_skin_type() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_assessment(form(suitability={"fractional_laser": "suitable"}), NOW)
    assert "Fitzpatrick" in raised.value.field_errors["suitability.fractional_laser"]
    data = validate_assessment(
        form(fitzpatrick="IV", suitability={"fractional_laser": "caution"}), NOW
    )
    assert data.suitability == {Modality.FRACTIONAL_LASER: Suitability.CAUTION}


def test_region_counts_keep_only_scars_that_were_seen_in_face_order() -> None:
    data = validate_assessment(
        form(
            region_counts={
                ("chin", "rolling"): 2,
                ("forehead", "icepick"): 0,
                ("cheek_left", "boxcar_deep"): 4,
            }
        ),
        NOW,
    )
    assert data.regions == (
        RegionCount(FacialRegion.CHEEK_LEFT, ScarType.BOXCAR_DEEP, 4),
        RegionCount(FacialRegion.CHIN, ScarType.ROLLING, 2),
    )


def test_every_skin_type_has_its_description_and_iv_to_vi_carry_pih_risk() -> None:
    assert set(FITZPATRICK_TEXT) == set(Fitzpatrick)
    assert [t for t in Fitzpatrick if pih_risk(t)] == [
        Fitzpatrick.IV,
        Fitzpatrick.V,
        Fitzpatrick.VI,
    ]
    assert not pih_risk(None)


def test_ecca_suggestion_adds_boxcar_depths_and_leaves_hypertrophic_out() -> None:
    regions = (
        RegionCount(FacialRegion.CHEEK_LEFT, ScarType.BOXCAR_SHALLOW, 3),
        RegionCount(FacialRegion.CHEEK_RIGHT, ScarType.BOXCAR_DEEP, 4),
        RegionCount(FacialRegion.CHIN, ScarType.HYPERTROPHIC, 2),
    )
    suggestion = ecca_suggestion(regions)
    assert suggestion["boxcar"] == 7 and sum(suggestion.values()) == 7


_gb = st.fixed_dictionaries(
    {name: st.integers(0, 500) for name in GOODMAN_BARON_POINTS},
    optional={"keloid_area_cm2": st.floats(0, 600, allow_nan=False)},
)
_ecca = st.fixed_dictionaries({name: st.integers(0, 500) for name in ECCA_FIELDS})


@settings(max_examples=80, deadline=None)
@given(gb=_gb, ecca=_ecca)
def test_totals_always_equal_the_published_formulas_and_stay_in_range(
    gb: dict[str, object], ecca: dict[str, object]
) -> None:
    data = validate_assessment(form(gb_counts=gb, ecca_counts=ecca), NOW)
    assert data.gb_total == goodman_baron_score(data.gb_counts)
    assert data.ecca_total == ecca_score(data.ecca_counts)
    assert 0 <= data.gb_total <= 84 and 0 <= data.ecca_total <= 540


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(GB_FIELDS[:-1]),
    value=st.one_of(
        st.integers(max_value=-1), st.integers(min_value=501), st.booleans(), st.text(min_size=1)
    ),
)
def test_any_impossible_count_is_refused_under_its_own_field(name: str, value: object) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_assessment(form(gb_counts={name: value}), NOW)
    assert set(raised.value.field_errors) == {f"gb.{name}"}
