"""A recorded session in words, and what an amendment changed, for the read-only views.

Plain text only (it is shown in plain-text labels), so a note containing markup prints as
typed. Toxin units are always written with their product, never added across products.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from scardesk.domain.sessions import (
    LaserInput,
    MicroneedlingInput,
    PeelInput,
    SessionInput,
    ToxinFacts,
    ToxinInput,
)
from scardesk.domain.toxin import concentration_units_per_0_1ml
from scardesk.ui.errors import field_label
from scardesk.ui.labels import number_text
from scardesk.ui.sessions.common import (
    Describer,
    area_name,
    depth_name,
    modality_name,
    severity_name,
    show_moment,
    units_text,
    with_areas,
)
from scardesk.ui.tr import _t, listed


def preparation_text(form: SessionInput) -> str:
    parts = [_t("skin cleansed") if form.cleansing_done else _t("no cleansing recorded")]
    if form.anaesthetic_agent:
        minutes = form.anaesthetic_minutes
        parts.append(
            _t("{agent} for {minutes} min").format(agent=form.anaesthetic_agent, minutes=minutes)
            if minutes
            else form.anaesthetic_agent
        )
    else:
        parts.append(_t("no topical anaesthetic"))
    if form.antiviral_prophylaxis:
        parts.append(_t("antiviral prophylaxis given"))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def toxin_text(entry: ToxinInput, facts: ToxinFacts | None) -> str:
    product = facts.product_label if facts else _t("product #{id}").format(id=entry.product_id)
    lot = facts.lot_number if facts else str(entry.lot_id)
    concentration = concentration_units_per_0_1ml(entry.vial_units, entry.diluent_ml)
    lines = [
        _t("{product}, lot {lot}").format(product=product, lot=lot),
        _t(
            "Vial {vial} in {ml:g} mL saline ({conc:.1f} U per 0.1 mL), reconstituted {when}"
        ).format(
            vial=units_text(entry.vial_units),
            ml=entry.diluent_ml,
            conc=concentration,
            when=show_moment(entry.reconstituted_at),
        ),
        _t("{total} given at {n} points; waste {waste}").format(
            total=units_text(entry.total_units),
            n=len(entry.points),
            waste=units_text(entry.waste_units),
        ),
    ]
    if facts is not None and facts.reconstitution_warning:
        lines.append(
            _t("⚠ Used {hours:.0f} h after reconstitution, past the product's window").format(
                hours=facts.hours_since_reconstitution
            )
        )
    if entry.units_per_cm3:
        lines.append(
            _t("Intralesional: {dose:g} U per cm³ of lesion").format(dose=entry.units_per_cm3)
        )
    per_region: defaultdict[str, float] = defaultdict(float)  # units are fractional
    counts: Counter[str] = Counter()
    for point in entry.points:
        key = point.region or ""
        per_region[key] += point.units
        counts[key] += 1
    for region, units in per_region.items():
        where = area_name(region) if region else _t("Outside the regions")
        n = counts[region]
        points = _t("1 point") if n == 1 else _t("{n} points").format(n=number_text(n))
        lines.append(f"  {where}: {points}, {units_text(units)}")
    return "\n".join(lines)


def _microneedling_head(entry: MicroneedlingInput) -> str:
    serum = f", {entry.serum}" if entry.serum else ""
    return _t("{device}, needle depth {depth:g} mm, {passes} passes{serum}").format(
        device=entry.device, depth=entry.needle_depth_mm, passes=entry.passes, serum=serum
    )


def _laser_head(entry: LaserInput) -> str:
    kind = (
        _t("fully ablative")
        if entry.fully_ablative
        else (_t("fractional ablative") if entry.ablative else _t("nonablative"))
    )
    return _t(
        "{device}, {nm:g} nm, {kind}, {energy:g} {unit}, density {density:g} %, "
        "{passes} passes, spot {spot:g} mm"
    ).format(
        device=entry.device,
        nm=entry.wavelength_nm,
        kind=kind,
        energy=entry.energy,
        unit=entry.energy_unit.value,
        density=entry.density_percent,
        passes=entry.passes,
        spot=entry.spot_size_mm,
    )


def _peel_head(entry: PeelInput) -> str:
    return _t(
        "{agent} {conc:g} %, {depth} depth, {layers} layers, contact {time:g} min, {neut}"
    ).format(
        agent=entry.agent,
        conc=entry.concentration_percent,
        depth=depth_name(entry.depth).lower(),
        layers=entry.layers,
        time=entry.contact_time_min,
        neut=_t("neutralised") if entry.neutralised else _t("not neutralised"),
    )


#: The describers of the first four modalities; each later one keeps its describer in its
#: card's module. ``cards.CARDS`` is the map the session view reads them from.
describe_toxin: Describer = toxin_text
describe_microneedling = with_areas(_microneedling_head)
describe_laser = with_areas(_laser_head)
describe_peel = with_areas(_peel_head)


def events_text(form: SessionInput) -> str:
    if form.adverse_events_none:
        return _t("None (stated explicitly)")
    if not form.adverse_events:
        return _t("Not stated")
    lines = []
    for event in form.adverse_events:
        line = f"{event.kind} ({severity_name(event.severity).lower()})"
        if event.action_taken:
            line += " — " + event.action_taken
        if event.follow_up_needed:
            line += " — " + _t("follow-up needed")
        lines.append("• " + line)
    return "\n".join(lines)


def _flatten(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            _flatten(inner, f"{path}.{key}" if path else str(key), out)
    elif isinstance(value, list) and value and isinstance(value[0], Mapping):
        for n, inner in enumerate(value):
            _flatten(inner, f"{path}.{n}", out)
    else:
        out[path] = value


def _shown(value: Any) -> str:
    if value is None or value == "":
        return _t("(empty)")
    if isinstance(value, list):
        return listed(str(v) for v in value) or _t("(none)")
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, str) and "T" in value:
        try:
            return show_moment(datetime.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


def _same(old: Any, new: Any) -> bool:
    """Equal values; times are equal when they name the same instant in any time zone."""
    if old == new:
        return True
    try:
        return datetime.fromisoformat(old) == datetime.fromisoformat(new)
    except (TypeError, ValueError):
        return False


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any], kinds: list[str]
) -> list[str]:
    """``Botulinum toxin · points 3 units: 2 → 3`` for each value an amendment changed."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    _flatten(before, "", old)
    _flatten(after, "", new)
    lines = []
    for key in [k for k in new if not _same(old.get(k), new[k])] + [k for k in old if k not in new]:
        parts = key.split(".")
        where = field_label(key)
        if parts[0] == "modalities" and len(parts) > 2 and parts[1].isdigit():
            n = int(parts[1])
            name = kinds[n] if n < len(kinds) else parts[1]
            where = f"{name} · " + " ".join(
                str(int(p) + 1) if p.isdigit() else p.replace("_", " ") for p in parts[2:]
            )
        elif parts[0] == "adverse_events" and len(parts) > 1:
            where = (
                _t("Adverse event")
                + " "
                + " ".join(
                    str(int(p) + 1) if p.isdigit() else p.replace("_", " ") for p in parts[1:]
                )
            )
        lines.append(f"{where}: {_shown(old.get(key))} → {_shown(new.get(key))}")
    return lines


def kind_names(form: SessionInput) -> list[str]:
    return [modality_name(m.modality) for m in form.modalities]
