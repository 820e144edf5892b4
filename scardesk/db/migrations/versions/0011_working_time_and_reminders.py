"""working time and reminders: working week, holidays, days off; reminder templates, contact
preferences and reminders sent (#15)

One working-week row holds the working weekdays and the opening hours (with breaks). It is not
seeded (every row must have its audit event): until the admin saves the week, the services read
Oman's default (Sunday to Thursday, 09:00–12:00 and 12:30–21:00, the gap leaving the midday
prayer free), so an upgraded clinic proposes and books on working days at once.
Holidays and days off are rows that are removed by setting ``removed_at``, never deleted.

Reminders: one templates row (not seeded either: the domain's wording applies until the clinic
saves its own), each patient's preferred channel (no row: WhatsApp), and one row per reminder
sent, unique per (kind, patient, day) so two desks cannot both send it.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "working_week",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=20), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_week")),
    )
    op.create_table(
        "public_holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_holidays")),
    )
    op.create_index(op.f("ix_public_holidays_day"), "public_holidays", ["day"], unique=False)
    op.create_table(
        "practitioner_days_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=120), nullable=True),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_practitioner_days_off_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practitioner_days_off")),
    )
    op.create_index(
        op.f("ix_practitioner_days_off_day"), "practitioner_days_off", ["day"], unique=False
    )

    op.create_table(
        "reminder_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_en", sa.Text(), nullable=False),
        sa.Column("appointment_ar", sa.Text(), nullable=False),
        sa.Column("follow_up_en", sa.Text(), nullable=False),
        sa.Column("follow_up_ar", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_templates")),
    )
    op.create_table(
        "contact_preferences",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_contact_preferences_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("patient_id", name=op.f("pk_contact_preferences")),
    )
    op.create_table(
        "reminders_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_reminders_sent_appointment_id_appointments"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_reminders_sent_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["sent_by_id"], ["users.id"], name=op.f("fk_reminders_sent_sent_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders_sent")),
        sa.UniqueConstraint(
            "kind", "patient_id", "due_on", name=op.f("uq_reminders_sent_kind_patient_id_due_on")
        ),
    )
    op.create_index(op.f("ix_reminders_sent_due_on"), "reminders_sent", ["due_on"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_reminders_sent_due_on"), table_name="reminders_sent")
    op.drop_table("reminders_sent")
    op.drop_table("contact_preferences")
    op.drop_table("reminder_templates")
    op.drop_index(op.f("ix_practitioner_days_off_day"), table_name="practitioner_days_off")
    op.drop_table("practitioner_days_off")
    op.drop_index(op.f("ix_public_holidays_day"), table_name="public_holidays")
    op.drop_table("public_holidays")
    op.drop_table("working_week")
