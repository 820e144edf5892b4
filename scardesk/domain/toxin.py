"""Botulinum-toxin arithmetic: concentration after reconstitution, and vial age.

Units belong to one brand and are never converted between products (clinical reference §5),
so nothing here knows about brands: callers always keep units next to their product.
"""

from __future__ import annotations

import math
from datetime import datetime

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message

# Upper bounds catch typing slips (an extra zero), not clinical limits. The largest vials on
# the market are rimabotulinumtoxinB's 10,000 U; no reconstitution uses more than 10 mL.
MAX_VIAL_UNITS = 10_000
MAX_DILUENT_ML = 10.0
DEFAULT_WINDOW_HOURS = 24.0


def _positive_number(value: object, field: str, unit: str, maximum: float) -> float:
    """``unit`` names the codes: ``toxin.<unit>.not_a_number`` and its siblings."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            {field: Message(f"toxin.{unit}.not_a_number", {"value": repr(value)})}
        )
    if value <= 0:
        raise ValidationError({field: Message(f"toxin.{unit}.not_positive", {"value": value})})
    if value > maximum:
        params = {"value": value, "maximum": maximum}
        raise ValidationError({field: Message(f"toxin.{unit}.above_maximum", params)})
    return float(value)


def validate_vial_units(units: float) -> float:
    """Vial size in the product's own units: more than 0 and at most 10,000."""
    return _positive_number(units, "vial_units", "vial_units", MAX_VIAL_UNITS)


def validate_diluent_ml(ml: float) -> float:
    """Saline volume used to reconstitute: more than 0 and at most 10 mL."""
    return _positive_number(ml, "diluent_ml", "diluent_ml", MAX_DILUENT_ML)


def concentration_units_per_0_1ml(vial_units: float, diluent_ml: float) -> float:
    """Units in each 0.1 mL (one syringe graduation): 100 U in 2.5 mL gives 4.0.

    Computed as units ÷ (mL × 10), which keeps textbook examples exact in floating point.
    """
    units = validate_vial_units(vial_units)
    ml = validate_diluent_ml(diluent_ml)
    return units / (ml * 10)


def _require_aware(moment: datetime, field: str) -> None:
    # Mixing naive and aware times would silently be off by the UTC offset (4 h in Muscat).
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{field} must be time-zone aware (store and pass UTC)")


def hours_since_reconstitution(reconstituted_at: datetime, used_at: datetime) -> float:
    """Hours between reconstitution and use; use before reconstitution is refused."""
    _require_aware(reconstituted_at, "reconstituted_at")
    _require_aware(used_at, "used_at")
    hours = (used_at - reconstituted_at).total_seconds() / 3600
    if hours < 0:
        raise ValidationError({"used_at": Message("toxin.used_before_reconstitution")})
    return hours


def reconstitution_expired(
    reconstituted_at: datetime,
    used_at: datetime,
    window_hours: float = DEFAULT_WINDOW_HOURS,
) -> bool:
    """True when the vial is used *more than* ``window_hours`` after reconstitution.

    Exactly at the limit is still within it. The window is a per-product setting; the result
    feeds a warning, not a block (clinical reference §5).
    """
    window = _positive_number(window_hours, "window_hours", "hours", 24 * 365)
    return hours_since_reconstitution(reconstituted_at, used_at) > window
