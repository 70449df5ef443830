"""Loans: wipe checklists, the waitlist, missing kit and when the agreement was accepted

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 05:07:55.278949
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_wipe",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=True),
        sa.Column("steps", sa.String(length=200), nullable=False),
        sa.Column("wiped_by", sa.Uuid(), nullable=False),
        sa.Column("wiped_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verified_by", sa.Uuid(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "verified_by IS NULL OR verified_by <> wiped_by",
            name=op.f("ck_device_wipe_verified_by_someone_else"),
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_device_wipe_device_id_device")
        ),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_device_wipe_loan_id_loan")),
        sa.ForeignKeyConstraint(
            ["verified_by"], ["staff.id"], name=op.f("fk_device_wipe_verified_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["wiped_by"], ["staff.id"], name=op.f("fk_device_wipe_wiped_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_wipe")),
    )
    op.create_index(
        "ix_device_wipe_device_id_verified_at",
        "device_wipe",
        ["device_id", "verified_at"],
        unique=False,
    )

    op.create_table(
        "waitlist_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
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
        sa.Column(
            "loan_kind",
            sa.Enum(
                "in_centre",
                "take_home",
                name="loan_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "served",
                "cancelled",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("loan_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_waitlist_entry_loan_id_loan")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_waitlist_entry_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_waitlist_entry_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_waitlist_entry_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist_entry")),
    )
    op.create_index(
        "ix_waitlist_entry_site_id_kind_closed_at",
        "waitlist_entry",
        ["site_id", "kind", "closed_at"],
        unique=False,
    )

    op.add_column(
        "loan", sa.Column("agreement_accepted_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column("loan", sa.Column("kit_out", sa.String(length=200), nullable=True))
    op.add_column("loan", sa.Column("missing_items", sa.String(length=200), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of `loan` would lose its CHECK constraints.
    op.drop_column("loan", "missing_items")
    op.drop_column("loan", "kit_out")
    op.drop_column("loan", "agreement_accepted_at")

    op.drop_index("ix_waitlist_entry_site_id_kind_closed_at", table_name="waitlist_entry")
    op.drop_table("waitlist_entry")
    op.drop_index("ix_device_wipe_device_id_verified_at", table_name="device_wipe")
    op.drop_table("device_wipe")
