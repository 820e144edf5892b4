"""Fractional laser (clinical reference §4, §6): the ablative kind decides several rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from scardesk.domain.enums import ConsentPurpose, Fitzpatrick, Modality
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modalities.common import BLEEDING, INFECTION, retinoids, sun
from scardesk.domain.modalities.spec import (
    MissingDetail,
    ModalitySpec,
    RuleContext,
    Verdict,
    always,
    interval_setting,
    isotretinoin_setting,
    not_concerned,
    retinoid_setting,
)
from scardesk.domain.modality_inputs import ENERGY_RANGE, TEXT_MAX, FieldErrors, LaserInput
from scardesk.domain.treatment_given import laser_given

if TYPE_CHECKING:
    from scardesk.domain.safety.facts import PlannedTreatment

DARK_TYPES = frozenset({Fitzpatrick.IV, Fitzpatrick.V, Fitzpatrick.VI})


def laser_name(planned: PlannedTreatment) -> str:
    """The laser as the gate names it; an unrecorded type is checked as fully ablative."""
    if planned.laser_fully_ablative:
        return "fully ablative laser"
    if planned.laser_is_ablative is False:
        return "nonablative laser"
    if planned.laser_is_ablative and planned.laser_fully_ablative is False:
        return "fractional ablative laser"
    return "laser of unrecorded type (checked as fully ablative)"


def check(e: FieldErrors, p: str, entry: LaserInput, performed_at: datetime) -> None:
    e.text(f"{p}.device", entry.device, TEXT_MAX, "Fraxel Dual", required=True)
    e.number(f"{p}.wavelength_nm", entry.wavelength_nm, 400, 11_000, "nm")
    low, high = ENERGY_RANGE.get(entry.energy_unit, (0.1, 1000.0))
    if entry.energy_unit not in ENERGY_RANGE:
        e.found[f"{p}.energy_unit"] = Message("laser.energy_unit_missing")
    e.number(f"{p}.energy", entry.energy, low, high, str(entry.energy_unit))
    e.number(f"{p}.density_percent", entry.density_percent, 1, 100, "%")
    e.number(f"{p}.passes", entry.passes, 1, 20, Message("unit.passes"), whole=True)
    e.number(f"{p}.spot_size_mm", entry.spot_size_mm, 0.01, 30, "mm")
    if entry.fully_ablative and not entry.ablative:
        e.found[f"{p}.fully_ablative"] = Message("laser.fully_ablative_tick_both")


def _missing_details(planned: PlannedTreatment) -> MissingDetail | None:
    unknown = planned.laser_is_ablative is None or (
        planned.laser_is_ablative and planned.laser_fully_ablative is None
    )
    if not unknown:
        return None
    return MissingDetail(
        "laser_type_missing",
        "The laser is not recorded as nonablative, fractional ablative or fully "
        "ablative. Record it: the isotretinoin and herpes rules depend on it, and until "
        "it is known they are checked as for a fully ablative laser.",
        {
            "modality": Modality.FRACTIONAL_LASER.value,
            "laser_ablative": str(planned.laser_ablative),
            "laser_fully_ablative": str(planned.laser_fully_ablative),
        },
    )


def _isotretinoin(context: RuleContext) -> Verdict | None:
    """Only a fully ablative laser (or one of unknown type) waits: BLOCK inside the window."""
    if context.planned.laser_fully_ablative is False:
        return None
    months = context.params.isotretinoin_fully_ablative_laser_months
    name = laser_name(context.planned)
    why = f"a {name} needs {months} months after the last isotretinoin dose."
    return Verdict(Level.BLOCK, why, months)


def _herpes(context: RuleContext) -> Verdict | None:
    if context.planned.laser_is_ablative is False:
        return None
    name = laser_name(context.planned)
    return Verdict(
        Level.NEEDS_OVERRIDE,
        f"antiviral prophylaxis is required before a {name} and none is recorded for this session.",
    )


def _keloid(context: RuleContext) -> Verdict:
    skin = context.facts.fitzpatrick
    dark = f", especially in skin type {skin}." if skin in DARK_TYPES else "."
    return Verdict(Level.WARN, "lasers need caution" + dark)


def plan_details(entries: Sequence[LaserInput]) -> dict[str, bool]:
    """Ablative if any laser of the session is (the stricter rules apply)."""
    return {
        "laser_ablative": any(e.ablative for e in entries),
        "laser_fully_ablative": any(e.fully_ablative for e in entries),
    }


def line(entry: LaserInput) -> str:
    """``Fraxel Dual 1550 nm, 40 mJ, 20% x 8`` on printed documents."""
    return (
        f"{entry.device} {entry.wavelength_nm:g} nm, {entry.energy:g} {entry.energy_unit.value}, "
        f"{entry.density_percent:g}% x {entry.passes}"
    )


SPEC = ModalitySpec(
    modality=Modality.FRACTIONAL_LASER,
    name_en="Fractional laser",
    name_ar="الليزر التجزيئي (فراكشنال)",
    name="fractional laser",
    input_type=LaserInput,
    check=check,
    line=line,
    given=laser_given,
    variants=frozenset({"ablative", "nonablative"}),
    plan_details=plan_details,
    consent_purpose=ConsentPurpose.TREATMENT_FRACTIONAL_LASER,
    interval=lambda settings, depth: settings.fractional_laser_days,
    series=None,  # §6 gives the interval only
    settings=(
        interval_setting(
            "fractional_laser_days", 28, "Interval", "الفترة بين الجلسات"
        ),  # about 4 weeks [LS]
        isotretinoin_setting(
            "isotretinoin_fully_ablative_laser_months",
            6,  # [IS]
            "After isotretinoin, wait before a fully ablative laser",
            "بعد الإيزوتريتينوين، الانتظار قبل الليزر الاستئصالي الكامل",
        ),
        retinoid_setting("retinoid_stop_days_laser", 1),  # [LS]
    ),
    plan_sessions=3,
    source="[LS] fractional laser protocols (clinical reference §6)",
    needs_skin_type=True,
    skin_type_advice=" Nonablative lasers are the safer choice.",
    missing_details=_missing_details,
    safety={
        "active_infection": INFECTION,
        "pregnancy": always(
            Level.NEEDS_OVERRIDE,
            "laser treatment in pregnancy or breastfeeding is deferred by clinic policy; "
            "proceed only with a reason.",
        ),
        "neuromuscular": not_concerned,
        "local_anaesthetic_allergy": not_concerned,  # §6a names it for subcision only
        "toxin_allergy": not_concerned,
        "toxin_interactions": not_concerned,
        "bleeding": BLEEDING,
        "isotretinoin": _isotretinoin,
        "herpes_simplex": _herpes,
        "keloid_tendency": _keloid,
        "sun": sun(Level.NEEDS_OVERRIDE, "laser treatment should wait ({cause})."),
        "topical_retinoids": retinoids(lambda params: params.retinoid_stop_days_laser),
    },
)
