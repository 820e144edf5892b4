"""Treatment plans: create, update, stop or complete, and progress from recorded sessions.

Progress is never stored: it is counted from the treatment sessions actually recorded (their
modality entries), so a voided session drops out of "2 of 4" by itself.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import PlanItem as PlanItemRow
from scardesk.db.models import TreatmentPlan
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.enums import PlanStatus
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.plans import (
    PlanData,
    PlanInput,
    PlanRecord,
    ProgressLine,
    validate_plan,
)
from scardesk.domain.records import Changes
from scardesk.domain.time import utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.history import require_patient
from scardesk.services.listing import read_each, read_one
from scardesk.services.plan_due import interval_settings, plan_items, plan_record
from scardesk.services.plan_sessions import given_sessions, standing_of


def _write_items(session: Session, plan_id: int, data: PlanData) -> None:
    wanted = {item.modality.value: item for item in data.items}
    for stored in plan_items(session, plan_id):
        item = wanted.pop(stored.modality, None)
        planned = item.sessions_planned if item else 0
        if stored.sessions_planned != planned:
            stored.sessions_planned = planned
        if item is not None:
            if stored.interval_days != item.interval_days:
                stored.interval_days = item.interval_days
            if stored.notes != item.notes:
                stored.notes = item.notes
    for item in wanted.values():
        session.add(
            PlanItemRow(
                plan_id=plan_id,
                modality=item.modality.value,
                sessions_planned=item.sessions_planned,
                interval_days=item.interval_days,
                notes=item.notes,
            )
        )


class PlanService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def default_intervals(self, actor: Actor) -> IntervalSettings:
        """The clinic's default intervals, to pre-fill the plan form."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            return interval_settings(session)

    def create(self, actor: Actor, patient_id: int, form: PlanInput) -> tuple[PlanRecord, Changes]:
        """A new active plan; a patient has at most one active plan at a time."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        if actor.user_id is None:
            raise ValidationError({"created_by": Message("plan.needs_signed_in_user")})
        with UnitOfWork(self._db, actor, "plan.create") as uow:
            require_patient(uow.session, patient_id)
            data = validate_plan(form, interval_settings(uow.session))
            active = uow.session.scalar(
                select(TreatmentPlan.id).where(
                    TreatmentPlan.patient_id == patient_id,
                    TreatmentPlan.status == PlanStatus.ACTIVE.value,
                )
            )
            if active is not None:
                raise ValidationError({"plan": Message("plan.already_active", {"plan": active})})
            row = TreatmentPlan(
                patient_id=patient_id,
                created_at=utc_now(),
                created_by_id=actor.user_id,
                status=PlanStatus.ACTIVE.value,
                goals=data.goals,
                started_on=data.started_on,
            )
            uow.session.add(row)
            uow.session.flush()
            _write_items(uow.session, row.id, data)
            uow.session.flush()
            record = plan_record(uow.session, row)
        return record, Changes(patients=frozenset({patient_id}))

    def update(
        self, actor: Actor, plan_id: int, expected_version: int, form: PlanInput
    ) -> tuple[PlanRecord, Changes]:
        """Change an active plan's modalities, numbers, intervals or goals."""
        # Imported here: the assessment service is only needed to edit a plan, and documents
        # import this module for the due dates alone (``scardesk aftercare -o``, #16).
        from scardesk.services.assessments import bump_version

        check(self._db, actor, Permission.EDIT_CLINICAL)
        with UnitOfWork(self._db, actor, "plan.update") as uow:
            data = validate_plan(form, interval_settings(uow.session))
            row = uow.get_for_update(TreatmentPlan, plan_id, expected_version)
            if row.status != PlanStatus.ACTIVE.value:
                raise ValidationError({"plan": Message("plan.not_active", {"status": row.status})})
            row.goals = data.goals
            row.started_on = data.started_on
            _write_items(uow.session, row.id, data)
            uow.session.flush()
            bump_version(uow.session, row, expected_version)
            record = plan_record(uow.session, row)
        return record, Changes(patients=frozenset({record.patient_id}))

    def _close(
        self,
        actor: Actor,
        plan_id: int,
        expected_version: int,
        status: PlanStatus,
        reason: str | None,
    ) -> tuple[PlanRecord, Changes]:
        with UnitOfWork(self._db, actor, f"plan.{status.value}") as uow:
            row = uow.get_for_update(TreatmentPlan, plan_id, expected_version)
            if row.status != PlanStatus.ACTIVE.value:
                raise ValidationError(
                    {"plan": Message("plan.already_in_status", {"status": row.status})}
                )
            row.status = status.value
            row.stop_reason = reason
            uow.session.flush()
            record = plan_record(uow.session, row)
        return record, Changes(patients=frozenset({record.patient_id}))

    def stop(
        self, actor: Actor, plan_id: int, expected_version: int, reason: str
    ) -> tuple[PlanRecord, Changes]:
        """End a plan early, with the reason (patient's choice, reaction, moved away...)."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        return self._close(
            actor, plan_id, expected_version, PlanStatus.STOPPED, validate_reason(reason)
        )

    def complete(
        self, actor: Actor, plan_id: int, expected_version: int
    ) -> tuple[PlanRecord, Changes]:
        """Mark a plan finished: it leaves the due list."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        return self._close(actor, plan_id, expected_version, PlanStatus.COMPLETED, None)

    def get(self, actor: Actor, plan_id: int) -> PlanRecord:
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            row = session.get(TreatmentPlan, plan_id)
            if row is None:
                raise NotFoundError(Message("not_found.treatment_plan", {"id": plan_id}))
            return read_one("treatment_plans", row, lambda r: plan_record(session, r))

    def list_for_patient(
        self, actor: Actor, patient_id: int
    ) -> list[PlanRecord | UnreadableRecord]:
        """Every plan of the patient, newest first; one that cannot be decoded as a placeholder."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            rows = session.scalars(
                select(TreatmentPlan)
                .where(TreatmentPlan.patient_id == patient_id)
                .order_by(TreatmentPlan.created_at.desc(), TreatmentPlan.id.desc())
            )
            return read_each(
                "treatment_plans", rows, lambda r: plan_record(session, r), when="created_at"
            )

    def progress(self, actor: Actor, plan_id: int) -> list[ProgressLine]:
        """ "microneedling 2 of 4, next due 2026-12-20" per modality of the plan."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            row = session.get(TreatmentPlan, plan_id)
            if row is None:
                raise NotFoundError(Message("not_found.treatment_plan", {"id": plan_id}))
            record = read_one("treatment_plans", row, lambda r: plan_record(session, r))
            given = given_sessions(session, row.patient_id)
            return standing_of(row, record.items, given, interval_settings(session))
