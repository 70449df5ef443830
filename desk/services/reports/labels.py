"""How a report's codes read: the one wording of titles, column names and periods, shared by the
PDF (the pack and a single report) and the Reports screen.

Every function takes a `translate` (English in, the reader's language out; by default the
English as it is): the screen passes Qt's translation, the printed documents their own.
`catalogue()` lists the English for the translators.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from desk.domain.triage import InclusionLevel
from desk.services.reports.periods import ROW_HEADINGS, Grouping
from desk.services.reports.tables import Cell, Report, Table, TableKind

Translate = Callable[[str], str]


def identity(english: str) -> str:
    """No translation: the English as it is."""
    return english


TOTAL_LABEL = "Total"
ALL_LABEL = "All"
WAITS_AT_SITE = "Waits and time spent at {site}"
"""The title of a per-site waits table, with the site's name."""
STATION_AT_SITE = "{station} ({site})"
WEEK_COMMENCING = "w/c {day}"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

NAMES = {
    "total": TOTAL_LABEL,
    "not_recorded": "Not recorded",
    "visits": "Visits",
    "seen": "Seen",
    "median_wait_min": "Median wait (minutes)",
    "p90_wait_min": "90th percentile wait (minutes)",
    "waits_estimated": "Waits estimated",
    "timed": "Visits timed",
    "median_length_min": "Median time spent (minutes)",
    "p90_length_min": "90th percentile time spent (minutes)",
    "left_before_seen": "Left before being seen",
    "kiosk": "Kiosk (resident alone)",
    "assisted": "Helped by a champion",
    "resident_alone": "Resident alone",
    "champion_nearby": "Champion nearby",
    "paired": "Paired (side by side)",
    "on_behalf": "On their behalf",
    "triages": "Triages",
    "needs_device": "Needs a device",
    "needs_data": "Needs data",
    "needs_skills": "Needs skills",
    "pages_printed_by_printers": "Pages printed (printers' count)",
    "document_pages": "Pages in documents sent",
    "median_days": "Median days waited",
    "out_in_centre": "Out, in the centre",
    "out_take_home": "Out, to take home",
    "back_in_centre": "Back, in the centre",
    "back_take_home": "Back, taken home",
    "it_help": "IT help",
}


def plain(name: str) -> str:
    """A code as words: `not_done_system_down` is "Not done system down"."""
    if name in NAMES:
        return NAMES[name]
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def level_name(level: str, translate: Translate = identity) -> str:
    """A Digital Inclusion Scale level, e.g. "7: Basic skills"."""
    try:
        name = InclusionLevel(int(level)).name
    except ValueError:
        return translate(plain(level))
    return f"{level}: {translate(plain(name.lower()))}"


def period_label(
    label: str, by: Grouping, *, sep: str = " ", translate: Translate = identity
) -> str:
    """A row's period as a reader says it: "Aug 2026", "w/c 3 Aug", "Mon 3 Aug" (with `sep`
    between the two parts: a line break for a column heading)."""
    try:
        if by is Grouping.MONTH:
            year, month = label.split("-")
            return f"{translate(MONTHS[int(month) - 1])}{sep}{year}"
        if by in {Grouping.DAY, Grouping.WEEK}:
            day = date.fromisoformat(label)
            # The day and month kept together.
            short = f"{day.day}\u00a0{translate(MONTHS[day.month - 1])}"
            if by is Grouping.WEEK:
                return translate(WEEK_COMMENCING).replace(" ", sep, 1).format(day=short)
            return f"{translate(WEEKDAYS[day.weekday()])}{sep}{short}"
        if by is Grouping.WEEKDAY:
            return translate(label.split(" ", 1)[1])
    except (ValueError, IndexError, KeyError):
        return label
    return label


def is_period_table(table: Table, report: Report) -> bool:
    """Whether the table's rows are the report's periods (not sites, not categories)."""
    return table.row_heading == ROW_HEADINGS[report.by]


def row_label(
    table: Table, report: Report, label: str, *, sep: str = " ", translate: Translate = identity
) -> str:
    """A row's label as a reader says it: a period, or a category in words."""
    if is_period_table(table, report):
        return period_label(label, report.by, sep=sep, translate=translate)
    return column_label(table, report, label, translate=translate)


_SITE_COLUMNS = frozenset({"by_site"})
_STATION_COLUMNS = frozenset({"by_station"})


def column_label(table: Table, report: Report, column: str, translate: Translate = identity) -> str:
    """A column's code in words: a site by its name, a station with its site's name, a level
    of the Digital Inclusion Scale with its name, anything else as `plain` says."""
    if table.key in _SITE_COLUMNS:
        return report.site_names.get(column, column)
    if table.key in _STATION_COLUMNS:
        site, _slash, station = column.partition("/")
        if not station:
            return column
        return translate(STATION_AT_SITE).format(
            station=station, site=report.site_names.get(site, site)
        )
    if table.key == "inclusion_level":
        return level_name(column, translate)
    return translate(plain(column))


def table_title(table: Table, report: Report, translate: Translate = identity) -> str:
    """A table's title, a site named by its name."""
    if table.key.startswith("site_") and table.kind is TableKind.MEASURES:
        code = table.key.removeprefix("site_")
        return translate(WAITS_AT_SITE).format(site=report.site_names.get(code, code))
    return translate(table.title)


def total_label(table: Table, translate: Translate = identity) -> str:
    """The name of a table's totals: "All" for measures (taken over every row), else "Total"."""
    return translate(ALL_LABEL if table.kind is TableKind.MEASURES else TOTAL_LABEL)


def figure(value: Cell) -> str:
    """A figure as printed: counts with thousands separators, measures to one decimal place,
    withheld figures as they are, nothing to measure as a dash."""
    if value is None:
        return "\u2013"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _report_words(reports: Iterable[Report]) -> set[str]:
    words: set[str] = set()
    for report in reports:
        words.add(report.title)
        words.update(report.notes)
        for table in report.tables:
            if not (table.key.startswith("site_") and table.kind is TableKind.MEASURES):
                words.add(table.title)
            if table.key in _SITE_COLUMNS | _STATION_COLUMNS:
                continue
            for column in table.columns:
                if table.key == "inclusion_level":
                    try:
                        words.add(plain(InclusionLevel(int(column)).name.lower()))
                    except ValueError:
                        words.add(plain(column))
                else:
                    words.add(plain(column))
    return words


def catalogue() -> list[str]:
    """Every English label a report can show, for the translators: made by making every report
    on an empty database (so no title or column is left out), and the fixed words."""
    from sqlalchemy import create_engine  # noqa: PLC0415  (only when the translations are made)
    from sqlalchemy.pool import StaticPool  # noqa: PLC0415

    from desk.services.reports import ReportKind, make_report  # noqa: PLC0415
    from desk.services.reports.periods import Period  # noqa: PLC0415
    from desk.storage.migrate import upgrade  # noqa: PLC0415

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        upgrade(engine)
        period = Period(date(2026, 1, 1), date(2026, 1, 31))
        reports = [make_report(engine, kind, period) for kind in ReportKind]
    finally:
        engine.dispose()
    fixed = {
        TOTAL_LABEL,
        ALL_LABEL,
        WAITS_AT_SITE,
        STATION_AT_SITE,
        WEEK_COMMENCING,
        *MONTHS,
        *WEEKDAYS,
        *(plain(level.name.lower()) for level in InclusionLevel),
        *NAMES.values(),
    }
    weekday_names = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    return sorted(_report_words(reports) | fixed | weekday_names)
