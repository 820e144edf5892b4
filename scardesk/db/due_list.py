"""Today's due list, one page at a time off the due index (``db.due_index``, revision 0015).

Each reason is read off its own range of the (reason, day, patient, id) index, oldest day
first; the ranges are merged here and reading stops as soon as the page and one more patient
are found: the same cost at a hundred patients as at a million. What depends on the day is
decided here, not stored: a reason counts once its day has come, a toxin review only within
the retreatment interval after its injection, and nobody with a booking from today on or an
archived record is listed.
"""

from __future__ import annotations

import heapq
from collections.abc import Generator
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Connection, and_, exists, select, tuple_

from scardesk.db.due_index import ALWAYS
from scardesk.db.models import Appointment, Patient, due_items
from scardesk.domain.enums import AppointmentStatus, Modality
from scardesk.domain.intervals import IntervalSettings, toxin_review_due
from scardesk.domain.scheduling import DueItem, DuePatient, DueReason, merge_due


def due_page(
    connection: Connection,
    settings: IntervalSettings,
    today: date,
    from_midnight: datetime,
    limit: int,
    offset: int,
) -> tuple[list[DuePatient], bool]:
    """One page of due patients, most overdue first then by id, and whether more follow.

    Each reason is read off its own index range, oldest day first, and the ranges are merged
    here; reading stops as soon as the page and one more patient are found.
    """
    wanted = offset + limit + 1
    order: list[int] = []
    seen: set[int] = set()
    streams = [
        _walk(connection, reason, settings, today, from_midnight, wanted) for reason in DueReason
    ]
    for _due_on, patient_id, _id in heapq.merge(*streams):
        if patient_id not in seen:
            seen.add(patient_id)
            order.append(patient_id)
            if len(order) == wanted:
                break
    for stream in streams:
        stream.close()
    page = order[offset : offset + limit]
    return _merged(connection, page, settings, today), len(order) > offset + limit


def _as_of(due_on: date, today: date) -> date:
    return today if due_on == ALWAYS else due_on


def _earliest(reason: DueReason, settings: IntervalSettings, today: date) -> date | None:
    """The oldest due day still counted: a toxin review lapses with the retreatment interval
    (its injection, ``toxin_review_days`` before its day, must be within it)."""
    if reason is not DueReason.TOXIN_REVIEW:
        return None
    injected_since = today - timedelta(days=settings.toxin_retreatment_days)
    return toxin_review_due(injected_since, settings)


def _counted(reason: DueReason, settings: IntervalSettings, today: date) -> ColumnElement[bool]:
    earliest = _earliest(reason, settings, today)
    day = due_items.c.due_on
    in_range = day <= today if earliest is None else day.between(earliest, today)
    return and_(due_items.c.reason == reason.value, in_range)


def _listable(from_midnight: datetime) -> ColumnElement[bool]:
    """Not archived, and nothing booked from today on."""
    patient = due_items.c.patient_id
    return and_(
        ~exists().where(Patient.id == patient, Patient.archived_at.is_not(None)),
        ~exists().where(
            Appointment.patient_id == patient,
            Appointment.starts_at >= from_midnight,
            Appointment.status == AppointmentStatus.BOOKED.value,
        ),
    )


def _walk(
    connection: Connection,
    reason: DueReason,
    settings: IntervalSettings,
    today: date,
    from_midnight: datetime,
    batch: int,
) -> Generator[tuple[date, int, int]]:
    """One reason's listable rows as (day, patient, row id), in that order, a batch at a time."""
    key = tuple_(due_items.c.due_on, due_items.c.patient_id, due_items.c.id)
    condition = and_(_counted(reason, settings, today), _listable(from_midnight))
    after: tuple[date, int, int] | None = None
    while True:
        query = select(due_items.c.due_on, due_items.c.patient_id, due_items.c.id).where(condition)
        if after is not None:
            query = query.where(key > tuple_(*after))
        rows = connection.execute(
            query.order_by(due_items.c.due_on, due_items.c.patient_id, due_items.c.id).limit(batch)
        ).all()
        for row in rows:
            yield (_as_of(row.due_on, today), row.patient_id, row.id)
        if len(rows) < batch:
            return
        after = (rows[-1].due_on, rows[-1].patient_id, rows[-1].id)
        batch = min(batch * 2, 5_000)


def _merged(
    connection: Connection, page: list[int], settings: IntervalSettings, today: date
) -> list[DuePatient]:
    """The page's patients with every reason they are due for, merged by the domain's rule."""
    if not page:
        return []
    # By patient only (their index); which rows count is then decided here by the same bounds
    # as the walk's (``_earliest``): given the reason ranges, SQLite would walk those instead.
    rows = connection.execute(
        select(
            due_items.c.patient_id, due_items.c.reason, due_items.c.modality, due_items.c.due_on
        ).where(due_items.c.patient_id.in_(page))
    )
    earliest = {reason: _earliest(reason, settings, today) for reason in DueReason}
    items = []
    for patient_id, stored_reason, modality, due_on in rows:
        reason = DueReason(stored_reason)
        first = earliest[reason]
        if due_on <= today and (first is None or due_on >= first):
            kind = Modality(modality) if modality is not None else None
            items.append(DueItem(patient_id, reason, kind, _as_of(due_on, today)))
    return merge_due(items, today)
