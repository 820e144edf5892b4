"""the due list reads an index kept with the records, not the whole clinic (issue #16)

Today's "due for follow-up" list and the reminders computed every patient's plan standing in
Python on each read: about a minute at a million patients. ``due_items`` keeps each patient's
reasons to be phoned with the day they fall due, refreshed in the same transaction as every
write they follow from (``scardesk.db.due_index``), and the list reads one page off its
index.

The upgrade creates the table and fills it from the records with that module's ``rebuild``,
the one computation of the rule; it reads only columns that exist at this revision. If a later
revision renames one of them, this revision must keep its own copy of the computation.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_INDEX = "ix_due_items_reason_due_on_patient_id_id"


def upgrade() -> None:
    from scardesk.db import due_index  # the current rule, imported only when upgrading

    op.create_table(
        "due_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("modality", sa.String(30), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name="fk_due_items_patient_id_patients"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_due_items"),
    )
    op.create_index("ix_due_items_patient_id", "due_items", ["patient_id"])
    op.create_index(_INDEX, "due_items", ["reason", "due_on", "patient_id", "id"])
    connection = op.get_bind()
    due_index.rebuild(connection)
    if connection.dialect.name == "postgresql":
        # Without statistics PostgreSQL took the freshly filled table for a few hundred rows
        # and sorted 330,000 of them for one page at 1M (1.2 s instead of milliseconds).
        op.execute("ANALYZE due_items")


def downgrade() -> None:
    op.drop_index(_INDEX, table_name="due_items")
    op.drop_index("ix_due_items_patient_id", table_name="due_items")
    op.drop_table("due_items")
