"""Acne-scar scoring scales with fixed published formulas (clinical reference §3).

The per-subtype counts are stored alongside each total so any score can be recomputed and
audited later; that is why the counts are records of their own rather than just inputs.
Goodman & Baron defined no severity bands on the quantitative total, so none are offered here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from scardesk.domain.enums import GoodmanBaronGrade
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message, _n

# Goodman & Baron qualitative grading [GB1]: the worst clinically relevant scarring decides,
# judged at a social distance of 50 cm.
GOODMAN_BARON_GRADE_TEXT: dict[GoodmanBaronGrade, str] = {
    GoodmanBaronGrade.MACULAR: (
        _n(
            "Macular disease: erythematous, hyper- or hypopigmented flat marks; a change of "
            "colour, not of contour."
        )
    ),
    GoodmanBaronGrade.MILD: (
        _n(
            "Mild disease: mild atrophy or hypertrophy that may not be obvious at a social "
            "distance of 50 cm or more and is covered adequately by makeup or the normal shadow of"
            " a beard."
        )
    ),
    GoodmanBaronGrade.MODERATE: (
        _n(
            "Moderate disease: atrophy or hypertrophy obvious at a social distance of 50 cm or "
            "more, not easily covered by makeup or beard shadow, but atrophic scars flatten when "
            "the skin is manually stretched."
        )
    ),
    GoodmanBaronGrade.SEVERE: (
        _n(
            "Severe disease: atrophy or hypertrophy obvious at a social distance of 50 cm or more, "
            "not easily covered by makeup or beard shadow, and atrophic scars do not flatten when "
            "the skin is manually stretched."
        )
    ),
}

GOODMAN_BARON_MAX = 84
ECCA_MAX = 540


def _check_count(value: object, field: str) -> int:
    # bool is an int subclass; a tick box passed as a count is a bug worth catching.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError({field: Message("scoring.count_not_whole", {"value": repr(value)})})
    if value < 0:
        raise ValidationError({field: Message("scoring.count_negative", {"value": value})})
    return value


@dataclass(frozen=True, slots=True)
class GoodmanBaronCounts:
    """Scar counts per Goodman & Baron quantitative subtype [GB2], and the keloid area in cm².

    Category A (1 point each subtype), B (2), C (3), D papular (2); keloidal/hypertrophic
    scars are scored by area, not count. Counts default to 0 so a form fills only what it saw.
    """

    # A: milder
    macular: int = 0
    mildly_atrophic_dish: int = 0
    # B: moderate
    moderately_atrophic_dish: int = 0
    punched_out_shallow_small: int = 0
    shallow_broad_atrophic: int = 0
    # C: severe
    punched_out_deep_normal_base: int = 0
    punched_out_deep_abnormal_base: int = 0
    linear_troughed: int = 0
    deep_broad_atrophic: int = 0
    # D: hyperplastic
    papular: int = 0
    keloid_area_cm2: float = 0.0

    def __post_init__(self) -> None:
        for name in GOODMAN_BARON_POINTS:
            _check_count(getattr(self, name), name)
        _check_area(self.keloid_area_cm2)


# Points per counted subtype; the keloid area is scored separately by keloid_points().
GOODMAN_BARON_POINTS: dict[str, int] = {
    "macular": 1,
    "mildly_atrophic_dish": 1,
    "moderately_atrophic_dish": 2,
    "punched_out_shallow_small": 2,
    "shallow_broad_atrophic": 2,
    "punched_out_deep_normal_base": 3,
    "punched_out_deep_abnormal_base": 3,
    "linear_troughed": 3,
    "deep_broad_atrophic": 3,
    "papular": 2,
}


def _check_area(area: object) -> float:
    field = "keloid_area_cm2"
    if isinstance(area, bool) or not isinstance(area, int | float) or not math.isfinite(area):
        raise ValidationError({field: Message("scoring.area_not_a_number", {"value": repr(area)})})
    if area < 0:
        raise ValidationError({field: Message("scoring.area_negative", {"value": area})})
    return float(area)


def count_multiplier(n: int) -> int:
    """Goodman & Baron count multiplier: 0 scars → 0, 1–10 → 1, 11–20 → 2, more than 20 → 3."""
    n = _check_count(n, "count")
    if n == 0:
        return 0
    if n <= 10:
        return 1
    return 2 if n <= 20 else 3


def keloid_points(area_cm2: float) -> int:
    """Keloidal/hypertrophic points by area: none → 0, < 5 cm² → 6, 5–20 cm² → 12, > 20 → 18.

    Both 5 and 20 cm² fall in the middle band, as the paper's "5–20 cm²" reads inclusively.
    """
    area = _check_area(area_cm2)
    if area == 0:
        return 0
    if area < 5:
        return 6
    return 12 if area <= 20 else 18


def goodman_baron_breakdown(counts: GoodmanBaronCounts) -> dict[str, int]:
    """Points contributed by each subtype (and ``keloid_area_cm2``), for showing the working."""
    parts = {
        name: points * count_multiplier(getattr(counts, name))
        for name, points in GOODMAN_BARON_POINTS.items()
    }
    parts["keloid_area_cm2"] = keloid_points(counts.keloid_area_cm2)
    return parts


def goodman_baron_score(counts: GoodmanBaronCounts) -> int:
    """The quantitative total, 0 to 84."""
    return sum(goodman_baron_breakdown(counts).values())


@dataclass(frozen=True, slots=True)
class EccaCounts:
    """Scar counts per ECCA item [EC]; the weight of each item is in ECCA_WEIGHTS."""

    icepick: int = 0
    boxcar: int = 0
    rolling: int = 0
    superficial_elastolysis: int = 0
    hypertrophic_young: int = 0
    keloid_or_old_hypertrophic: int = 0

    def __post_init__(self) -> None:
        for item in fields(self):
            _check_count(getattr(self, item.name), item.name)


ECCA_WEIGHTS: dict[str, int] = {
    "icepick": 15,  # V-shaped atrophic, < 2 mm
    "boxcar": 20,  # U-shaped atrophic, 2–4 mm, sharp edges
    "rolling": 25,  # M-shaped atrophic, > 4 mm, superficial, irregular
    "superficial_elastolysis": 30,
    "hypertrophic_young": 40,  # hypertrophic inflammatory, younger than 2 years
    "keloid_or_old_hypertrophic": 50,  # keloid, or hypertrophic older than 2 years
}


def ecca_count_score(n: int) -> int:
    """ECCA semi-quantitative count: 0 → 0, fewer than 5 → 1, 5 to 20 → 2, more than 20 → 3."""
    n = _check_count(n, "count")
    if n == 0:
        return 0
    if n < 5:
        return 1
    return 2 if n <= 20 else 3


def ecca_score(counts: EccaCounts) -> int:
    """The ECCA total, 0 to 540: the sum of weight × count score over the six items."""
    return sum(
        weight * ecca_count_score(getattr(counts, name)) for name, weight in ECCA_WEIGHTS.items()
    )
