"""Labels for the assessment screens, translatable, in one place so the editor and list agree.

The clinical definitions themselves (grade texts, skin types) live in the domain, which is
their single source; they are passed through the translator here so a translation can follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from scardesk.domain.assessment import FITZPATRICK_TEXT, SUITABILITY_TEXT, Suitability
from scardesk.domain.enums import Fitzpatrick, GoodmanBaronGrade, ScarType
from scardesk.domain.scoring import GOODMAN_BARON_GRADE_TEXT

if TYPE_CHECKING:
    # PySide6's stub says QT_TRANSLATE_NOOP returns ``object``; it returns ``message`` untouched.
    # The name stays QT_TRANSLATE_NOOP so translation tools still find the marked texts.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


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
    return QCoreApplication.translate("Assessment", GOODMAN_BARON_GRADE_TEXT[grade])


def fitzpatrick_text(skin: Fitzpatrick) -> str:
    return QCoreApplication.translate("Assessment", FITZPATRICK_TEXT[skin])


def suitability_label(verdict: Suitability) -> str:
    return QCoreApplication.translate("Assessment", SUITABILITY_TEXT[verdict])


# Goodman & Baron quantitative subtypes by category, with their points [GB2].
GB_CATEGORIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Assessment", "A · milder (1 point)"),
        (
            ("macular", QT_TRANSLATE_NOOP("Assessment", "Macular erythematous or pigmented")),
            ("mildly_atrophic_dish", QT_TRANSLATE_NOOP("Assessment", "Mildly atrophic, dish-like")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Assessment", "B · moderate (2 points)"),
        (
            (
                "moderately_atrophic_dish",
                QT_TRANSLATE_NOOP("Assessment", "Moderately atrophic, dish-like"),
            ),
            (
                "punched_out_shallow_small",
                QT_TRANSLATE_NOOP("Assessment", "Punched out, shallow bases, small (< 5 mm)"),
            ),
            (
                "shallow_broad_atrophic",
                QT_TRANSLATE_NOOP("Assessment", "Shallow but broad atrophic areas"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Assessment", "C · severe (3 points)"),
        (
            (
                "punched_out_deep_normal_base",
                QT_TRANSLATE_NOOP("Assessment", "Punched out, deep normal bases, small (< 5 mm)"),
            ),
            (
                "punched_out_deep_abnormal_base",
                QT_TRANSLATE_NOOP("Assessment", "Punched out, deep abnormal bases, small (< 5 mm)"),
            ),
            (
                "linear_troughed",
                QT_TRANSLATE_NOOP("Assessment", "Linear or troughed dermal scarring"),
            ),
            ("deep_broad_atrophic", QT_TRANSLATE_NOOP("Assessment", "Deep, broad atrophic areas")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Assessment", "D · hyperplastic (2 points)"),
        (("papular", QT_TRANSLATE_NOOP("Assessment", "Papular scars")),),
    ),
)

ECCA_ITEMS: tuple[tuple[str, str], ...] = (
    ("icepick", QT_TRANSLATE_NOOP("Assessment", "V-shaped atrophic, < 2 mm (icepick) · ×15")),
    (
        "boxcar",
        QT_TRANSLATE_NOOP("Assessment", "U-shaped atrophic, 2–4 mm, sharp edges (boxcar) · ×20"),
    ),
    (
        "rolling",
        QT_TRANSLATE_NOOP("Assessment", "M-shaped atrophic, > 4 mm, superficial (rolling) · ×25"),
    ),
    ("superficial_elastolysis", QT_TRANSLATE_NOOP("Assessment", "Superficial elastolysis · ×30")),
    (
        "hypertrophic_young",
        QT_TRANSLATE_NOOP("Assessment", "Hypertrophic inflammatory, < 2 years old · ×40"),
    ),
    (
        "keloid_or_old_hypertrophic",
        QT_TRANSLATE_NOOP("Assessment", "Keloid, or hypertrophic > 2 years old · ×50"),
    ),
)


def tr(text: str) -> str:
    """Translate one of the literal tables above at the moment it is shown."""
    return _t(text)
