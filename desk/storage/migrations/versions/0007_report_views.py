"""Reports: indexes for the report queries, and the views `report_visits` and `report_tasks`

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 20:00:00

The indexes let a report over a period find its rows without reading every visit, document,
print job and loan. The views are for the council's analysts (Power BI, Excel): one row per
visit and one per task, anonymous (no member of staff, no borrower, no postcode), with the
same columns on PostgreSQL and SQLite; docs/reports.md is their data dictionary. Times are
UTC; a wait and a visit's length are in seconds.
"""

from collections.abc import Sequence
from string import Template

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_visit_arrived_at", "visit", ["arrived_at"]),
    ("ix_visit_station_id_arrived_at", "visit", ["station_id", "arrived_at"]),
    ("ix_document_created_at", "document", ["created_at"]),
    ("ix_print_job_submitted_at", "print_job", ["submitted_at"]),
    ("ix_loan_out_at", "loan", ["out_at"]),
)


def _seconds(later: str, earlier: str, dialect: str) -> str:
    if dialect == "postgresql":
        return f"EXTRACT(EPOCH FROM {later} - {earlier})"
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


def _views(dialect: str) -> tuple[str, str]:
    wait = _seconds("v.first_seen_at", "v.arrived_at", dialect)
    length = _seconds("v.ended_at", "v.started_at", dialect)
    true, false = ("TRUE", "FALSE") if dialect == "postgresql" else ("1", "0")
    visits = Template("""
CREATE VIEW report_visits AS
SELECT
    v.id AS visit_id,
    s.code AS site_code,
    st.name AS station_name,
    v.arrived_at,
    v.first_seen_at,
    v.started_at,
    v.ended_at,
    v.entry_route,
    v.mode_of_help,
    CASE WHEN v.mode_of_help IS NULL THEN NULL
         WHEN v.mode_of_help = 'resident_alone' THEN 'kiosk' ELSE 'assisted' END AS self_serve,
    v.outcome,
    CASE WHEN v.outcome = 'left_before_seen' THEN NULL ELSE $wait END AS wait_seconds,
    CASE WHEN v.first_seen_at IS NULL OR v.outcome = 'left_before_seen' THEN NULL
         WHEN v.arrival_measured THEN $false ELSE $true END
        AS wait_estimated,
    CASE WHEN v.outcome = 'left_before_seen' THEN NULL ELSE $length END AS visit_seconds,
    v.language,
    v.interpreter_used,
    v.age_band,
    (SELECT count(*) FROM visit_task t WHERE t.visit_id = v.id) AS tasks,
    (SELECT t.inclusion_level FROM triage t WHERE t.visit_id = v.id) AS inclusion_level,
    (SELECT count(*) FROM referral r WHERE r.visit_id = v.id) AS referrals
FROM visit v
JOIN site s ON s.id = v.site_id
JOIN station st ON st.id = v.station_id
""").substitute(wait=wait, length=length, true=true, false=false)
    tasks = """
CREATE VIEW report_tasks AS
SELECT
    t.id AS task_id,
    t.visit_id,
    s.code AS site_code,
    st.name AS station_name,
    v.arrived_at,
    t.service_area,
    t.task_type,
    t.outcome,
    t.next_time,
    t.pages_scanned,
    t.pages_printed,
    t.documents_uploaded
FROM visit_task t
JOIN visit v ON v.id = t.visit_id
JOIN site s ON s.id = v.site_id
JOIN station st ON st.id = v.station_id
"""
    return visits, tasks


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    for statement in _views(op.get_context().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP VIEW report_tasks")
    op.execute("DROP VIEW report_visits")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
