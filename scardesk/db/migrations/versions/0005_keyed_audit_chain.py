"""keyed audit chain: sequence numbers, keyed links, the chain row, a TRUNCATE guard

Existing events keep their plain hash chain and get sequence numbers 1..n in id order; the
keyed chain starts at event n + 1 (``audit_chain.keyed_from``), whose keyed link covers the
plain hash of event n and so the whole older history. Each table's highest id is recorded, so
rows written before row-by-row audit was complete (bulk demo data) are not taken for rows
slipped in by SQL; the rows of theirs that were audited are still compared.

PostgreSQL also refuses TRUNCATE of the audit log (a row trigger does not see it), and both
backends refuse changes to the chain row.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE_AUDIT_GUARDS = [
    f"""CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
    for verb in ("UPDATE", "DELETE")
]
_SQLITE_CHAIN_GUARDS = [
    f"""CREATE TRIGGER audit_chain_no_{verb.lower()} BEFORE {verb} ON audit_chain
    BEGIN SELECT RAISE(ABORT, 'the audit chain settings never change'); END"""
    for verb in ("UPDATE", "DELETE")
]
_POSTGRES_GUARDS = [
    """CREATE FUNCTION audit_events_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$""",
    """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_truncate()""",
    """CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_truncate()""",
]
_BATCH = 5000


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.add_column("audit_events", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_events", sa.Column("mac", sa.String(length=64), nullable=True))
    count = _number_existing_events(bind, postgres)
    op.create_index(op.f("ix_audit_events_seq"), "audit_events", ["seq"], unique=True)
    legacy = _highest_ids(bind)
    chain = op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_id", sa.String(length=32), nullable=False),
        sa.Column("keyed_from", sa.Integer(), nullable=False),
        sa.Column("legacy_max_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        chain,
        [
            {
                "id": 1,
                "chain_id": uuid.uuid4().hex,
                "keyed_from": count + 1,
                "legacy_max_ids": legacy,
                "created_at": now if postgres else now.replace(tzinfo=None),
            }
        ],
    )
    for statement in _POSTGRES_GUARDS if postgres else _SQLITE_CHAIN_GUARDS:
        op.execute(statement)


def _number_existing_events(bind: sa.Connection, postgres: bool) -> int:
    """Give the existing events 1..n in id order, with the append-only guard lifted meanwhile."""
    if postgres:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
        op.execute(
            """UPDATE audit_events SET seq = numbered.n FROM
            (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_events) AS numbered
            WHERE audit_events.id = numbered.id"""
        )
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
    else:
        op.execute("DROP TRIGGER audit_events_no_update")
        ids = [row[0] for row in bind.exec_driver_sql("SELECT id FROM audit_events ORDER BY id")]
        update = sa.text("UPDATE audit_events SET seq = :seq WHERE id = :id")
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            bind.execute(update, [{"seq": start + i + 1, "id": i_d} for i, i_d in enumerate(chunk)])
        op.execute(_SQLITE_AUDIT_GUARDS[0])
    return int(bind.exec_driver_sql("SELECT count(*) FROM audit_events").scalar_one())


def _highest_ids(bind: sa.Connection) -> dict[str, int]:
    inspector = sa.inspect(bind)
    highest: dict[str, int] = {}
    for table in sorted(inspector.get_table_names()):
        if table in ("alembic_version", "audit_events") or table.startswith("patient_search"):
            continue
        key = inspector.get_pk_constraint(table).get("constrained_columns") or []
        if len(key) != 1:
            continue
        value = bind.exec_driver_sql(f'SELECT max("{key[0]}") FROM "{table}"').scalar_one()
        highest[table] = int(value or 0)
    return highest


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_chain_append_only ON audit_chain")
        op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
        op.execute("DROP FUNCTION audit_events_no_truncate()")
    else:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER audit_chain_no_{verb}")
    op.drop_table("audit_chain")
    op.drop_index(op.f("ix_audit_events_seq"), table_name="audit_events")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("mac")
        batch.drop_column("seq")
    if op.get_bind().dialect.name != "postgresql":
        # SQLite's batch mode rebuilt the table, and a rebuilt table has lost its triggers.
        for statement in _SQLITE_AUDIT_GUARDS:
            op.execute(statement.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS"))
