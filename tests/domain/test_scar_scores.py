"""Goodman & Baron and ECCA scores, including the published boundaries and maxima."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scardesk.domain.enums import GoodmanBaronGrade
from scardesk.domain.errors import ValidationError
from scardesk.domain.scoring import (
    ECCA_MAX,
    ECCA_WEIGHTS,
    GOODMAN_BARON_GRADE_TEXT,
    GOODMAN_BARON_MAX,
    GOODMAN_BARON_POINTS,
    EccaCounts,
    GoodmanBaronCounts,
    count_multiplier,
    ecca_count_score,
    ecca_score,
    goodman_baron_breakdown,
    goodman_baron_score,
    keloid_points,
)

FAST = settings(max_examples=60, deadline=None)
COUNTS = st.integers(min_value=0, max_value=500)
AREAS = st.floats(min_value=0, max_value=500, allow_nan=False)
GB_COUNTS = st.builds(
    GoodmanBaronCounts, **dict.fromkeys(GOODMAN_BARON_POINTS, COUNTS), keloid_area_cm2=AREAS
)
ECCA = st.builds(EccaCounts, **dict.fromkeys(ECCA_WEIGHTS, COUNTS))


def test_every_qualitative_grade_has_its_defining_text() -> None:
    assert set(GOODMAN_BARON_GRADE_TEXT) == set(GoodmanBaronGrade)


def test_severe_grade_text_says_scars_do_not_flatten_on_stretching() -> None:
    assert "do not flatten" in GOODMAN_BARON_GRADE_TEXT[GoodmanBaronGrade.SEVERE]


@pytest.mark.parametrize(("n", "expected"), [(0, 0), (1, 1), (10, 1), (11, 2), (20, 2), (21, 3)])
def test_goodman_baron_count_multiplier_boundaries(n: int, expected: int) -> None:
    assert count_multiplier(n) == expected


@pytest.mark.parametrize(
    ("area", "expected"), [(0, 0), (0.5, 6), (4.99, 6), (5, 12), (20, 12), (20.01, 18)]
)
def test_keloid_area_boundaries(area: float, expected: int) -> None:
    assert keloid_points(area) == expected


def test_empty_counts_score_zero() -> None:
    assert goodman_baron_score(GoodmanBaronCounts()) == 0


def test_worked_goodman_baron_example() -> None:
    counts = GoodmanBaronCounts(
        macular=5,  # A 1 × 1
        punched_out_shallow_small=12,  # B 2 × 2
        linear_troughed=25,  # C 3 × 3
        papular=1,  # D 2 × 1
        keloid_area_cm2=3.0,  # 6
    )
    assert goodman_baron_score(counts) == 1 + 4 + 9 + 2 + 6


def test_breakdown_shows_each_subtype_and_sums_to_the_score() -> None:
    counts = GoodmanBaronCounts(deep_broad_atrophic=11, keloid_area_cm2=5)
    parts = goodman_baron_breakdown(counts)
    assert parts["deep_broad_atrophic"] == 6
    assert parts["keloid_area_cm2"] == 12
    assert sum(parts.values()) == goodman_baron_score(counts) == 18


def test_goodman_baron_maximum_is_84() -> None:
    worst = GoodmanBaronCounts(**dict.fromkeys(GOODMAN_BARON_POINTS, 21), keloid_area_cm2=21)
    assert goodman_baron_score(worst) == GOODMAN_BARON_MAX == 84


def test_negative_goodman_baron_count_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        GoodmanBaronCounts(papular=-1)
    assert "papular" in caught.value.field_errors


def test_negative_keloid_area_is_refused() -> None:
    with pytest.raises(ValidationError, match="0 cm² or more"):
        GoodmanBaronCounts(keloid_area_cm2=-0.1)


def test_non_finite_keloid_area_is_refused() -> None:
    with pytest.raises(ValidationError):
        keloid_points(float("nan"))


def test_fractional_count_is_refused() -> None:
    with pytest.raises(ValidationError, match="whole number"):
        count_multiplier(2.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("n", "expected"), [(0, 0), (1, 1), (4, 1), (5, 2), (20, 2), (21, 3)])
def test_ecca_count_score_boundaries(n: int, expected: int) -> None:
    assert ecca_count_score(n) == expected


def test_worked_ecca_example() -> None:
    counts = EccaCounts(icepick=3, boxcar=6, rolling=25)
    assert ecca_score(counts) == 15 * 1 + 20 * 2 + 25 * 3


def test_ecca_maximum_is_540() -> None:
    worst = EccaCounts(**dict.fromkeys(ECCA_WEIGHTS, 21))
    assert ecca_score(worst) == ECCA_MAX == 540


def test_negative_ecca_count_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        EccaCounts(rolling=-3)
    assert "rolling" in caught.value.field_errors


def test_negative_count_to_the_multiplier_is_refused() -> None:
    with pytest.raises(ValidationError, match="0 or more"):
        ecca_count_score(-1)


@FAST
@given(GB_COUNTS)
def test_goodman_baron_total_is_within_0_and_84(counts: GoodmanBaronCounts) -> None:
    assert 0 <= goodman_baron_score(counts) <= GOODMAN_BARON_MAX


@FAST
@given(GB_COUNTS, st.sampled_from([*GOODMAN_BARON_POINTS, "keloid_area_cm2"]), COUNTS)
def test_goodman_baron_never_drops_when_one_count_rises(
    counts: GoodmanBaronCounts, field: str, extra: int
) -> None:
    more = dataclasses.replace(counts, **{field: getattr(counts, field) + extra})
    assert goodman_baron_score(more) >= goodman_baron_score(counts)


@FAST
@given(ECCA)
def test_ecca_total_is_within_0_and_540_in_steps_of_5(counts: EccaCounts) -> None:
    total = ecca_score(counts)
    assert 0 <= total <= ECCA_MAX
    assert total % 5 == 0


@FAST
@given(ECCA, st.sampled_from(list(ECCA_WEIGHTS)), COUNTS)
def test_ecca_never_drops_when_one_count_rises(counts: EccaCounts, field: str, extra: int) -> None:
    more = dataclasses.replace(counts, **{field: getattr(counts, field) + extra})
    assert ecca_score(more) >= ecca_score(counts)


@FAST
@given(st.integers(min_value=0), st.integers(min_value=0))
def test_count_scores_are_monotone_and_bounded(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert 0 <= count_multiplier(low) <= count_multiplier(high) <= 3
    assert 0 <= ecca_count_score(low) <= ecca_count_score(high) <= 3


@FAST
@given(AREAS, AREAS)
def test_keloid_points_are_monotone_in_area(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert keloid_points(low) <= keloid_points(high)
    assert keloid_points(high) in {0, 6, 12, 18}


@FAST
@given(st.integers(max_value=-1))
def test_any_negative_count_is_refused(n: int) -> None:
    with pytest.raises(ValidationError):
        count_multiplier(n)
    with pytest.raises(ValidationError):
        ecca_count_score(n)
