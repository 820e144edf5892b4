"""Reminders for the front desk: tomorrow's appointments and due follow-ups, each with the
bilingual message from the clinic's templates, whether it may be sent (consent, preferred
channel) and whether someone already sent it. Marking a reminder sent is audited and refused
when another desk got there first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from scardesk.db.engine import Database
from scardesk.db.models import (
    CLINIC_SETTINGS_ID,
    REMINDER_TEMPLATES_ID,
    ClinicSettings,
    Consent,
    ContactPreference,
    Patient,
    ReminderSent,
    ReminderTemplates,
    User,
)
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.documents.sms_sheet import write_sms_xlsx
from scardesk.domain.enums import AppointmentStatus, ConsentPurpose, Modality
from scardesk.domain.errors import ScarDeskError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.reminders import Channel, ReminderKind, Templates, sms_csv
from scardesk.domain.time import to_muscat, utc_now
from scardesk.services.access import check
from scardesk.services.appointments import AppointmentService
from scardesk.services.followup import FollowUpService
from scardesk.services.patients import store_channel

FOLLOW_UPS_SHOWN = 200


class AlreadySentError(ScarDeskError):
    """Another desk sent this reminder first: it is not sent again."""

    def __init__(self, by: str, at: datetime | None) -> None:
        self.by, self.at = by, at
        params: dict[str, object] = {"by": by}
        if at is not None:
            params["at"] = to_muscat(at)
        code = {
            (True, True): "reminder.already_sent_by_at",
            (True, False): "reminder.already_sent_by",
            (False, True): "reminder.already_sent_elsewhere_at",
            (False, False): "reminder.already_sent_elsewhere",
        }[(bool(by), at is not None)]
        super().__init__(Message(code, params))


@dataclass(frozen=True, slots=True)
class ReminderRow:
    """One patient to remind. ``message`` is ready to send; ``sent_by`` is set once sent."""

    kind: ReminderKind
    patient_id: int
    appointment_id: int | None
    due_on: date
    at: datetime | None  # the appointment's start (aware), None for a follow-up
    name_latin: str
    name_arabic: str
    phone: str | None  # E.164
    phone_display: str | None
    practitioner: str
    treatments: tuple[Modality, ...]
    channel: Channel
    consented: bool
    message: str
    sent_by: str = ""
    sent_at: datetime | None = None
    #: The practitioner's name in Arabic letters, when the clinic entered one.
    practitioner_arabic: str = ""

    @property
    def may_send(self) -> bool:
        """A consent to reminders, a phone, and a channel that is not "call" or "none"."""
        return (
            self.consented
            and self.phone is not None
            and self.channel in (Channel.WHATSAPP, Channel.SMS)
        )


@dataclass(frozen=True, slots=True)
class StoredTemplates:
    templates: Templates
    version: int


class ReminderService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._appointments = AppointmentService(database)
        self._followup = FollowUpService(database)

    # --- templates ---------------------------------------------------------------------------
    def templates(self, actor: Actor) -> StoredTemplates:
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        with self._db.sessions() as session:
            row = session.get(ReminderTemplates, REMINDER_TEMPLATES_ID)
            if row is None:
                return StoredTemplates(Templates(), 0)
            return StoredTemplates(
                Templates(
                    row.appointment_en, row.appointment_ar, row.follow_up_en, row.follow_up_ar
                ),
                row.version,
            )

    def save_templates(
        self, actor: Actor, texts: Mapping[str, str], expected_version: int
    ) -> tuple[StoredTemplates, Changes]:
        """Every wrong template named at once; nothing stored unless all are usable."""
        check(self._db, actor, Permission.MANAGE_SETTINGS)
        templates = Templates(**{k: texts[k].strip() for k in Templates().as_mapping()})
        with UnitOfWork(self._db, actor, "settings.reminder_templates") as uow:
            if (
                expected_version == 0
                and uow.session.get(ReminderTemplates, REMINDER_TEMPLATES_ID) is None
            ):
                row = ReminderTemplates(id=REMINDER_TEMPLATES_ID)
                uow.session.add(row)
            else:
                row = uow.get_for_update(ReminderTemplates, REMINDER_TEMPLATES_ID, expected_version)
            for name, text in templates.as_mapping().items():
                setattr(row, name, text)
            uow.session.flush()
            version = row.version
        return StoredTemplates(templates, version), Changes(settings=True)

    # --- the list ----------------------------------------------------------------------------
    def for_day(self, actor: Actor, day: date, today: date) -> list[ReminderRow]:
        """Appointments booked on ``day``, then patients due for follow-up as of ``today``."""
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        booked = [
            a
            for a in self._appointments.day_list(actor, day)
            if a.status is AppointmentStatus.BOOKED
        ]
        due, _more = self._followup.due_list(actor, today, limit=FOLLOW_UPS_SHOWN)
        templates = self.templates(actor).templates
        ids = {a.patient_id for a in booked} | {d.patient_id for d in due}
        with self._db.sessions() as session:
            clinic = session.get(ClinicSettings, CLINIC_SETTINGS_ID)
            clinic_en = (clinic.name or clinic.name_arabic) if clinic else ""
            clinic_ar = (clinic.name_arabic or clinic.name) if clinic else ""
            phones: dict[int, str | None] = {
                pid: phone
                for pid, phone in session.execute(
                    select(Patient.id, Patient.phone).where(Patient.id.in_(ids))
                )
            }
            channels = {
                pid: Channel(channel)
                for pid, channel in session.execute(
                    select(ContactPreference.patient_id, ContactPreference.channel).where(
                        ContactPreference.patient_id.in_(ids)
                    )
                )
            }
            now = utc_now()
            consented = set(
                session.scalars(
                    select(Consent.patient_id).where(
                        Consent.patient_id.in_(ids),
                        Consent.purpose == ConsentPurpose.REMINDERS.value,
                        Consent.captured_at <= now,
                        Consent.withdrawn_at.is_(None),
                    )
                )
            )
            sent = {
                (kind, pid, on): (name, at)
                for kind, pid, on, name, at in session.execute(
                    select(
                        ReminderSent.kind,
                        ReminderSent.patient_id,
                        ReminderSent.due_on,
                        User.display_name,
                        ReminderSent.sent_at,
                    )
                    .join(User, User.id == ReminderSent.sent_by_id)
                    .where(ReminderSent.patient_id.in_(ids))
                )
            }
            practitioners = {
                uid: (name, arabic or "")
                for uid, name, arabic in session.execute(
                    select(User.id, User.display_name, User.display_name_arabic)
                )
            }

        def row(kind: ReminderKind, pid: int, on: date, **fields: object) -> ReminderRow:
            values = {
                "name": str(fields["name_latin"] or fields["name_arabic"]),
                "clinic": clinic_en,
                "practitioner": str(fields["practitioner"]),
                "date": on.strftime("%d/%m/%Y"),
                "time": str(fields.pop("time")),
            }
            by, at = sent.get((kind.value, pid, on), ("", None))
            return ReminderRow(
                kind=kind,
                patient_id=pid,
                due_on=on,
                phone=phones.get(pid),
                channel=channels.get(pid, Channel.WHATSAPP),
                consented=pid in consented,
                message=templates.message(
                    kind,
                    values,
                    values
                    | {
                        "clinic": clinic_ar,
                        "name": str(fields["name_arabic"] or fields["name_latin"]),
                    },
                ),
                sent_by=by,
                sent_at=at,
                **fields,  # type: ignore[arg-type]
            )

        rows = []
        for a in booked:
            local = to_muscat(a.starts_at)
            rows.append(
                row(
                    ReminderKind.APPOINTMENT,
                    a.patient_id,
                    local.date(),
                    appointment_id=a.id,
                    at=a.starts_at,
                    name_latin=a.patient_name_latin,
                    name_arabic=a.patient_name_arabic,
                    phone_display=a.patient_phone_display,
                    practitioner=a.practitioner_name,
                    practitioner_arabic=a.practitioner_name_arabic or "",
                    treatments=a.planned_modalities,
                    time=f"{local:%H:%M}",
                )
            )
        for d in due:
            rows.append(
                row(
                    ReminderKind.FOLLOW_UP,
                    d.patient_id,
                    d.due_on,
                    appointment_id=None,
                    at=None,
                    name_latin=d.name_latin,
                    name_arabic=d.name_arabic,
                    phone_display=d.phone_display,
                    practitioner=practitioners.get(d.practitioner_id or 0, ("", ""))[0],
                    practitioner_arabic=practitioners.get(d.practitioner_id or 0, ("", ""))[1],
                    treatments=d.modalities,
                    time="",
                )
            )
        return rows

    # --- commands ----------------------------------------------------------------------------
    def mark_sent(
        self, actor: Actor, reminder: ReminderRow, channel: str
    ) -> tuple[ReminderRow, Changes]:
        """Record that ``actor`` sent it now; refused if someone already did (the conflict
        names who and when), so two desks never send it twice."""
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        if not reminder.may_send:
            raise ValidationError({"reminder": Message("reminder.may_not_send")})
        try:
            with UnitOfWork(self._db, actor, "reminder.sent") as uow:
                earlier = uow.session.scalar(
                    select(ReminderSent).where(
                        ReminderSent.kind == reminder.kind.value,
                        ReminderSent.patient_id == reminder.patient_id,
                        ReminderSent.due_on == reminder.due_on,
                    )
                )
                if earlier is not None:
                    by = uow.session.get(User, earlier.sent_by_id)
                    raise AlreadySentError(by.display_name if by else "", earlier.sent_at)
                at = utc_now()
                uow.session.add(
                    ReminderSent(
                        kind=reminder.kind.value,
                        patient_id=reminder.patient_id,
                        appointment_id=reminder.appointment_id,
                        due_on=reminder.due_on,
                        channel=channel,
                        sent_by_id=actor.user_id,
                        sent_at=at,
                    )
                )
                name = uow.session.scalar(select(User.display_name).where(User.id == actor.user_id))
        except IntegrityError:  # the other desk committed between our read and our write
            raise AlreadySentError("", None) from None
        sent = replace(reminder, sent_by=name or "", sent_at=at)
        return sent, Changes(patients=frozenset({reminder.patient_id}))

    def export_for_sms(self, actor: Actor, rows: Sequence[ReminderRow], path: Path) -> int:
        """Write the reminders an SMS service may send (consented, by message, not yet sent) to
        ``path`` — an Excel workbook when it ends in .xlsx, else CSV — and audit it.

        The list carries patients' phones out of the clinic's records, so each patient on it
        gets a ``reminder.export`` event in their access log. The file is written to a side
        name first and put in place only once the events are committed: a list that left the
        app is never missing from the audit log.
        """
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        chosen = [r for r in rows if r.may_send and r.sent_at is None and r.phone]
        lines = [(r.phone or "", r.name_latin or r.name_arabic, r.message) for r in chosen]
        partial = path.with_name(path.name + ".part")
        try:
            if path.suffix.lower() == ".xlsx":
                with partial.open("wb") as stream:
                    write_sms_xlsx(stream, lines)
            else:
                # The byte-order mark makes Excel read the Arabic names right.
                partial.write_text(sms_csv(lines), encoding="utf-8-sig")
            with UnitOfWork(self._db, actor, "reminder.export") as uow:
                for row in chosen:
                    uow.note(
                        "patients",
                        row.patient_id,
                        after={"kind": row.kind.value, "due_on": row.due_on.isoformat()},
                    )
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        return len(chosen)

    def set_channel(self, actor: Actor, patient_id: int, channel: Channel) -> Changes:
        check(self._db, actor, Permission.EDIT_DEMOGRAPHICS)
        with UnitOfWork(self._db, actor, "patient.contact_preference") as uow:
            store_channel(uow.session, patient_id, channel)
        return Changes(patients=frozenset({patient_id}))
