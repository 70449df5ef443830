"""Staff: when a manager last unlocked sign-in or reset the PIN (wrong PINs before it are forgiven)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN of a nullable column: no table rebuild on SQLite, instant on PostgreSQL.
    op.add_column(
        "staff", sa.Column("sign_in_cleared_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    # DROP COLUMN: PostgreSQL, and SQLite from 3.35 (Python 3.11's own is newer).
    op.drop_column("staff", "sign_in_cleared_at")
