"""patients: drop the indexes no query reads (issue #16)

Every registration writes each index of ``patients``; at a million patients the table's
inserts were the demo writer's largest cost, and four of its nine indexes are never read:

* ``ix_patients_search_text``: names are found through the full-text index of revision 0003
  (FTS5 on SQLite, a GIN index on PostgreSQL); no query compares or sorts the folded text
  itself, so this B-tree of long, randomly ordered keys only cost writes and space.
* ``ix_patients_date_of_birth``: ``patient_search_birth`` (date of birth, archived) of
  revision 0009 starts with the same column, so it serves every lookup this one did.
* On SQLite, ``ix_patients_phone`` and ``ix_patients_civil_number``: ``patient_search_phone``
  and ``patient_search_civil`` start with the same columns, in the same collation. On
  PostgreSQL those two are built on the "C" collation, which an equality in the database's
  own collation (the duplicate check, the one-document-per-patient check) cannot use, so
  there the two plain indexes stay, renamed into the hand-written ``patient_search`` family
  because the models no longer describe them.

Only indexes change: no row is read or written.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

#: PostgreSQL only: the plain indexes equality lookups use there, under their new names.
_KEPT_ON_POSTGRESQL = {
    "ix_patients_phone": "patient_search_phone_exact",
    "ix_patients_civil_number": "patient_search_civil_exact",
}


def upgrade() -> None:
    op.drop_index("ix_patients_search_text", table_name="patients")
    op.drop_index("ix_patients_date_of_birth", table_name="patients")
    if op.get_bind().dialect.name == "postgresql":
        for old, new in _KEPT_ON_POSTGRESQL.items():
            op.execute(f"ALTER INDEX {old} RENAME TO {new}")
    else:
        for old in _KEPT_ON_POSTGRESQL:
            op.drop_index(old, table_name="patients")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for old, new in _KEPT_ON_POSTGRESQL.items():
            op.execute(f"ALTER INDEX {new} RENAME TO {old}")
    else:
        op.create_index("ix_patients_phone", "patients", ["phone"])
        op.create_index("ix_patients_civil_number", "patients", ["civil_number"])
    op.create_index("ix_patients_date_of_birth", "patients", ["date_of_birth"])
    op.create_index("ix_patients_search_text", "patients", ["search_text"])
