"""One treatment session of the patient's copy: what was used, how much, where, and what changed.

Toxin is printed with its product, lot, vial and dilution, then a table of every injection point
with its units (clinical reference §5); devices with their settings (§6). A voided session is
printed under a red "VOIDED" line with its reason; amendments follow the session they corrected.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Protocol

from reportlab.platypus import Flowable

from scardesk.documents.layout import URGENT, BidiParagraph, en
from scardesk.documents.parts import number
from scardesk.documents.summary import grid
from scardesk.domain.codecs.modality import decode_modality
from scardesk.domain.english import counted
from scardesk.domain.modalities import spec_of
from scardesk.domain.time import to_muscat

Item = Mapping[str, Any]
TITLE = en(10.5, bold=True)
LINE = en(9.5, auto=True)
VOID = en(10, bold=True, color=URGENT)


class Names(Protocol):
    """What the session needs from the copy: modality and region names in English."""

    def modality(self, value: str) -> str: ...

    def region(self, value: str | None) -> str: ...


def when_text(value: str | None) -> str:
    """An ISO time from the record as Muscat wall-clock time."""
    if not value:
        return "-"
    return f"{to_muscat(datetime.fromisoformat(value)):%Y-%m-%d %H:%M}"


def day_text(value: str | None) -> str:
    """An ISO date, or the Muscat day of an ISO time."""
    if not value:
        return "-"
    if "T" in value:
        return f"{to_muscat(datetime.fromisoformat(value)):%Y-%m-%d}"
    return date.fromisoformat(value).isoformat()


def _areas(entry: Item, names: Names) -> str:
    areas = entry.get("areas") or []
    return ", ".join(names.region(a) for a in areas)


def _yes(value: object) -> str:
    return "yes" if value else "no"


def _spec_line(entry: Item) -> str:
    """Any other modality in its spec's own words, so a new one prints its settings with no
    branch here; an entry this version cannot read prints as such instead of failing."""
    try:
        settings = decode_modality(entry)
    except (KeyError, TypeError, ValueError):
        return "settings this version cannot read"
    line = spec_of(settings.modality).line
    return line(settings) if line is not None else "-"


def _entry_text(entry: Item, names: Names) -> str:
    kind = entry["modality"]
    label = names.modality(kind)
    if kind == "toxin":
        extra = f", {number(entry['units_per_cm3'])} U/cm³" if entry.get("units_per_cm3") else ""
        text = (
            f"{label}: {entry.get('product', '?')}, lot {entry.get('lot_number', '?')}; "
            f"vial {number(entry['vial_units'])} U in {number(entry['diluent_ml'])} mL"
            f" (reconstituted {when_text(entry['reconstituted_at'])}); "
            f"total {number(entry['total_units'])} U, wasted {number(entry['waste_units'])} U"
            f"{extra}"
        )
    elif kind == "microneedling":
        serum = f", serum {entry['serum']}" if entry.get("serum") else ""
        text = (
            f"{label}: {entry['device']}, depth {number(entry['needle_depth_mm'])} mm, "
            f"{counted(entry['passes'], 'pass', 'passes')}{serum}"
        )
    elif kind == "fractional_laser":
        ablative = (
            "fully ablative"
            if entry.get("fully_ablative")
            else ("ablative" if entry.get("ablative") else "non-ablative")
        )
        text = (
            f"{label}: {entry['device']}, {number(entry['wavelength_nm'])} nm, {ablative}, "
            f"energy {number(entry['energy'])} {entry['energy_unit']}, density "
            f"{number(entry['density_percent'])}%, "
            f"{counted(entry['passes'], 'pass', 'passes')}, "
            f"spot {number(entry['spot_size_mm'])} mm"
        )
    elif kind == "chemical_peel":
        text = (
            f"{label}: {entry['agent']} {number(entry['concentration_percent'])}%, "
            f"{entry['depth']} depth, {counted(entry['layers'], 'layer', 'layers')}, "
            f"{number(entry['contact_time_min'])} min, neutralised {_yes(entry.get('neutralised'))}"
        )
    else:
        text = f"{label}: {_spec_line(entry)}"
    areas = _areas(entry, names)
    return f"{text}; areas: {areas}" if areas else text


def _points(entry: Item, names: Names) -> list[Flowable]:
    points = entry.get("points") or []
    if not points:
        return []
    rows = [
        [
            str(n),
            names.region(p.get("region")),
            f"{number(p['units'])} U",
            f"{p['x'] * 100:.0f}% across, {p['y'] * 100:.0f}% down",
        ]
        for n, p in enumerate(points, start=1)
    ]
    return [grid(["Point", "Region", "Dose", "Place on the face map"], rows, [0.1, 0.3, 0.2, 0.4])]


def _care(item: Item) -> str:
    parts = [f"cleansing {_yes(item.get('cleansing_done'))}"]
    parts.append(f"antiviral prophylaxis {_yes(item.get('antiviral_prophylaxis'))}")
    if item.get("anaesthetic_agent"):
        minutes = item.get("anaesthetic_minutes")
        parts.append(
            f"anaesthetic {item['anaesthetic_agent']}" + (f" for {minutes} min" if minutes else "")
        )
    return "Preparation: " + ", ".join(parts)


def _reactions(item: Item) -> str:
    events = item.get("adverse_events") or []
    if not events:
        if item.get("adverse_events_none"):
            return "Reactions: none"
        return "Reactions: not stated"
    said = []
    for event in events:
        text = f"{event['kind']} ({event['severity']})"
        if event.get("action_taken"):
            text += f", action: {event['action_taken']}"
        if event.get("follow_up_needed"):
            text += ", follow-up needed"
        said.append(text)
    return "Reactions: " + "; ".join(said)


def session_story(item: Item, names: Names) -> list[Flowable]:
    """The flowables of one session; the first three belong together on a page."""
    signed = (
        f"signed {when_text(item['signed_at'])} by {item.get('signed_by') or '-'}"
        if item.get("signed_at")
        else "not signed"
    )
    title = f"Session #{item['id']} · {when_text(item['performed_at'])} · {item['practitioner']}"
    story: list[Flowable] = [BidiParagraph(f"{title} · {signed}", TITLE)]
    if item.get("voided_at"):
        why = f": {item['void_reason']}" if item.get("void_reason") else ""
        story.append(BidiParagraph(f"VOIDED {when_text(item['voided_at'])}{why}", VOID))
    else:
        story.append(BidiParagraph(_care(item), LINE))
    for entry in item["modalities"]:
        story.append(BidiParagraph(_entry_text(entry, names), LINE, bullet="•"))
        story += _points(entry, names)
    if item.get("voided_at"):
        story.append(BidiParagraph(_care(item), LINE))
    story.append(BidiParagraph(_reactions(item), LINE))
    if item.get("supervising_prescriber"):
        story.append(
            BidiParagraph(f"Supervising prescriber: {item['supervising_prescriber']}", LINE)
        )
    if item.get("post_notes"):
        story.append(BidiParagraph(f"Notes: {item['post_notes']}", LINE))
    for amendment in item.get("amendments") or []:
        changed = ", ".join(c.replace("_", " ") for c in amendment["changed"]) or "-"
        story.append(
            BidiParagraph(
                f"AMENDED {when_text(amendment['amended_at'])} by {amendment['amended_by']}: "
                f"{amendment['reason']} (changed: {changed}; the record above is as amended)",
                VOID,
            )
        )
        story += [BidiParagraph(line, LINE, bullet="–") for line in _was(amendment)]
    return story


def _was(amendment: Item) -> list[str]:
    """What a simple value read before the amendment; lists (modalities, events) are in the
    JSON copy, whole, before and after."""
    lines = []
    for key in amendment["changed"]:
        before = amendment["before"].get(key)
        if isinstance(before, list | dict):
            lines.append(f"{key.replace('_', ' ')}: changed, see record.json")
        else:
            shown = "-" if before in (None, "") else before
            lines.append(f"{key.replace('_', ' ')} before: {shown}")
    return lines
