"""Audit: the event for a delivered document deleted from the upload folder by retention

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 09:00:00

A new audit action widens the CHECK constraint on `audit_event.action`. PostgreSQL swaps the
constraint; SQLite cannot alter one, so the table is rebuilt from the definition below (which
keeps every constraint and index: a reflected copy would lose the CHECK constraints, and `--sql`
has no database to reflect) and its append-only triggers are made again.

Downgrading past this revision fails while any such event exists: an audit trail is never
rewritten to fit an older schema.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS_0004 = (
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
)
ACTIONS_0005 = (*ACTIONS_0004, "document_files_deleted")

RECORD_TYPES = (
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
)

AUDIT_REFUSAL = "audit events are append-only"


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _audit_table(actions: Sequence[str]) -> sa.Table:
    """`audit_event` as revisions 0003 and 0004 have it, with `actions` allowed."""
    metadata = sa.MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    for referred in ("station", "staff"):
        sa.Table(referred, metadata, sa.Column("id", sa.Uuid(), primary_key=True))
    return sa.Table(
        "audit_event",
        metadata,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", _enum(actions, "action"), nullable=False),
        sa.Column("record_type", _enum(RECORD_TYPES, "record_type"), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.Index("ix_audit_event_at", "at"),
        sa.Index("ix_audit_event_record_type_record_id", "record_type", "record_id"),
    )


def _allow(actions: Sequence[str]) -> None:
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_event_no_{event}")
        with op.batch_alter_table(
            "audit_event", copy_from=_audit_table(actions), recreate="always"
        ):
            pass
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{event.lower()} BEFORE {event} ON audit_event "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_REFUSAL}'); END"
            )
        return
    allowed = ", ".join(f"'{action}'" for action in actions)
    op.drop_constraint(op.f("ck_audit_event_action"), "audit_event", type_="check")
    op.create_check_constraint(
        op.f("ck_audit_event_action"), "audit_event", sa.text(f"action IN ({allowed})")
    )


def upgrade() -> None:
    _allow(ACTIONS_0005)


def downgrade() -> None:
    _allow(ACTIONS_0004)
