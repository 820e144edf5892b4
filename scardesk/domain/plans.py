"""Treatment plans: how many sessions of each modality, how far apart, and how far along.

Progress is arithmetic on what was actually recorded (sessions done and the last date per
modality), so it is a pure function here and the front desk's due list and the clinical
screen cannot disagree about it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType

from scardesk.domain.enums import Modality, PeelDepth, PlanStatus
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import MAX_INTERVAL_DAYS, IntervalSettings, interval_days
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS
from scardesk.domain.text_hygiene import TextKind, clean_text

SESSIONS_MAX = 20
_NOTES = TextKind.NOTES
GOALS_MAX = 2000
ITEM_NOTES_MAX = 500

#: The lower-case name each modality's plan messages use (from its spec).
MODALITY_TEXT: Mapping[Modality, str] = MappingProxyType(
    {modality: spec.name for modality, spec in SPECS.items()}
)


@dataclass(frozen=True, slots=True)
class PlanItemInput:
    """One modality on the plan form. A blank interval takes the clinic's default, for which a
    chemical peel also needs its depth."""

    modality: Modality
    sessions_planned: int
    interval_days: int | None = None
    peel_depth: PeelDepth | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PlanInput:
    items: tuple[PlanItemInput, ...]
    goals: str = ""
    started_on: date | None = None


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One modality of a stored (or validated) plan; the interval is always resolved."""

    modality: Modality
    sessions_planned: int
    interval_days: int
    notes: str | None = None
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class PlanData:
    items: tuple[PlanItem, ...]
    goals: str | None
    started_on: date | None


@dataclass(frozen=True, slots=True)
class PlanRecord:
    id: int
    version: int
    patient_id: int
    status: PlanStatus
    goals: str | None
    started_on: date | None
    created_at: datetime
    created_by_id: int
    stop_reason: str | None
    items: tuple[PlanItem, ...]


@dataclass(frozen=True, slots=True)
class ProgressLine:
    """Where one modality of a plan stands, with the sentence the screens show."""

    modality: Modality
    done: int
    planned: int
    next_due: date | None
    complete: bool
    text: str


def validate_plan(form: PlanInput, settings: IntervalSettings) -> PlanData:
    """Check a plan form, resolving blank intervals from the clinic's settings."""
    errors: dict[str, Message] = {}
    items: list[PlanItem] = []
    seen: set[Modality] = set()
    if not form.items:
        errors["items"] = Message("plan.no_modality")
    for item in form.items:
        key = f"items.{item.modality.value}"
        if item.modality in seen:
            errors[key] = Message("plan.modality_twice")
            continue
        seen.add(item.modality)
        sessions = item.sessions_planned
        if (
            isinstance(sessions, bool)
            or not isinstance(sessions, int)
            or not 1 <= sessions <= SESSIONS_MAX
        ):
            errors[f"{key}.sessions_planned"] = Message(
                "plan.sessions_out_of_range", {"value": repr(sessions), "maximum": SESSIONS_MAX}
            )
            continue
        days = item.interval_days
        if days is None:
            try:
                days = interval_days(item.modality, settings, item.peel_depth)
            except ValidationError:
                errors[f"{key}.interval_days"] = Message("plan.peel_interval_needs_depth")
                continue
        elif (
            isinstance(days, bool)
            or not isinstance(days, int)
            or not 1 <= days <= MAX_INTERVAL_DAYS
        ):
            errors[f"{key}.interval_days"] = Message(
                "plan.interval_out_of_range", {"value": repr(days), "maximum": MAX_INTERVAL_DAYS}
            )
            continue
        if item.modality is Modality.TOXIN and days < settings.toxin_retreatment_days:
            errors[f"{key}.interval_days"] = Message(
                "plan.toxin_interval_too_short",
                {"n": days, "minimum": settings.toxin_retreatment_days},
            )
            continue
        try:
            notes = (
                clean_text(item.notes, f"{key}.notes", limit=ITEM_NOTES_MAX, kind=_NOTES) or None
            )
        except ValidationError as error:
            errors.update(error.field_messages)
            continue
        if notes is not None and len(notes) > ITEM_NOTES_MAX:
            errors[f"{key}.notes"] = Message(
                "validation.text.too_long", {"length": len(notes), "maximum": ITEM_NOTES_MAX}
            )
            continue
        items.append(PlanItem(item.modality, sessions, days, notes))
    try:
        goals = clean_text(form.goals, "goals", limit=GOALS_MAX * 4, kind=_NOTES) or None
    except ValidationError as error:
        errors.update(error.field_messages)
        goals = None
    if goals is not None and len(goals) > GOALS_MAX:
        errors["goals"] = Message(
            "plan.goals_too_long", {"length": len(goals), "maximum": GOALS_MAX}
        )
    if errors:
        raise ValidationError(errors)
    return PlanData(tuple(items), goals, form.started_on)


def _next_due(
    item: PlanItem, last_done: date | None, started_on: date | None, settings: IntervalSettings
) -> date | None:
    if last_done is None:
        return started_on
    days = item.interval_days
    if item.modality is Modality.TOXIN:
        # A plan written under an older, shorter setting never suggests toxin too early.
        days = max(days, settings.toxin_retreatment_days)
    return last_done + timedelta(days=days)


def plan_progress(
    items: Sequence[PlanItem],
    sessions_done_by_modality: Mapping[Modality, int],
    last_done_by_modality: Mapping[Modality, date],
    settings: IntervalSettings,
    started_on: date | None = None,
) -> list[ProgressLine]:
    """One line per plan item, e.g. "microneedling 2 of 4, next due 2026-12-20".

    Before the first session the next due date is the plan's start date (if any); once the
    planned number is reached the line says complete and has no due date.
    """
    lines: list[ProgressLine] = []
    for item in items:
        done = sessions_done_by_modality.get(item.modality, 0)
        if done < 0:
            raise ValueError(f"negative session count for {item.modality.value}: {done}")
        name = MODALITY_TEXT[item.modality]
        head = f"{name} {done} of {item.sessions_planned}"
        if done >= item.sessions_planned:
            lines.append(
                ProgressLine(
                    item.modality, done, item.sessions_planned, None, True, f"{head}, complete"
                )
            )
            continue
        due = _next_due(item, last_done_by_modality.get(item.modality), started_on, settings)
        if due is None:
            text = f"{head}, not started"
        elif done == 0:
            text = f"{head}, first due {due.isoformat()}"
        else:
            text = f"{head}, next due {due.isoformat()}"
        lines.append(ProgressLine(item.modality, done, item.sessions_planned, due, False, text))
    return lines
