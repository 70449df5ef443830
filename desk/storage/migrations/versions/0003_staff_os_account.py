"""Staff: the OS account that may sign a member of staff in

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 05:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN and a unique index: both work on SQLite without rebuilding the table
    # (which would lose nothing here, but would also need a live connection for --sql).
    op.add_column("staff", sa.Column("os_account", sa.String(length=256), nullable=True))
    op.create_index("ix_staff_os_account", "staff", ["os_account"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_staff_os_account", table_name="staff")
    op.drop_column("staff", "os_account")
