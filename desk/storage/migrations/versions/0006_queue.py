"""Queue: appointments, queue tickets with the help asked for, their events; measured arrivals

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 20:00:00

New tables only, and one column on `visit` with a default (`arrival_measured`, false for every
visit recorded so far: their arrival was estimated): additive, no table rebuild on SQLite.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TASK_TYPES = (
    "scan_and_upload",
    "print",
    "online_form",
    "account_help",
    "email",
    "video_call",
    "device_help",
)
TICKET_STATES = ("waiting", "called", "seen", "left", "requeued")
EVENT_KINDS = ("checked_in", "called", "recalled", "seen", "left", "requeued", "closed")
NEEDS = ("large_text", "screen_reader", "hearing_loop", "bsl")


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _when(name: str, *, nullable: bool = True) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}")
    )


def upgrade() -> None:
    op.add_column(
        "visit",
        sa.Column("arrival_measured", sa.Boolean(), server_default=sa.false(), nullable=False),
    )

    op.create_table(
        "appointment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        _when("slot_start", nullable=False),
        _when("slot_end", nullable=False),
        sa.Column("service_area", sa.String(length=64), nullable=False),
        _when("checked_in_at"),
        _when("no_show_at"),
        _when("created_at", nullable=False),
        sa.CheckConstraint(
            "slot_end > slot_start", name=op.f("ck_appointment_slot_ends_after_start")
        ),
        _fk("appointment", "site_id", "site"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sa.UniqueConstraint("site_id", "ref", name=op.f("uq_appointment_site_id_ref")),
    )
    op.create_index(
        "ix_appointment_site_id_slot_start", "appointment", ["site_id", "slot_start"], unique=False
    )

    op.create_table(
        "queue_ticket",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("letter", sa.String(length=1), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("service_area", sa.String(length=64), nullable=False),
        sa.Column("task_type", _enum(TASK_TYPES, "task_type"), nullable=True),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        _when("appointment_at"),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("interpreter", sa.Boolean(), nullable=False),
        sa.Column("state", _enum(TICKET_STATES, "state"), nullable=False),
        _when("checked_in_at", nullable=False),
        sa.Column("checked_in_station_id", sa.Uuid(), nullable=True),
        _when("called_at"),
        sa.Column("called_by", sa.Uuid(), nullable=True),
        sa.Column("called_at_station_id", sa.Uuid(), nullable=True),
        _when("recalled_at"),
        _when("seen_at"),
        _when("left_at"),
        _when("requeued_at"),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        _when("updated_at", nullable=False),
        _when("created_at", nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_queue_ticket_number_positive")),
        _fk("queue_ticket", "site_id", "site"),
        _fk("queue_ticket", "appointment_id", "appointment"),
        _fk("queue_ticket", "checked_in_station_id", "station"),
        _fk("queue_ticket", "called_at_station_id", "station"),
        sa.ForeignKeyConstraint(
            ["called_by"], ["staff.id"], name=op.f("fk_queue_ticket_called_by_staff")
        ),
        _fk("queue_ticket", "visit_id", "visit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_ticket")),
        sa.UniqueConstraint(
            "site_id",
            "service_day",
            "letter",
            "number",
            name=op.f("uq_queue_ticket_site_id_service_day_letter_number"),
        ),
    )
    op.create_index(
        "ix_queue_ticket_site_id_state", "queue_ticket", ["site_id", "state"], unique=False
    )

    op.create_table(
        "queue_ticket_need",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("need", _enum(NEEDS, "need"), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["queue_ticket.id"],
            name=op.f("fk_queue_ticket_need_ticket_id_queue_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", "need", name=op.f("pk_queue_ticket_need")),
    )

    op.create_table(
        "queue_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("kind", _enum(EVENT_KINDS, "kind"), nullable=False),
        _when("at", nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        _fk("queue_event", "ticket_id", "queue_ticket"),
        _fk("queue_event", "site_id", "site"),
        _fk("queue_event", "station_id", "station"),
        _fk("queue_event", "staff_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_event")),
    )
    op.create_index("ix_queue_event_site_id_at", "queue_event", ["site_id", "at"], unique=False)
    op.create_index("ix_queue_event_ticket_id", "queue_event", ["ticket_id"], unique=False)


def downgrade() -> None:
    op.drop_table("queue_event")
    op.drop_table("queue_ticket_need")
    op.drop_table("queue_ticket")
    op.drop_table("appointment")
    op.drop_column("visit", "arrival_measured")
