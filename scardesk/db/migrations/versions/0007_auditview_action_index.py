"""audit viewer: an (action, id) index on audit_events

The audit viewer filters by action group ("sign-ins", "records viewed"...): one index range
per action, newest first, and the list of stored actions by a loose index scan. Without it a
rare action at a million events means reading the whole table.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_events_action_id", "audit_events", ["action", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_action_id", table_name="audit_events")
