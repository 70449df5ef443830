"""Documents: the service and case reference they are for, the back office's status, and the
kinds letter and photo

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 23:30:00

New nullable columns (`service`, `case_reference`, `back_office_status`, `back_office_reason`,
`back_office_status_at`) and a wider CHECK on `kind`. PostgreSQL adds the columns and swaps the
constraint; SQLite cannot alter a CHECK, so the table is rebuilt from the definition below
(which keeps every constraint and index; a reflected copy would lose the CHECK constraints and
`--sql` has no database to reflect).

Downgrading past this revision fails while a document of kind letter or photo exists: the old
CHECK refuses it, and a document's kind is not rewritten to fit an older schema.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS_0008 = (
    "identity",
    "proof_of_address",
    "bank_statement",
    "payslip",
    "tenancy",
    "benefit_letter",
    "other",
)
KINDS_0009 = (*KINDS_0008[:-1], "letter", "photo", "other")
STATES = ("queued", "sending", "failed", "confirmed", "rejected", "cancelled")
STATUSES = ("received", "accepted", "rejected")
NEW_COLUMNS = (
    "service",
    "case_reference",
    "back_office_status",
    "back_office_reason",
    "back_office_status_at",
)


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _new_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("service", sa.String(length=64), nullable=True),
        sa.Column("case_reference", sa.String(length=64), nullable=True),
        sa.Column("back_office_status", _enum(STATUSES, "back_office_status"), nullable=True),
        sa.Column("back_office_reason", sa.String(length=200), nullable=True),
        sa.Column("back_office_status_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _document_table(kinds: Sequence[str], *, new_columns: bool) -> sa.Table:
    """`document` as revision 0008 has it (kinds widened and columns added from 0009)."""
    metadata = sa.MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    for referred in ("station", "visit"):
        sa.Table(referred, metadata, sa.Column("id", sa.Uuid(), primary_key=True))
    return sa.Table(
        "document",
        metadata,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("kind", _enum(kinds, "kind"), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("state", _enum(STATES, "state"), nullable=False),
        sa.Column("destination", sa.String(length=64), nullable=True),
        sa.Column("destination_ref", sa.String(length=200), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error_code", sa.String(length=64), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *(_new_columns() if new_columns else []),
        sa.CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        sa.CheckConstraint("page_count >= 0", name="page_count_not_negative"),
        sa.CheckConstraint("size_bytes >= 0", name="size_bytes_not_negative"),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"]),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.Index("ix_document_state_next_attempt_at", "state", "next_attempt_at"),
        sa.Index("ix_document_visit_id", "visit_id"),
        sa.Index("ix_document_created_at", "created_at"),
    )


def _swap_kind_check(kinds: Sequence[str]) -> None:
    allowed = ", ".join(f"'{kind}'" for kind in kinds)
    op.drop_constraint(op.f("ck_document_kind"), "document", type_="check")
    op.create_check_constraint(
        op.f("ck_document_kind"), "document", sa.text(f"kind IN ({allowed})")
    )


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        table = _document_table(KINDS_0009, new_columns=False)
        with op.batch_alter_table("document", copy_from=table, recreate="always") as batch:
            for column in _new_columns():
                batch.add_column(column)
        return
    for column in _new_columns():
        op.add_column("document", column)  # the status's CHECK comes with its column
    _swap_kind_check(KINDS_0009)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        table = _document_table(KINDS_0008, new_columns=True)
        with op.batch_alter_table("document", copy_from=table, recreate="always") as batch:
            for name in NEW_COLUMNS:
                batch.drop_column(name)
        return
    for name in NEW_COLUMNS:
        op.drop_column("document", name)
    _swap_kind_check(KINDS_0008)
