"""Initial tables: sites, stations, staff, visits and triage, documents, print jobs, loans, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-23 04:52:41.566224
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "borrower",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.Column("contact_number", sa.String(length=32), nullable=True),
        sa.Column(
            "id_type_seen",
            sa.Enum(
                "passport",
                "driving_licence",
                "residence_permit",
                "national_id_card",
                "council_letter",
                "other",
                name="id_type_seen",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "retention_class",
            sa.Enum(
                "loan_contact",
                "loan_dispute",
                name="retention_class",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "anonymised_at IS NULL OR (name IS NULL AND contact_number IS NULL)",
            name=op.f("ck_borrower_anonymised_has_no_contact"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_borrower")),
    )
    op.create_index(
        "ix_borrower_retention_class_anonymised_at",
        "borrower",
        ["retention_class", "anonymised_at"],
        unique=False,
    )

    op.create_table(
        "site",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
        sa.UniqueConstraint("code", name=op.f("uq_site_code")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("display_name", sa.String(length=80), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("pin_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("asset_tag", sa.String(length=32), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "laptop",
                "tablet",
                "mobile_hotspot",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("accessories", sa.String(length=200), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "available",
                "in_use_in_centre",
                "on_loan",
                "awaiting_wipe",
                "in_repair",
                "retired",
                name="state",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_device_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_device_asset_tag")),
    )
    op.create_index(op.f("ix_device_site_id"), "device", ["site_id"], unique=False)

    op.create_table(
        "station",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_station_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
        sa.UniqueConstraint("site_id", "name", name=op.f("uq_station_site_id_name")),
    )
    op.create_index(op.f("ix_station_site_id"), "station", ["site_id"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "visit_started",
                "visit_ended",
                "visit_files_wiped",
                "document_scanned",
                "document_queued",
                "document_uploaded",
                "document_upload_failed",
                "document_rejected",
                "document_cancelled",
                "print_submitted",
                "print_completed",
                "print_failed",
                "loan_out",
                "loan_in",
                "device_added",
                "device_state_changed",
                "device_wipe_verified",
                "borrower_anonymised",
                "retention_run",
                "staff_added",
                "staff_changed",
                "staff_signed_in",
                "staff_sign_in_failed",
                "staff_locked_out",
                "staff_signed_out",
                name="action",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "record_type",
            sa.Enum(
                "site",
                "station",
                "staff",
                "visit",
                "document",
                "print_job",
                "device",
                "loan",
                "borrower",
                "retention",
                name="record_type",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_event_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_audit_event_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(op.f("ix_audit_event_at"), "audit_event", ["at"], unique=False)
    op.create_index(
        "ix_audit_event_record_type_record_id",
        "audit_event",
        ["record_type", "record_id"],
        unique=False,
    )
    _create_audit_guards()

    op.create_table(
        "sign_in_attempt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_sign_in_attempt_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_sign_in_attempt_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_attempt")),
    )
    op.create_index(
        "ix_sign_in_attempt_staff_id_at", "sign_in_attempt", ["staff_id", "at"], unique=False
    )

    op.create_table(
        "visit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column(
            "entry_route",
            sa.Enum(
                "walk_in",
                "appointment",
                "referred_by_service",
                "signposted_by_phone",
                name="entry_route",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "mode_of_help",
            sa.Enum(
                "resident_alone",
                "champion_nearby",
                "paired",
                "on_behalf",
                name="mode_of_help",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("interpreter_used", sa.Boolean(), nullable=False),
        sa.Column(
            "age_band",
            sa.Enum(
                "under_18",
                "18_24",
                "25_34",
                "35_44",
                "45_54",
                "55_64",
                "65_74",
                "75_plus",
                "prefer_not_to_say",
                name="age_band",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("postcode_outward", sa.String(length=4), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "completed",
                "partly_completed",
                "not_completed",
                "referred_face_to_face",
                "left_before_seen",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_visit_site_id_site")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_visit_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_visit_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    op.create_index("ix_visit_site_id_arrived_at", "visit", ["site_id", "arrived_at"], unique=False)
    op.create_index(op.f("ix_visit_staff_id"), "visit", ["staff_id"], unique=False)
    op.create_index(
        "ix_visit_station_id_ended_at", "visit", ["station_id", "ended_at"], unique=False
    )

    op.create_table(
        "document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "identity",
                "proof_of_address",
                "bank_statement",
                "payslip",
                "tenancy",
                "benefit_letter",
                "other",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "queued",
                "sending",
                "failed",
                "confirmed",
                "rejected",
                "cancelled",
                name="state",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("destination", sa.String(length=64), nullable=True),
        sa.Column("destination_ref", sa.String(length=200), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error_code", sa.String(length=64), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_document_attempts_not_negative")),
        sa.CheckConstraint("page_count >= 0", name=op.f("ck_document_page_count_not_negative")),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_document_size_bytes_not_negative")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_document_station_id_station")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_document_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    op.create_index(
        "ix_document_state_next_attempt_at", "document", ["state", "next_attempt_at"], unique=False
    )
    op.create_index(op.f("ix_document_visit_id"), "document", ["visit_id"], unique=False)

    op.create_table(
        "loan",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("borrower_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "in_centre",
                "take_home",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("out_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("back_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "condition_out",
            sa.Enum(
                "good",
                "worn",
                "damaged",
                "missing_parts",
                name="condition_out",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "condition_in",
            sa.Enum(
                "good",
                "worn",
                "damaged",
                "missing_parts",
                name="condition_in",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("agreement_version", sa.String(length=20), nullable=True),
        sa.Column("wipe_verified_by", sa.Uuid(), nullable=True),
        sa.Column("wipe_verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind <> 'take_home' OR borrower_id IS NOT NULL",
            name=op.f("ck_loan_take_home_has_borrower"),
        ),
        sa.CheckConstraint(
            "kind <> 'take_home' OR due_at IS NOT NULL", name=op.f("ck_loan_take_home_has_due_at")
        ),
        sa.ForeignKeyConstraint(
            ["borrower_id"], ["borrower.id"], name=op.f("fk_loan_borrower_id_borrower")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_loan_device_id_device")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_loan_staff_id_staff")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_loan_visit_id_visit")),
        sa.ForeignKeyConstraint(
            ["wipe_verified_by"], ["staff.id"], name=op.f("fk_loan_wipe_verified_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
    )
    op.create_index(op.f("ix_loan_borrower_id"), "loan", ["borrower_id"], unique=False)
    op.create_index("ix_loan_device_id_back_at", "loan", ["device_id", "back_at"], unique=False)
    op.create_index(op.f("ix_loan_visit_id"), "loan", ["visit_id"], unique=False)

    op.create_table(
        "print_job",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("system_job_id", sa.String(length=64), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "queued",
                "printing",
                "completed",
                "failed",
                "cancelled",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("error_code", sa.String(length=64), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("copies >= 1", name=op.f("ck_print_job_copies_at_least_one")),
        sa.CheckConstraint("pages >= 0", name=op.f("ck_print_job_pages_not_negative")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_print_job_station_id_station")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_print_job_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
    )
    op.create_index(op.f("ix_print_job_station_id"), "print_job", ["station_id"], unique=False)
    op.create_index(op.f("ix_print_job_visit_id"), "print_job", ["visit_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "training_course",
                "device_bank",
                "data_bank",
                "social_tariff",
                "other_service",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("target", sa.String(length=120), nullable=False),
        sa.Column("contact_passed_on", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "NOT contact_passed_on OR consent_at IS NOT NULL",
            name=op.f("ck_referral_consent_when_contact_passed"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_referral_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    op.create_index(op.f("ix_referral_visit_id"), "referral", ["visit_id"], unique=False)

    op.create_table(
        "triage",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("inclusion_level", sa.Integer(), nullable=True),
        sa.Column("needs_device", sa.Boolean(), nullable=False),
        sa.Column("needs_data", sa.Boolean(), nullable=False),
        sa.Column("needs_skills", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "inclusion_level BETWEEN 1 AND 9", name=op.f("ck_triage_inclusion_level_1_to_9")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_triage_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_triage_visit_id")),
    )
    op.create_table(
        "visit_support",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "support",
            sa.Enum(
                "large_text",
                "screen_reader",
                "hearing_loop",
                "bsl",
                name="support",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_support_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "support", name=op.f("pk_visit_support")),
    )
    op.create_table(
        "visit_task",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("service_area", sa.String(length=64), nullable=False),
        sa.Column(
            "task_type",
            sa.Enum(
                "scan_and_upload",
                "print",
                "online_form",
                "account_help",
                "email",
                "video_call",
                "device_help",
                name="task_type",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "done_independently",
                "done_with_help",
                "done_on_behalf",
                "partly_done",
                "not_done_system_down",
                "not_done_document_missing",
                "not_done_needs_face_to_face",
                "referred_face_to_face",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "next_time",
            sa.Enum(
                "alone",
                "some_help",
                "same_help",
                "will_not_go_online",
                name="next_time",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("pages_scanned", sa.Integer(), nullable=False),
        sa.Column("pages_printed", sa.Integer(), nullable=False),
        sa.Column("documents_uploaded", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "documents_uploaded >= 0", name=op.f("ck_visit_task_documents_uploaded_not_negative")
        ),
        sa.CheckConstraint(
            "pages_printed >= 0", name=op.f("ck_visit_task_pages_printed_not_negative")
        ),
        sa.CheckConstraint(
            "pages_scanned >= 0", name=op.f("ck_visit_task_pages_scanned_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_visit_task_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_task_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_task")),
    )
    op.create_index(op.f("ix_visit_task_visit_id"), "visit_task", ["visit_id"], unique=False)

    op.create_table(
        "triage_barrier",
        sa.Column("triage_id", sa.Uuid(), nullable=False),
        sa.Column(
            "barrier",
            sa.Enum(
                "no_device",
                "unsuitable_device",
                "no_home_connection",
                "cannot_afford_data",
                "skills_foundation",
                "skills_communicating",
                "skills_handling_information",
                "skills_transacting",
                "skills_problem_solving",
                "skills_safe_and_legal",
                "motivation",
                "trust_and_confidence",
                "language",
                "accessibility",
                name="barrier",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["triage_id"],
            ["triage.id"],
            name=op.f("fk_triage_barrier_triage_id_triage"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("triage_id", "barrier", name=op.f("pk_triage_barrier")),
    )


def downgrade() -> None:
    _drop_audit_guards()
    op.drop_table("triage_barrier")
    op.drop_table("visit_task")
    op.drop_table("visit_support")
    op.drop_table("triage")
    op.drop_table("referral")
    op.drop_table("print_job")
    op.drop_table("loan")
    op.drop_table("document")
    op.drop_table("visit")
    op.drop_table("sign_in_attempt")
    op.drop_table("audit_event")
    op.drop_table("station")
    op.drop_table("device")
    op.drop_table("staff")
    op.drop_table("site")
    op.drop_table("borrower")
    _drop_audit_guard_function()


AUDIT_REFUSAL = "audit events are append-only"


def _create_audit_guards() -> None:
    """The database itself refuses to change or remove an audit event."""
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{AUDIT_REFUSAL}' USING ERRCODE = 'restrict_violation';
            END
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()"
        )
        op.execute(
            "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()"
        )
    elif op.get_context().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{event.lower()} BEFORE {event} ON audit_event "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_REFUSAL}'); END"
            )


def _drop_audit_guards() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
    elif op.get_context().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")


def _drop_audit_guard_function() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_event_refuse_change()")
