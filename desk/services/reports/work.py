"""The stations' work (pages, documents and their upload, prints) and the loan devices."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime

from sqlalchemy import Connection, func, select

from desk.domain.documents import PrintOutcome, UploadState
from desk.domain.loans import DeviceKind, DeviceState, LoanKind
from desk.services.reports.common import Scope, fold, grouped, period_table, summed
from desk.services.reports.sql import seconds_between
from desk.services.reports.tables import (
    Row,
    Table,
    TableKind,
    crosstab,
    minutes,
    percentile,
)
from desk.storage.models import (
    Device,
    Document,
    Loan,
    PrintJob,
    Site,
    Station,
    Visit,
    VisitTask,
    WaitlistEntry,
)

DELIVERED = "delivered"
STILL_QUEUED = "still_queued"
UPLOAD_OUTCOMES = (DELIVERED, "rejected", "cancelled", STILL_QUEUED)


def upload_outcome(state: object) -> str:
    """A document's upload as reported: delivered, rejected, cancelled, or still queued."""
    if state == UploadState.CONFIRMED:
        return DELIVERED
    if state in {UploadState.REJECTED, UploadState.CANCELLED}:
        return str(state)
    return STILL_QUEUED


def work(connection: Connection, scope: Scope) -> tuple[Table, ...]:
    """Pages counted on tasks, documents sent and how their upload went, prints."""
    at_visit = scope.at(Visit.site_id, Visit.station_id)
    pages: Counter[tuple[str, str]] = Counter()
    columns = ("pages_scanned", "pages_printed", "documents_uploaded")
    task_sums = summed(
        connection,
        scope,
        Visit.arrived_at,
        [],
        select()
        .select_from(VisitTask)
        .join(Visit, VisitTask.visit_id == Visit.id)
        .where(*at_visit),
        values=[getattr(VisitTask, column) for column in columns],
    )
    for column, sums in zip(columns, task_sums, strict=True):
        for (bucket,), n in sums.items():
            pages[(str(bucket), column)] += n
    at_station = scope.at(Station.site_id, Station.id)
    documents, document_pages = summed(
        connection,
        scope,
        Document.created_at,
        [Document.state],
        select()
        .select_from(Document)
        .join(Station, Document.station_id == Station.id)
        .where(*at_station),
        values=[None, Document.page_count],
    )
    prints, sheets = summed(
        connection,
        scope,
        PrintJob.submitted_at,
        [PrintJob.outcome],
        select()
        .select_from(PrintJob)
        .join(Station, PrintJob.station_id == Station.id)
        .where(*at_station),
        values=[None, PrintJob.pages * PrintJob.copies],
    )
    for (bucket, _state), n in document_pages.items():
        pages[(str(bucket), "document_pages")] += n
    for (bucket, outcome), n in sheets.items():
        if outcome == PrintOutcome.COMPLETED:
            pages[(str(bucket), "pages_printed_by_printers")] += n
    return (
        period_table(
            scope,
            "pages",
            "Pages and documents (amounts, not people)",
            pages,
            [
                "pages_scanned",
                "documents_uploaded",
                "document_pages",
                "pages_printed",
                "pages_printed_by_printers",
            ],
            row_totals=False,
            kind=TableKind.AMOUNTS,
        ),
        period_table(
            scope,
            "documents",
            "Documents sent, by how their upload went",
            fold(documents, 1, upload_outcome),
            list(UPLOAD_OUTCOMES),
        ),
        period_table(
            scope,
            "prints",
            "Print jobs by how they ended",
            fold(prints, 1),
            [str(o.value) for o in PrintOutcome],
        ),
    )


def loans(connection: Connection, scope: Scope, *, now: datetime) -> tuple[Table, ...]:
    """Loans out and back, overdue now, the waitlist, and the devices in each state now (by
    the device's site; the station filter does not apply to devices)."""
    at_device = scope.at(Device.site_id, None)
    base = select().select_from(Loan).join(Device, Loan.device_id == Device.id).where(*at_device)
    out = grouped(connection, scope, Loan.out_at, [Loan.kind], base)
    back = grouped(connection, scope, Loan.back_at, [Loan.kind], base)
    moves: Counter[tuple[str, str]] = Counter()
    for (bucket, kind), n in out.items():
        moves[(str(bucket), f"out_{kind}")] += n
    for (bucket, kind), n in back.items():
        moves[(str(bucket), f"back_{kind}")] += n
    kinds = [str(k.value) for k in LoanKind]
    sites = {row.id: row.code for row in connection.execute(select(Site.id, Site.code))}
    site_rows = [sites[i] for i in scope.site_ids] or sorted(sites.values())

    overdue = connection.execute(
        select(Device.site_id, Device.kind, func.count())
        .select_from(Loan)
        .join(Device, Loan.device_id == Device.id)
        .where(
            *at_device, Loan.kind == LoanKind.TAKE_HOME, Loan.back_at.is_(None), Loan.due_at < now
        )
        .group_by(Device.site_id, Device.kind)
    ).all()
    overdue_counts = {(sites[s], str(k)): int(n) for s, k, n in overdue}
    states = connection.execute(
        select(Device.site_id, Device.state, func.count())
        .where(*at_device)
        .group_by(Device.site_id, Device.state)
    ).all()
    state_counts = {(sites[s], str(st)): int(n) for s, st, n in states}
    at_waitlist = scope.at(WaitlistEntry.site_id, None)
    waiting = connection.execute(
        select(WaitlistEntry.site_id, WaitlistEntry.kind, func.count())
        .where(*at_waitlist, WaitlistEntry.closed_at.is_(None))
        .group_by(WaitlistEntry.site_id, WaitlistEntry.kind)
    ).all()
    waiting_counts = {(sites[s], str(k)): int(n) for s, k, n in waiting}
    joined = grouped(
        connection,
        scope,
        WaitlistEntry.created_at,
        [WaitlistEntry.kind],
        select().select_from(WaitlistEntry).where(*at_waitlist),
    )
    closed = connection.execute(
        select(
            WaitlistEntry.site_id,
            seconds_between(WaitlistEntry.closed_at, WaitlistEntry.created_at),
        ).where(*at_waitlist, *scope.within(WaitlistEntry.closed_at))
    ).all()
    times: dict[str, list[float]] = defaultdict(list)
    for site_id, seconds in closed:
        times[sites[site_id]].append(float(seconds))
    every = [s for code in site_rows for s in times.get(code, [])]
    device_kinds = [str(k.value) for k in DeviceKind]
    now_heading = "site"

    def days(values: list[float]) -> float | None:
        value = minutes(percentile(values, 0.5))
        return None if value is None else round(value / (60 * 24), 1)

    time_rows = tuple(
        Row(code, (len(times.get(code, [])), days(times.get(code, [])))) for code in site_rows
    )
    return (
        period_table(
            scope,
            "loans_out_and_back",
            "Loans out and back",
            moves,
            [f"out_{k}" for k in kinds] + [f"back_{k}" for k in kinds],
            row_totals=False,
        ),
        crosstab(
            "overdue_now",
            "Take-home loans overdue now",
            now_heading,
            site_rows,
            device_kinds,
            overdue_counts,
        ),
        crosstab(
            "devices_by_state_now",
            "Devices in each state now",
            now_heading,
            site_rows,
            [str(s.value) for s in DeviceState],
            state_counts,
        ),
        crosstab(
            "waitlist_now",
            "Residents on the waitlist now",
            now_heading,
            site_rows,
            device_kinds,
            waiting_counts,
        ),
        period_table(
            scope, "waitlist_joined", "Places taken on the waitlist", fold(joined, 1), device_kinds
        ),
        Table(
            key="waitlist_time",
            title="Places on the waitlist closed in the period, and the median days waited",
            row_heading=now_heading,
            columns=("closed", "median_days"),
            rows=time_rows,
            totals=(len(every), days(every)),
            row_totals=False,
            kind=TableKind.MEASURES,
            based_on={"median_days": "closed"},
        ),
    )
