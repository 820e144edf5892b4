"""A scar assessment: what the practitioner counted, and the scores computed from it.

Totals are never typed in. The record holds only the inputs (counts per region and per scale
item, keloid area, grade, skin type) and computes the Goodman & Baron and ECCA totals on
demand, so a stored score can always be recomputed and audited (clinical reference §3).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from enum import StrEnum

from scardesk.domain.enums import (
    FacialRegion,
    Fitzpatrick,
    GoodmanBaronGrade,
    Modality,
    ScarType,
    member,
)
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message, _n
from scardesk.domain.modalities import SPECS
from scardesk.domain.scoring import (
    ECCA_WEIGHTS,
    GOODMAN_BARON_POINTS,
    EccaCounts,
    GoodmanBaronCounts,
    ecca_score,
    goodman_baron_score,
)
from scardesk.domain.text_hygiene import TextKind, clean_text

COUNT_MAX = 500  # scars of one kind; more is a typing slip (a face rarely shows 100)
KELOID_AREA_MAX = 600.0  # cm², about the area of a whole face
NOTES_MAX = 4000
SCAR_S_MAX = 5
# A clock a few minutes fast on another workstation must not make "now" look like the future.
FUTURE_TOLERANCE = timedelta(minutes=10)
GB_FIELDS: tuple[str, ...] = (*GOODMAN_BARON_POINTS, "keloid_area_cm2")
ECCA_FIELDS: tuple[str, ...] = tuple(ECCA_WEIGHTS)

# Fitzpatrick skin types [FZ], with the PIH caution the clinic shows for IV–VI.
FITZPATRICK_TEXT: dict[Fitzpatrick, str] = {
    Fitzpatrick.I: _n("Type I: always burns, never tans."),
    Fitzpatrick.II: _n("Type II: burns easily, tans with difficulty."),
    Fitzpatrick.III: _n("Type III: sometimes burns, tans to an average degree."),
    Fitzpatrick.IV: _n("Type IV: rarely burns, tans easily."),
    Fitzpatrick.V: _n("Type V: very rarely burns, tans very easily."),
    Fitzpatrick.VI: _n("Type VI: never burns."),
}
PIH_RISK_TYPES = frozenset({Fitzpatrick.IV, Fitzpatrick.V, Fitzpatrick.VI})
_NEEDS_SKIN_TYPE = frozenset(m for m, spec in SPECS.items() if spec.needs_skin_type)


class Suitability(StrEnum):
    """The practitioner's verdict for one modality; no entry means not yet judged."""

    SUITABLE = "suitable"
    CAUTION = "caution"
    NOT_SUITABLE = "not_suitable"


SUITABILITY_TEXT: dict[Suitability, str] = {
    Suitability.SUITABLE: _n("Suitable"),
    Suitability.CAUTION: _n("Suitable with caution"),
    Suitability.NOT_SUITABLE: _n("Not suitable"),
}


def pih_risk(skin_type: Fitzpatrick | None) -> bool:
    """Types IV–VI carry more risk of post-inflammatory hyperpigmentation after lasers and peels."""
    return skin_type in PIH_RISK_TYPES


@dataclass(frozen=True, slots=True)
class RegionCount:
    region: FacialRegion
    scar_type: ScarType
    count: int


@dataclass(frozen=True, slots=True)
class AssessmentInput:
    """What the assessment form submits. Counts may be any value; validation says what is wrong."""

    assessed_at: datetime
    fitzpatrick: str = ""
    gb_grade: str = ""
    gb_counts: Mapping[str, object] = field(default_factory=dict)
    ecca_counts: Mapping[str, object] = field(default_factory=dict)
    region_counts: Mapping[tuple[str, str], object] = field(default_factory=dict)
    suitability: Mapping[str, str] = field(default_factory=dict)
    scar_s_face: object = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentData:
    """A validated assessment. ``regions`` holds only non-zero counts, in a stable order."""

    assessed_at: datetime
    fitzpatrick: Fitzpatrick | None
    gb_grade: GoodmanBaronGrade | None
    gb_counts: GoodmanBaronCounts
    ecca_counts: EccaCounts
    regions: tuple[RegionCount, ...]
    suitability: Mapping[Modality, Suitability]
    scar_s_face: int | None
    notes: str | None

    @property
    def gb_total(self) -> int:
        return goodman_baron_score(self.gb_counts)

    @property
    def ecca_total(self) -> int:
        return ecca_score(self.ecca_counts)


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """A stored assessment; totals are properties computed from the stored inputs."""

    id: int
    version: int
    patient_id: int
    practitioner_id: int
    data: AssessmentData
    voided_at: datetime | None = None
    void_reason: str | None = None

    @property
    def gb_total(self) -> int:
        return self.data.gb_total

    @property
    def ecca_total(self) -> int:
        return self.data.ecca_total


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One line of the assessment list (no region detail), totals computed by the service."""

    id: int
    version: int
    assessed_at: datetime
    practitioner_id: int
    fitzpatrick: Fitzpatrick | None
    gb_grade: GoodmanBaronGrade | None
    gb_total: int
    ecca_total: int
    voided_at: datetime | None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One assessment on the trend chart, with the photos taken for it."""

    assessment_id: int
    assessed_at: datetime
    gb_total: int
    ecca_total: int
    gb_grade: GoodmanBaronGrade | None
    photo_ids: tuple[int, ...]


def _count(value: object, key: str, errors: dict[str, Message]) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        errors[key] = Message(
            "assessment.count_not_whole", {"value": repr(value), "maximum": COUNT_MAX}
        )
        return 0
    if not 0 <= value <= COUNT_MAX:
        errors[key] = Message(
            "assessment.count_implausible", {"value": value, "maximum": COUNT_MAX}
        )
        return 0
    return value


def _area(value: object, errors: dict[str, Message]) -> float:
    key = "gb.keloid_area_cm2"
    if value is None or value == "":
        return 0.0
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    if not numeric or not math.isfinite(value):  # type: ignore[arg-type]
        errors[key] = Message("assessment.area_not_a_number", {"value": repr(value)})
        return 0.0
    if not 0 <= value <= KELOID_AREA_MAX:  # type: ignore[operator]
        errors[key] = Message(
            "assessment.area_implausible", {"value": value, "maximum": KELOID_AREA_MAX}
        )
        return 0.0
    return float(value)  # type: ignore[arg-type]


def _choice(enum: type[StrEnum], text: str, key: str, errors: dict[str, Message]) -> object:
    value = text.strip()
    if not value:
        return None
    try:
        return member(enum, value)
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        errors[key] = Message(
            "assessment.choice_unknown", {"value": repr(value), "choices": choices}
        )
        return None


def _unknown_keys(
    given: Mapping[str, object], known: tuple[str, ...], prefix: str
) -> dict[str, Message]:
    expected = ", ".join(known)
    return {
        f"{prefix}.{k}": Message("assessment.unknown_item", {"choices": expected})
        for k in given
        if k not in known
    }


#: Regions and scar types in their declared order, for sorting (looked up, not searched).
_REGION_ORDER = {region: n for n, region in enumerate(FacialRegion)}
_SCAR_TYPE_ORDER = {kind: n for n, kind in enumerate(ScarType)}


def validate_assessment(form: AssessmentInput, now: datetime) -> AssessmentData:
    """Check the whole form at once; every bad field gets its own message."""
    errors: dict[str, Message] = {}
    if form.assessed_at.tzinfo is None:
        raise ValueError("a naive datetime has no time zone; pass an aware one")
    if form.assessed_at > now + FUTURE_TOLERANCE:
        errors["assessed_at"] = Message("assessment.in_future")
    skin = _choice(Fitzpatrick, form.fitzpatrick, "fitzpatrick", errors)
    grade = _choice(GoodmanBaronGrade, form.gb_grade, "gb_grade", errors)

    errors.update(_unknown_keys(form.gb_counts, GB_FIELDS, "gb"))
    gb_values = {
        name: _count(form.gb_counts.get(name), f"gb.{name}", errors)
        for name in GOODMAN_BARON_POINTS
    }
    area = _area(form.gb_counts.get("keloid_area_cm2"), errors)
    errors.update(_unknown_keys(form.ecca_counts, ECCA_FIELDS, "ecca"))
    ecca_values = {
        name: _count(form.ecca_counts.get(name), f"ecca.{name}", errors) for name in ECCA_FIELDS
    }

    regions: list[RegionCount] = []
    for (region_text, type_text), value in form.region_counts.items():
        key = f"region.{region_text}.{type_text}"
        region = _choice(FacialRegion, region_text, key, errors)
        scar_type = _choice(ScarType, type_text, key, errors)
        number = _count(value, key, errors)
        if isinstance(region, FacialRegion) and isinstance(scar_type, ScarType) and number:
            regions.append(RegionCount(region, scar_type, number))
    regions.sort(key=lambda r: (_REGION_ORDER[r.region], _SCAR_TYPE_ORDER[r.scar_type]))

    verdicts: dict[Modality, Suitability] = {}
    for modality_text, verdict_text in form.suitability.items():
        key = f"suitability.{modality_text}"
        modality = _choice(Modality, modality_text, key, errors)
        verdict = _choice(Suitability, verdict_text, key, errors)
        if isinstance(modality, Modality) and isinstance(verdict, Suitability):
            verdicts[modality] = verdict
            if (
                skin is None
                and modality in _NEEDS_SKIN_TYPE
                and verdict is not Suitability.NOT_SUITABLE
            ):
                errors[key] = Message("assessment.suitability_needs_skin_type")

    scar_s: int | None = None
    if form.scar_s_face not in (None, ""):
        value = form.scar_s_face
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SCAR_S_MAX:
            errors["scar_s_face"] = Message(
                "assessment.scar_s_invalid", {"value": repr(value), "maximum": SCAR_S_MAX}
            )
        else:
            scar_s = value
    notes: str | None = None
    try:
        notes = clean_text(form.notes, "notes", limit=NOTES_MAX * 4, kind=TextKind.NOTES) or None
    except ValidationError as error:
        errors.update(error.field_messages)
    if notes is not None and len(notes) > NOTES_MAX:
        errors["notes"] = Message(
            "assessment.notes_too_long", {"length": len(notes), "maximum": NOTES_MAX}
        )
    if errors:
        raise ValidationError(errors)
    return AssessmentData(
        assessed_at=form.assessed_at,
        fitzpatrick=skin if isinstance(skin, Fitzpatrick) else None,
        gb_grade=grade if isinstance(grade, GoodmanBaronGrade) else None,
        gb_counts=GoodmanBaronCounts(**gb_values, keloid_area_cm2=area),
        ecca_counts=EccaCounts(**ecca_values),
        regions=tuple(regions),
        suitability=verdicts,
        scar_s_face=scar_s,
        notes=notes,
    )


def ecca_suggestion(regions: tuple[RegionCount, ...]) -> dict[str, int]:
    """ECCA counts pre-filled from the face map, for the practitioner to confirm.

    Hypertrophic scars are left out: ECCA splits them by age (under or over 2 years), which
    the face map does not record.
    """
    mapping = {
        ScarType.ICEPICK: "icepick",
        ScarType.BOXCAR_SHALLOW: "boxcar",
        ScarType.BOXCAR_DEEP: "boxcar",
        ScarType.ROLLING: "rolling",
        ScarType.KELOID: "keloid_or_old_hypertrophic",
    }
    totals = dict.fromkeys(ECCA_FIELDS, 0)
    for item in regions:
        name = mapping.get(item.scar_type)
        if name is not None:
            totals[name] += item.count
    return totals


def counts_as_dict(counts: GoodmanBaronCounts | EccaCounts) -> dict[str, object]:
    """The counts as a plain mapping, e.g. to pre-fill an amendment form."""
    return {item.name: getattr(counts, item.name) for item in fields(counts)}
