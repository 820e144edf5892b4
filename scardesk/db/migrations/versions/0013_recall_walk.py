"""each toxin entry carries its session's id and time: lot recall walks one index (issue #16)

The recall report lists a lot's uses by the session's time. With the time only on
``treatment_sessions``, the database had to collect and sort every use of the lot before the
first row came out (54,000 uses of the busiest lot at a million patients: 0.2 s for the first
screenful). Copied onto ``toxin_entries`` beside ``lot_id``, one index holds the uses in the
report's order, and the first screenful is read off its front.

The copies are filled from the sessions in one set-based statement and are NOT NULL from then
on; ``services.session_store.copied_from_session`` keeps them equal to the session's values
and ``db check`` reports any that are not. The index of revision 0009 (lot, modality entry,
units) served only the recall and is replaced.

SQLite cannot add a NOT NULL column without a default, nor a NOT NULL column that refers to
another table, so there the table is rebuilt the way revision 0004 rebuilt ``patients``: the
rows (with their copies) are set aside, the table is dropped with the foreign-key checks
deferred and created again, and the rows go back, each insert settling the injection points
that refer to it. PostgreSQL adds the columns, fills them and then requires them.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OLD_INDEX = "ix_toxin_entries_lot_id_modality_entry_id_total_units"
_NEW_INDEX = "ix_toxin_entries_lot_id_performed_at_session_id_total_units"
_FK = "fk_toxin_entries_session_id_treatment_sessions"
_COPY = "_toxin_entries_0013"
_OWN = (
    "id, modality_entry_id, product_id, lot_id, vial_units, diluent_ml, reconstituted_at, "
    "total_units, waste_units, units_per_cm3"
)
#: The table as revision 0001 created it on SQLite.
_SQLITE_BEFORE = """CREATE TABLE toxin_entries (
	id INTEGER NOT NULL,
	modality_entry_id INTEGER NOT NULL,
	product_id INTEGER NOT NULL,
	lot_id INTEGER NOT NULL,
	vial_units INTEGER NOT NULL,
	diluent_ml FLOAT NOT NULL,
	reconstituted_at DATETIME NOT NULL,
	total_units FLOAT NOT NULL,
	waste_units FLOAT NOT NULL,
	units_per_cm3 FLOAT,
	CONSTRAINT pk_toxin_entries PRIMARY KEY (id),
	CONSTRAINT fk_toxin_entries_lot_id_lots FOREIGN KEY(lot_id) REFERENCES lots (id),
	CONSTRAINT fk_toxin_entries_modality_entry_id_modality_entries FOREIGN KEY(modality_entry_id) REFERENCES modality_entries (id),
	CONSTRAINT fk_toxin_entries_product_id_products FOREIGN KEY(product_id) REFERENCES products (id)
)"""  # noqa: E501 (the DDL as SQLite stores it)
_SQLITE_AFTER = _SQLITE_BEFORE.replace(
    "\tunits_per_cm3 FLOAT,\n",
    "\tunits_per_cm3 FLOAT,\n\tsession_id INTEGER NOT NULL,\n\tperformed_at DATETIME NOT NULL,\n",
).replace(
    "REFERENCES products (id)\n)",
    f"REFERENCES products (id),\n\tCONSTRAINT {_FK} FOREIGN KEY(session_id) "
    "REFERENCES treatment_sessions (id)\n)",
)
#: Each entry with its session's id and time (a LEFT JOIN: an entry whose session cannot be
#: found gets NULL and the NOT NULL column stops the upgrade, rather than the entry being lost).
_WITH_COPIES = (
    "SELECT t.id, t.modality_entry_id, t.product_id, t.lot_id, t.vial_units, t.diluent_ml, "
    "t.reconstituted_at, t.total_units, t.waste_units, t.units_per_cm3, "
    "m.session_id AS session_id, s.performed_at AS performed_at "
    "FROM toxin_entries AS t "
    "LEFT JOIN modality_entries AS m ON m.id = t.modality_entry_id "
    "LEFT JOIN treatment_sessions AS s ON s.id = m.session_id "
    "ORDER BY t.id"
)
_POSTGRES_FILL = (
    "UPDATE toxin_entries AS t SET session_id = m.session_id, performed_at = s.performed_at "
    "FROM modality_entries AS m JOIN treatment_sessions AS s ON s.id = m.session_id "
    "WHERE m.id = t.modality_entry_id"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_rebuild(_SQLITE_BEFORE, _SQLITE_AFTER, _WITH_COPIES, dropped=_OLD_INDEX)
    else:
        op.add_column("toxin_entries", sa.Column("session_id", sa.Integer(), nullable=True))
        op.add_column(
            "toxin_entries", sa.Column("performed_at", sa.DateTime(timezone=True), nullable=True)
        )
        op.execute(_POSTGRES_FILL)
        # An entry left unfilled (no session found) makes these fail: the upgrade stops.
        op.alter_column("toxin_entries", "session_id", nullable=False)
        op.alter_column("toxin_entries", "performed_at", nullable=False)
        op.create_foreign_key(_FK, "toxin_entries", "treatment_sessions", ["session_id"], ["id"])
        op.drop_index(_OLD_INDEX, table_name="toxin_entries")
    op.create_index(
        _NEW_INDEX, "toxin_entries", ["lot_id", "performed_at", "session_id", "total_units"]
    )


def downgrade() -> None:
    op.drop_index(_NEW_INDEX, table_name="toxin_entries")
    if op.get_bind().dialect.name == "sqlite":
        own = f"SELECT {_OWN} FROM toxin_entries ORDER BY id"
        _sqlite_rebuild(_SQLITE_AFTER, _SQLITE_BEFORE, own, dropped=None)
    else:
        op.drop_constraint(_FK, "toxin_entries", type_="foreignkey")
        op.drop_column("toxin_entries", "performed_at")
        op.drop_column("toxin_entries", "session_id")
    op.create_index(_OLD_INDEX, "toxin_entries", ["lot_id", "modality_entry_id", "total_units"])


def _sqlite_rebuild(expected: str, table_sql: str, rows: str, *, dropped: str | None) -> None:
    """Create ``toxin_entries`` again as ``table_sql`` holding ``rows`` (in its column order).

    The other indexes are read from the file and created again as they were; ``dropped`` is
    not. A table that is not as this revision expects stops the upgrade instead of being
    rebuilt from a guess.
    """
    bind = op.get_bind()
    stored = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'toxin_entries'"
    ).scalar_one()
    if _normalised(stored) != _normalised(expected):
        raise RuntimeError("toxin_entries is not as revision 0013 expects it")
    indexes = [
        sql
        for name, sql in bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'toxin_entries' AND sql IS NOT NULL"
        )
        if name != dropped
    ]
    if bind.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'toxin_entries'"
    ).scalar_one():
        raise RuntimeError("toxin_entries has triggers revision 0013 does not know")
    op.execute(f"CREATE TABLE {_COPY} AS {rows}")
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute("DROP TABLE toxin_entries")
    op.execute(table_sql)
    op.execute(f"INSERT INTO toxin_entries SELECT * FROM {_COPY}")
    op.execute(f"DROP TABLE {_COPY}")
    for statement in indexes:
        op.execute(statement)


def _normalised(sql: str) -> str:
    return " ".join(sql.split())
