"""Journal: the station records the shared database has (sync_applied)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 23:30:00

A new table only: additive, no table rebuild on SQLite (where nothing writes to it; the
embedded database has no journal).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_applied",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("journal_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name="pk_sync_applied"),
        sa.UniqueConstraint("journal_id", "seq", name="uq_sync_applied_journal_id_seq"),
    )


def downgrade() -> None:
    op.drop_table("sync_applied")
