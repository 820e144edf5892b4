"""A treatment named as it was given, for the patient's sheet, and the variant it was.

"Fractional laser" tells a patient nothing about whether to expect crusts; "Fractional CO₂
laser, ablative" does, and the variant ("ablative") chooses the advice printed for it
(``only=ablative`` in the content files).
"""

from __future__ import annotations

from dataclasses import dataclass

from scardesk.domain.enums import PeelDepth
from scardesk.domain.modality_inputs import (
    LaserInput,
    MicroneedlingInput,
    PeelInput,
    SubcisionInput,
    TcaCrossInput,
)

#: Laser sources by their usual wavelength (nm): (English, Arabic).
_LASER_SOURCES = {
    10600: ("CO₂", "ثاني أكسيد الكربون (CO₂)"),
    2940: ("Er:YAG", "الإربيوم (Er:YAG)"),
    2790: ("Er,Cr:YSGG", "(Er,Cr:YSGG)"),
}
_PEEL_DEPTH_AR = {PeelDepth.SUPERFICIAL: "سطحي", PeelDepth.MEDIUM: "متوسط", PeelDepth.DEEP: "عميق"}


@dataclass(frozen=True, slots=True)
class GivenName:
    en: str
    ar: str
    variants: frozenset[str] = frozenset()


def _number(value: float) -> str:
    return f"{value:g}"


def laser_given(entry: LaserInput) -> GivenName:
    """``Fractional CO₂ laser, ablative``; an unknown wavelength is named in nm."""
    source_en, source_ar = _LASER_SOURCES.get(
        round(entry.wavelength_nm),
        (f"{_number(entry.wavelength_nm)} nm", f"{_number(entry.wavelength_nm)} نانومتر"),
    )
    if entry.ablative and entry.fully_ablative:
        kind_en, kind_ar, variant = "fully ablative", "تقشيري كامل", "ablative"
    elif entry.ablative:
        kind_en, kind_ar, variant = "ablative", "تقشيري", "ablative"
    else:
        kind_en, kind_ar, variant = "nonablative", "غير تقشيري", "nonablative"
    return GivenName(
        f"Fractional {source_en} laser, {kind_en}",
        f"الليزر التجزيئي {source_ar}، {kind_ar}",
        frozenset({variant}),
    )


def peel_given(entry: PeelInput) -> GivenName:
    """``Glycolic acid 70% peel, superficial`` (the agent as the practitioner typed it)."""
    agent = entry.agent.strip()
    agent_en = agent[:1].upper() + agent[1:]
    strength = f"{_number(entry.concentration_percent)}%"
    return GivenName(
        f"{agent_en} {strength} peel, {entry.depth.value}",
        f"تقشير كيميائي {agent} {strength}، {_PEEL_DEPTH_AR[entry.depth]}",
        frozenset({entry.depth.value}),
    )


def microneedling_given(entry: MicroneedlingInput) -> GivenName:
    depth = _number(entry.needle_depth_mm)
    return GivenName(f"Microneedling, {depth} mm", f"الوخز بالإبر الدقيقة، {depth} مم")


def tca_cross_given(entry: TcaCrossInput) -> GivenName:
    strength = f"{_number(entry.concentration_percent)}%"
    return GivenName(
        f"TCA CROSS {strength}, scars treated: {entry.scars_treated}",
        f"إعادة البناء الكيميائي للندبات (TCA CROSS) {strength}، "
        f"عدد الندبات المعالجة: {entry.scars_treated}",
    )


def subcision_given(entry: SubcisionInput) -> GivenName:
    return GivenName(
        f"Subcision, scars released: {entry.scars_released}",
        f"فصل الندبات (سبسيجن)، عدد الندبات المحررة: {entry.scars_released}",
    )
