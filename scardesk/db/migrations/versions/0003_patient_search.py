"""patient search index: FTS5 on SQLite, a GIN full-text index on PostgreSQL

Both index ``patients.search_text``, which already holds the folded words of both names
(clinical reference §8), so the engines only have to split on spaces and find word prefixes.

SQLite: an external-content FTS5 table (the text lives once, in ``patients``) kept in step by
triggers, so bulk inserts that bypass the ORM (demo data, imports) are indexed too.
``detail=none`` and ``columnsize=0`` drop positions and sizes nobody ranks by; ``prefix='1 2 3'``
stores ready-made lists for the short prefixes typed first, so the first keystroke is as cheap
as the last (measured: "a"* over 100,000 patients, newest 51 first, under 0.1 ms).

PostgreSQL: a GIN index on ``to_tsvector('simple', search_text)``, queried with ``tok:*``
prefixes; no extension needed (pg_trgm would need CREATE EXTENSION rights the clinic's server
may not grant, and substring matches are not asked for).

Both objects are named ``patient_search*`` so the schema comparison can leave them out
(scardesk.db.search_index.include_name / include_object).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SQLITE = [
    """CREATE VIRTUAL TABLE patient_search USING fts5(
        search_text, content='patients', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail=none, columnsize=0)""",
    """CREATE TRIGGER patient_search_after_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patient_search(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER patient_search_after_update AFTER UPDATE OF search_text ON patients BEGIN
        INSERT INTO patient_search(patient_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        INSERT INTO patient_search(rowid, search_text) VALUES (new.id, new.search_text); END""",
    # Rows are never deleted (the unit of work refuses it); should one ever be, say by a
    # restore tool, the index must not keep pointing at it.
    """CREATE TRIGGER patient_search_after_delete AFTER DELETE ON patients BEGIN
        INSERT INTO patient_search(patient_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text); END""",
    "INSERT INTO patient_search(patient_search) VALUES ('rebuild')",
]
_POSTGRES = [
    """CREATE INDEX patient_search_tsv ON patients
        USING gin (to_tsvector('simple'::regconfig, search_text))""",
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRES if postgres else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX patient_search_tsv")
        return
    for trigger in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER patient_search_after_{trigger}")
    op.execute("DROP TABLE patient_search")
