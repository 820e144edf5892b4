"""initial record model

Revision ID: 0001
Revises: (none)
Create Date: (regenerated from the models)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_events_entity_entity_id"), ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "clinic_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_arabic", sa.String(length=120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("address_arabic", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("rule_parameters", sa.JSON(), nullable=False),
        sa.Column("auto_lock_minutes", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_settings")),
    )
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_latin", sa.String(length=120), nullable=False),
        sa.Column("name_arabic", sa.String(length=120), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("civil_number", sa.String(length=20), nullable=True),
        sa.Column("document_type", sa.String(length=20), nullable=True),
        sa.Column("document_expiry", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("emergency_contact_name", sa.String(length=120), nullable=True),
        sa.Column("emergency_contact_phone", sa.String(length=20), nullable=True),
        sa.Column("fitzpatrick", sa.String(length=3), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("archive_reason", sa.Text(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patients")),
    )
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patients_civil_number"), ["civil_number"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_patients_date_of_birth"), ["date_of_birth"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_patients_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_patients_search_text"), ["search_text"], unique=False)

    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brand", sa.String(length=80), nullable=False),
        sa.Column("nonproprietary_name", sa.String(length=120), nullable=False),
        sa.Column("modality", sa.String(length=30), nullable=False),
        sa.Column("unit_kind", sa.String(length=20), nullable=False),
        sa.Column("vial_units", sa.Integer(), nullable=True),
        sa.Column("reconstitution_window_hours", sa.Integer(), nullable=True),
        sa.Column("price_baisa", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint(
            "brand", "nonproprietary_name", name=op.f("uq_products_brand_nonproprietary_name")
        ),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("licence_number", sa.String(length=60), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("planned_modalities", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("is_toxin_review", sa.Boolean(), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_appointments_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_appointments_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"], ["users.id"], name=op.f("fk_appointments_practitioner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointments_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_appointments_practitioner_id_starts_at"),
            ["practitioner_id", "starts_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_appointments_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("fitzpatrick", sa.String(length=3), nullable=True),
        sa.Column("gb_grade", sa.String(length=2), nullable=True),
        sa.Column("gb_a_macular", sa.Integer(), nullable=False),
        sa.Column("gb_a_mild_atrophic", sa.Integer(), nullable=False),
        sa.Column("gb_b_moderate_atrophic", sa.Integer(), nullable=False),
        sa.Column("gb_b_punched_shallow", sa.Integer(), nullable=False),
        sa.Column("gb_b_shallow_broad", sa.Integer(), nullable=False),
        sa.Column("gb_c_punched_deep_normal", sa.Integer(), nullable=False),
        sa.Column("gb_c_punched_deep_abnormal", sa.Integer(), nullable=False),
        sa.Column("gb_c_linear_troughed", sa.Integer(), nullable=False),
        sa.Column("gb_c_deep_broad", sa.Integer(), nullable=False),
        sa.Column("gb_d_papular", sa.Integer(), nullable=False),
        sa.Column("gb_keloid_area_cm2", sa.Float(), nullable=False),
        sa.Column("gb_total", sa.Integer(), nullable=False),
        sa.Column("ecca_icepick", sa.Integer(), nullable=False),
        sa.Column("ecca_boxcar", sa.Integer(), nullable=False),
        sa.Column("ecca_rolling", sa.Integer(), nullable=False),
        sa.Column("ecca_elastolysis", sa.Integer(), nullable=False),
        sa.Column("ecca_hypertrophic_young", sa.Integer(), nullable=False),
        sa.Column("ecca_keloid_old", sa.Integer(), nullable=False),
        sa.Column("ecca_total", sa.Integer(), nullable=False),
        sa.Column("scar_s_face", sa.Integer(), nullable=True),
        sa.Column("suitability", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_assessments_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"], ["users.id"], name=op.f("fk_assessments_practitioner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessments_assessed_at"), ["assessed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessments_patient_id_assessed_at"),
            ["patient_id", "assessed_at"],
            unique=False,
        )

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("form_version", sa.String(length=20), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("captured_by_id", sa.Integer(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("signed_by_guardian", sa.String(length=120), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by_id", sa.Integer(), nullable=True),
        sa.Column("withdrawal_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["captured_by_id"], ["users.id"], name=op.f("fk_consents_captured_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_consents_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_by_id"], ["users.id"], name=op.f("fk_consents_withdrawn_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "history_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("fact", sa.String(length=40), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("fact_date", sa.Date(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_history_entries_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_history_entries_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_entries")),
    )
    with op.batch_alter_table("history_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_history_entries_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_history_entries_patient_id_fact_recorded_at"),
            ["patient_id", "fact", "recorded_at"],
            unique=False,
        )

    op.create_table(
        "lots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot_number", sa.String(length=60), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=False),
        sa.Column("quantity_received", sa.Integer(), nullable=False),
        sa.Column("quantity_in_stock", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_lots_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lots")),
        sa.UniqueConstraint("product_id", "lot_number", name=op.f("uq_lots_product_id_lot_number")),
    )
    with op.batch_alter_table("lots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lots_expiry_date"), ["expiry_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_lots_product_id"), ["product_id"], unique=False)

    op.create_table(
        "treatment_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("goals", sa.Text(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("stop_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_treatment_plans_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_treatment_plans_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_plans")),
    )
    with op.batch_alter_table("treatment_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_plans_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "plan_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("modality", sa.String(length=30), nullable=False),
        sa.Column("sessions_planned", sa.Integer(), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["treatment_plans.id"], name=op.f("fk_plan_items_plan_id_treatment_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_items")),
    )
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_items_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "region_scar_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=20), nullable=False),
        sa.Column("scar_type", sa.String(length=20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_region_scar_counts_assessment_id_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_scar_counts")),
    )
    with op.batch_alter_table("region_scar_counts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_region_scar_counts_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "treatment_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("practitioner_id", sa.Integer(), nullable=False),
        sa.Column("supervising_prescriber_id", sa.Integer(), nullable=True),
        sa.Column("performed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleansing_done", sa.Boolean(), nullable=False),
        sa.Column("anaesthetic_agent", sa.String(length=80), nullable=True),
        sa.Column("anaesthetic_minutes", sa.Integer(), nullable=True),
        sa.Column("no_adverse_events", sa.Boolean(), nullable=True),
        sa.Column("antiviral_prophylaxis", sa.Boolean(), nullable=False),
        sa.Column("post_notes", sa.Text(), nullable=True),
        sa.Column("fee_baisa", sa.Integer(), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_treatment_sessions_appointment_id_appointments"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_treatment_sessions_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["treatment_plans.id"],
            name=op.f("fk_treatment_sessions_plan_id_treatment_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["users.id"],
            name=op.f("fk_treatment_sessions_practitioner_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_by_id"], ["users.id"], name=op.f("fk_treatment_sessions_signed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["supervising_prescriber_id"],
            ["users.id"],
            name=op.f("fk_treatment_sessions_supervising_prescriber_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_sessions")),
    )
    with op.batch_alter_table("treatment_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_sessions_patient_id_performed_at"),
            ["patient_id", "performed_at"],
            unique=False,
        )

    op.create_table(
        "adverse_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=True),
        sa.Column("follow_up_needed", sa.Boolean(), nullable=False),
        sa.Column("noted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_adverse_events_session_id_treatment_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adverse_events")),
    )
    with op.batch_alter_table("adverse_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_adverse_events_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("modality", sa.String(length=30), nullable=True),
        sa.Column("content_version", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["users.id"], name=op.f("fk_issued_documents_issued_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_issued_documents_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_issued_documents_session_id_treatment_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_documents")),
    )
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_documents_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_documents_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "modality_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("modality", sa.String(length=30), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_modality_entries_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_modality_entries_session_id_treatment_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modality_entries")),
    )
    with op.batch_alter_table("modality_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_modality_entries_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("view_angle", sa.String(length=20), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"], name=op.f("fk_photos_assessment_id_assessments")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_photos_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_photos_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_photos_session_id_treatment_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_photos_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_photos_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_session_id"), ["session_id"], unique=False)

    op.create_table(
        "safety_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("rule_code", sa.String(length=60), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("overridden_by_id", sa.Integer(), nullable=False),
        sa.Column("overridden_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_safety_overrides_appointment_id_appointments"),
        ),
        sa.ForeignKeyConstraint(
            ["overridden_by_id"],
            ["users.id"],
            name=op.f("fk_safety_overrides_overridden_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_safety_overrides_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_safety_overrides_session_id_treatment_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_overrides")),
    )
    with op.batch_alter_table("safety_overrides", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_safety_overrides_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "session_amendments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("amended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amended_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["amended_by_id"], ["users.id"], name=op.f("fk_session_amendments_amended_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_session_amendments_session_id_treatment_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_amendments")),
    )
    with op.batch_alter_table("session_amendments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_amendments_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "photo_images",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_images_photo_id_photos")
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_photo_images")),
    )
    op.create_table(
        "toxin_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("modality_entry_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("vial_units", sa.Integer(), nullable=False),
        sa.Column("diluent_ml", sa.Float(), nullable=False),
        sa.Column("reconstituted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("total_units", sa.Float(), nullable=False),
        sa.Column("waste_units", sa.Float(), nullable=False),
        sa.Column("units_per_cm3", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["lot_id"], ["lots.id"], name=op.f("fk_toxin_entries_lot_id_lots")),
        sa.ForeignKeyConstraint(
            ["modality_entry_id"],
            ["modality_entries.id"],
            name=op.f("fk_toxin_entries_modality_entry_id_modality_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_toxin_entries_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_toxin_entries")),
    )
    with op.batch_alter_table("toxin_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_toxin_entries_lot_id"), ["lot_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_toxin_entries_modality_entry_id"), ["modality_entry_id"], unique=False
        )

    op.create_table(
        "injection_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("toxin_entry_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("region", sa.String(length=20), nullable=True),
        sa.Column("units", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["toxin_entry_id"],
            ["toxin_entries.id"],
            name=op.f("fk_injection_points_toxin_entry_id_toxin_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_injection_points")),
    )
    with op.batch_alter_table("injection_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_injection_points_toxin_entry_id"), ["toxin_entry_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("injection_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_injection_points_toxin_entry_id"))

    op.drop_table("injection_points")
    with op.batch_alter_table("toxin_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_toxin_entries_modality_entry_id"))
        batch_op.drop_index(batch_op.f("ix_toxin_entries_lot_id"))

    op.drop_table("toxin_entries")
    op.drop_table("photo_images")
    with op.batch_alter_table("session_amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_amendments_session_id"))

    op.drop_table("session_amendments")
    with op.batch_alter_table("safety_overrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_overrides_patient_id"))

    op.drop_table("safety_overrides")
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_session_id"))
        batch_op.drop_index(batch_op.f("ix_photos_patient_id"))
        batch_op.drop_index(batch_op.f("ix_photos_assessment_id"))

    op.drop_table("photos")
    with op.batch_alter_table("modality_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_modality_entries_session_id"))

    op.drop_table("modality_entries")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_documents_session_id"))
        batch_op.drop_index(batch_op.f("ix_issued_documents_patient_id"))

    op.drop_table("issued_documents")
    with op.batch_alter_table("adverse_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adverse_events_session_id"))

    op.drop_table("adverse_events")
    with op.batch_alter_table("treatment_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_sessions_patient_id_performed_at"))

    op.drop_table("treatment_sessions")
    with op.batch_alter_table("region_scar_counts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_scar_counts_assessment_id"))

    op.drop_table("region_scar_counts")
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_items_plan_id"))

    op.drop_table("plan_items")
    with op.batch_alter_table("treatment_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_plans_patient_id"))

    op.drop_table("treatment_plans")
    with op.batch_alter_table("lots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lots_product_id"))
        batch_op.drop_index(batch_op.f("ix_lots_expiry_date"))

    op.drop_table("lots")
    with op.batch_alter_table("history_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_entries_patient_id_fact_recorded_at"))
        batch_op.drop_index(batch_op.f("ix_history_entries_patient_id"))

    op.drop_table("history_entries")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_patient_id"))

    op.drop_table("consents")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_patient_id_assessed_at"))
        batch_op.drop_index(batch_op.f("ix_assessments_assessed_at"))

    op.drop_table("assessments")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointments_practitioner_id_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointments_patient_id"))

    op.drop_table("appointments")
    op.drop_table("users")
    op.drop_table("products")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patients_search_text"))
        batch_op.drop_index(batch_op.f("ix_patients_phone"))
        batch_op.drop_index(batch_op.f("ix_patients_date_of_birth"))
        batch_op.drop_index(batch_op.f("ix_patients_civil_number"))

    op.drop_table("patients")
    op.drop_table("clinic_settings")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_entity_entity_id"))

    op.drop_table("audit_events")
