"""each toxin entry carries its session's patient, practitioner and void: recall reads no
session (issue #16)

Since revision 0013 the recall walks a lot's uses in time order off one index, but each use
still read its session by primary key, to leave voided sessions out and to find the patient
and practitioner: at a million patients, half of the busiest lot's 0.96 s on PostgreSQL
(54,307 session reads, most of them outside the shared buffers). Copied onto the entry beside
the session's id and time, and held by the walk's index, they leave one read per use: the
patient's.

The copies are filled from the sessions in one set-based statement; the patient and the
practitioner are NOT NULL from then on. ``services.session_store.copied_from_session`` keeps
them equal to the session's values and ``db check`` reports any that are not. The index of
revision 0013 (lot, time, session, units) is replaced by one that also holds the copies.

SQLite cannot add a NOT NULL column without a default, so there the table is rebuilt as
revision 0013 rebuilt it (rows set aside with their copies, table dropped with the
foreign-key checks deferred, created again, rows put back). PostgreSQL adds the columns,
fills them and then requires them.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_OLD_INDEX = "ix_toxin_entries_lot_id_performed_at_session_id_total_units"
_OLD_COLUMNS = ["lot_id", "performed_at", "session_id", "total_units"]
_NEW_INDEX = "ix_toxin_entries_recall_walk"
_NEW_COLUMNS = [*_OLD_COLUMNS, "patient_id", "practitioner_id", "session_voided_at"]
_PATIENT_FK = "fk_toxin_entries_patient_id_patients"
_PRACTITIONER_FK = "fk_toxin_entries_practitioner_id_users"
_COPY = "_toxin_entries_0014"
_OWN = (
    "id, modality_entry_id, product_id, lot_id, vial_units, diluent_ml, reconstituted_at, "
    "total_units, waste_units, units_per_cm3, session_id, performed_at"
)
#: The table as revision 0013 left it on SQLite.
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
	session_id INTEGER NOT NULL,
	performed_at DATETIME NOT NULL,
	CONSTRAINT pk_toxin_entries PRIMARY KEY (id),
	CONSTRAINT fk_toxin_entries_lot_id_lots FOREIGN KEY(lot_id) REFERENCES lots (id),
	CONSTRAINT fk_toxin_entries_modality_entry_id_modality_entries FOREIGN KEY(modality_entry_id) REFERENCES modality_entries (id),
	CONSTRAINT fk_toxin_entries_product_id_products FOREIGN KEY(product_id) REFERENCES products (id),
	CONSTRAINT fk_toxin_entries_session_id_treatment_sessions FOREIGN KEY(session_id) REFERENCES treatment_sessions (id)
)"""  # noqa: E501 (the DDL as SQLite stores it)
_SQLITE_AFTER = _SQLITE_BEFORE.replace(
    "\tperformed_at DATETIME NOT NULL,\n",
    "\tperformed_at DATETIME NOT NULL,\n\tpatient_id INTEGER NOT NULL,\n"
    "\tpractitioner_id INTEGER NOT NULL,\n\tsession_voided_at DATETIME,\n",
).replace(
    "REFERENCES treatment_sessions (id)\n)",
    "REFERENCES treatment_sessions (id),\n"
    f"\tCONSTRAINT {_PATIENT_FK} FOREIGN KEY(patient_id) REFERENCES patients (id),\n"
    f"\tCONSTRAINT {_PRACTITIONER_FK} FOREIGN KEY(practitioner_id) REFERENCES users (id)\n)",
)
#: Each entry with its session's patient, practitioner and void (a LEFT JOIN: an entry whose
#: session cannot be found gets NULL and the NOT NULL column stops the upgrade).
_WITH_COPIES = (
    f"SELECT {', '.join('t.' + name for name in _OWN.split(', '))}, "
    "s.patient_id AS patient_id, s.practitioner_id AS practitioner_id, "
    "s.voided_at AS session_voided_at "
    "FROM toxin_entries AS t LEFT JOIN treatment_sessions AS s ON s.id = t.session_id "
    "ORDER BY t.id"
)
_POSTGRES_FILL = (
    "UPDATE toxin_entries AS t SET patient_id = s.patient_id, "
    "practitioner_id = s.practitioner_id, session_voided_at = s.voided_at "
    "FROM treatment_sessions AS s WHERE s.id = t.session_id"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_rebuild(_SQLITE_BEFORE, _SQLITE_AFTER, _WITH_COPIES, dropped=_OLD_INDEX)
    else:
        op.add_column("toxin_entries", sa.Column("patient_id", sa.Integer(), nullable=True))
        op.add_column("toxin_entries", sa.Column("practitioner_id", sa.Integer(), nullable=True))
        op.add_column(
            "toxin_entries",
            sa.Column("session_voided_at", sa.DateTime(timezone=True), nullable=True),
        )
        op.execute(_POSTGRES_FILL)
        # An entry left unfilled (no session found) makes these fail: the upgrade stops.
        op.alter_column("toxin_entries", "patient_id", nullable=False)
        op.alter_column("toxin_entries", "practitioner_id", nullable=False)
        op.create_foreign_key(_PATIENT_FK, "toxin_entries", "patients", ["patient_id"], ["id"])
        op.create_foreign_key(
            _PRACTITIONER_FK, "toxin_entries", "users", ["practitioner_id"], ["id"]
        )
        op.drop_index(_OLD_INDEX, table_name="toxin_entries")
    op.create_index(_NEW_INDEX, "toxin_entries", _NEW_COLUMNS)


def downgrade() -> None:
    op.drop_index(_NEW_INDEX, table_name="toxin_entries")
    if op.get_bind().dialect.name == "sqlite":
        own = f"SELECT {_OWN} FROM toxin_entries ORDER BY id"
        _sqlite_rebuild(_SQLITE_AFTER, _SQLITE_BEFORE, own, dropped=None)
    else:
        op.drop_constraint(_PRACTITIONER_FK, "toxin_entries", type_="foreignkey")
        op.drop_constraint(_PATIENT_FK, "toxin_entries", type_="foreignkey")
        op.drop_column("toxin_entries", "session_voided_at")
        op.drop_column("toxin_entries", "practitioner_id")
        op.drop_column("toxin_entries", "patient_id")
    op.create_index(_OLD_INDEX, "toxin_entries", _OLD_COLUMNS)


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
        raise RuntimeError("toxin_entries is not as revision 0014 expects it")
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
        raise RuntimeError("toxin_entries has triggers revision 0014 does not know")
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
