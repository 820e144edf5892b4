"""A stored record that this version of ScarDesk cannot decode, as one item of a list.

A list of clinical records must never drop a row it cannot read, nor give up on the whole
list because of one: the row is handed back as an ``UnreadableRecord`` in its place, so the
screen shows "Session of 12 Mar 2026 — cannot be read, record #4711" among the others. It
carries the table and ids only (never stored values), so it is safe to log and to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from scardesk.domain.errors import UnreadableRecordError


@dataclass(frozen=True, slots=True)
class UnreadableRecord:
    """The placeholder for one listed row whose stored content cannot be decoded.

    ``table``/``row_id`` name the listed record (e.g. the session); ``part_table``/``part_id``
    name the stored row that actually failed, when it is a different one (e.g. one of the
    session's modality entries). ``when`` is the record's date when that column still read.
    """

    table: str
    row_id: int
    when: datetime | date | None = None
    part_table: str | None = None
    part_id: int | None = None

    @classmethod
    def of(
        cls, error: UnreadableRecordError, table: str, row_id: int, when: datetime | date | None
    ) -> UnreadableRecord:
        same = error.table == table and error.row_id == row_id
        return cls(
            table=table,
            row_id=row_id,
            when=when,
            part_table=None if same else error.table,
            part_id=None if same else error.row_id,
        )

    @property
    def where(self) -> str:
        """``treatment_sessions #4711`` (plus the failing part), for logs and tooltips."""
        text = f"{self.table} #{self.row_id}"
        if self.part_table is not None:
            text += f" ({self.part_table} #{self.part_id})"
        return text


def unreadable_count(items: Iterable[object]) -> int:
    """How many placeholders a list holds (screens say "1 record cannot be read")."""
    return sum(1 for item in items if isinstance(item, UnreadableRecord))
