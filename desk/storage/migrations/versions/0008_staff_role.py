"""Staff: a role (champion, or manager, who also sees the Reports screen)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 21:00:00

A column with a default (every member of staff so far is a champion) and a CHECK constraint on
its values: additive, no table rebuild. SQLite takes the CHECK inside ADD COLUMN (and checks the
rows already there against it, which all hold the default); PostgreSQL adds it after.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("champion", "manager")
CHECK = "ck_staff_role"


def upgrade() -> None:
    allowed = ", ".join(f"'{role}'" for role in ROLES)
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE staff ADD COLUMN role VARCHAR(40) DEFAULT 'champion' NOT NULL "
            f"CONSTRAINT {CHECK} CHECK (role IN ({allowed}))"
        )
        return
    op.add_column(
        "staff",
        sa.Column("role", sa.String(length=40), server_default="champion", nullable=False),
    )
    op.create_check_constraint(op.f(CHECK), "staff", sa.text(f"role IN ({allowed})"))


def downgrade() -> None:
    # DROP COLUMN: PostgreSQL (its CHECK goes with it), and SQLite from 3.35 (a CHECK on the
    # column alone does not stop it).
    op.drop_column("staff", "role")
