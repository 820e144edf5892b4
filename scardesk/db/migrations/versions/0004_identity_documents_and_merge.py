"""one registration per identity document; merged records point at their survivor

Adds ``patients.merged_into_id`` (a merged record is archived and points at the record it was
merged into) and ``patients.duplicate_of_id``, then the unique index ``uq_patients_document``
on (document_type, civil_number) over live records.

Existing data: a clinic may already hold two records with one document (that is what the
index now stops). Nothing is changed in them and nothing is merged automatically — deciding
that two records are one person is a practitioner's call. Instead every such record except the
oldest gets ``duplicate_of_id`` = the oldest one's id, which leaves it out of the index until
someone merges the two; its document number is untouched.

SQLite: the columns are added with plain ``ALTER TABLE ... ADD COLUMN`` (no batch copy), because
copying ``patients`` would drop the full-text triggers of revision 0003. Downgrading does need a
copy there (SQLite cannot drop a column that is a foreign key), so it puts those triggers back.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LIVE = "civil_number IS NOT NULL AND merged_into_id IS NULL AND duplicate_of_id IS NULL"
_COLUMNS = ("merged_into_id", "duplicate_of_id")

# The oldest record holding the same document keeps it; the later ones point at it.
_MARK_DUPLICATES = """
UPDATE patients SET duplicate_of_id = (
    SELECT MIN(first.id) FROM patients AS first
    WHERE first.document_type = patients.document_type
      AND first.civil_number = patients.civil_number)
WHERE document_type IS NOT NULL AND civil_number IS NOT NULL
  AND id > (
    SELECT MIN(first.id) FROM patients AS first
    WHERE first.document_type = patients.document_type
      AND first.civil_number = patients.civil_number)
"""

# Revision 0003's triggers, recreated after SQLite's table copy on downgrade.
_SQLITE_SEARCH_TRIGGERS = [
    """CREATE TRIGGER patient_search_after_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patient_search(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER patient_search_after_update AFTER UPDATE OF search_text ON patients BEGIN
        INSERT INTO patient_search(patient_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        INSERT INTO patient_search(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER patient_search_after_delete AFTER DELETE ON patients BEGIN
        INSERT INTO patient_search(patient_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text); END""",
    "INSERT INTO patient_search(patient_search) VALUES ('rebuild')",
]


def _fk_name(column: str) -> str:
    return f"fk_patients_{column}_patients"


def _column_sql(column: str) -> str:
    return f"{column} INTEGER CONSTRAINT {_fk_name(column)} REFERENCES patients (id)"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in _COLUMNS:
        if sqlite:
            op.execute(f"ALTER TABLE patients ADD COLUMN {_column_sql(column)}")
        else:
            op.add_column("patients", sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(_fk_name(column), "patients", "patients", [column], ["id"])
    op.create_index("ix_patients_merged_into_id", "patients", ["merged_into_id"])
    op.execute(_MARK_DUPLICATES)
    op.create_index(
        "uq_patients_document",
        "patients",
        ["document_type", "civil_number"],
        unique=True,
        sqlite_where=sa.text(_LIVE),
        postgresql_where=sa.text(_LIVE),
    )


def downgrade() -> None:
    op.drop_index("uq_patients_document", table_name="patients")
    op.drop_index("ix_patients_merged_into_id", table_name="patients")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_drop_columns()
        return
    for column in _COLUMNS:
        op.drop_constraint(_fk_name(column), "patients", type_="foreignkey")
        op.drop_column("patients", column)


def _sqlite_drop_columns() -> None:
    """SQLite cannot drop a foreign-key column, so ``patients`` is rebuilt without them.

    The usual copy (new table, copy, drop the old, rename) fails with foreign keys on: the
    drop orphans every child row and the rename does not count as fixing them. Here the rows
    are set aside, ``patients`` is dropped with the checks deferred, and the rows are inserted
    into the new ``patients``, each insert settling the children that point at it.
    """
    bind = op.get_bind()
    table_sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'patients'"
    ).scalar_one()
    index_sql = list(
        bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'patients' "
            "AND sql IS NOT NULL"
        ).scalars()
    )
    for column in _COLUMNS:
        kept = table_sql.replace(f", {_column_sql(column)}", "")
        if kept == table_sql:
            raise RuntimeError(f"patients.{column} is not as revision 0004 added it")
        table_sql = kept
    columns = ", ".join(
        row[1]
        for row in bind.exec_driver_sql("PRAGMA table_info(patients)")
        if row[1] not in _COLUMNS
    )
    copy = "_patients_before_0004"
    op.execute(f"CREATE TABLE {copy} AS SELECT {columns} FROM patients")
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute("DROP TABLE patients")
    op.execute(table_sql)
    op.execute(f"INSERT INTO patients ({columns}) SELECT {columns} FROM {copy}")
    op.execute(f"DROP TABLE {copy}")
    for statement in [*index_sql, *_SQLITE_SEARCH_TRIGGERS]:
        op.execute(statement)
