"""The sessions a plan's progress is counted from, read for the plan tab and the due list alike.

Only columns are read (patient, plan, day, modality), never a session's stored details, so
a session whose details cannot be decoded still counts towards its plan. Which of these
count, and when the next is due, is the domain's ``plan_standing``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from scardesk.db.due_index import among
from scardesk.db.due_index import given_sessions as read_given
from scardesk.db.models import TreatmentPlan
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plan_standing import GivenSession, plan_standing, plan_start
from scardesk.domain.plans import PlanItem, ProgressLine


def given_sessions(session: Session, patient_id: int) -> list[GivenSession]:
    """Every not-voided session of one patient with its modalities (the due index's reading)."""
    return read_given(session.connection(), among([patient_id]))[patient_id]


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
