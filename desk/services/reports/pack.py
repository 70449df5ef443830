"""The report pack: one PDF for managers and funders, with every report as a chapter.

A cover (the period, the sites, when it was made, the main figures), then a section per report
(footfall, waits, services, channel shift, needs, work, loans), each with a plain-English
heading, a short "how to read this", a chart and its tables, and a closing page on how the
figures were made. The figures are always published (small numbers withheld), and the charts
are drawn from the published figures: a withheld figure is not plotted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer
from sqlalchemy import Engine

from desk.services.reports import make_report
from desk.services.reports.labels import (
    column_label,
    figure,
    row_label,
    table_title,
    total_label,
)
from desk.services.reports.method import how_made
from desk.services.reports.periods import Grouping, Period
from desk.services.reports.suppression import publish
from desk.services.reports.tables import Cell, Report, ReportKind, Table
from printing.documents import DocumentTexts, identity, load_texts
from printing.documents.figures import Series, bar_chart, figures_table, line_chart, note_box
from printing.documents.layout import (
    MONTHS,
    build,
    clock_time,
    details_table,
    long_date,
    styles,
    text,
)

TITLE = "Our self-serve stations: what they did"


@dataclass(frozen=True)
class Section:
    """One report in the pack: its heading and how to read it."""

    kind: ReportKind
    heading: str
    how_to_read: tuple[str, ...]


SECTIONS = (
    Section(
        ReportKind.FOOTFALL,
        "How many people came",
        (
            "Each figure counts visits: one resident helped at a station, or using the kiosk "
            "alone. The chart shows the visits in each period at each site.",
            "The tables split the same visits by site, by station, by how the resident came "
            "and by whether they worked alone at the kiosk or were helped; each adds up to the "
            "same total.",
        ),
    ),
    Section(
        ReportKind.WAITS,
        "How long people waited, and how long they stayed",
        (
            "The wait runs from arriving to being seen by a champion; time spent runs from the "
            "start of help to the end of the visit. The median is the middle visit (half "
            "waited less); the 90th percentile is the wait that nine visits in ten were "
            "shorter than. Both are in minutes.",
            'The row "waits estimated" counts waits that were typed in by the champion rather '
            "than measured by the check-in queue. Visits that left before being seen have no "
            "wait and are counted apart.",
        ),
    ),
    Section(
        ReportKind.SERVICES,
        "What people came for, and how it went",
        (
            "A visit can have several tasks (a form, a scan, a print). The chart shows the "
            "tasks of the whole period by the council service they were for.",
            "The tables show the tasks by service and by type, how each task went, and how "
            "each visit ended.",
        ),
    ),
    Section(
        ReportKind.CHANNEL_SHIFT,
        "Are residents getting more independent?",
        (
            "Who typed, from the most to the least independent: the resident alone, with a "
            "champion nearby, side by side (paired), or the champion on their behalf. A growing "
            "share of visits where the resident typed is the shift we are working for.",
            "The second table asks how residents said they could do each task next time.",
        ),
    ),
    Section(
        ReportKind.NEEDS,
        "Digital needs, and the help that followed",
        (
            "When a champion talks through a resident's digital needs (a triage) they record "
            "the resident's level on the Digital Inclusion Scale, from never online to expert, "
            "what stops them going online, and what they need: a device, data or skills.",
            "A triage may find several barriers and needs, so those tables have no row total. "
            "Referrals and signposts are where residents were sent for more help; the last "
            "table counts the loans made in a visit with a triage.",
        ),
    ),
    Section(
        ReportKind.WORK,
        "The stations' work",
        (
            "Pages scanned and printed are amounts, not people, and are shown as they are. "
            "Documents are the scanned documents sent to council services, by how their upload "
            "went; print jobs are counted by how they ended.",
        ),
    ),
    Section(
        ReportKind.LOANS,
        "Loan devices",
        (
            "Laptops and tablets lent in the centre or to take home, at the device's site. "
            "The chart shows the loans that went out in each period.",
            'The tables headed "now" show how things stand on the day the pack was made: '
            "loans overdue, devices in each state, and residents waiting for a device.",
        ),
    ),
)


def plotted(value: Cell) -> float | None:
    """A figure as a chart may draw it: a number, or None (withheld or nothing to measure)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _column_label(table: Table, report: Report, column: str) -> str:
    return column_label(table, report, column)


def table_flowables(table: Table, report: Report) -> list[Flowable]:
    """A table turned round for reading: what is counted down the side, the periods (or
    sites) across, the totals last."""
    st = styles()
    across = [row_label(table, report, row.label, sep="\n") for row in table.rows]
    across.append(total_label(table))
    rows: list[tuple[str, list[str]]] = []
    for index, column in enumerate(table.columns):
        values = [figure(row.values[index]) for row in table.rows]
        values.append(figure(table.totals[index]))
        rows.append((_column_label(table, report, column), values))
    if table.row_totals:
        values = [figure(row.total) for row in table.rows]
        values.append(figure(table.grand_total))
        rows.append(("Total", values))
    title = Paragraph(text(table_title(table, report)), st.strong)
    if not table.rows:
        return [title, Paragraph(text("Nothing to count in this period."), st.body)]
    parts = figures_table("", across, rows, bold_last_row=table.row_totals)
    # A table that fits on a page is kept whole with its title; a longer one splits.
    return [KeepTogether([title, *parts]), Spacer(1, 5 * mm)]


def _series_by_period(table: Table, report: Report, columns: Sequence[str]) -> list[Series]:
    return [
        Series(
            _column_label(table, report, column),
            tuple(plotted(v) for v in table.column(column)),
        )
        for column in columns
        if column in table.columns
    ]


def _periods(table: Table, report: Report) -> list[str]:
    return [row_label(table, report, row.label) for row in table.rows]


def _totals_bars(table: Table, report: Report, caption: str) -> Flowable:
    names = [_column_label(table, report, c) for c in table.columns]
    values = tuple(plotted(v) for v in table.totals)
    height = max(40 * mm, (len(names) * 7 + 22) * mm * 0.9)
    return bar_chart(
        names, [Series("Total", values)], horizontal=True, caption=caption, height=height
    )


def _stacked_by_period(key: str, caption: str) -> Callable[[Report], Flowable]:
    def chart(report: Report) -> Flowable:
        table = report.table(key)
        return bar_chart(
            _periods(table, report),
            _series_by_period(table, report, table.columns),
            stacked=True,
            caption=caption,
        )

    return chart


def _waits_chart(report: Report) -> Flowable:
    table = report.table("all_sites")
    return line_chart(
        _periods(table, report),
        _series_by_period(table, report, ("median_wait_min", "p90_wait_min")),
        caption="Wait in minutes, every site chosen",
    )


def _pages_chart(report: Report) -> Flowable:
    table = report.table("pages")
    return bar_chart(
        _periods(table, report),
        _series_by_period(table, report, ("pages_scanned", "pages_printed_by_printers")),
        caption="Pages scanned and printed",
    )


def _loans_chart(report: Report) -> Flowable:
    table = report.table("loans_out_and_back")
    return bar_chart(
        _periods(table, report),
        _series_by_period(table, report, ("out_in_centre", "out_take_home")),
        stacked=True,
        caption="Loans out",
    )


_CHARTS: dict[ReportKind, Callable[[Report], Flowable]] = {
    ReportKind.FOOTFALL: _stacked_by_period("by_site", "Visits by site"),
    ReportKind.WAITS: _waits_chart,
    ReportKind.SERVICES: lambda report: _totals_bars(
        report.table("tasks_by_service_area"), report, "Tasks by service area, whole period"
    ),
    ReportKind.CHANNEL_SHIFT: _stacked_by_period("mode_of_help", "Visits by who typed"),
    ReportKind.NEEDS: lambda report: _totals_bars(
        report.table("barriers"), report, "Barriers found at triage, whole period"
    ),
    ReportKind.WORK: _pages_chart,
    ReportKind.LOANS: _loans_chart,
}
"""The chart of each section, drawn from its published figures."""


CHART_NOTE = 'Figures withheld ("<5" or "*") are left out of the charts.'


def _section(heading: str, section: Section, report: Report) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(text(heading), st.title),
        note_box("How to read this", [text(p) for p in section.how_to_read], st),
        Spacer(1, 4 * mm),
    ]
    chart = _CHARTS[report.kind](report)
    story += [KeepTogether([chart, Paragraph(text(CHART_NOTE), st.small)]), Spacer(1, 4 * mm)]
    for table in report.tables:
        story += table_flowables(table, report)
    return story


def _sites_line(reports: dict[ReportKind, Report]) -> str:
    footfall = reports[ReportKind.FOOTFALL]
    names = footfall.site_names
    if footfall.sites:
        return ", ".join(names.get(code, code) for code in footfall.sites)
    seen = [names.get(code, code) for code in footfall.table("by_site").columns]
    return "Every site" + (f" ({', '.join(seen)})" if seen else "")


def _glance(reports: dict[ReportKind, Report]) -> list[tuple[str, str]]:
    footfall = reports[ReportKind.FOOTFALL].table("by_site")
    waits = reports[ReportKind.WAITS].table("all_sites")
    tasks = reports[ReportKind.SERVICES].table("tasks_by_type")
    documents = reports[ReportKind.WORK].table("documents")
    loans = reports[ReportKind.LOANS].table("loans_out_and_back")
    mode = reports[ReportKind.CHANNEL_SHIFT].table("mode_of_help")
    alone = mode.totals[mode.columns.index("resident_alone")]
    share = "\u2013"
    if isinstance(alone, int) and isinstance(mode.grand_total, int) and mode.grand_total:
        share = f"{alone / mode.grand_total:.0%}"
    out = [v for c, v in zip(loans.columns, loans.totals, strict=True) if c.startswith("out_")]
    counted = [v for v in out if isinstance(v, int)]
    loans_out = figure(sum(counted)) if len(counted) == len(out) else "*"
    wait = waits.totals[waits.columns.index("median_wait_min")]
    return [
        ("Visits", figure(footfall.grand_total)),
        ("Tasks", figure(tasks.grand_total)),
        ("Median wait", f"{figure(wait)} minutes" if isinstance(wait, float) else figure(wait)),
        ("Visits where the resident typed alone", share),
        ("Documents sent", figure(documents.grand_total)),
        ("Loans out", loans_out),
    ]


def _day(day: date) -> str:
    """E.g. "1 December 2025"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _cover(reports: dict[ReportKind, Report], made_at: datetime) -> list[Flowable]:
    st = styles()
    report = reports[ReportKind.FOOTFALL]
    period = report.period
    local = made_at.astimezone(period.zone)
    stations = ", ".join(report.stations)
    rows = [
        ("Period", f"{_day(period.first)} to {_day(period.last)}"),
        ("Sites", _sites_line(reports)),
        *([("Stations", stations)] if stations else []),
        ("Made", f"{long_date(local.date(), identity)} at {clock_time(local)}"),
    ]
    story: list[Flowable] = [
        Paragraph(text(TITLE), st.title),
        Paragraph(
            text(
                "Visits, waits, services, channel shift, digital needs, the stations' work and "
                "loan devices, for managers and funders."
            ),
            st.body,
        ),
        Spacer(1, 4 * mm),
        details_table([(label, text(value)) for label, value in rows], st),
        Spacer(1, 6 * mm),
        Paragraph(text("At a glance"), st.heading),
        details_table([(label, text(value)) for label, value in _glance(reports)], st, 95 * mm),
        Spacer(1, 6 * mm),
        Paragraph(text("In this pack"), st.heading),
    ]
    story += [
        Paragraph(text(f"{n}. {section.heading}"), st.item)
        for n, section in enumerate(SECTIONS, start=1)
    ]
    story.append(Paragraph(text(f"{len(SECTIONS) + 1}. How the figures were made"), st.item))
    story += [
        Spacer(1, 6 * mm),
        Paragraph(
            text(
                'Small numbers are withheld so that no one can be singled out: "<5" is a count '
                'under five and "*" a figure withheld with it. See the last page.'
            ),
            st.small,
        ),
    ]
    return story


def _closing(heading: str, reports: dict[ReportKind, Report]) -> list[Flowable]:
    """The page on how the figures were made, for the reports shown (one, or every one)."""
    st = styles()
    first = next(iter(reports.values()))
    by = first.by
    story: list[Flowable] = [PageBreak(), Paragraph(text(heading), st.title)]
    for title, paragraph in how_made(published=first.published):
        story += [Paragraph(text(title), st.heading), Paragraph(text(paragraph), st.body)]
    if ReportKind.WAITS in reports:
        waits = reports[ReportKind.WAITS].table("all_sites")
        seen = waits.totals[waits.columns.index("seen")]
        estimated = waits.totals[waits.columns.index("waits_estimated")]
        if isinstance(seen, int) and isinstance(estimated, int) and seen:
            story.append(
                Paragraph(
                    text(
                        f"Here, {figure(estimated)} of the {figure(seen)} waits are "
                        "estimates; the rest were measured by the check-in queue."
                    ),
                    st.body,
                )
            )
    columns = {
        Grouping.DAY: "a local day",
        Grouping.WEEK: "a week, named by its Monday (the first and last may be part weeks)",
        Grouping.MONTH: "a month (the first and last may be part months)",
        Grouping.WEEKDAY: "a day of the week, over the whole period",
        Grouping.HOUR: "an hour of the day, over the whole period",
    }
    story += [
        Paragraph(text("Periods"), st.heading),
        Paragraph(
            text(
                f"Each column of the tables is {columns[by]}; the last column is the whole "
                'period. Tables headed "now" are as things stood when the figures were made.'
            ),
            st.body,
        ),
    ]
    return story


def pack_grouping(period: Period) -> Grouping:
    """Days for a fortnight or less, weeks up to about three months, months beyond."""
    days = (period.last - period.first).days + 1
    if days <= 14:
        return Grouping.DAY
    if days <= 92:
        return Grouping.WEEK
    return Grouping.MONTH


@dataclass(frozen=True)
class Pack:
    """A pack written: where, its pages, and the (published) reports it shows."""

    path: Path
    pages: int
    reports: tuple[Report, ...]


def make_pack(
    engine: Engine,
    period: Period,
    output: Path,
    *,
    by: Grouping | None = None,
    sites: Sequence[str] = (),
    stations: Sequence[str] = (),
    texts: DocumentTexts | None = None,
    now: datetime | None = None,
    progress: Callable[[ReportKind], None] | None = None,
) -> Pack:
    """Make every report for the period, publish it, and write the pack at `output`."""
    made_at = now or datetime.now(UTC)
    grouping = by or pack_grouping(period)
    reports: dict[ReportKind, Report] = {}
    for section in SECTIONS:
        if progress is not None:
            progress(section.kind)
        made = make_report(
            engine,
            section.kind,
            period,
            by=grouping,
            sites=sites,
            stations=stations,
            now=made_at,
        )
        reports[section.kind] = publish(made)
    story = _cover(reports, made_at)
    for number, section in enumerate(SECTIONS, start=1):
        story += [
            PageBreak(),
            *_section(f"{number}. {section.heading}", section, reports[section.kind]),
        ]
    story += _closing(f"{len(SECTIONS) + 1}. How the figures were made", reports)
    pages = build(output, story, title=TITLE, texts=texts or load_texts(), translate=identity)
    return Pack(output, pages, tuple(reports.values()))


def write_report_pdf(
    report: Report,
    output: Path,
    *,
    texts: DocumentTexts | None = None,
    now: datetime | None = None,
) -> int:
    """One report as a PDF, laid out as its section of the pack: what it covers, then the
    section (how to read it, its chart, its tables), then how the figures were made. Returns
    the number of pages."""
    st = styles()
    section = next(s for s in SECTIONS if s.kind is report.kind)
    local = (now or datetime.now(UTC)).astimezone(report.period.zone)
    names = report.site_names
    rows = [
        ("Period", f"{_day(report.period.first)} to {_day(report.period.last)}"),
        ("Sites", ", ".join(names.get(c, c) for c in report.sites) or "Every site"),
        *([("Stations", ", ".join(report.stations))] if report.stations else []),
        ("Made", f"{long_date(local.date(), identity)} at {clock_time(local)}"),
        (
            "Small numbers",
            "withheld (published)" if report.published else "shown: for the council's own use",
        ),
    ]
    story: list[Flowable] = [
        details_table([(label, text(value)) for label, value in rows], st),
        Spacer(1, 6 * mm),
        *_section(section.heading, section, report),
        *_closing("How the figures were made", {report.kind: report}),
    ]
    return build(
        output, story, title=section.heading, texts=texts or load_texts(), translate=identity
    )
