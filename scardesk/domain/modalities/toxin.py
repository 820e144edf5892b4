"""Botulinum toxin (clinical reference §5): product, lot, vial, points; its own dose rules."""

from __future__ import annotations

import math
from datetime import datetime

from scardesk.domain.enums import ConsentPurpose, HistoryFact, Modality
from scardesk.domain.finding_level import Level
from scardesk.domain.messages import Message
from scardesk.domain.modalities.common import BLEEDING, INFECTION
from scardesk.domain.modalities.spec import (
    ModalitySpec,
    RuleContext,
    Setting,
    Unit,
    Verdict,
    always,
    interval_setting,
    not_concerned,
)
from scardesk.domain.modality_inputs import (
    MAX_POINTS,
    POINTS_TOLERANCE_U,
    FieldErrors,
    ToxinInput,
    aware,
)
from scardesk.domain.toxin import MAX_DILUENT_ML, MAX_VIAL_UNITS

SOURCE = "[BT] Botox Cosmetic (onabotulinumtoxinA) prescribing information; other toxin labels"

_INTERACTIONS = {
    HistoryFact.AMINOGLYCOSIDES: "they can strengthen the toxin's effect; check the dose.",
    HistoryFact.MUSCLE_RELAXANTS: "they can strengthen the toxin's effect; check the dose.",
    HistoryFact.RECENT_TOXIN_OR_FILLER: (
        "toxin given elsewhere within months adds to this dose and may spread weakness; "
        "check what, where and when."
    ),
}


def _interaction(context: RuleContext) -> Verdict | None:
    why = _INTERACTIONS.get(context.fact) if context.fact is not None else None
    return None if why is None else Verdict(Level.WARN, why)


#: Units of the point checks, made once: a session may place hundreds of points.
_UNITS = Message("unit.units")
_MAP_WIDTH = Message("unit.map_width_fraction")
_MAP_HEIGHT = Message("unit.map_height_fraction")


def check(e: FieldErrors, p: str, entry: ToxinInput, performed_at: datetime) -> None:
    units = _UNITS
    e.number(f"{p}.vial_units", entry.vial_units, 0, MAX_VIAL_UNITS, units, open_low=True)
    e.number(f"{p}.diluent_ml", entry.diluent_ml, 0, MAX_DILUENT_ML, "mL", open_low=True)
    e.number(f"{p}.total_units", entry.total_units, 0, MAX_VIAL_UNITS, units, open_low=True)
    e.number(f"{p}.waste_units", entry.waste_units, 0, MAX_VIAL_UNITS, units)
    if entry.units_per_cm3 is not None:
        e.number(f"{p}.units_per_cm3", entry.units_per_cm3, 0, 100, "U/cm³", open_low=True)
    if not aware(entry.reconstituted_at):
        e.found[f"{p}.reconstituted_at"] = Message("toxin.reconstitution_without_zone")
    elif aware(performed_at) and entry.reconstituted_at > performed_at:
        e.found[f"{p}.reconstituted_at"] = Message("toxin.reconstituted_after_session")
    if not entry.points:
        e.found[f"{p}.points"] = Message("toxin.no_points")
    elif len(entry.points) > MAX_POINTS:
        e.found[f"{p}.points"] = Message(
            "toxin.too_many_points", {"n": len(entry.points), "maximum": MAX_POINTS}
        )
    for n, point in enumerate(entry.points):
        e.number(f"{p}.points.{n}.x", point.x, 0, 1, _MAP_WIDTH)
        e.number(f"{p}.points.{n}.y", point.y, 0, 1, _MAP_HEIGHT)
        e.number(f"{p}.points.{n}.units", point.units, 0, MAX_VIAL_UNITS, units, open_low=True)
        e.text(f"{p}.points.{n}.region", point.region, 20, "forehead", required=False)
    if any(k.startswith(p + ".") for k in e.found):
        return
    placed = math.fsum(point.units for point in entry.points)
    if abs(placed - entry.total_units) > POINTS_TOLERANCE_U:
        e.found[f"{p}.total_units"] = Message(
            "toxin.points_total_mismatch", {"placed": placed, "total": entry.total_units}
        )
    if entry.total_units + entry.waste_units > entry.vial_units + POINTS_TOLERANCE_U:
        e.found[f"{p}.waste_units"] = Message(
            "toxin.more_than_vial",
            {"given": entry.total_units, "wasted": entry.waste_units, "vial": entry.vial_units},
        )


SPEC = ModalitySpec(
    modality=Modality.TOXIN,
    name_en="Botulinum toxin",
    name_ar="توكسين البوتولينوم (البوتوكس)",
    name="botulinum toxin",
    input_type=ToxinInput,
    check=check,
    consent_purpose=ConsentPurpose.TREATMENT_TOXIN,
    interval=lambda settings, depth: settings.toxin_retreatment_days,
    series=(1, 1),
    plan_sessions=1,
    source=SOURCE,
    interval_rule=False,
    own_rows=True,  # toxin_entries and injection_points
    settings=(
        interval_setting(
            "toxin_retreatment_days", 84, "Retreatment no sooner than", "لا يُعاد الحقن قبل"
        ),  # 12 weeks [BT]; the reference's "(90 days)" is a clinic choice
        interval_setting(
            "toxin_review_days", 14, "Review visit after", "زيارة المراجعة بعد"
        ),  # the full effect shows at about 2 weeks [AC]
        Setting(
            "toxin_cap_units",
            400,  # Botox Cosmetic label [BT]
            1,
            10_000,
            Unit.UNITS,
            "At most, of one product",
            "الحد الأقصى من منتج واحد",
        ),
        Setting(
            "toxin_cap_window_days",
            90,  # "any 3-month window"
            1,
            365,
            Unit.DAYS,
            "… within any window of",
            "… خلال أي فترة مدتها",
        ),
        Setting(
            "toxin_max_units_per_point",
            10,  # above it, a reason
            1,
            1000,
            Unit.UNITS,
            "At most, per injection point (clinic policy)",
            "الحد الأقصى لكل نقطة حقن (سياسة العيادة)",
            policy=True,
        ),
    ),
    safety={
        "active_infection": INFECTION,
        "pregnancy": always(
            Level.BLOCK,
            "botulinum toxin is not given in pregnancy or while breastfeeding (the labels "
            "give no safety data; the clinic does not treat by default).",
        ),
        "neuromuscular": always(
            Level.NEEDS_OVERRIDE,
            "in myasthenia gravis, Lambert-Eaton syndrome or ALS botulinum toxin can cause "
            "serious systemic effects (swallowing and breathing problems). Stop unless the "
            "prescriber overrides with a reason.",
        ),
        "local_anaesthetic_allergy": not_concerned,  # §6a names it for subcision only
        "toxin_allergy": always(
            Level.BLOCK,
            "botulinum toxin is contraindicated (hypersensitivity to the product or its "
            "excipients).",
        ),
        "toxin_interactions": _interaction,
        "bleeding": BLEEDING,
        "isotretinoin": not_concerned,
        "herpes_simplex": not_concerned,
        "keloid_tendency": not_concerned,
        "sun": not_concerned,
        "topical_retinoids": not_concerned,
    },
)
