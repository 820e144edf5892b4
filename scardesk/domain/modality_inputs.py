"""The record of one modality as the session form submits it, and the field-error collector
every modality's validation writes into.

Validation gathers every bad field into one ValidationError whose keys are dotted paths
(``modalities.0.total_units``) so a form can mark the exact widget. Ranges catch typing slips
(an extra zero), not clinical judgement, which belongs to the safety gate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from scardesk.domain.enums import Frosting, Modality, PeelDepth, SubcisionInstrument
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.text_hygiene import TextKind, clean_text

POINTS_TOLERANCE_U = 0.01
MAX_POINTS = 400
TEXT_MAX, NOTES_MAX = 120, 4000


class EnergyUnit(StrEnum):
    """Fractional devices state energy per microbeam (mJ) or as fluence (J/cm²)."""

    MILLIJOULES = "mJ"
    JOULES_PER_CM2 = "J/cm2"


# (low, high) per parameter: generous bounds around every device and agent on the market.
ENERGY_RANGE = {EnergyUnit.MILLIJOULES: (0.1, 1000.0), EnergyUnit.JOULES_PER_CM2: (0.1, 300.0)}


@dataclass(frozen=True, slots=True)
class PointInput:
    """One injection point: face-map coordinates as fractions (0–1) of width and height."""

    x: float
    y: float
    units: float
    region: str | None = None


@dataclass(frozen=True, slots=True)
class ToxinInput:
    product_id: int
    lot_id: int
    vial_units: float
    diluent_ml: float
    reconstituted_at: datetime
    points: tuple[PointInput, ...]
    total_units: float
    waste_units: float = 0.0
    units_per_cm3: float | None = None  # intralesional dose per cm³ of lesion
    areas: tuple[str, ...] = ()

    @property
    def modality(self) -> Modality:
        return Modality.TOXIN


@dataclass(frozen=True, slots=True)
class MicroneedlingInput:
    device: str
    needle_depth_mm: float
    passes: int
    serum: str | None = None
    areas: tuple[str, ...] = ()

    @property
    def modality(self) -> Modality:
        return Modality.MICRONEEDLING


@dataclass(frozen=True, slots=True)
class LaserInput:
    device: str
    wavelength_nm: float
    ablative: bool
    fully_ablative: bool
    energy: float
    energy_unit: EnergyUnit
    density_percent: float
    passes: int
    spot_size_mm: float
    areas: tuple[str, ...] = ()

    @property
    def modality(self) -> Modality:
        return Modality.FRACTIONAL_LASER


@dataclass(frozen=True, slots=True)
class PeelInput:
    agent: str
    concentration_percent: float
    depth: PeelDepth
    layers: int
    contact_time_min: float
    neutralised: bool
    areas: tuple[str, ...] = ()

    @property
    def modality(self) -> Modality:
        return Modality.CHEMICAL_PEEL


@dataclass(frozen=True, slots=True)
class SubcisionInput:
    """Subcision (clinical reference §6a). The local anaesthetic is injected for this entry,
    unlike the session's topical one, so it is recorded here: agent, strength, adrenaline and
    volume, all left empty when none was given."""

    instrument: SubcisionInstrument
    gauge: int
    scars_released: int
    technique: str | None = None  # e.g. fanning, depth plane
    anaesthetic_agent: str | None = None
    anaesthetic_percent: float | None = None
    with_adrenaline: bool = False
    anaesthetic_ml: float | None = None
    haemostasis: bool = False  # pressure held until the bleeding stopped
    areas: tuple[str, ...] = ()

    @property
    def modality(self) -> Modality:
        return Modality.SUBCISION


@dataclass(frozen=True, slots=True)
class TcaCrossInput:
    """TCA CROSS (clinical reference §6a): high-strength TCA pressed into each scar."""

    concentration_percent: float
    applicator: str
    scars_treated: int
    frosting: Frosting
    areas: tuple[str, ...] = ()

    @property
    def modality(self) -> Modality:
        return Modality.TCA_CROSS


ModalityInput = (
    ToxinInput | MicroneedlingInput | LaserInput | PeelInput | SubcisionInput | TcaCrossInput
)


def _expected(
    low: float, high: float, unit: str | Message, *, open_low: bool, whole: bool
) -> Message:
    """The range a refused number should have been in. Built only for a refusal: a session's
    hundreds of valid numbers (toxin points) would otherwise each build messages no one reads."""
    shown: str | Message = f" {unit}" if isinstance(unit, str) and unit else ""
    if isinstance(unit, Message):
        shown = Message("unit.after_number", {"unit": unit})
    range_params = {"low": low, "high": high, "unit": shown}
    if whole:
        code = (
            "validation.number.expected_whole_above"
            if open_low
            else ("validation.number.expected_whole")
        )
    else:
        code = "validation.number.expected_above" if open_low else "validation.number.expected"
    return Message(code, range_params)


class FieldErrors:
    """Gathers every refused field of a form, each with its coded message."""

    def __init__(self) -> None:
        self.found: dict[str, Message] = {}

    def number(
        self,
        path: str,
        value: object,
        low: float,
        high: float,
        unit: str | Message,
        *,
        open_low: bool = False,
        whole: bool = False,
    ) -> None:
        """``unit`` is a symbol shown as it is (``mm``, ``%``) or a word to translate."""
        finite = isinstance(value, int | float) and math.isfinite(value)
        if isinstance(value, bool) or not finite or (whole and not isinstance(value, int)):
            refusal_code = (
                "validation.number.not_whole" if whole else "validation.number.not_a_number"
            )
            expected = _expected(low, high, unit, open_low=open_low, whole=whole)
            self.found[path] = Message(refusal_code, {"value": repr(value), "expected": expected})
            return
        assert isinstance(value, int | float)
        if value < low or value > high or (open_low and value == low):
            expected = _expected(low, high, unit, open_low=open_low, whole=whole)
            self.found[path] = Message(
                "validation.number.out_of_range", {"value": value, "expected": expected}
            )

    def text(self, path: str, value: object, limit: int, example: str, required: bool) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.found[path] = Message("validation.text.required", {"example": example})
        elif not isinstance(value, str):
            self.found[path] = Message(
                "validation.text.not_text", {"value": repr(value), "example": example}
            )
        elif len(value.strip()) > limit:
            self.found[path] = Message(
                "validation.text.too_long", {"length": len(value.strip()), "maximum": limit}
            )
        else:
            # Long fields are notes (several lines); short ones are a single name or value.
            kind = TextKind.NOTES if limit >= NOTES_MAX else TextKind.LINE
            try:
                clean_text(value, path, limit=limit * 4, kind=kind)
            except ValidationError as error:
                self.found.update(error.field_messages)

    def areas(self, path: str, areas: object) -> None:
        if not isinstance(areas, tuple) or not all(
            isinstance(a, str) and a.strip() and len(a) <= 40 and a.isprintable() for a in areas
        ):
            self.found[path] = Message("validation.areas.malformed", {"maximum": 40})


def aware(moment: object) -> bool:
    return isinstance(moment, datetime) and moment.utcoffset() is not None
