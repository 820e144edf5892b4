"""Labels for the assessment screens, translatable, in one place so the editor and list agree.

The clinical definitions themselves (grade texts, skin types) live in the domain, which is
their single source; they are passed through the translator here so a translation can follow.
"""

from __future__ import annotations

from scardesk.domain.assessment import FITZPATRICK_TEXT, SUITABILITY_TEXT, Suitability
from scardesk.domain.enums import Fitzpatrick, GoodmanBaronGrade, ScarType
from scardesk.domain.scoring import GOODMAN_BARON_GRADE_TEXT
from scardesk.ui.tr import _n, _t


def scar_type_label(scar_type: ScarType) -> str:
    return {
        ScarType.ICEPICK: _t("Icepick"),
        ScarType.BOXCAR_SHALLOW: _t("Boxcar, shallow"),
        ScarType.BOXCAR_DEEP: _t("Boxcar, deep"),
        ScarType.ROLLING: _t("Rolling"),
        ScarType.HYPERTROPHIC: _t("Hypertrophic"),
        ScarType.KELOID: _t("Keloid"),
        ScarType.MACULAR: _t("Macular"),
    }[scar_type]


def scar_type_hint(scar_type: ScarType) -> str:
    """Jacob, Dover & Kaminer's description, shown as a tooltip beside each count."""
    return {
        ScarType.ICEPICK: _t("Narrow (< 2 mm), deep, sharp-edged, V-shaped"),
        ScarType.BOXCAR_SHALLOW: _t("Round or oval, sharp edges, 1.5–4 mm wide, 0.1–0.5 mm deep"),
        ScarType.BOXCAR_DEEP: _t("Round or oval, sharp edges, 1.5–4 mm wide, ≥ 0.5 mm deep"),
        ScarType.ROLLING: _t("Wide (> 4–5 mm), undulating, tethered; M-shaped"),
        ScarType.HYPERTROPHIC: _t("Raised, stays within the original lesion"),
        ScarType.KELOID: _t("Raised, grows beyond the original lesion"),
        ScarType.MACULAR: _t("Flat red or pigmented mark: colour, not contour"),
    }[scar_type]


def grade_title(grade: GoodmanBaronGrade) -> str:
    return {
        GoodmanBaronGrade.MACULAR: _t("1 · Macular"),
        GoodmanBaronGrade.MILD: _t("2 · Mild"),
        GoodmanBaronGrade.MODERATE: _t("3 · Moderate"),
        GoodmanBaronGrade.SEVERE: _t("4 · Severe"),
    }[grade]


def grade_text(grade: GoodmanBaronGrade) -> str:
    return _t(GOODMAN_BARON_GRADE_TEXT[grade])


def fitzpatrick_text(skin: Fitzpatrick) -> str:
    return _t(FITZPATRICK_TEXT[skin])


def suitability_label(verdict: Suitability) -> str:
    return _t(SUITABILITY_TEXT[verdict])


# Goodman & Baron quantitative subtypes by category, with their points [GB2].
GB_CATEGORIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        _n("A · milder (1 point)"),
        (
            ("macular", _n("Macular erythematous or pigmented")),
            ("mildly_atrophic_dish", _n("Mildly atrophic, dish-like")),
        ),
    ),
    (
        _n("B · moderate (2 points)"),
        (
            (
                "moderately_atrophic_dish",
                _n("Moderately atrophic, dish-like"),
            ),
            (
                "punched_out_shallow_small",
                _n("Punched out, shallow bases, small (< 5 mm)"),
            ),
            (
                "shallow_broad_atrophic",
                _n("Shallow but broad atrophic areas"),
            ),
        ),
    ),
    (
        _n("C · severe (3 points)"),
        (
            (
                "punched_out_deep_normal_base",
                _n("Punched out, deep normal bases, small (< 5 mm)"),
            ),
            (
                "punched_out_deep_abnormal_base",
                _n("Punched out, deep abnormal bases, small (< 5 mm)"),
            ),
            (
                "linear_troughed",
                _n("Linear or troughed dermal scarring"),
            ),
            ("deep_broad_atrophic", _n("Deep, broad atrophic areas")),
        ),
    ),
    (
        _n("D · hyperplastic (2 points)"),
        (("papular", _n("Papular scars")),),
    ),
)

ECCA_ITEMS: tuple[tuple[str, str], ...] = (
    ("icepick", _n("V-shaped atrophic, < 2 mm (icepick) · ×15")),
    (
        "boxcar",
        _n("U-shaped atrophic, 2–4 mm, sharp edges (boxcar) · ×20"),
    ),
    (
        "rolling",
        _n("M-shaped atrophic, > 4 mm, superficial (rolling) · ×25"),
    ),
    ("superficial_elastolysis", _n("Superficial elastolysis · ×30")),
    (
        "hypertrophic_young",
        _n("Hypertrophic inflammatory, < 2 years old · ×40"),
    ),
    (
        "keloid_or_old_hypertrophic",
        _n("Keloid, or hypertrophic > 2 years old · ×50"),
    ),
)
