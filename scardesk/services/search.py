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

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Integer,
    Row,
    Select,
    bindparam,
    func,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, Patient, TreatmentSession
from scardesk.db.prepared_read import PreparedRead, pooled, prepared
from scardesk.db.search_index import (
    broad_word,
    name_condition,
    name_guard_values,
    name_match,
    newest_window,
    order_newest_first,
    prefix_bounds,
    prefix_range,
    without_workers_or_jit,
)
from scardesk.db.types import UTCDateTime
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import AppointmentStatus, Sex
from scardesk.domain.errors import ValidationError
from scardesk.domain.identity import validate_document_number
from scardesk.domain.messages import Message
from scardesk.domain.patient_search import (
    MAX_QUERY_TOKENS,
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
#: PostgreSQL: a name with a broad word is first looked for among this many newest
#: registrations (``search_index.newest_window``): a name matched by one patient in 1,000
#: or more fills a page within them. At 1,000,000 patients on a loaded two-core machine,
#: walking 50,000 took 15-30 ms when they held less than a page; 20,000 left more names to
#: the index (typed names p95 54 against 60 ms, 50,000: 42 against 52).
NEWEST_WINDOW = 50_000
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


#: The shape of a search statement: kind, phone prefixes, civil prefix?, archived left out?,
#: name words guarded one by one (PostgreSQL only, see search_index.name_condition; 0 else).
_Shape = tuple[QueryKind, int, bool, bool, int]


class PatientSearchService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._clock = clock
        # Statements differ only by shape; the values are bound per call. Building a statement
        # cost more than running it at 100,000 patients, and running it through the engine up
        # to sixty times the SQL at 1,000,000 (issue #16): each shape is built and compiled
        # once per engine, and run straight on a pooled connection (db.prepared_read).

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
        # The permission check and the page share one pooled connection: taking one from
        # the pool cost as much as the SQL of a file-number search (issue #16).
        with pooled(self._db.engine) as connection:
            check(self._db, actor, Permission.VIEW_DEMOGRAPHICS, on=connection)
            if not 1 <= limit <= MAX_PAGE or offset < 0:
                raise ValidationError(
                    {
                        "limit": Message(
                            "paging.out_of_range",
                            {"limit": limit, "offset": offset, "maximum": MAX_PAGE},
                        )
                    }
                )
            parsed = parse_query(query)
            if parsed.matches_nothing:
                return SearchPage(rows=(), has_more=False, kind=parsed.kind)
            shape = _shape_of(parsed, include_archived, self._db.kind)
            if parsed.kind is QueryKind.NAME:
                without_workers_or_jit(connection, self._db.kind)
            now = self._clock()
            values = _bound_values(parsed, self._db.kind)
            values.update(limit=limit + 1, offset=offset, now=now, window=NEWEST_WINDOW)
            found: list[tuple[Any, ...]] = []
            if _walk_first(parsed, self._db.kind):
                # A whole page (and one more row) among the newest is the page itself: the
                # same conditions in the same order. Less than that, and the window proves
                # nothing about older patients: the indexed statement answers.
                found = self._prepared(shape, windowed=True).all(values, on=connection)
            if len(found) <= limit:
                found = self._prepared(shape).all(values, on=connection)
        today = muscat_today(now)
        rows = [_patient_row(row, today, row[-2], row[-1]) for row in found[:limit]]
        return SearchPage(rows=tuple(rows), has_more=len(found) > limit, kind=parsed.kind)

    def warm_up(self) -> None:
        """Build and compile the statement of every shape a query can take (``shapes``), so
        the first search of each kind after start costs what the next ones do: compiling one
        took 2-10 ms, as long as a whole name search at 1,000,000 patients (issue #16). Run
        on a background thread by the app; reads nothing from the database."""
        for shape in shapes(self._db.kind):
            self._prepared(shape)
            if shape[0] is QueryKind.NAME and self._db.kind == "postgresql":
                self._prepared(shape, windowed=True)

    def _prepared(self, shape: _Shape, *, windowed: bool = False) -> PreparedRead:
        kind = self._db.kind
        return prepared(
            self._db.engine,
            ("search.page", shape, windowed),
            lambda: _page_statement(shape, kind, windowed=windowed),
        )

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


def _walk_first(parsed: ParsedQuery, dialect: str) -> bool:
    """PostgreSQL, a name of several words one of which is broad ("salim b", "زاهر الر"): the
    planner cannot tell how many patients match and chose the GIN index for some that a walk
    answers in a fraction of the time (``search_index.newest_window``). A single word is left
    to the planner, which walks for a broad one and reads the index for a rare one."""
    return (
        dialect == "postgresql"
        and parsed.kind is QueryKind.NAME
        and len(parsed.tokens) > 1
        and any(broad_word(token) for token in parsed.tokens)
    )


def _guarded_words(dialect: str) -> range:
    """How many name words a statement can guard: one statement per count on PostgreSQL;
    SQLite has no guards, so every name query shares one statement."""
    return range(1, MAX_QUERY_TOKENS + 1) if dialect == "postgresql" else range(0, 1)


def _shape_of(parsed: ParsedQuery, include_archived: bool, dialect: str) -> _Shape:
    # A file number asked for by name is shown whatever its state (merged ones included).
    live_only = not include_archived and parsed.kind is not QueryKind.FILE
    phones, civil = len(parsed.phone_prefixes), parsed.civil_prefix is not None
    words = len(parsed.tokens) if dialect == "postgresql" else 0
    return (parsed.kind, phones, civil, live_only, words)


def shapes(dialect: str) -> tuple[_Shape, ...]:
    """Every shape ``parse_query`` can give a query that reaches the database: a phone
    written with + or 00 has one prefix; bare digits a civil prefix unless longer than a
    document number, and up to two phone prefixes (national, and 968 read as Oman's code),
    two only for at most eight digits, which are always a civil prefix too; a name has one to
    ``MAX_QUERY_TOKENS`` words."""
    found: list[_Shape] = [(QueryKind.FILE, 0, False, False, 0)]
    for live_only in (True, False):
        found += [(QueryKind.NAME, 0, False, live_only, n) for n in _guarded_words(dialect)]
        found += [
            (QueryKind.EMPTY, 0, False, live_only, 0),
            (QueryKind.DATE, 0, False, live_only, 0),
            (QueryKind.PHONE, 1, False, live_only, 0),
            (QueryKind.DOCUMENT, 0, True, live_only, 0),
        ]
        found += [
            (QueryKind.NUMBER, phones, civil, live_only, 0)
            for phones, civil in ((0, True), (1, True), (1, False), (2, True))
        ]
    return tuple(found)


def _bound_values(parsed: ParsedQuery, dialect: str) -> dict[str, Any]:
    """The values ``_page_statement`` binds, named as it names them."""
    values: dict[str, Any] = {}
    if parsed.kind is QueryKind.NAME:
        values["name_match"] = name_match(parsed.tokens, dialect)
        values.update(name_guard_values(parsed.tokens, dialect))
    elif parsed.kind is QueryKind.DATE:
        values["birth_date"] = parsed.birth_date
    elif parsed.kind is QueryKind.FILE:
        values["file_number"] = parsed.file_number
    for index, prefix in enumerate(parsed.phone_prefixes):
        values[f"phone_low_{index}"], values[f"phone_high_{index}"] = prefix_bounds(prefix)
    if parsed.civil_prefix is not None:
        values["civil_low"], values["civil_high"] = prefix_bounds(parsed.civil_prefix)
    return values


def _number_page_ids(shape: _Shape, dialect: str) -> Select:
    """The ids matching a number or a date, newest registration first, read from indexes alone.

    Each prefix range is its own index-only arm (the revision 0009 indexes carry
    ``archived_at``), the arms are united and only the matching ids are sorted: a four-digit
    phone prefix matching ~700 patients at 1,000,000 sorts 700 index entries instead of
    reading 700 rows to keep one page of them.
    """
    _kind, phones, civil, live_only, _tokens = shape

    def arm(condition: ColumnElement[bool]) -> Select:
        chosen = select(Patient.id.label("id")).where(condition)
        return chosen.where(Patient.archived_at.is_(None)) if live_only else chosen

    # "id + 0" keeps the planner off the primary key for ordering: walking every patient
    # newest first until a page of rare matches turns up is a full scan; using the number or
    # date index and sorting the few matches is not.
    newest = (Patient.id + 0).desc()
    if _kind is QueryKind.DATE:
        return arm(Patient.date_of_birth == bindparam("birth_date", type_=Date)).order_by(newest)
    ranges = [
        prefix_range(
            Patient.phone, bindparam(f"phone_low_{i}"), bindparam(f"phone_high_{i}"), dialect
        )
        for i in range(phones)
    ]
    if civil:
        ranges.append(
            prefix_range(
                Patient.civil_number, bindparam("civil_low"), bindparam("civil_high"), dialect
            )
        )
    if len(ranges) == 1:
        return arm(ranges[0]).order_by(newest)
    united = union(*(arm(condition) for condition in ranges)).subquery("matched")
    return select(united.c.id).order_by(united.c.id.desc())


def _page_statement(shape: _Shape, dialect: str, *, windowed: bool = False) -> Select:
    """One statement for a whole page, with each patient's last visit and next booking as
    correlated subqueries, which run for the page's rows only (not two more round trips).

    Names are walked newest first by the full-text index, which stops after a page
    (scardesk.db.search_index.order_newest_first); numbers and dates first pick the page's ids
    (``_number_page_ids``) and only then read those rows. ``windowed`` (names on PostgreSQL):
    among the newest registrations only, walked (``search_index.newest_window``).
    """
    kind, _phones, _civil, live_only, tokens = shape
    last_visit = (
        select(func.max(TreatmentSession.performed_at))
        .where(TreatmentSession.patient_id == Patient.id, TreatmentSession.voided_at.is_(None))
        .scalar_subquery()
    )
    next_booking = (
        select(func.min(Appointment.starts_at))
        .where(
            Appointment.patient_id == Patient.id,
            Appointment.status == AppointmentStatus.BOOKED.value,
            Appointment.starts_at >= bindparam("now", type_=UTCDateTime()),
        )
        .scalar_subquery()
    )
    base = select(*_COLUMNS, last_visit.label("last_visit"), next_booking.label("next_booking"))
    limit = bindparam("limit", type_=Integer)
    offset = bindparam("offset", type_=Integer)
    if kind in (QueryKind.NAME, QueryKind.EMPTY, QueryKind.FILE):
        if kind is QueryKind.NAME:
            match: BindParameter[str] = bindparam("name_match")
            page = name_condition(base, match, dialect, tokens, indexed=not windowed)
            if windowed:
                page = newest_window(page)
            page = page.order_by(order_newest_first(dialect))
        elif kind is QueryKind.EMPTY:
            page = base.order_by(Patient.id.desc())
        else:
            page = base.where(Patient.id == bindparam("file_number", type_=Integer))
        if live_only:
            page = page.where(Patient.archived_at.is_(None))
        return page.limit(limit).offset(offset)
    ids = _number_page_ids(shape, dialect).limit(limit).offset(offset).subquery("page")
    return base.select_from(ids).join(Patient, Patient.id == ids.c.id).order_by(ids.c.id.desc())


def _patient_row(
    row: Sequence[Any], today: date, last_visit: datetime | None, next_appointment: datetime | None
) -> PatientRow:
    # Unpacked by position (``_COLUMNS`` order): named access on a Row cost more than the rest
    # of building a page of 50 (issue #16).
    pid, version, latin, arabic, dob, sex, phone, civil, archived_at, merged_into = row[:10]
    return PatientRow(
        id=pid,
        version=version,
        name_latin=latin,
        name_arabic=arabic,
        date_of_birth=dob,
        age=age_on(dob, today) if dob <= today else 0,
        sex=Sex(sex),
        phone=phone,
        phone_display=format_phone_display(phone) if phone else None,
        civil_number=civil,
        archived=archived_at is not None,
        last_visit=to_muscat(last_visit).date() if last_visit else None,
        next_appointment=next_appointment,
        merged_into_id=merged_into,
    )
