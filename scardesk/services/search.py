"""The one search box and the duplicate check on registration.

Every search is filtered, ordered and paged in the database (never "load all, filter in
Python"): names through the full-text index of revision 0003, phones and civil numbers
through prefix ranges on their indexed columns, dates of birth by equality on theirs. Last
visit and next appointment are then fetched in one grouped query per page for just the rows
shown, so their cost does not grow with the size of the clinic.

Order is newest registration first (id descending) for every kind of query: it is stable
while paging and it is the order the full-text index can stop early in (see
scardesk.db.search_index.order_newest_first). Searching is a read and is not audited;
opening a patient is (services.patient_header).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, Patient, TreatmentSession
from scardesk.db.search_index import any_of, order_newest_first, starts_with, with_name_match
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import AppointmentStatus, Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.identity import validate_document_number
from scardesk.domain.patient_search import (
    DuplicateMatch,
    DuplicateReason,
    ParsedQuery,
    PatientRow,
    QueryKind,
    SearchPage,
    names_similar,
    parse_query,
)
from scardesk.domain.permissions import Permission
from scardesk.domain.records import PatientInput
from scardesk.domain.time import age_on, muscat_today, parse_date_any, to_muscat, utc_now
from scardesk.domain.validation import (
    format_phone_display,
    validate_document_type,
    validate_phone,
)
from scardesk.services.access import check

MAX_PAGE = 200
#: At most this many candidates per duplicate rule are compared (a busy birthday, say).
DUPLICATE_CANDIDATES = 200

_COLUMNS = (
    Patient.id,
    Patient.version,
    Patient.name_latin,
    Patient.name_arabic,
    Patient.date_of_birth,
    Patient.sex,
    Patient.phone,
    Patient.civil_number,
    Patient.archived_at,
    Patient.merged_into_id,
)


def _lenient(parse: Callable[[], Any]) -> Any:
    """A half-filled form is normal while checking for duplicates: a bad field is just unused."""
    try:
        return parse()
    except ValidationError:
        return None


class PatientSearchService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._clock = clock

    def search(
        self,
        actor: Actor,
        query: str,
        *,
        include_archived: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> SearchPage:
        """One page of patients matching what was typed (see domain.patient_search).

        ``has_more`` says whether another page exists (one extra row is fetched to know).
        Archived patients appear only with ``include_archived``.
        """
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        if not 1 <= limit <= MAX_PAGE or offset < 0:
            raise ValidationError(
                {"limit": f"limit {limit}, offset {offset}: expected 1–{MAX_PAGE} and 0 or more"}
            )
        parsed = parse_query(query)
        if parsed.matches_nothing:
            return SearchPage(rows=(), has_more=False, kind=parsed.kind)
        statement = self._statement(parsed)
        # A file number asked for by name is shown whatever its state (merged ones included).
        if not include_archived and parsed.kind is not QueryKind.FILE:
            statement = statement.where(Patient.archived_at.is_(None))
        statement = statement.limit(limit + 1).offset(offset)
        with self._db.sessions() as session:
            found = list(session.connection().execute(statement))
            rows = self._rows(session, found[:limit])
        return SearchPage(rows=tuple(rows), has_more=len(found) > limit, kind=parsed.kind)

    def _statement(self, parsed: ParsedQuery) -> Select:
        dialect = self._db.kind
        base = select(*_COLUMNS)
        if parsed.kind is QueryKind.NAME:
            return with_name_match(base, parsed.tokens, dialect).order_by(
                order_newest_first(dialect)
            )
        if parsed.kind is QueryKind.EMPTY:
            return base.order_by(Patient.id.desc())
        # "id + 0" keeps the planner off the primary key for ordering: walking every patient
        # newest first until a page of rare matches turns up is a full scan (measured 35 ms at
        # 100,000); using the phone/civil/date index and sorting the few matches is not.
        newest = (Patient.id + 0).desc()
        if parsed.kind is QueryKind.DATE:
            return base.where(Patient.date_of_birth == parsed.birth_date).order_by(newest)
        if parsed.kind is QueryKind.FILE:
            return base.where(Patient.id == parsed.file_number)
        conditions = [
            starts_with(Patient.phone, prefix, dialect) for prefix in parsed.phone_prefixes
        ]
        if parsed.civil_prefix is not None:
            conditions.append(starts_with(Patient.civil_number, parsed.civil_prefix, dialect))
        return base.where(any_of(conditions)).order_by(newest)

    def rows(self, actor: Actor, patient_ids: Sequence[int]) -> list[PatientRow]:
        """List rows for known patients (e.g. to refresh the lines a change touched), in the
        order asked; ids that do not exist are left out."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        if not patient_ids:
            return []
        with self._db.sessions() as session:
            found = list(session.execute(select(*_COLUMNS).where(Patient.id.in_(patient_ids))))
            by_id = {row.id: row for row in self._rows(session, found)}
        return [by_id[pid] for pid in patient_ids if pid in by_id]

    def find_duplicates(
        self, actor: Actor, form: PatientInput, *, exclude_id: int | None = None
    ) -> list[DuplicateMatch]:
        """Existing patients (archived ones too) that may be the person on the form.

        Same document (type and number: ``blocks`` registering) or the same number on another
        type; same phone; or same date of birth with a similar name in either script. Merged
        records are left out (their survivor stands for them). Works on a half-filled form:
        fields that do not parse yet are ignored.
        ``exclude_id`` leaves out the record being edited. Strongest matches first.
        """
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        kind = _lenient(lambda: validate_document_type(form.document_type))
        civil = _lenient(lambda: validate_document_number(kind, form.civil_number))
        phone = _lenient(lambda: validate_phone(form.phone))
        born = _lenient(lambda: parse_date_any(form.date_of_birth)) if form.date_of_birth else None
        conditions = []
        if civil:
            conditions.append(Patient.civil_number == civil)
        if phone:
            conditions.append(Patient.phone == phone)
        if born:
            conditions.append(Patient.date_of_birth == born)
        if not conditions:
            return []
        # A merged record is not a candidate: the record it was merged into is.
        statement = select(*_COLUMNS, Patient.document_type).where(
            or_(*conditions), Patient.merged_into_id.is_(None)
        )
        if exclude_id is not None:
            statement = statement.where(Patient.id != exclude_id)
        statement = statement.order_by(Patient.id.desc()).limit(3 * DUPLICATE_CANDIDATES)
        name = (form.name_latin, form.name_arabic)
        with self._db.sessions() as session:
            candidates: list[tuple[Row, tuple[DuplicateReason, ...]]] = []
            for row in session.execute(statement):
                reasons: list[DuplicateReason] = []
                if civil and row.civil_number == civil:
                    same_kind = kind is not None and row.document_type == kind.value
                    reasons.append(
                        DuplicateReason.SAME_DOCUMENT
                        if same_kind
                        else DuplicateReason.SAME_CIVIL_NUMBER
                    )
                if phone and row.phone == phone:
                    reasons.append(DuplicateReason.SAME_PHONE)
                if (
                    born
                    and row.date_of_birth == born
                    and names_similar(name, (row.name_latin, row.name_arabic))
                ):
                    reasons.append(DuplicateReason.SAME_BIRTH_DATE_SIMILAR_NAME)
                if reasons:
                    candidates.append((row, tuple(reasons)))
            candidates.sort(
                key=lambda pair: (
                    DuplicateReason.SAME_DOCUMENT not in pair[1],
                    -len(pair[1]),
                    -pair[0].id,
                )
            )
            rows = self._rows(session, [row for row, _ in candidates])
        return [
            DuplicateMatch(patient=row, reasons=reasons)
            for row, (_, reasons) in zip(rows, candidates, strict=True)
        ]

    def _rows(self, session: Session, found: Sequence[Row]) -> list[PatientRow]:
        """PatientRows for one page, with last visit and next appointment in two grouped queries."""
        now = self._clock()
        today = muscat_today(now)
        ids = [row.id for row in found]
        last: dict[int, datetime] = {}
        upcoming: dict[int, datetime] = {}
        if ids:
            # Core execution on the session's connection: these are plain column reads, and
            # the ORM layer's per-statement overhead was most of the time of a page.
            connection = session.connection()
            visits = (
                select(TreatmentSession.patient_id, func.max(TreatmentSession.performed_at))
                .where(TreatmentSession.patient_id.in_(ids), TreatmentSession.voided_at.is_(None))
                .group_by(TreatmentSession.patient_id)
            )
            last = {pid: when for pid, when in connection.execute(visits) if when is not None}
            booked = (
                select(Appointment.patient_id, func.min(Appointment.starts_at))
                .where(
                    Appointment.patient_id.in_(ids),
                    Appointment.status == AppointmentStatus.BOOKED.value,
                    Appointment.starts_at >= now,
                )
                .group_by(Appointment.patient_id)
            )
            upcoming = {pid: when for pid, when in connection.execute(booked) if when is not None}
        return [_patient_row(row, today, last.get(row.id), upcoming.get(row.id)) for row in found]


def _patient_row(
    row: Row, today: date, last_visit: datetime | None, next_appointment: datetime | None
) -> PatientRow:
    dob: date = row.date_of_birth
    return PatientRow(
        id=row.id,
        version=row.version,
        name_latin=row.name_latin,
        name_arabic=row.name_arabic,
        date_of_birth=dob,
        age=age_on(dob, today) if dob <= today else 0,
        sex=Sex(row.sex),
        phone=row.phone,
        phone_display=format_phone_display(row.phone) if row.phone else None,
        civil_number=row.civil_number,
        archived=row.archived_at is not None,
        last_visit=to_muscat(last_visit).date() if last_visit else None,
        next_appointment=next_appointment,
        merged_into_id=row.merged_into_id,
    )
