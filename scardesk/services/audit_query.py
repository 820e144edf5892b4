"""The audit viewer's page query: newest first by id, each filter answered from an index.

One index drives each page, chosen by the most selective filter set: one patient's events
(``patient_id, id``), else one user's (``user_id, id``), else the actions of a group, one
``(action, id)`` range per action put together with UNION ALL, each read no further than the
page. The other filters are checked on the rows that index yields; on SQLite they are written
``+column`` so its planner (which has no statistics) cannot pick their index instead.

A date range becomes an id range first: ids grow with time, so the events of a period lie
between the last event more than a day before it and the first more than a day after it (the
day's margin covers workstation clocks that disagree). Every index above ends in ``id``, so the
range narrows whichever one drives, and the exact ``occurred_at`` test still decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    literal_column,
    select,
    text,
    union_all,
)

from scardesk.db.models import AuditEvent
from scardesk.domain.audit_labels import group_of
from scardesk.domain.audit_view import AuditFilters
from scardesk.domain.time import MUSCAT

#: How far apart two workstations' clocks may be and still be filtered by date exactly.
CLOCK_MARGIN = timedelta(days=1)
_T = AuditEvent.__table__.c
ROW_COLUMNS = (
    _T.id,
    _T.occurred_at,
    _T.user_id,
    _T.action,
    _T.entity,
    _T.entity_id,
    _T.before,
    _T.after,
    _T.patient_id,
)
# Loose index scan over (action, id): one seek per distinct action, not a pass over the table.
_DISTINCT_ACTIONS = text(
    "WITH RECURSIVE names(action) AS ("
    " SELECT min(action) FROM audit_events"
    " UNION ALL"
    " SELECT (SELECT min(a.action) FROM audit_events a WHERE a.action > names.action)"
    " FROM names WHERE names.action IS NOT NULL"
    ") SELECT action FROM names WHERE action IS NOT NULL"
)


def distinct_actions(connection: Connection) -> list[str]:
    return [str(row[0]) for row in connection.execute(_DISTINCT_ACTIONS)]


def wanted_actions(connection: Connection, filters: AuditFilters) -> list[str] | None:
    """The stored actions the filters allow; None when they do not filter by action."""
    if filters.group is None and filters.action is None:
        return None
    if filters.group is None:
        return [filters.action] if filters.action else []
    found = [a for a in distinct_actions(connection) if group_of(a) is filters.group]
    if filters.action is not None:
        found = [a for a in found if a == filters.action]
    return found


@dataclass(frozen=True)
class Window:
    """The moments of the date filter and the ids that may hold them (inclusive bounds)."""

    start: datetime | None
    end: datetime | None
    low_id: int | None
    high_id: int | None


def date_window(connection: Connection, filters: AuditFilters) -> Window | None:
    """None when no date filter is set."""
    if filters.since is None and filters.until is None:
        return None
    start = datetime.combine(filters.since, time(), MUSCAT) if filters.since else None
    end = (
        datetime.combine(filters.until + timedelta(days=1), time(), MUSCAT)
        if filters.until
        else None
    )
    low = high = None
    if start is not None:
        before = connection.execute(
            select(_T.id)
            .where(_T.occurred_at < start - CLOCK_MARGIN)
            .order_by(_T.occurred_at.desc())
            .limit(1)
        ).scalar()
        low = int(before) + 1 if before is not None else None
    if end is not None:
        after = connection.execute(
            select(_T.id)
            .where(_T.occurred_at >= end + CLOCK_MARGIN)
            .order_by(_T.occurred_at)
            .limit(1)
        ).scalar()
        high = int(after) - 1 if after is not None else None
    return Window(start, end, low, high)


class PageQuery:
    """Builds the id query of one page for one database kind."""

    def __init__(self, dialect: str) -> None:
        self._sqlite = dialect == "sqlite"

    def _plain(self, column: Any) -> Any:
        """``column`` in a condition that must not choose the index (SQLite only)."""
        if not self._sqlite:
            return column
        return literal_column(f"+audit_events.{column.name}", type_=column.type)

    def ids(
        self,
        filters: AuditFilters,
        actions: Sequence[str] | None,
        window: Window | None,
        before_id: int | None,
        limit: int,
    ) -> Select[Any]:
        conditions = self._id_range(window, before_id)
        if window is not None:
            occurred = self._plain(_T.occurred_at)
            if window.start is not None:
                conditions.append(occurred >= window.start)
            if window.end is not None:
                conditions.append(occurred < window.end)
        if filters.patient_id is not None:
            conditions.append(_T.patient_id == filters.patient_id)
            conditions += self._others(filters, actions, user=True)
            return self._single(conditions, limit)
        if filters.user_id is not None and actions is None:
            conditions.append(_T.user_id == filters.user_id)
            return self._single(conditions, limit)
        if actions is not None:
            conditions += self._others(filters, None, user=True)
            return self._per_action(actions, conditions, limit)
        return self._single(conditions, limit)

    @staticmethod
    def _id_range(window: Window | None, before_id: int | None) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if before_id is not None:
            conditions.append(_T.id < before_id)
        if window is not None and window.low_id is not None:
            conditions.append(_T.id >= window.low_id)
        if window is not None and window.high_id is not None:
            conditions.append(_T.id <= window.high_id)
        return conditions

    def _others(
        self, filters: AuditFilters, actions: Sequence[str] | None, *, user: bool
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if user and filters.user_id is not None:
            conditions.append(self._plain(_T.user_id) == filters.user_id)
        if actions is not None:
            conditions.append(self._plain(_T.action).in_(list(actions)))
        return conditions

    @staticmethod
    def _single(conditions: Iterable[ColumnElement[bool]], limit: int) -> Select[Any]:
        return select(_T.id).where(*conditions).order_by(_T.id.desc()).limit(limit)

    @staticmethod
    def _per_action(
        actions: Sequence[str], conditions: list[ColumnElement[bool]], limit: int
    ) -> Select[Any]:
        if not actions:
            return select(_T.id).where(_T.id < 0).limit(0)
        parts = [
            select(_T.id)
            .where(_T.action == action, *conditions)
            .order_by(_T.id.desc())
            .limit(limit)
            .subquery()
            for action in actions
        ]
        if len(parts) == 1:
            return select(parts[0].c.id).order_by(parts[0].c.id.desc()).limit(limit)
        merged = union_all(*(select(part.c.id) for part in parts)).subquery()
        return select(merged.c.id).order_by(merged.c.id.desc()).limit(limit)


def rows_by_id(connection: Connection, ids: Sequence[int]) -> list[Any]:
    if not ids:
        return []
    return list(
        connection.execute(select(*ROW_COLUMNS).where(_T.id.in_(list(ids))).order_by(_T.id.desc()))
    )
