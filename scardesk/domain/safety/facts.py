"""What the safety gate reads: the plan, the patient's facts and the clinic's parameters.

These records are built by the sessions service from the database and handed to
:func:`scardesk.domain.safety.gate.evaluate`. They hold only what the rules need, so the gate
stays a pure function that tests can drive with any combination of facts.

Missing information is represented explicitly (``None``, an absent history entry, an empty set)
rather than defaulted to a reassuring value: the rules turn missing data into findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    Fitzpatrick,
    HistoryFact,
    Modality,
    PeelDepth,
)
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import MAX_INTERVAL_DAYS, IntervalSettings
from scardesk.domain.products import LotRecord


@dataclass(frozen=True, slots=True)
class ToxinDose:
    """One toxin entry of a session as the dose and lot rules see it: one vial opened.

    ``number`` counts the session's toxin entries from 1, as the form shows them.
    ``units_per_vial`` is the catalogue's vial size for the product (``None`` when the
    product is unknown); ``vial_units`` is the size recorded on the entry. ``lot`` is the
    lot as stored, whatever its state, or ``None`` when no existing lot was chosen: the
    rules say why it cannot be used rather than the form quietly dropping it.
    """

    number: int
    product_id: int
    product: str
    units_per_vial: int | None
    vial_units: float
    given_units: float
    waste_units: float
    point_units: tuple[float, ...] = ()
    lot: LotRecord | None = None

    @property
    def drawn_units(self) -> float:
        """What left the vial: the units given and the units wasted."""
        return self.given_units + self.waste_units


@dataclass(frozen=True, slots=True)
class PlannedTreatment:
    """The modalities of one session and the details the rules depend on.

    ``laser_ablative`` is true for any ablative laser (fractional ablative included);
    ``laser_fully_ablative`` only for full-field resurfacing, which the 2017 isotretinoin
    consensus treats differently. ``None`` means "not recorded yet", never "no".
    ``toxin_product`` names the product because toxin units of different brands cannot be added.
    ``toxin_doses`` holds each toxin entry's vial, lot and points once the session is charted.
    """

    modalities: frozenset[Modality] = frozenset()
    laser_ablative: bool | None = None
    laser_fully_ablative: bool | None = None
    peel_depth: PeelDepth | None = None
    toxin_units: int | None = None
    toxin_product: str | None = None
    antiviral_prophylaxis: bool = False
    toxin_doses: tuple[ToxinDose, ...] = ()  # empty when booking: no vial is open yet

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        if self.toxin_units is not None and self.toxin_units < 0:
            errors["toxin_units"] = f"{self.toxin_units} units: expected 0 or more"
        if self.laser_fully_ablative is True and self.laser_ablative is False:
            errors["laser_fully_ablative"] = (
                "marked fully ablative but not ablative: a fully ablative laser is ablative"
            )
        if errors:
            raise ValidationError(errors)

    @property
    def laser_is_ablative(self) -> bool | None:
        """Ablative in any form; ``None`` while neither flag says so and one is unrecorded."""
        if self.laser_ablative or self.laser_fully_ablative:
            return True
        return self.laser_ablative


@dataclass(frozen=True, slots=True)
class HistoryAnswer:
    """The latest answer to one history question.

    ``fact_date`` carries the date the rule needs, per fact: the end of the isotretinoin
    course, the last application of a topical retinoid, the day of the sun exposure, the last
    toxin or filler elsewhere. ``recorded_on`` is when the answer was taken.
    """

    answer: Answer = Answer.UNKNOWN
    fact_date: date | None = None
    recorded_on: date | None = None


@dataclass(frozen=True, slots=True)
class PreviousSession:
    """One modality done at an earlier (signed) session, as far as the rules need it.

    A combined session appears once per modality. ``laser_fully_ablative`` is kept so a
    clinic rule on healing after resurfacing can read it; the reference gives one laser interval.
    """

    on: date
    modality: Modality
    toxin_units: int | None = None
    toxin_product: str | None = None
    laser_fully_ablative: bool | None = None
    peel_depth: PeelDepth | None = None

    def __post_init__(self) -> None:
        if self.toxin_units is not None and self.toxin_units < 0:
            raise ValidationError({"toxin_units": f"{self.toxin_units} units: expected 0 or more"})


@dataclass(frozen=True, slots=True)
class PatientFacts:
    """The patient as the gate sees them on the day of the session.

    ``history`` holds the latest answer per fact; a fact that was never asked is simply absent
    and reads like UNKNOWN. ``consents`` are the purposes with a valid (signed, not withdrawn)
    consent; ``withdrawn_consents`` lets a finding say "withdrawn" instead of "missing".
    """

    history: Mapping[HistoryFact, HistoryAnswer] = field(default_factory=dict)
    fitzpatrick: Fitzpatrick | None = None
    consents: frozenset[ConsentPurpose] = frozenset()
    withdrawn_consents: frozenset[ConsentPurpose] = frozenset()
    history_reviewed_on: date | None = None
    previous_sessions: tuple[PreviousSession, ...] = ()

    def answer(self, fact: HistoryFact) -> HistoryAnswer:
        """The recorded answer, or an UNKNOWN one when the question was never answered."""
        return self.history.get(fact, HistoryAnswer())


# (lowest, highest, unit) per parameter. Interval ranges match IntervalSettings so the
# gate can always build one from valid parameters.
_RANGES: dict[str, tuple[int, int, str]] = {
    "toxin_retreatment_days": (1, MAX_INTERVAL_DAYS, "days"),
    "toxin_review_days": (1, MAX_INTERVAL_DAYS, "days"),
    "toxin_cap_units": (1, 10_000, "units"),
    "toxin_cap_window_days": (1, 365, "days"),
    "toxin_max_units_per_point": (1, 1000, "units"),
    "microneedling_days": (1, MAX_INTERVAL_DAYS, "days"),
    "fractional_laser_days": (1, MAX_INTERVAL_DAYS, "days"),
    "peel_superficial_days": (1, MAX_INTERVAL_DAYS, "days"),
    "peel_medium_deep_days": (1, MAX_INTERVAL_DAYS, "days"),
    "subcision_days": (1, MAX_INTERVAL_DAYS, "days"),
    "tca_cross_days": (1, MAX_INTERVAL_DAYS, "days"),
    "isotretinoin_fully_ablative_laser_months": (0, 60, "months"),
    "isotretinoin_medium_deep_peel_months": (0, 60, "months"),
    "isotretinoin_tca_cross_months": (0, 60, "months"),
    "isotretinoin_subcision_warn_months": (0, 60, "months"),
    "history_review_days": (1, 3650, "days"),
    "sun_avoidance_days": (0, 365, "days"),
    "retinoid_stop_days_microneedling": (0, 365, "days"),
    "retinoid_stop_days_laser": (0, 365, "days"),
    "retinoid_stop_days_peel": (0, 365, "days"),
}


def _problem(name: str, value: object) -> str | None:
    low, high, unit = _RANGES[name]
    whole = isinstance(value, int) and not isinstance(value, bool)
    if whole and low <= value <= high:  # type: ignore[operator]
        return None
    return f"{value!r}: expected a whole number of {unit} from {low} to {high}"


@dataclass(frozen=True, slots=True)
class GateParameters:
    """Every interval, window and cap the rules use; the defaults are the clinical reference's.

    Stored as JSON in ``clinic_settings.rule_parameters`` through :meth:`to_mapping` and
    :meth:`from_mapping`. The toxin interval defaults to 84 days (12 weeks); see the note on
    the reference's "(90 days)" in :mod:`scardesk.domain.safety`.
    """

    toxin_retreatment_days: int = 84  # 12 weeks [BT]
    toxin_review_days: int = 14  # review when the effect is full, about 2 weeks [AC]
    toxin_cap_units: int = 400  # Botox Cosmetic label [BT]
    toxin_cap_window_days: int = 90  # "any 3-month window"
    toxin_max_units_per_point: int = 10  # clinic policy, not a label figure: above it, a reason
    microneedling_days: int = 28  # 4–6 weeks [MN]
    fractional_laser_days: int = 28  # about 4 weeks [LS]
    peel_superficial_days: int = 14  # 2 weeks [CP]
    peel_medium_deep_days: int = 28  # 2–4 weeks or more [CP]
    subcision_days: int = 28  # about 4–6 weeks [SU]
    tca_cross_days: int = 28  # about 4–6 weeks [TC]
    isotretinoin_fully_ablative_laser_months: int = 6  # [IS]
    isotretinoin_medium_deep_peel_months: int = 6  # clinic policy, often 6 months [IS]
    isotretinoin_tca_cross_months: int = 6  # medium-depth chemical injury: clinic policy [IS][TC]
    # Subcision needs no delay (ASDS 2017) but the reference asks for a warning: this long.
    isotretinoin_subcision_warn_months: int = 6
    history_review_days: int = 180  # clinic policy
    sun_avoidance_days: int = 7  # avoid sun a week before laser [LS]
    retinoid_stop_days_microneedling: int = 2  # [MN]
    retinoid_stop_days_laser: int = 1  # [LS]
    retinoid_stop_days_peel: int = 5  # 3–5 days: the upper end, so the warning errs on caution [CP]

    def __post_init__(self) -> None:
        errors = {
            item.name: problem
            for item in fields(self)
            if (problem := _problem(item.name, getattr(self, item.name))) is not None
        }
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_mapping(cls, stored: Mapping[str, Any]) -> GateParameters:
        """Parameters from the stored JSON; absent keys take the defaults.

        Unknown keys are refused rather than ignored, so a misspelt setting cannot silently
        leave the default in force. Every wrong field is reported at once.
        """
        if not isinstance(stored, Mapping):
            raise ValidationError(
                {"rule_parameters": "expected a mapping of setting names to numbers"}
            )
        known = set(_RANGES)
        errors: dict[str, str] = {}
        for key in stored:
            if key not in known:
                errors[str(key)] = f"unknown setting: expected one of {', '.join(sorted(known))}"
        for key in known & set(stored):
            if (problem := _problem(key, stored[key])) is not None:
                errors[key] = problem
        if errors:
            raise ValidationError(errors)
        return cls(**{key: stored[key] for key in known & set(stored)})

    def to_mapping(self) -> dict[str, int]:
        """Every parameter by name, ready to store as JSON."""
        return {item.name: getattr(self, item.name) for item in fields(self)}

    def interval_settings(self) -> IntervalSettings:
        """The same intervals in the shape :mod:`scardesk.domain.intervals` works with."""
        return IntervalSettings(
            toxin_retreatment_days=self.toxin_retreatment_days,
            toxin_review_days=self.toxin_review_days,
            microneedling_days=self.microneedling_days,
            fractional_laser_days=self.fractional_laser_days,
            peel_superficial_days=self.peel_superficial_days,
            peel_medium_deep_days=self.peel_medium_deep_days,
            subcision_days=self.subcision_days,
            tca_cross_days=self.tca_cross_days,
        )
