"""Who should be phoned for a booking: due by their plan, or due their toxin review.

A patient is due when, with nothing booked from today on and not archived,

* an active plan has a modality with sessions still to give and its next session is due
  today or earlier — counted by the domain's ``plan_standing``, the same rule the plan tab
  shows (so the two cannot disagree); or
* a toxin session within the last retreatment interval has had no visit since, and its
  review date (injection + review days) is today or earlier.

The dates are computed by those rules when the records change, and kept per patient in the
due index (``db.due_index``); the list is read off that index a page at a time
(``db.due_list``), so it costs the same at a hundred patients as at a million (issue #16).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.due_index import interval_settings
from scardesk.db.due_list import due_page
from scardesk.db.engine import Database
from scardesk.db.models import (
    Patient,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import PlanStatus
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.scheduling import (
    DuePatient,
    DueRow,
    muscat_day_range,
)
from scardesk.domain.validation import format_phone_display
from scardesk.domain.working_calendar import WorkingCalendar
from scardesk.services.access import check
from scardesk.services.working_time import read_calendar


class FollowUpService:
    def __init__(self, database: Database) -> None:
        self._db = database

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
            connection = session.connection()
            settings = interval_settings(connection)
            page, more = due_page(connection, settings, today, from_midnight, limit, offset)
            return _rows(session, page, read_calendar(session), today), more


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
