"""Subcision (clinical reference §6a): a needle or cannula releases the bands tethering
rolling scars, under injected local anaesthetic."""

from __future__ import annotations

from datetime import datetime

from scardesk.domain.english import counted
from scardesk.domain.enums import ConsentPurpose, Modality, SubcisionInstrument
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modalities.common import INFECTION
from scardesk.domain.modalities.spec import (
    ModalitySpec,
    RuleContext,
    Verdict,
    always,
    interval_setting,
    isotretinoin_setting,
    not_concerned,
)
from scardesk.domain.modality_inputs import TEXT_MAX, FieldErrors, SubcisionInput
from scardesk.domain.treatment_given import subcision_given

SOURCE = "[SU] Orentreich & Orentreich 1995, subcision (clinical reference §6a)"

# Gauges in use run from 14G (wide cannulas) to 30G; outside that is a typing slip.
GAUGE_RANGE = (14, 30)
MAX_SCARS = 200
MAX_ANAESTHETIC_PERCENT = 4.0  # lidocaine is used at 0.5–2 %; articaine at 4 %
MAX_ANAESTHETIC_ML = 20.0


def check(e: FieldErrors, p: str, entry: SubcisionInput, performed_at: datetime) -> None:
    if not isinstance(entry.instrument, SubcisionInstrument):
        e.found[f"{p}.instrument"] = Message("subcision.instrument_missing")
    e.number(f"{p}.gauge", entry.gauge, *GAUGE_RANGE, Message("unit.gauge"), whole=True)
    scars = Message("unit.scars")
    e.number(f"{p}.scars_released", entry.scars_released, 1, MAX_SCARS, scars, whole=True)
    e.text(f"{p}.technique", entry.technique, TEXT_MAX, "fanning, deep dermis", required=False)
    agent = entry.anaesthetic_agent
    e.text(f"{p}.anaesthetic_agent", agent, TEXT_MAX, "lidocaine", required=False)
    given = isinstance(agent, str) and bool(agent.strip())
    for key, value, high, unit in (
        ("anaesthetic_percent", entry.anaesthetic_percent, MAX_ANAESTHETIC_PERCENT, "%"),
        ("anaesthetic_ml", entry.anaesthetic_ml, MAX_ANAESTHETIC_ML, "mL"),
    ):
        if not given:
            if value is not None:
                e.found[f"{p}.{key}"] = Message("subcision.anaesthetic_amount_without_agent")
        elif value is None:
            e.found[f"{p}.{key}"] = Message("subcision.anaesthetic_amount_missing", {"unit": unit})
        else:
            e.number(f"{p}.{key}", value, 0, high, unit, open_low=True)
    if entry.with_adrenaline and not given:
        e.found[f"{p}.with_adrenaline"] = Message("subcision.adrenaline_without_agent")


def line(entry: SubcisionInput) -> str:
    """``Nokor needle 18G, 6 scars released, fanning; lidocaine 1% with adrenaline 2 mL``."""
    instrument = {
        SubcisionInstrument.NEEDLE: "needle",
        SubcisionInstrument.NOKOR: "Nokor needle",
        SubcisionInstrument.CANNULA: "blunt cannula",
    }[entry.instrument]
    text = f"{instrument} {entry.gauge}G, {counted(entry.scars_released, 'scar', 'scars')} released"
    if entry.technique:
        text += f", {entry.technique}"
    if entry.anaesthetic_agent:
        adrenaline = " with adrenaline" if entry.with_adrenaline else ""
        text += (
            f"; {entry.anaesthetic_agent} {entry.anaesthetic_percent or 0:g}%{adrenaline} "
            f"{entry.anaesthetic_ml or 0:g} mL"
        )
    if entry.haemostasis:
        text += "; haemostasis achieved"
    return text


def _isotretinoin(context: RuleContext) -> Verdict:
    """ASDS 2017: no delay for cutaneous surgery; the reference still asks for a warning."""
    months = context.params.isotretinoin_subcision_warn_months
    why = (
        "the ASDS 2017 consensus needs no delay before cutaneous surgery such as subcision, "
        f"but the dose was within {months} months: check the skin heals normally."
    )
    return Verdict(Level.WARN, why, months)


SPEC = ModalitySpec(
    modality=Modality.SUBCISION,
    name_en="Subcision",
    name_ar="فصل الندبات (سبسيجن)",  # the name the other consent forms already use
    name="subcision",
    input_type=SubcisionInput,
    check=check,
    consent_purpose=ConsentPurpose.TREATMENT_SUBCISION,
    interval=lambda settings, depth: settings.subcision_days,
    series=(1, 3),  # more for severe rolling scars
    settings=(
        interval_setting(
            "subcision_days", 28, "Interval", "الفترة بين الجلسات"
        ),  # about 4–6 weeks (§6a); the earliest is the reminder date
        isotretinoin_setting(
            "isotretinoin_subcision_warn_months",
            6,  # no delay needed (ASDS 2017), but the reference asks for a warning this long
            "After isotretinoin, warn within (no delay needed)",
            "بعد الإيزوتريتينوين، تنبيه خلال (لا حاجة للانتظار)",
        ),
    ),
    plan_sessions=2,
    source=SOURCE,
    line=line,
    given=subcision_given,
    safety={
        "active_infection": INFECTION,
        "pregnancy": always(
            Level.NEEDS_OVERRIDE,
            "subcision in pregnancy or breastfeeding is deferred by clinic policy; "
            "proceed only with a reason.",
        ),
        "neuromuscular": not_concerned,
        "toxin_allergy": not_concerned,
        "local_anaesthetic_allergy": always(
            Level.BLOCK,
            "subcision is done under injected local anaesthetic; do not use an agent the "
            "patient is allergic to.",
        ),
        "toxin_interactions": not_concerned,
        "bleeding": always(
            Level.NEEDS_OVERRIDE,
            "subcision cuts under the skin: bruising and haematoma are likelier; proceed "
            "only with a reason.",
        ),
        "isotretinoin": _isotretinoin,
        "herpes_simplex": always(
            Level.WARN, "consider an antiviral before subcision; none is recorded."
        ),
        "keloid_tendency": always(Level.WARN, "subcision needs caution."),
        "sun": not_concerned,  # §6a gives no sun rule for subcision
        "topical_retinoids": not_concerned,  # §6a gives no retinoid rule for subcision
    },
)
