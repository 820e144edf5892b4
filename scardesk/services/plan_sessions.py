"""The sessions a plan's progress is counted from, read for the plan tab and the due list alike.

Only columns are read (patient, plan, day, modality), never a session's stored details, so
a session whose details cannot be decoded still counts towards its plan. Which of these
count, and when the next is due, is the domain's ``plan_standing``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from scardesk.db.due_index import among
from scardesk.db.due_index import given_sessions as read_given
from scardesk.db.models import TreatmentPlan
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plan_standing import GivenSession, plan_standing, plan_start
from scardesk.domain.plans import PlanItem, ProgressLine

_CHUNK = 900  # stays under SQLite's bound-parameter limit


def given_sessions(session: Session, patient_ids: Iterable[int]) -> dict[int, list[GivenSession]]:
    """Every not-voided session with its modalities, per patient (the due index's reading)."""
    ids = sorted(set(patient_ids))
    found: dict[int, list[GivenSession]] = defaultdict(list)
    for chunk in (ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)):
        found.update(read_given(session.connection(), among(chunk)))
    return found


def standing_of(
    row: TreatmentPlan,
    items: tuple[PlanItem, ...],
    sessions: Iterable[GivenSession],
    settings: IntervalSettings,
) -> list[ProgressLine]:
    """``plan_standing`` for one stored plan."""
    return plan_standing(
        row.id, plan_start(row.started_on, row.created_at), items, sessions, settings
    )
