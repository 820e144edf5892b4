"""the clinic's identity on printed documents (issue #14, point 4)

Adds what the page header and the signature lines print: the clinic's opening hours (both
languages), its Ministry of Health licence number and its WhatsApp number (E.164, an Omani
mobile; the header then carries a QR code opening a chat), and each user's name in Arabic
letters (printed in the Arabic column instead of the Latin name). The logo already had its
column (``clinic_settings.logo_png``, PNG or JPEG bytes).

Every new column is empty or NULL on existing rows, so nothing printed changes until the
admin fills them in; nothing is backfilled.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_settings") as batch:
        batch.add_column(sa.Column("hours", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("hours_arabic", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("moh_licence", sa.String(60), nullable=True))
        batch.add_column(sa.Column("whatsapp", sa.String(20), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("display_name_arabic", sa.String(120), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of ``users`` would have to drop the table
    # every other table's foreign keys point at.
    op.drop_column("users", "display_name_arabic")
    with op.batch_alter_table("clinic_settings") as batch:
        batch.drop_column("whatsapp")
        batch.drop_column("moh_licence")
        batch.drop_column("hours_arabic")
        batch.drop_column("hours")
