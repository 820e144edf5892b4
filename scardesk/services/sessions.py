"""Recording, signing and amending treatment sessions, with the safety gate in the way.

One save is one transaction: the session, its toxin charting, the lot stock taken, the
overrides with their reasons and the appointment marked done are written together and
audited together, or nothing is written at all (a blocked or invalid save leaves stock as it
was). A signed session is read-only; a correction is an amendment holding the whole session
before and after, with its reason, who and when.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import (
    Lot,
    ModalityEntry,
    Patient,
    PlanItem,
    Product,
    SafetyOverride,
    SessionAmendment,
    TreatmentSession,
)
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.codecs import encode_override_facts, encode_session
from scardesk.domain.enums import AppointmentStatus, Modality
from scardesk.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    SafetyBlockError,
    ValidationError,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.products import lot_problem
from scardesk.domain.read_events import ReadKind, read_action
from scardesk.domain.records import Changes
from scardesk.domain.safety import GateResult, Override, PlannedTreatment, evaluate
from scardesk.domain.sessions import (
    NextProposal,
    SessionInput,
    SessionRecord,
    ToxinInput,
    on_working_days,
    propose_next,
    validate_session,
)
from scardesk.domain.time import to_muscat, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.attest import attested
from scardesk.services.listing import read_each, read_one
from scardesk.services.products import lot_record
from scardesk.services.read_log import note_read
from scardesk.services.rule_parameters import gate_parameters
from scardesk.services.safety_facts import (
    done_today,
    patient_facts,
    planned_for,
    refuse_overdrawn_vials,
)
from scardesk.services.session_store import (
    add_content,
    apply_correction,
    apply_scalars,
    check_correction,
    fresh_record,
    load_content,
    session_record,
)
from scardesk.services.session_visits import named_appointment, visit_of_the_day
from scardesk.services.working_time import read_calendar


class SessionBlockedError(SafetyBlockError):
    """The gate stopped the save; ``result`` holds every finding for the screen to show."""

    def __init__(self, result: GateResult, missing: tuple[str, ...]) -> None:
        self.result = result
        self.missing_overrides = missing
        lines = [f"{f.rule_code}: {f.message}" for f in result.blocked]
        lines += [f"{code}: needs the practitioner's reason to proceed" for code in missing]
        # The editor shows ``result`` in its safety panel, in the user's language; the
        # English ``findings`` line is for the command line and the log-free str().
        codes = tuple(f.rule_code for f in result.blocked) + missing
        super().__init__(
            Message("safety.session_blocked", {"findings": "; ".join(lines), "rule_codes": codes})
        )


def _touch(row: TreatmentSession) -> None:
    """Give the session a new version even when only its child rows changed.

    Another workstation holding the old version must then get a conflict, not overwrite.
    """
    row.version = row.version + 1


def _signed_error() -> ValidationError:
    return ValidationError({"session": Message("session.signed_read_only")})


def _overrides(given: Mapping[str, str]) -> dict[str, Override]:
    errors: dict[str, Message] = {}
    found: dict[str, Override] = {}
    for code, reason in given.items():
        try:
            found[code] = Override(code, reason)
        except ValidationError as error:
            errors.update({f"overrides.{code}.{k}": v for k, v in error.field_messages.items()})
    if errors:
        raise ValidationError(errors)
    return found


class SessionService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- the gate --------------------------------------------------------------------

    def check_gate(
        self, actor: Actor, patient_id: int, planned: PlannedTreatment, on: date
    ) -> GateResult:
        """The gate at booking time: what the rules say about ``planned`` on day ``on``.

        The findings name clinical facts, so clinicians only; the front desk asks
        ``BookingSafetyService``, which tells it counts."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        return self.gate_for_booking(patient_id, planned, on)

    def gate_for_booking(self, patient_id: int, planned: PlannedTreatment, on: date) -> GateResult:
        """The gate without a permission check: for services that check and redact first."""
        with self._db.sessions() as session:
            patient = self._patient(session, patient_id)
            facts = patient_facts(session, patient)
            return evaluate(planned, facts, gate_parameters(session), on)

    def preview_gate(self, actor: Actor, patient_id: int, form: SessionInput) -> GateResult:
        """The gate on a session form before saving, so the screen can ask for overrides."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        with self._db.sessions() as session:
            patient = self._patient(session, patient_id)
            return self._evaluate(session, patient, form, None)

    # --- recording -------------------------------------------------------------------

    def record_session(
        self,
        actor: Actor,
        patient_id: int,
        form: SessionInput,
        overrides: Mapping[str, str] | None = None,
        appointment_id: int | None = None,
    ) -> tuple[SessionRecord, GateResult, NextProposal, Changes]:
        """Validate, run the gate, then save everything in one audited transaction."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        if actor.user_id is None:
            raise PermissionDeniedError(Message("permission.session_needs_practitioner"))
        validate_session(form)
        given = _overrides(overrides or {})
        with UnitOfWork(self._db, actor, "session.record") as uow:
            session = uow.session
            patient = self._patient(session, patient_id)
            appointment = (
                named_appointment(session, appointment_id, patient_id)
                if appointment_id is not None
                else visit_of_the_day(session, patient_id, form.performed_at)
            )
            appointment_id = appointment.id if appointment is not None else None
            lots = self._take_lots(session, form)
            result = self._evaluate(session, patient, form, None)
            missing = tuple(f.rule_code for f in result.missing_overrides(given))
            if result.blocked or missing:
                raise SessionBlockedError(result, missing)
            row = TreatmentSession(
                patient_id=patient_id,
                appointment_id=appointment_id,
                practitioner_id=actor.user_id,
            )
            apply_scalars(row, form)
            session.add(row)
            session.flush()
            add_content(session, row, form)
            for lot in lots:
                lot.quantity_in_stock -= 1
            now = utc_now()
            for finding in result.needs_override:
                session.add(
                    SafetyOverride(
                        patient_id=patient_id,
                        session_id=row.id,
                        appointment_id=appointment_id,
                        rule_code=finding.rule_code,
                        facts=encode_override_facts(finding.facts),
                        reason=given[finding.rule_code].reason,
                        overridden_by_id=actor.user_id,
                        overridden_at=now,
                    )
                )
            if appointment is not None:  # closed with the save: the visit is over
                appointment.status = AppointmentStatus.DONE.value
            session.flush()
            record = fresh_record(session, row, form)  # no re-read: the rows are ``form``
            proposal = self._propose(session, form, actor.user_id)
        changes = Changes(
            patients=frozenset({patient_id}),
            sessions=frozenset({record.id}),
            appointments=frozenset({appointment_id}) if appointment_id else frozenset(),
        )
        return record, result, proposal, changes

    def update(
        self, actor: Actor, session_id: int, expected_version: int, form: SessionInput
    ) -> tuple[SessionRecord, Changes]:
        """Correct an unsigned session in place (the audit trail keeps what it was)."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        validate_session(form)
        with UnitOfWork(self._db, actor, "session.edit") as uow:
            row = uow.get_for_update(TreatmentSession, session_id, expected_version)
            if row.signed_at is not None:
                raise _signed_error()
            self._refuse_void(row)
            check_correction(load_content(uow.session, row), form)
            refuse_overdrawn_vials(uow.session, form)
            apply_correction(uow.session, row, form)
            _touch(row)
            uow.session.flush()
            record = session_record(uow.session, row)
        return record, Changes(
            patients=frozenset({row.patient_id}), sessions=frozenset({session_id})
        )

    def sign(
        self, actor: Actor, session_id: int, expected_version: int, *, password: str | None = None
    ) -> tuple[SessionRecord, Changes]:
        """The practitioner (or the supervising prescriber) signs; the session is then read-only.

        Signing attests the record, so it takes the signer's password (see services.attest).
        """
        check(self._db, actor, Permission.SIGN_SESSION)
        with attested(
            self._db,
            actor,
            "session.sign",
            password,
            entity="treatment_sessions",
            entity_id=session_id,
        ) as uow:
            row = uow.get_for_update(TreatmentSession, session_id, expected_version)
            self._refuse_void(row)
            if row.signed_at is not None:
                raise ValidationError({"session": Message("session.already_signed")})
            if actor.user_id not in (row.practitioner_id, row.supervising_prescriber_id):
                raise PermissionDeniedError(Message("permission.session_sign_not_yours"))
            row.signed_at = utc_now()
            row.signed_by_id = actor.user_id
            uow.session.flush()
            record = session_record(uow.session, row)
        return record, Changes(
            patients=frozenset({row.patient_id}), sessions=frozenset({session_id})
        )

    def amend(
        self,
        actor: Actor,
        session_id: int,
        expected_version: int,
        changes: SessionInput,
        reason: str,
    ) -> tuple[SessionRecord, Changes]:
        """Correct a session with a reason; the amendment keeps the whole before and after."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        if actor.user_id is None:
            raise PermissionDeniedError(Message("permission.amendment_needs_practitioner"))
        clean_reason = validate_reason(reason)
        validate_session(changes)
        with UnitOfWork(self._db, actor, "session.amend") as uow:
            row = uow.get_for_update(TreatmentSession, session_id, expected_version)
            self._refuse_void(row)
            before = load_content(uow.session, row)
            if encode_session(before) == encode_session(changes):
                raise ValidationError({"session": Message("session.amendment_changes_nothing")})
            check_correction(before, changes)
            refuse_overdrawn_vials(uow.session, changes)
            apply_correction(uow.session, row, changes)
            _touch(row)
            uow.session.add(
                SessionAmendment(
                    session_id=row.id,
                    amended_at=utc_now(),
                    amended_by_id=actor.user_id,
                    reason=clean_reason,
                    before=encode_session(before),
                    after=encode_session(changes),
                )
            )
            uow.session.flush()
            record = session_record(uow.session, row)
        return record, Changes(
            patients=frozenset({row.patient_id}), sessions=frozenset({session_id})
        )

    # --- reading ---------------------------------------------------------------------

    def get(self, actor: Actor, session_id: int) -> SessionRecord:
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            row = session.get(TreatmentSession, session_id)
            if row is None:
                raise NotFoundError(Message("not_found.session", {"id": session_id}))
            return read_one("treatment_sessions", row, lambda r: session_record(session, r))

    def open(self, actor: Actor, session_id: int) -> SessionRecord:
        """The session a user opened to read: ``get`` plus the read logged (session.view)."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with UnitOfWork(self._db, actor, read_action(ReadKind.SESSION_VIEW)) as uow:
            row = uow.session.get(TreatmentSession, session_id)
            if row is None:
                raise NotFoundError(Message("not_found.session", {"id": session_id}))
            record = read_one("treatment_sessions", row, lambda r: session_record(uow.session, r))
            note_read(uow, ReadKind.SESSION_VIEW, row.patient_id, "treatment_sessions", row.id)
        return record

    def list_for_patient(
        self, actor: Actor, patient_id: int
    ) -> list[SessionRecord | UnreadableRecord]:
        """Newest first, voided ones included (the record shows them struck through).

        A session that cannot be decoded is listed as an ``UnreadableRecord`` in its place.
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        query = (
            select(TreatmentSession)
            .where(TreatmentSession.patient_id == patient_id)
            .order_by(TreatmentSession.performed_at.desc(), TreatmentSession.id.desc())
        )
        with self._db.sessions() as session:
            return read_each(
                "treatment_sessions",
                session.scalars(query),
                lambda row: session_record(session, row),
                when="performed_at",
            )

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    def _patient(session: Session, patient_id: int) -> Patient:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFoundError(Message("not_found.patient", {"id": patient_id}))
        return patient

    @staticmethod
    def _refuse_void(row: TreatmentSession) -> None:
        if row.voided_at is not None:
            raise ValidationError({"session": Message("session.voided")})

    @staticmethod
    def _take_lots(session: Session, form: SessionInput) -> list[Lot]:
        """The lot of every toxin entry, refusing expired, empty or other products' lots."""
        errors: dict[str, Message] = {}
        taken: list[Lot] = []
        on = to_muscat(form.performed_at).date()
        for n, entry in enumerate(form.modalities):
            if not isinstance(entry, ToxinInput):
                continue
            product = session.get(Product, entry.product_id)
            if product is None or product.modality != Modality.TOXIN.value:
                errors[f"modalities.{n}.product_id"] = Message("session.toxin_product_missing")
                continue
            lot = session.get(Lot, entry.lot_id)
            if lot is None:
                errors[f"modalities.{n}.lot_id"] = Message("session.toxin_lot_missing")
                continue
            already = sum(1 for other in taken if other.id == lot.id)
            record = lot_record(lot)
            problem = lot_problem(record, on, product.id)
            if problem is None and lot.quantity_in_stock - already < 1:
                problem = Message("lot.no_vial_left", {"lot": lot.lot_number})
            if problem:
                errors[f"modalities.{n}.lot_id"] = problem
                continue
            taken.append(lot)
        if errors:
            raise ValidationError(errors)
        return taken

    @staticmethod
    def _evaluate(
        session: Session, patient: Patient, form: SessionInput, exclude: int | None
    ) -> GateResult:
        planned = planned_for(session, form)
        facts = patient_facts(session, patient, exclude)
        return evaluate(
            planned, facts, gate_parameters(session), to_muscat(form.performed_at).date()
        )

    @staticmethod
    def _propose(session: Session, form: SessionInput, practitioner_id: int | None) -> NextProposal:
        intervals = gate_parameters(session).interval_settings()
        plan: dict[Modality, int] = {}
        remaining: dict[Modality, int] | None = None
        if form.plan_id is not None:
            remaining = {}
            for item in session.scalars(select(PlanItem).where(PlanItem.plan_id == form.plan_id)):
                modality = Modality(item.modality)
                plan[modality] = item.interval_days
                done = session.scalar(
                    select(func.count(func.distinct(TreatmentSession.id)))
                    .join(ModalityEntry, ModalityEntry.session_id == TreatmentSession.id)
                    .where(
                        TreatmentSession.plan_id == form.plan_id,
                        TreatmentSession.voided_at.is_(None),
                        ModalityEntry.modality == item.modality,
                    )
                )
                remaining[modality] = item.sessions_planned - int(done or 0)
        proposal = propose_next(
            to_muscat(form.performed_at).date(), done_today(form), intervals, plan, remaining
        )
        return on_working_days(proposal, read_calendar(session), practitioner_id)
