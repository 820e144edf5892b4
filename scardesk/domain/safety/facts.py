"""What the safety gate reads: the plan, the patient's facts and the clinic's parameters.

These records are built by the sessions service from the database and handed to
:func:`scardesk.domain.safety.gate.evaluate`. They hold only what the rules need, so the gate
stays a pure function that tests can drive with any combination of facts.

Missing information is represented explicitly (``None``, an absent history entry, an empty set)
rather than defaulted to a reassuring value: the rules turn missing data into findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    Fitzpatrick,
    HistoryFact,
    Modality,
    PeelDepth,
)
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS
from scardesk.domain.modalities.spec import Setting, Unit
from scardesk.domain.products import LotRecord
from scardesk.domain.setting_values import SettingValues, catalogue


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
        errors: dict[str, Message] = {}
        if self.toxin_units is not None and self.toxin_units < 0:
            errors["toxin_units"] = Message("toxin.units_negative", {"value": self.toxin_units})
        if self.laser_fully_ablative is True and self.laser_ablative is False:
            errors["laser_fully_ablative"] = Message("laser.fully_ablative_not_ablative")
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
            raise ValidationError(
                {"toxin_units": Message("toxin.units_negative", {"value": self.toxin_units})}
            )


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


#: The settings of the gate's rules that read no modality: they apply to every treatment.
GENERAL_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "history_review_days",
        180,  # clinic policy
        1,
        3650,
        Unit.DAYS,
        "Medical history: review at least every",
        "مراجعة التاريخ الطبي مرة على الأقل كل",
        policy=True,
    ),
    Setting(
        "sun_avoidance_days",
        7,  # avoid sun a week before laser [LS]
        0,
        365,
        Unit.DAYS,
        "Sun exposure → laser or peel: wait",
        "بعد التعرض للشمس، الانتظار قبل الليزر أو التقشير",
    ),
)


class GateParameters(SettingValues):
    """Every interval, window and cap the rules use; the defaults are the clinical reference's.

    Each modality's spec declares its own (``ModalitySpec.settings``), the general rules add
    ``GENERAL_SETTINGS``. Stored as JSON in ``clinic_settings.rule_parameters`` through
    :meth:`to_mapping` and :meth:`from_mapping`, flat by key as before the specs declared
    them, so a clinic's stored values read back unchanged.
    """

    __slots__ = ()
    CATALOGUE = catalogue(
        [setting for spec in SPECS.values() for setting in spec.settings] + list(GENERAL_SETTINGS)
    )
    STORED_AS = "rule_parameters"

    def interval_settings(self) -> IntervalSettings:
        """The same intervals in the shape :mod:`scardesk.domain.intervals` works with."""
        return IntervalSettings(**{key: self.value(key) for key in IntervalSettings.CATALOGUE})
