"""each user's display preferences: language, digits, Hijri date (issue #12, point 5)

The language a person reads the screens in is part of their profile, so it follows them from
workstation to workstation. Existing users get the defaults of a new clinic — English, Western
digits, no Hijri date — so nothing on screen changes until someone chooses otherwise.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: on SQLite a batch may rebuild ``users`` (a boolean's
    # CHECK constraint makes it do so), dropping the table every other table's foreign keys
    # point at — refused once any row refers to a user.
    op.add_column(
        "users", sa.Column("display_language", sa.String(8), nullable=False, server_default="en")
    )
    op.add_column(
        "users",
        sa.Column("display_digits", sa.String(16), nullable=False, server_default="western"),
    )
    op.add_column(
        "users",
        sa.Column("display_hijri", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), as in 0010: a batch copy of ``users`` would drop the
    # table every other table's foreign keys point at.
    op.drop_column("users", "display_hijri")
    op.drop_column("users", "display_digits")
    op.drop_column("users", "display_language")
