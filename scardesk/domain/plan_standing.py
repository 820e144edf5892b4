"""Where a plan stands, decided once for every screen that asks.

The clinical plan tab ("microneedling 1 of 4, next due 2 Jan") and the front desk's due list
("14 days overdue") used to count sessions differently — one since the plan's start date,
the other since the plan row was created — so they could contradict each other about the
same patient. Both now hand the sessions they read to ``plan_standing``, which alone says
which sessions count towards a plan and when the next one is due.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from scardesk.domain.enums import Modality
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plans import PlanItem, ProgressLine, plan_progress
from scardesk.domain.time import to_muscat


@dataclass(frozen=True, slots=True)
class GivenSession:
    """One recorded, not voided session of a modality, as much as plan progress needs.

    Built from columns only (never from the session's stored JSON), so a session whose
    details cannot be decoded still counts: the plan and the session list never disagree.
    """

    session_id: int
    performed_on: date  # the Muscat calendar day
    plan_id: int | None
    modality: Modality


def plan_start(started_on: date | None, created_at: datetime) -> date:
    """The day a plan starts: its stated start, else the (Muscat) day it was written."""
    return started_on if started_on is not None else to_muscat(created_at).date()


def counts_towards(plan_id: int, start: date, given: GivenSession) -> bool:
    """A session counts when it names this plan, or names no plan and is on or after its start.

    Sessions recorded before plans were linked name none; one that names another plan
    belongs to that plan only.
    """
    if given.plan_id is not None:
        return given.plan_id == plan_id
    return given.performed_on >= start


def plan_standing(
    plan_id: int,
    start: date,
    items: Sequence[PlanItem],
    sessions: Iterable[GivenSession],
    settings: IntervalSettings,
) -> list[ProgressLine]:
    """Per plan item: sessions done, and the next one's due date (the plan's start before any)."""
    done: dict[Modality, set[int]] = {}
    last: dict[Modality, date] = {}
    for given in sessions:
        if not counts_towards(plan_id, start, given):
            continue
        done.setdefault(given.modality, set()).add(given.session_id)
        if given.modality not in last or given.performed_on > last[given.modality]:
            last[given.modality] = given.performed_on
    counts = {modality: len(ids) for modality, ids in done.items()}
    return plan_progress(items, counts, last, settings, start)
