"""A treatment session as the practitioner records it, its validation and the next date.

One session may hold several modalities at once (toxin as an adjunct to laser or
microneedling, clinical reference §5), each with the parameters of §5–§6. Validation gathers
every bad field into one ValidationError whose keys are dotted paths
(``modalities.0.total_units``) so a form can mark the exact widget. Ranges catch typing slips
(an extra zero), not clinical judgement, which belongs to the safety gate.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from scardesk.domain.enums import Modality, PeelDepth, Severity
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.text_hygiene import TextKind, clean_text
from scardesk.domain.toxin import MAX_DILUENT_ML, MAX_VIAL_UNITS

POINTS_TOLERANCE_U = 0.01
MAX_POINTS = 400
TEXT_MAX, NOTES_MAX = 120, 4000


class EnergyUnit(StrEnum):
    """Fractional devices state energy per microbeam (mJ) or as fluence (J/cm²)."""

    MILLIJOULES = "mJ"
    JOULES_PER_CM2 = "J/cm2"


# (low, high) per parameter: generous bounds around every device and agent on the market.
_ENERGY_RANGE = {EnergyUnit.MILLIJOULES: (0.1, 1000.0), EnergyUnit.JOULES_PER_CM2: (0.1, 300.0)}


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


ModalityInput = ToxinInput | MicroneedlingInput | LaserInput | PeelInput


@dataclass(frozen=True, slots=True)
class AdverseEventInput:
    kind: str
    severity: Severity
    action_taken: str | None = None
    follow_up_needed: bool = False


@dataclass(frozen=True, slots=True)
class SessionInput:
    """What the session form submits. ``adverse_events_none`` None means "not stated yet"."""

    performed_at: datetime
    modalities: tuple[ModalityInput, ...]
    adverse_events_none: bool | None = None
    adverse_events: tuple[AdverseEventInput, ...] = ()
    cleansing_done: bool = False
    antiviral_prophylaxis: bool = False
    anaesthetic_agent: str | None = None
    anaesthetic_minutes: int | None = None
    post_notes: str | None = None
    plan_id: int | None = None
    supervising_prescriber_id: int | None = None


@dataclass(frozen=True, slots=True)
class ToxinFacts:
    """What ScarDesk works out for one toxin entry: shown beside the chart, never typed."""

    index: int  # position of the entry in SessionInput.modalities
    product_label: str
    lot_number: str
    concentration_per_0_1ml: float
    hours_since_reconstitution: float
    reconstitution_warning: bool


@dataclass(frozen=True, slots=True)
class AmendmentRecord:
    id: int
    amended_at: datetime
    amended_by_id: int
    reason: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    version: int
    patient_id: int
    appointment_id: int | None
    practitioner_id: int
    content: SessionInput
    toxin: tuple[ToxinFacts, ...]
    signed_at: datetime | None
    signed_by_id: int | None
    voided_at: datetime | None
    amendments: tuple[AmendmentRecord, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    original: SessionInput | None = None  # as first saved, when amendments changed it


@dataclass(frozen=True, slots=True)
class NextProposal:
    """The proposed next visit: the earliest modality due, and the toxin review if any."""

    next_on: date | None
    modalities: tuple[Modality, ...]
    due: tuple[tuple[Modality, date], ...] = field(default=())
    toxin_review_on: date | None = None


# --- validation -------------------------------------------------------------------------


class _Errors:
    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def number(
        self,
        path: str,
        value: object,
        low: float,
        high: float,
        unit: str,
        *,
        open_low: bool = False,
        whole: bool = False,
    ) -> None:
        kind = "a whole number" if whole else "a number"
        start = f"more than {low:g}" if open_low else f"{low:g}"
        expected = f"expected {kind} from {start} to {high:g} {unit}".rstrip()
        finite = isinstance(value, int | float) and math.isfinite(value)
        if isinstance(value, bool) or not finite or (whole and not isinstance(value, int)):
            self.found[path] = f"{value!r} is not {kind}: {expected}"
            return
        assert isinstance(value, int | float)
        if value < low or value > high or (open_low and value == low):
            self.found[path] = f"{value:g} is out of range: {expected}"

    def text(self, path: str, value: object, limit: int, example: str, required: bool) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.found[path] = f"this is required: enter it, e.g. {example}"
        elif not isinstance(value, str):
            self.found[path] = f"{value!r} is not text: expected e.g. {example}"
        elif len(value.strip()) > limit:
            self.found[path] = f"{len(value.strip())} characters: at most {limit} are allowed"
        else:
            # Long fields are notes (several lines); short ones are a single name or value.
            kind = TextKind.NOTES if limit >= NOTES_MAX else TextKind.LINE
            try:
                clean_text(value, path, limit=limit * 4, kind=kind)
            except ValidationError as error:
                self.found.update(error.field_errors)

    def areas(self, path: str, areas: object) -> None:
        if not isinstance(areas, tuple) or not all(
            isinstance(a, str) and a.strip() and len(a) <= 40 and a.isprintable() for a in areas
        ):
            self.found[path] = "areas must be region names of up to 40 characters each"


def _aware(moment: object) -> bool:
    return isinstance(moment, datetime) and moment.utcoffset() is not None


def _check_toxin(e: _Errors, p: str, entry: ToxinInput, performed_at: datetime) -> None:
    e.number(f"{p}.vial_units", entry.vial_units, 0, MAX_VIAL_UNITS, "units", open_low=True)
    e.number(f"{p}.diluent_ml", entry.diluent_ml, 0, MAX_DILUENT_ML, "mL", open_low=True)
    e.number(f"{p}.total_units", entry.total_units, 0, MAX_VIAL_UNITS, "units", open_low=True)
    e.number(f"{p}.waste_units", entry.waste_units, 0, MAX_VIAL_UNITS, "units")
    if entry.units_per_cm3 is not None:
        e.number(f"{p}.units_per_cm3", entry.units_per_cm3, 0, 100, "U/cm³", open_low=True)
    if not _aware(entry.reconstituted_at):
        e.found[f"{p}.reconstituted_at"] = "the reconstitution time is missing its time zone"
    elif _aware(performed_at) and entry.reconstituted_at > performed_at:
        e.found[f"{p}.reconstituted_at"] = (
            "reconstituted after the session time: the vial must be mixed before it is used"
        )
    if not entry.points:
        e.found[f"{p}.points"] = "no injection points: place each point on the face map"
    elif len(entry.points) > MAX_POINTS:
        e.found[f"{p}.points"] = f"{len(entry.points)} points: at most {MAX_POINTS} per entry"
    for n, point in enumerate(entry.points):
        e.number(f"{p}.points.{n}.x", point.x, 0, 1, "(fraction of the map width)")
        e.number(f"{p}.points.{n}.y", point.y, 0, 1, "(fraction of the map height)")
        e.number(f"{p}.points.{n}.units", point.units, 0, MAX_VIAL_UNITS, "units", open_low=True)
        e.text(f"{p}.points.{n}.region", point.region, 20, "forehead", required=False)
    if any(k.startswith(p + ".") for k in e.found):
        return
    placed = math.fsum(point.units for point in entry.points)
    if abs(placed - entry.total_units) > POINTS_TOLERANCE_U:
        e.found[f"{p}.total_units"] = (
            f"the points add up to {placed:g} U but the total is {entry.total_units:g} U: "
            "they must be equal (within 0.01 U)"
        )
    if entry.total_units + entry.waste_units > entry.vial_units + POINTS_TOLERANCE_U:
        e.found[f"{p}.waste_units"] = (
            f"{entry.total_units:g} U given + {entry.waste_units:g} U wasted is more than the "
            f"{entry.vial_units:g} U vial: record each vial as its own toxin entry"
        )


def _check_modality(e: _Errors, p: str, entry: object, performed_at: datetime) -> None:
    if isinstance(entry, ToxinInput):
        _check_toxin(e, p, entry, performed_at)
    elif isinstance(entry, MicroneedlingInput):
        e.text(f"{p}.device", entry.device, TEXT_MAX, "Dermapen 4", required=True)
        e.number(f"{p}.needle_depth_mm", entry.needle_depth_mm, 0.1, 4.0, "mm")
        e.number(f"{p}.passes", entry.passes, 1, 20, "passes", whole=True)
        e.text(f"{p}.serum", entry.serum, TEXT_MAX, "hyaluronic acid", required=False)
    elif isinstance(entry, LaserInput):
        e.text(f"{p}.device", entry.device, TEXT_MAX, "Fraxel Dual", required=True)
        e.number(f"{p}.wavelength_nm", entry.wavelength_nm, 400, 11_000, "nm")
        low, high = _ENERGY_RANGE.get(entry.energy_unit, (0.1, 1000.0))
        if entry.energy_unit not in _ENERGY_RANGE:
            e.found[f"{p}.energy_unit"] = "choose mJ (per microbeam) or J/cm2 (fluence)"
        e.number(f"{p}.energy", entry.energy, low, high, str(entry.energy_unit))
        e.number(f"{p}.density_percent", entry.density_percent, 1, 100, "%")
        e.number(f"{p}.passes", entry.passes, 1, 20, "passes", whole=True)
        e.number(f"{p}.spot_size_mm", entry.spot_size_mm, 0.01, 30, "mm")
        if entry.fully_ablative and not entry.ablative:
            e.found[f"{p}.fully_ablative"] = "a fully ablative laser is ablative: tick both"
    elif isinstance(entry, PeelInput):
        e.text(f"{p}.agent", entry.agent, TEXT_MAX, "TCA", required=True)
        e.number(
            f"{p}.concentration_percent", entry.concentration_percent, 0, 100, "%", open_low=True
        )
        if not isinstance(entry.depth, PeelDepth):
            e.found[f"{p}.depth"] = "choose superficial, medium or deep"
        e.number(f"{p}.layers", entry.layers, 1, 10, "layers", whole=True)
        e.number(f"{p}.contact_time_min", entry.contact_time_min, 0, 60, "minutes")
    else:
        e.found[p] = "unknown modality: expected toxin, microneedling, laser or peel"
        return
    e.areas(f"{p}.areas", entry.areas)


def validate_session(form: SessionInput) -> SessionInput:
    """The session unchanged when valid; otherwise every bad field at once."""
    e = _Errors()
    if not _aware(form.performed_at):
        e.found["performed_at"] = "the session time is missing or has no time zone"
    if not form.modalities:
        e.found["modalities"] = "no treatment recorded: add at least one modality"
    for n, entry in enumerate(form.modalities):
        _check_modality(e, f"modalities.{n}", entry, form.performed_at)
    if form.adverse_events_none is None and not form.adverse_events:
        e.found["adverse_events"] = "state adverse events: tick 'none' or record each event"
    elif form.adverse_events_none and form.adverse_events:
        e.found["adverse_events"] = "'none' is ticked but events are listed: keep one or the other"
    for n, event in enumerate(form.adverse_events):
        e.text(f"adverse_events.{n}.kind", event.kind, 60, "erythema", required=True)
        if not isinstance(event.severity, Severity):
            e.found[f"adverse_events.{n}.severity"] = "choose mild, moderate or severe"
        e.text(
            f"adverse_events.{n}.action_taken",
            event.action_taken,
            NOTES_MAX,
            "cold compress",
            required=False,
        )
    agent, minutes = form.anaesthetic_agent, form.anaesthetic_minutes
    e.text("anaesthetic_agent", agent, 80, "EMLA 5%", required=False)
    if minutes is not None:
        e.number("anaesthetic_minutes", minutes, 0, 180, "minutes", whole=True)
        if agent is None or not agent.strip():
            e.found["anaesthetic_agent"] = "minutes are given without an agent: name the agent"
    e.text("post_notes", form.post_notes, NOTES_MAX, "skin calm", required=False)
    if e.found:
        raise ValidationError(e.found)
    return form


# --- next appointment -------------------------------------------------------------------


def propose_next(
    performed_on: date,
    done: Sequence[tuple[Modality, PeelDepth | None]],
    settings: IntervalSettings,
    plan_intervals: Mapping[Modality, int] | None = None,
    remaining: Mapping[Modality, int] | None = None,
) -> NextProposal:
    """The earliest date any modality done today is due again, plus a toxin review.

    A plan may space sessions further apart than the clinic's interval, never closer: the
    larger of the two is used, so the proposal is never a date the safety gate would refuse.
    A modality whose planned sessions are all done (``remaining`` 0) is not proposed again.
    """
    plan = plan_intervals or {}
    due: dict[Modality, date] = {}
    for modality, depth in done:
        if remaining is not None and remaining.get(modality, 1) <= 0:
            continue
        days = max(interval_days(modality, settings, depth), plan.get(modality, 0))
        on = performed_on + timedelta(days=days)
        due[modality] = min(on, due.get(modality, on))
    review = None
    if any(modality is Modality.TOXIN for modality, _ in done):
        review = performed_on + timedelta(days=settings.toxin_review_days)
    ordered = tuple(sorted(due.items(), key=lambda item: (item[1], item[0].value)))
    if not ordered:
        return NextProposal(None, (), (), review)
    first = ordered[0][1]
    return NextProposal(first, tuple(m for m, on in ordered if on == first), ordered, review)
