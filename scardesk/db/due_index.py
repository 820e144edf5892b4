"""Each patient's reasons to be phoned, kept as an index the due list reads (issue #16).

Who is due follows from the records by the domain's rules: a plan item's next session by
``plan_standing`` (the rule the plan tab shows), a toxin review by ``toxin_review_due``. At a
million patients, computing that for the whole clinic on every read took a minute. So the
result is kept per patient in ``due_items``: each reason a patient may be phoned for, and the
day it falls due. It is computed by this module alone, in the same transaction as every write
that can change it:

* the unit of work refreshes the patients a write names, when it touches a table the rules
  read (``refresh_after``): sessions and their modalities, plans and their items,
  appointments (a visit ends a toxin review), and the patient row (a merge);
* a change of the intervals the rules read (``RULE_SETTINGS``) recomputes every patient;
* the demo builder computes each batch of patients it writes (``refresh_range``).

What depends on the day is decided when the list is read (``db.due_list``). ``db check``
compares the stored rows with a fresh computation (``index_problems``), so a record changed
outside ScarDesk, or a bug here, is reported rather than silently believed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    delete,
    exists,
    func,
    insert,
    select,
)

from scardesk.db.audit import PendingEvent, lock_chain
from scardesk.db.decoding import reading
from scardesk.db.models import (
    Appointment,
    ClinicSettings,
    ModalityEntry,
    Patient,
    PlanItem,
    TreatmentPlan,
    TreatmentSession,
    due_items,
)
from scardesk.db.rule_parameters import stored_rule_parameters
from scardesk.domain.codecs import decode_rule_parameters
from scardesk.domain.enums import AppointmentStatus, Modality, PlanStatus
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.intervals import IntervalSettings, toxin_review_due
from scardesk.domain.plan_standing import GivenSession, plan_standing, plan_start
from scardesk.domain.plans import PlanItem as PlannedItem
from scardesk.domain.safety import GateParameters
from scardesk.domain.scheduling import DueItem, DueReason
from scardesk.domain.time import to_muscat

#: Picks the patients to compute, given a table's ``patient_id`` column.
Patients = Callable[[Any], ColumnElement[bool]]

#: Tables whose rows the due rules read: a write to one refreshes the patients it names.
_FOLLOWS_FROM = frozenset(
    {
        "patients",
        "treatment_sessions",
        "modality_entries",
        "treatment_plans",
        "plan_items",
        "appointments",
    }
)
#: The interval settings the stored reasons depend on: the toxin review's day, and the floor of
#: a toxin plan item's interval (``plans._next_due``). The other intervals only fill in new plan
#: items (which store their own), so changing them computes nobody again; a test changes each
#: of them and checks the computation does not move.
RULE_SETTINGS = ("toxin_review_days", "toxin_retreatment_days")
#: A stored modality name to its member: a dict lookup, where ``Modality(name)`` per session
#: row was a sixth of computing a range of patients.
_MODALITY = {member.value: member for member in Modality}
#: Patients computed together when the whole clinic is (each chunk is a handful of queries).
_RANGE = 5_000
_CHUNK = 900  # stays under SQLite's bound-parameter limit


def interval_settings(connection: Connection) -> IntervalSettings:
    """The clinic's stored intervals (the reference's defaults where none are stored)."""
    return stored_rule_parameters(connection).interval_settings()


def given_sessions(connection: Connection, who: Patients) -> dict[int, list[GivenSession]]:
    """Every not-voided session of the chosen patients with its modalities, per patient.

    Only columns are read, never a session's stored details, so a session whose details
    cannot be decoded still counts towards its plan.
    """
    found: dict[int, list[GivenSession]] = defaultdict(list)
    rows = connection.execute(
        select(
            TreatmentSession.patient_id,
            TreatmentSession.id,
            TreatmentSession.performed_at,
            TreatmentSession.plan_id,
            ModalityEntry.modality,
            ModalityEntry.id,
        )
        .join(ModalityEntry, ModalityEntry.session_id == TreatmentSession.id)
        .where(who(TreatmentSession.patient_id), TreatmentSession.voided_at.is_(None))
    )
    for patient_id, session_id, performed_at, plan_id, modality, entry_id in rows:
        kind = _MODALITY.get(modality)
        if kind is None:
            try:
                with reading("modality_entries", entry_id):  # names the row in the log
                    kind = Modality(modality)
            except UnreadableRecordError:
                continue  # not a modality this version knows: it counts towards no plan item
        found[patient_id].append(
            GivenSession(session_id, to_muscat(performed_at).date(), plan_id, kind)
        )
    return found


#: The day stored for a plan that cannot be read: due whatever the day, it is listed as due
#: today (``due_list``), for the desk to ask the administrator, rather than left out.
ALWAYS = date.min


def compute(connection: Connection, who: Patients, settings: IntervalSettings) -> list[DueItem]:
    """Every reason the chosen patients may be due, whatever today is."""
    return [
        *_plan_items(connection, who, settings),
        *_toxin_reviews(connection, who, settings),
    ]


def _plan_items(
    connection: Connection, who: Patients, settings: IntervalSettings
) -> Iterator[DueItem]:
    active = TreatmentPlan.status == PlanStatus.ACTIVE.value
    plans = connection.execute(
        select(
            TreatmentPlan.id,
            TreatmentPlan.patient_id,
            TreatmentPlan.started_on,
            TreatmentPlan.created_at,
        )
        .where(active, who(TreatmentPlan.patient_id))
        .order_by(TreatmentPlan.id)
    ).all()
    if not plans:
        return
    items: dict[int, list[PlannedItem]] = defaultdict(list)
    unreadable: set[int] = set()
    for row in connection.execute(
        select(
            PlanItem.id,
            PlanItem.plan_id,
            PlanItem.modality,
            PlanItem.sessions_planned,
            PlanItem.interval_days,
        )
        .join(TreatmentPlan, TreatmentPlan.id == PlanItem.plan_id)
        .where(active, who(TreatmentPlan.patient_id), PlanItem.sessions_planned > 0)
        .order_by(PlanItem.id)
    ):
        try:
            with reading("plan_items", row.id):
                item = PlannedItem(Modality(row.modality), row.sessions_planned, row.interval_days)
        except UnreadableRecordError:
            unreadable.add(row.plan_id)
            continue
        items[row.plan_id].append(item)
    given = given_sessions(connection, who)
    for plan_id, patient_id, started_on, created_at in plans:
        if plan_id in unreadable:
            yield DueItem(patient_id, DueReason.UNREADABLE, None, ALWAYS)
            continue
        start = plan_start(started_on, created_at)
        lines = plan_standing(plan_id, start, items[plan_id], given[patient_id], settings)
        for line in lines:
            if not line.complete and line.next_due is not None:
                yield DueItem(patient_id, DueReason.PLAN_SESSION, line.modality, line.next_due)


def _toxin_reviews(
    connection: Connection, who: Patients, settings: IntervalSettings
) -> Iterator[DueItem]:
    """A review after each patient's latest toxin session, unless they were seen since."""
    not_voided = TreatmentSession.voided_at.is_(None)
    injected = dict(
        connection.execute(
            select(TreatmentSession.patient_id, func.max(TreatmentSession.performed_at))
            .join(ModalityEntry, ModalityEntry.session_id == TreatmentSession.id)
            .where(
                ModalityEntry.modality == Modality.TOXIN.value,
                not_voided,
                who(TreatmentSession.patient_id),
            )
            .group_by(TreatmentSession.patient_id)
        ).all()
    )
    if not injected:
        return
    seen_since: set[int] = set()
    latest_session = connection.execute(
        select(TreatmentSession.patient_id, func.max(TreatmentSession.performed_at))
        .where(not_voided, who(TreatmentSession.patient_id))
        .group_by(TreatmentSession.patient_id)
    )
    seen_since.update(p for p, last in latest_session if p in injected and last > injected[p])
    latest_visit = connection.execute(
        select(Appointment.patient_id, func.max(Appointment.starts_at))
        .where(
            who(Appointment.patient_id),
            Appointment.status.in_([AppointmentStatus.ARRIVED.value, AppointmentStatus.DONE.value]),
        )
        .group_by(Appointment.patient_id)
    )
    seen_since.update(p for p, last in latest_visit if p in injected and last > injected[p])
    for patient_id, when in injected.items():
        if patient_id not in seen_since:
            due_on = toxin_review_due(to_muscat(when).date(), settings)
            yield DueItem(patient_id, DueReason.TOXIN_REVIEW, Modality.TOXIN, due_on)


# --- keeping the index ----------------------------------------------------------------------


def refresh(connection: Connection, patient_ids: Iterable[int]) -> None:
    """Recompute the stored reasons of these patients (inside the writing transaction)."""
    ids = sorted(set(patient_ids))
    if not ids:
        return
    settings = interval_settings(connection)
    for chunk in (ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)):
        _replace(connection, among(chunk), compute(connection, among(chunk), settings))


def refresh_range(connection: Connection, first: int, last: int) -> int:
    """Recompute patients ``first`` to ``last`` (ids), a chunk of them at a time; returns how
    many rows they have now."""
    settings = interval_settings(connection)
    stored = 0
    for low in range(first, last + 1, _RANGE):
        who = _between(low, min(low + _RANGE - 1, last))
        items = compute(connection, who, settings)
        _replace(connection, who, items)
        stored += len(items)
    return stored


def rebuild(connection: Connection) -> int:
    """Recompute every patient (a change of intervals; the upgrade that adds the index; `db
    reindex`); returns how many rows the index holds."""
    connection.execute(delete(due_items))
    first, last = connection.execute(select(func.min(Patient.id), func.max(Patient.id))).one()
    return 0 if first is None else refresh_range(connection, first, last)


def refresh_after(connection: Connection, events: Sequence[PendingEvent]) -> None:
    """Bring the index up to date with one unit of work's writes, before it commits.

    On PostgreSQL the audit chain's lock is taken first: it queues every other writer, so what
    is computed here reads their committed writes too (each statement of a READ COMMITTED
    transaction sees what was committed before it) and cannot be overwritten by a stale
    computation of theirs.
    """
    settings_changed = any(
        event.changes_row
        and event.entity == ClinicSettings.__tablename__
        and _intervals_changed(event)
        for event in events
    )
    patients = {
        event.patient_id
        for event in events
        if event.changes_row and event.patient_id is not None and event.entity in _FOLLOWS_FROM
    }
    if not settings_changed and not patients:
        return
    lock_chain(connection)
    if settings_changed:
        rebuild(connection)
    else:
        refresh(connection, patients)


def _intervals_changed(event: PendingEvent) -> bool:
    def read(values: dict[str, Any] | None) -> dict[str, int] | None:
        try:
            if values is None:  # no settings row yet: the clinic ran on the defaults
                settings = GateParameters().interval_settings()
            else:
                settings = decode_rule_parameters(values["rule_parameters"]).interval_settings()
        except (UnreadableRecordError, KeyError, TypeError, ValueError):
            return None  # unreadable: recompute, and let reading the settings say why
        return {key: settings.value(key) for key in RULE_SETTINGS}

    before, after = read(event.before), read(event.after)
    return before is None or after is None or before != after


def _replace(connection: Connection, who: Patients, items: list[DueItem]) -> None:
    connection.execute(delete(due_items).where(who(due_items.c.patient_id)))
    if items:
        connection.execute(insert(due_items), [_stored(item) for item in items])


def _stored(item: DueItem) -> dict[str, Any]:
    return {
        "patient_id": item.patient_id,
        "reason": item.reason.value,
        "modality": item.modality.value if item.modality is not None else None,
        "due_on": item.due_on,
    }


def among(ids: Sequence[int]) -> Patients:
    """The patients with these ids (at most ``_CHUNK`` of them: one bound value each)."""
    return lambda column: column.in_(ids)


def _between(first: int, last: int) -> Patients:
    return lambda column: column.between(first, last)


# --- checking it ----------------------------------------------------------------------------


def index_problems(connection: Connection) -> int:
    """How many patients' stored reasons differ from a fresh computation (0: all agree)."""
    settings = interval_settings(connection)
    first, last = connection.execute(select(func.min(Patient.id), func.max(Patient.id))).one()
    differing = 0
    stray = connection.execute(
        select(func.count(func.distinct(due_items.c.patient_id))).where(
            ~exists().where(Patient.id == due_items.c.patient_id)
        )
    ).scalar_one()
    if first is None:
        return int(stray)
    for low in range(first, last + 1, _RANGE):
        who = _between(low, min(low + _RANGE - 1, last))
        stored: dict[int, Counter[tuple[Any, ...]]] = defaultdict(Counter)
        for patient_id, reason, modality, due_on in connection.execute(
            select(
                due_items.c.patient_id,
                due_items.c.reason,
                due_items.c.modality,
                due_items.c.due_on,
            ).where(who(due_items.c.patient_id))
        ):
            stored[patient_id][(reason, modality, due_on)] += 1
        fresh: dict[int, Counter[tuple[Any, ...]]] = defaultdict(Counter)
        for item in compute(connection, who, settings):
            row = _stored(item)
            fresh[item.patient_id][(row["reason"], row["modality"], row["due_on"])] += 1
        differing += sum(
            1 for patient in stored.keys() | fresh.keys() if stored[patient] != fresh[patient]
        )
    return differing + int(stray)
