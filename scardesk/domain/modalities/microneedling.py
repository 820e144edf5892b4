"""Microneedling (clinical reference §6): device, needle depth, passes, serum."""

from __future__ import annotations

from datetime import datetime

from scardesk.domain.enums import ConsentPurpose, Modality
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modalities.common import BLEEDING, INFECTION, retinoids, sun
from scardesk.domain.modalities.spec import (
    ModalitySpec,
    always,
    interval_setting,
    not_concerned,
    retinoid_setting,
)
from scardesk.domain.modality_inputs import TEXT_MAX, FieldErrors, MicroneedlingInput
from scardesk.domain.treatment_given import microneedling_given


def check(e: FieldErrors, p: str, entry: MicroneedlingInput, performed_at: datetime) -> None:
    e.text(f"{p}.device", entry.device, TEXT_MAX, "Dermapen 4", required=True)
    e.number(f"{p}.needle_depth_mm", entry.needle_depth_mm, 0.1, 4.0, "mm")
    e.number(f"{p}.passes", entry.passes, 1, 20, Message("unit.passes"), whole=True)
    e.text(f"{p}.serum", entry.serum, TEXT_MAX, "hyaluronic acid", required=False)


def line(entry: MicroneedlingInput) -> str:
    """``Dermapen 4, 1.5 mm x 3, hyaluronic acid`` on printed documents."""
    serum = f", {entry.serum}" if entry.serum else ""
    return f"{entry.device}, {entry.needle_depth_mm:g} mm x {entry.passes}{serum}"


SPEC = ModalitySpec(
    modality=Modality.MICRONEEDLING,
    name_en="Microneedling",
    name_ar="الوخز بالإبر الدقيقة",
    name="microneedling",
    input_type=MicroneedlingInput,
    check=check,
    line=line,
    given=microneedling_given,
    consent_purpose=ConsentPurpose.TREATMENT_MICRONEEDLING,
    interval=lambda settings, depth: settings.microneedling_days,
    series=(3, 6),
    settings=(
        interval_setting(
            "microneedling_days", 28, "Interval", "الفترة بين الجلسات"
        ),  # 4–6 weeks [MN]; the earliest is the reminder date
        retinoid_setting("retinoid_stop_days_microneedling", 2),  # [MN]
    ),
    plan_sessions=4,
    source="[MN] microneedling protocols (clinical reference §6)",
    safety={
        "active_infection": INFECTION,
        "pregnancy": always(
            Level.BLOCK, "microneedling is contraindicated in pregnancy and breastfeeding."
        ),
        "neuromuscular": not_concerned,
        "local_anaesthetic_allergy": not_concerned,  # §6a names it for subcision only
        "toxin_allergy": not_concerned,
        "toxin_interactions": not_concerned,
        "bleeding": BLEEDING,
        "isotretinoin": not_concerned,  # ASDS 2017: no delay needed
        "herpes_simplex": always(
            Level.WARN, "an antiviral may be needed before microneedling; none is recorded."
        ),
        "keloid_tendency": always(
            Level.NEEDS_OVERRIDE, "microneedling is contraindicated or needs caution."
        ),
        "sun": sun(Level.WARN, "microneedling needs caution ({cause})."),
        "topical_retinoids": retinoids(lambda params: params.retinoid_stop_days_microneedling),
    },
)
