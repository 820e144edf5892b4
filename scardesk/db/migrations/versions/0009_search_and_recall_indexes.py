"""front-desk number search and lot recall indexes for clinic-chain scale (issue #16)

Number and date searches first pick one page of ids from an index and only then read those
patients' rows (services.search). Each index below carries ``archived_at`` so that the pick,
including the "not archived" filter and the newest-first sort of its matches, never leaves
the index: at a million patients a four-digit phone prefix matches ~700 patients, and reading
700 table rows to keep 51 was most of a keystroke's cost.

PostgreSQL compares the phone and civil-number prefixes as byte ranges under the "C"
collation (a clinic server's default collation may ignore "+" or order punctuation oddly, and
``LIKE 'x%'`` then reads every row); the index is built on that same expression so the range
uses it. The names start with ``patient_search`` so the schema comparison leaves them out,
like the full-text index of revision 0003 (scardesk.db.search_index.include_name).

Each search row shows the patient's next booking: (patient_id, starts_at) on appointments
finds it in one index step, where PostgreSQL otherwise intersected the patient's bookings with
every future booking of the clinic for every row of the page.

Lot recall reads every use of one lot (64,000 at a million patients): its toxin entries are
read from a narrow covering index instead of the table's rows.

Only indexes are added: no stored value changes, so there is nothing to backfill (the
search works on the E.164 phone the services already store).

Revision ID: 0009
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

_NUMBER_INDEXES = ("patient_search_phone", "patient_search_civil", "patient_search_birth")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('CREATE INDEX patient_search_phone ON patients (phone COLLATE "C", archived_at)')
        op.execute(
            'CREATE INDEX patient_search_civil ON patients (civil_number COLLATE "C", archived_at)'
        )
    else:
        op.execute("CREATE INDEX patient_search_phone ON patients (phone, archived_at)")
        op.execute("CREATE INDEX patient_search_civil ON patients (civil_number, archived_at)")
    op.execute("CREATE INDEX patient_search_birth ON patients (date_of_birth, archived_at)")
    op.create_index(
        "ix_appointments_patient_id_starts_at", "appointments", ["patient_id", "starts_at"]
    )
    op.create_index(
        "ix_toxin_entries_lot_id_modality_entry_id_total_units",
        "toxin_entries",
        ["lot_id", "modality_entry_id", "total_units"],
    )


def downgrade() -> None:
    op.drop_index("ix_appointments_patient_id_starts_at", table_name="appointments")
    op.drop_index(
        "ix_toxin_entries_lot_id_modality_entry_id_total_units", table_name="toxin_entries"
    )
    for name in _NUMBER_INDEXES:
        op.execute(f"DROP INDEX {name}")
