"""A patient's plans as records, and when their unfinished items are next due.

Read by the plan service and by the aftercare sheet's next date. Apart from the plan service
(its writes, permissions and the patient checks) so that printing a sheet loads only this
(issue #16).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.models import PlanItem as PlanItemRow
from scardesk.db.models import TreatmentPlan
from scardesk.domain.enums import Modality, PlanStatus
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plans import PlanItem, PlanRecord
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services.listing import read_each
from scardesk.services.plan_sessions import given_sessions, standing_of
from scardesk.services.rule_parameters import gate_parameters


def interval_settings(session: Session) -> IntervalSettings:
    """The clinic's intervals: part of the one stored set of rule parameters."""
    return gate_parameters(session).interval_settings()


def plan_items(session: Session, plan_id: int) -> list[PlanItemRow]:
    return list(
        session.scalars(
            select(PlanItemRow).where(PlanItemRow.plan_id == plan_id).order_by(PlanItemRow.id)
        )
    )


def plan_record(session: Session, row: TreatmentPlan) -> PlanRecord:
    # sessions_planned 0 marks a modality taken off the plan (rows are never deleted).
    items = tuple(
        PlanItem(
            Modality(i.modality), i.sessions_planned, i.interval_days, i.notes, i.id, i.version
        )
        for i in plan_items(session, row.id)
        if i.sessions_planned > 0
    )
    return PlanRecord(
        id=row.id,
        version=row.version,
        patient_id=row.patient_id,
        status=PlanStatus(row.status),
        goals=row.goals,
        started_on=row.started_on,
        created_at=row.created_at,
        created_by_id=row.created_by_id,
        stop_reason=row.stop_reason,
        items=items,
    )


def planned_due_dates(session: Session, patient_id: int) -> list[date] | None:
    """When each unfinished item of the patient's active plans is next due (counted from the
    sessions recorded, the item's own interval or the clinic's); None without an active plan.

    A plan whose stored details cannot be read is left out, as on the due list.
    """
    rows = list(
        session.scalars(
            select(TreatmentPlan)
            .where(
                TreatmentPlan.patient_id == patient_id,
                TreatmentPlan.status == PlanStatus.ACTIVE.value,
            )
            .order_by(TreatmentPlan.id)
        )
    )
    if not rows:
        return None
    settings = interval_settings(session)
    given = given_sessions(session, patient_id)
    dates: list[date] = []
    for record in read_each("treatment_plans", rows, lambda r: plan_record(session, r)):
        if isinstance(record, UnreadableRecord):
            continue
        row = next(r for r in rows if r.id == record.id)
        for line in standing_of(row, record.items, given, settings):
            if not line.complete and line.next_due is not None:
                dates.append(line.next_due)
    return dates
