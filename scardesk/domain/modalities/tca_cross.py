"""TCA CROSS (clinical reference §6a): high-strength trichloroacetic acid pressed into each
icepick or narrow boxcar scar with a sharpened wooden applicator until it frosts white."""

from __future__ import annotations

from datetime import datetime

from scardesk.domain.english import counted
from scardesk.domain.enums import ConsentPurpose, Frosting, Modality
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modalities.common import INFECTION, sun
from scardesk.domain.modalities.spec import (
    ModalitySpec,
    RuleContext,
    Verdict,
    always,
    interval_setting,
    isotretinoin_setting,
    not_concerned,
)
from scardesk.domain.modality_inputs import TEXT_MAX, FieldErrors, TcaCrossInput
from scardesk.domain.treatment_given import tca_cross_given

SOURCE = "[TC] Lee et al. 2002, TCA CROSS (clinical reference §6a)"
MAX_SCARS = 500


def check(e: FieldErrors, p: str, entry: TcaCrossInput, performed_at: datetime) -> None:
    # The method uses 50–100 % (trials: 65 % and 100 %); the bounds only catch typing slips.
    e.number(f"{p}.concentration_percent", entry.concentration_percent, 0, 100, "%", open_low=True)
    e.text(f"{p}.applicator", entry.applicator, TEXT_MAX, "sharpened wooden stick", required=True)
    e.number(
        f"{p}.scars_treated", entry.scars_treated, 1, MAX_SCARS, Message("unit.scars"), whole=True
    )
    if not isinstance(entry.frosting, Frosting):
        e.found[f"{p}.frosting"] = Message("tca_cross.frosting_missing")


def line(entry: TcaCrossInput) -> str:
    """``TCA 100% with sharpened wooden stick, 14 scars, white frost on all``."""
    frost = {
        Frosting.ALL: "white frost on all",
        Frosting.SOME: "white frost on some",
        Frosting.NONE: "no white frost",
    }[entry.frosting]
    return (
        f"TCA {entry.concentration_percent:g}% with {entry.applicator}, "
        f"{counted(entry.scars_treated, 'scar', 'scars')}, {frost}"
    )


def _isotretinoin(context: RuleContext) -> Verdict:
    months = context.params.isotretinoin_tca_cross_months
    why = (
        "TCA CROSS is focal but a medium-depth chemical injury; clinic policy waits "
        f"{months} months after the last isotretinoin dose."
    )
    return Verdict(Level.NEEDS_OVERRIDE, why, months)


SPEC = ModalitySpec(
    modality=Modality.TCA_CROSS,
    name_en="TCA CROSS",
    name_ar="إعادة البناء الكيميائي للندبات (TCA CROSS)",
    name="TCA CROSS",  # an acronym: kept in capitals mid-sentence
    input_type=TcaCrossInput,
    check=check,
    consent_purpose=ConsentPurpose.TREATMENT_TCA_CROSS,
    interval=lambda settings, depth: settings.tca_cross_days,
    series=(3, 6),
    settings=(
        interval_setting("tca_cross_days", 28, "Interval", "الفترة بين الجلسات"),  # 4–6 weeks [TC]
        isotretinoin_setting(
            "isotretinoin_tca_cross_months",
            6,  # a medium-depth chemical injury: clinic policy [IS][TC]
            "After isotretinoin, wait",
            "بعد الإيزوتريتينوين، الانتظار",
        ),
    ),
    plan_sessions=3,
    source=SOURCE,
    line=line,
    given=tca_cross_given,
    # A chemical peel, however focal: §4 asks for the skin type before any peel, and §6a warns
    # of PIH in types IV–VI with a test spot.
    needs_skin_type=True,
    safety={
        "active_infection": INFECTION,
        "pregnancy": always(
            Level.NEEDS_OVERRIDE,
            "TCA CROSS is avoided in pregnancy and breastfeeding; proceed only with a reason.",
        ),
        "neuromuscular": not_concerned,
        "toxin_allergy": not_concerned,
        "local_anaesthetic_allergy": not_concerned,  # no anaesthetic is injected
        "toxin_interactions": not_concerned,
        "bleeding": not_concerned,  # §6a: not affected
        "isotretinoin": _isotretinoin,
        "herpes_simplex": always(
            Level.NEEDS_OVERRIDE,
            "antiviral prophylaxis is recommended before TCA CROSS and none is recorded for "
            "this session.",
        ),
        "keloid_tendency": always(Level.WARN, "TCA CROSS needs caution."),
        # §6a is silent on sun; TCA is a peel and tanned skin darkens after it (§4), so warn.
        "sun": sun(Level.WARN, "TCA CROSS needs caution ({cause})."),
        "topical_retinoids": not_concerned,  # §6a gives no pre-treatment retinoid rule
    },
)
