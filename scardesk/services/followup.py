"""Who should be phoned for a booking: due by their plan, or due their toxin review.

A patient is due when, with nothing booked from today on and not archived,

* an active plan has a modality with sessions still to give and its next session is due
  today or earlier — counted by the domain's ``plan_standing``, the same rule the plan tab
  shows (so the two cannot disagree); or
* a toxin session within the last retreatment interval has had no visit since, and its
  review date (injection + review days) is today or earlier.

The database narrows the candidates (grouped queries over active plans and recent toxin
sessions); the dates are computed in Python with the domain's interval rules, because date
arithmetic differs between SQLite and PostgreSQL. The merged list is then paged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import (
    Appointment,
    ModalityEntry,
    Patient,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.models import PlanItem as PlanItemRow
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import AppointmentStatus, Modality, PlanStatus
from scardesk.domain.errors import UnreadableRecordError, ValidationError
from scardesk.domain.intervals import IntervalSettings, toxin_review_due
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.plans import PlanItem
from scardesk.domain.scheduling import (
    DueItem,
    DuePatient,
    DueReason,
    DueRow,
    merge_due,
    muscat_day_range,
)
from scardesk.domain.time import to_muscat
from scardesk.domain.validation import format_phone_display
from scardesk.domain.working_calendar import WorkingCalendar
from scardesk.services.access import check
from scardesk.services.decoding import reading
from scardesk.services.plan_sessions import given_sessions, standing_of
from scardesk.services.rule_parameters import gate_parameters
from scardesk.services.working_time import read_calendar


class FollowUpService:
    def __init__(self, database: Database, settings: IntervalSettings | None = None) -> None:
        """``settings`` overrides the clinic's stored intervals (tests, what-if views)."""
        self._db = database
        self._settings = settings

    def due_list(
        self, actor: Actor, today: date, limit: int = 50, offset: int = 0
    ) -> tuple[list[DueRow], bool]:
        """One page of due patients, most overdue first, and whether more follow."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        if not 1 <= limit <= 500 or offset < 0:
            raise ValidationError(
                {"limit": Message("paging.out_of_range", {"limit": limit, "maximum": 500})}
            )
        from_midnight, _ = muscat_day_range(today)
        with self._db.sessions() as session:
            settings = self._settings or _stored_settings(session)
            booked = set(
                session.scalars(
                    select(Appointment.patient_id).where(
                        Appointment.status == AppointmentStatus.BOOKED.value,
                        Appointment.starts_at >= from_midnight,
                    )
                )
            )
            items = [
                *_plan_items(session, settings, today),
                *_toxin_reviews(session, settings, from_midnight),
            ]
            due = [d for d in merge_due(items, today) if d.patient_id not in booked]
            due = _without_archived(session, due)
            page = due[offset : offset + limit]
            return _rows(session, page, read_calendar(session), today), len(due) > offset + limit


def _stored_settings(session: Session) -> IntervalSettings:
    return gate_parameters(session).interval_settings()


def _day(moment: datetime) -> date:
    return to_muscat(moment).date()


def _plan_items(session: Session, settings: IntervalSettings, today: date) -> Iterable[DueItem]:
    """The next session of every active plan item, as the plan tab counts it (one rule)."""
    plans = list(
        session.scalars(
            select(TreatmentPlan)
            .where(TreatmentPlan.status == PlanStatus.ACTIVE.value)
            .order_by(TreatmentPlan.id)
        )
    )
    if not plans:
        return
    items: dict[int, list[PlanItem]] = defaultdict(list)
    unreadable: set[int] = set()
    for row in session.scalars(
        select(PlanItemRow)
        .join(TreatmentPlan, TreatmentPlan.id == PlanItemRow.plan_id)
        .where(TreatmentPlan.status == PlanStatus.ACTIVE.value, PlanItemRow.sessions_planned > 0)
        .order_by(PlanItemRow.id)
    ):
        try:
            with reading("plan_items", row.id):
                item = PlanItem(Modality(row.modality), row.sessions_planned, row.interval_days)
        except UnreadableRecordError:
            unreadable.add(row.plan_id)
            continue
        items[row.plan_id].append(item)
    given = given_sessions(session, [plan.patient_id for plan in plans])
    for plan in plans:
        if plan.id in unreadable:
            # Whether the patient is due cannot be told: list them rather than leave them out.
            yield DueItem(plan.patient_id, DueReason.UNREADABLE, None, today)
            continue
        lines = standing_of(plan, tuple(items[plan.id]), given[plan.patient_id], settings)
        for line in lines:
            if not line.complete and line.next_due is not None:
                yield DueItem(plan.patient_id, DueReason.PLAN_SESSION, line.modality, line.next_due)


def _toxin_reviews(
    session: Session, settings: IntervalSettings, from_midnight: datetime
) -> Iterable[DueItem]:
    window_start = from_midnight - timedelta(days=settings.toxin_retreatment_days)
    injected = dict(
        session.execute(
            select(TreatmentSession.patient_id, func.max(TreatmentSession.performed_at))
            .join(ModalityEntry, ModalityEntry.session_id == TreatmentSession.id)
            .where(
                ModalityEntry.modality == Modality.TOXIN.value,
                TreatmentSession.voided_at.is_(None),
                TreatmentSession.performed_at >= window_start,
            )
            .group_by(TreatmentSession.patient_id)
        ).all()
    )
    if not injected:
        return
    seen_since: set[int] = set()
    ids = list(injected)
    for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):
        latest = session.execute(
            select(TreatmentSession.patient_id, func.max(TreatmentSession.performed_at))
            .where(TreatmentSession.patient_id.in_(chunk), TreatmentSession.voided_at.is_(None))
            .group_by(TreatmentSession.patient_id)
        )
        seen_since.update(pid for pid, last in latest if last > injected[pid])
        reviews = session.execute(
            select(Appointment.patient_id, func.max(Appointment.starts_at))
            .where(
                Appointment.patient_id.in_(chunk),
                Appointment.status.in_(
                    [AppointmentStatus.ARRIVED.value, AppointmentStatus.DONE.value]
                ),
            )
            .group_by(Appointment.patient_id)
        )
        seen_since.update(pid for pid, last in reviews if last > injected[pid])
    for patient_id, when in injected.items():
        if patient_id not in seen_since:
            due_on = toxin_review_due(_day(when), settings)
            yield DueItem(patient_id, DueReason.TOXIN_REVIEW, Modality.TOXIN, due_on)


def _without_archived(session: Session, due: list[DuePatient]) -> list[DuePatient]:
    ids = [d.patient_id for d in due]
    archived: set[int] = set()
    for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):
        archived.update(
            session.scalars(
                select(Patient.id).where(Patient.id.in_(chunk), Patient.archived_at.is_not(None))
            )
        )
    return [d for d in due if d.patient_id not in archived]


def _rows(
    session: Session, page: list[DuePatient], calendar: WorkingCalendar, today: date
) -> list[DueRow]:
    if not page:
        return []
    people = {
        row.id: row
        for row in session.execute(
            select(
                Patient.id,
                Patient.name_latin,
                Patient.name_arabic,
                Patient.phone,
                Patient.date_of_birth,
            ).where(Patient.id.in_([d.patient_id for d in page]))
        )
    }
    seen_by = _usual_practitioner(session, list(people))
    return [
        DueRow(
            patient_id=d.patient_id,
            name_latin=people[d.patient_id].name_latin,
            name_arabic=people[d.patient_id].name_arabic,
            phone=people[d.patient_id].phone,
            phone_display=(
                format_phone_display(people[d.patient_id].phone)
                if people[d.patient_id].phone
                else None
            ),
            due_on=d.due_on,
            days_overdue=d.days_overdue,
            reasons=d.reasons,
            modalities=d.modalities,
            date_of_birth=people[d.patient_id].date_of_birth,
            practitioner_id=seen_by.get(d.patient_id),
            book_on=calendar.working_day_from(today, seen_by.get(d.patient_id)),
        )
        for d in page
    ]


def _usual_practitioner(session: Session, patient_ids: list[int]) -> dict[int, int]:
    """Each patient's practitioner to pre-fill a booking: the one who did their latest
    session, else the author of their latest active plan."""
    found: dict[int, int] = {}
    plans = session.execute(
        select(TreatmentPlan.patient_id, TreatmentPlan.created_by_id)
        .where(
            TreatmentPlan.patient_id.in_(patient_ids),
            TreatmentPlan.status == PlanStatus.ACTIVE.value,
        )
        .order_by(TreatmentPlan.id)
    )
    found.update({patient: author for patient, author in plans})
    sessions = session.execute(
        select(TreatmentSession.patient_id, TreatmentSession.practitioner_id)
        .where(TreatmentSession.patient_id.in_(patient_ids), TreatmentSession.voided_at.is_(None))
        .order_by(TreatmentSession.performed_at)
    )
    found.update({patient: practitioner for patient, practitioner in sessions})
    return found
