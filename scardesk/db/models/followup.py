"""The due list's index (revision 0015): each patient's reasons to be phoned, with the day.

Derived, not clinical: every row follows from the plans, sessions and visits it was computed
from (``scardesk.db.due_index``), and is replaced whole for a patient in the same transaction
as any write that changes them. So it is a Core table, not a mapped class: the unit of work
does not audit it (the writes it follows from are audited), it is not a record a user edits,
and replacing a patient's rows deletes nothing anyone wrote. ``db check`` compares it with a
fresh computation.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, Table

from scardesk.db.models.base import Base

due_items = Table(
    "due_items",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False, index=True),
    # A ``scheduling.DueReason``, and the modality it is for (None: the record cannot say).
    Column("reason", String(20), nullable=False),
    Column("modality", String(30)),
    Column("due_on", Date, nullable=False),
    # The list walks each reason's rows from the longest overdue: one index range per reason.
    Index(None, "reason", "due_on", "patient_id", "id"),
)
