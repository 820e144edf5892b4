"""Chemical peel (clinical reference §6): the depth decides interval and several rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from scardesk.domain.enums import ConsentPurpose, Modality, PeelDepth
from scardesk.domain.errors import ValidationError
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modalities.common import INFECTION, retinoids, sun
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
from scardesk.domain.modality_inputs import TEXT_MAX, FieldErrors, PeelInput
from scardesk.domain.treatment_given import peel_given

if TYPE_CHECKING:
    from scardesk.domain.intervals import IntervalSettings
    from scardesk.domain.safety.facts import PlannedTreatment


def peel_is_deeper(depth: PeelDepth | None) -> bool:
    """Medium and deep peels, and a peel whose depth is unknown, take the stricter rules."""
    return depth is not PeelDepth.SUPERFICIAL


def peel_name(planned: PlannedTreatment) -> str:
    depth = planned.peel_depth
    return "peel of unrecorded depth (checked as deep)" if depth is None else f"{depth.value} peel"


def check(e: FieldErrors, p: str, entry: PeelInput, performed_at: datetime) -> None:
    e.text(f"{p}.agent", entry.agent, TEXT_MAX, "TCA", required=True)
    e.number(f"{p}.concentration_percent", entry.concentration_percent, 0, 100, "%", open_low=True)
    if not isinstance(entry.depth, PeelDepth):
        e.found[f"{p}.depth"] = Message("peel.depth_choose")
    e.number(f"{p}.layers", entry.layers, 1, 10, Message("unit.layers"), whole=True)
    e.number(f"{p}.contact_time_min", entry.contact_time_min, 0, 60, Message("unit.minutes"))


def interval(settings: IntervalSettings, depth: PeelDepth | None) -> int:
    """A missing depth is an error rather than a guess, so a deep peel is never booked at the
    superficial interval."""
    if depth is None:
        raise ValidationError({"peel_depth": Message("peel.depth_missing")})
    if depth is PeelDepth.SUPERFICIAL:
        return settings.peel_superficial_days
    return settings.peel_medium_deep_days


def _missing_details(planned: PlannedTreatment) -> MissingDetail | None:
    if planned.peel_depth is not None:
        return None
    return MissingDetail(
        "peel_depth_missing",
        "The peel depth is not recorded. Choose superficial, medium or deep: the "
        "isotretinoin, herpes, keloid and interval rules differ by depth, and until it is "
        "known they are checked as for a deep peel.",
        {"modality": Modality.CHEMICAL_PEEL.value, "peel_depth": "not recorded"},
    )


def _isotretinoin(context: RuleContext) -> Verdict | None:
    """Superficial peels need no delay; medium/deep (or unknown) NEEDS_OVERRIDE in the window."""
    if not peel_is_deeper(context.planned.peel_depth):
        return None
    months = context.params.isotretinoin_medium_deep_peel_months
    name = peel_name(context.planned)
    why = f"a {name} needs {months} months after the last isotretinoin dose."
    return Verdict(Level.NEEDS_OVERRIDE, why, months)


def _herpes(context: RuleContext) -> Verdict | None:
    if not peel_is_deeper(context.planned.peel_depth):
        return None
    name = peel_name(context.planned)
    return Verdict(
        Level.NEEDS_OVERRIDE,
        f"antiviral prophylaxis is required before a {name} and none is recorded for this session.",
    )


def _keloid(context: RuleContext) -> Verdict:
    depth = context.planned.peel_depth
    name = peel_name(context.planned)
    if peel_is_deeper(depth) and depth is not PeelDepth.MEDIUM:
        return Verdict(Level.BLOCK, f"a {name} is contraindicated.")
    return Verdict(Level.WARN, f"a {name} needs caution and deeper peels are contraindicated.")


def plan_details(entries: Sequence[PeelInput]) -> dict[str, PeelDepth | None]:
    """The deepest depth chosen so far (a form still being filled may have none yet)."""
    depths = [e.depth for e in entries if e.depth is not None]
    return {"peel_depth": max(depths, key=list(PeelDepth).index) if depths else None}


def line(entry: PeelInput) -> str:
    """``TCA 35% (medium)`` on printed documents."""
    return f"{entry.agent} {entry.concentration_percent:g}% ({entry.depth.value})"


SPEC = ModalitySpec(
    modality=Modality.CHEMICAL_PEEL,
    name_en="Chemical peel",
    name_ar="التقشير الكيميائي",
    name="chemical peel",
    input_type=PeelInput,
    check=check,
    line=line,
    given=peel_given,
    variants=frozenset({"superficial", "medium", "deep"}),
    depth_of=lambda entry: entry.depth,
    plan_details=plan_details,
    consent_purpose=ConsentPurpose.TREATMENT_CHEMICAL_PEEL,
    interval=interval,
    series=None,  # §6 gives the interval only
    settings=(
        interval_setting(
            "peel_superficial_days",
            14,
            "Superficial peel: interval",
            "التقشير السطحي: الفترة بين الجلسات",
        ),  # 2 weeks [CP]
        interval_setting(
            "peel_medium_deep_days",
            28,  # 2–4 weeks or more [CP]
            "Medium or deep peel: interval",
            "التقشير المتوسط أو العميق: الفترة بين الجلسات",
        ),
        isotretinoin_setting(
            "isotretinoin_medium_deep_peel_months",
            6,  # clinic policy, often 6 months [IS]
            "After isotretinoin, wait before a medium or deep peel",
            "بعد الإيزوتريتينوين، الانتظار قبل التقشير المتوسط أو العميق",
        ),
        # 3–5 days: the upper end, so the warning errs on caution [CP]
        retinoid_setting("retinoid_stop_days_peel", 5),
    ),
    plan_sessions=4,
    source="[CP] chemical peel protocols (clinical reference §6)",
    needs_skin_type=True,
    interval_needs_depth=True,
    missing_details=_missing_details,
    safety={
        "active_infection": INFECTION,
        "pregnancy": always(
            Level.NEEDS_OVERRIDE,
            "chemical peels are avoided in pregnancy and breastfeeding; "
            "proceed only with a reason.",
        ),
        "neuromuscular": not_concerned,
        "local_anaesthetic_allergy": not_concerned,  # §6a names it for subcision only
        "toxin_allergy": not_concerned,
        "toxin_interactions": not_concerned,
        "bleeding": not_concerned,  # clinical reference §6: peels are not affected
        "isotretinoin": _isotretinoin,
        "herpes_simplex": _herpes,
        "keloid_tendency": _keloid,
        "sun": sun(Level.NEEDS_OVERRIDE, "the peel should be deferred ({cause})."),
        "topical_retinoids": retinoids(lambda params: params.retinoid_stop_days_peel),
    },
)
