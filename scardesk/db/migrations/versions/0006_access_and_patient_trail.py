"""access: staff permissions, one-time passwords, sign-in throttling, each event's patient

Users gain the clinical-lead and privacy-officer permissions, the must-change flag an admin's
password reset sets, and the time the password was last set. ``sign_in_throttle`` counts
failed sign-ins per typed user name across workstations. Audit events gain the patient they
concern (hashed only when set, so existing events keep their hashes) and the indexes the audit
viewer pages by: one patient, one user, one period.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_USER_FLAGS = ("clinical_lead", "privacy_officer", "must_change_password")
_AUDIT_INDEXES = {
    "ix_audit_events_patient_id_id": ["patient_id", "id"],
    "ix_audit_events_user_id_id": ["user_id", "id"],
    "ix_audit_events_occurred_at": ["occurred_at"],
}


def upgrade() -> None:
    for flag in _USER_FLAGS:
        op.add_column(
            "users", sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.add_column(
        "users", sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_throttle")),
        sa.UniqueConstraint("username", name=op.f("uq_sign_in_throttle_username")),
    )
    # A plain ADD COLUMN: a batch rebuild on SQLite would drop the append-only triggers.
    op.add_column("audit_events", sa.Column("patient_id", sa.Integer(), nullable=True))
    for name, columns in _AUDIT_INDEXES.items():
        op.create_index(name, "audit_events", columns)


def downgrade() -> None:
    for name in _AUDIT_INDEXES:
        op.drop_index(name, table_name="audit_events")
    op.drop_table("sign_in_throttle")
    # Dropped in place (SQLite 3.35+ and PostgreSQL): a batch rebuild on SQLite would lose the
    # audit log's append-only triggers and trip the foreign keys that point at users.
    for table, column in [("audit_events", "patient_id"), ("users", "password_changed_at")] + [
        ("users", flag) for flag in reversed(_USER_FLAGS)
    ]:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
