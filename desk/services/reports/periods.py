"""Report periods in local dates and the buckets figures are grouped into (day, week, …).

Times are stored in UTC; a manager's day is a local day in Europe/London. The queries group
rows by UTC hour (the same on SQLite and PostgreSQL), and each UTC hour is put here into the
local bucket it belongs to: London's offset from UTC is always a whole number of hours, so an
hour never straddles two local days, and the weeks with a clock change come out right (the
spring week is an hour short, the autumn week an hour long).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Grouping(StrEnum):
    """What the rows of a report are."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    WEEKDAY = "weekday"
    HOUR = "hour"


ROW_HEADINGS = {
    Grouping.DAY: "day",
    Grouping.WEEK: "week_commencing",
    Grouping.MONTH: "month",
    Grouping.WEEKDAY: "weekday",
    Grouping.HOUR: "hour",
}


class PeriodError(ValueError):
    """A period that cannot be reported on; the message is one line for the user."""


@dataclass(frozen=True)
class Period:
    """The local dates `first` to `last`, both included, in `zone`."""

    first: date
    last: date
    zone: ZoneInfo = field(default=LONDON)

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(
                f"the period ends ({self.last.isoformat()}) before it starts "
                f"({self.first.isoformat()})"
            )

    @property
    def start_utc(self) -> datetime:
        """The first instant of the period (local midnight of `first`), in UTC."""
        return datetime.combine(self.first, time(), self.zone).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """The instant just after the period (local midnight after `last`), in UTC."""
        return datetime.combine(self.last + timedelta(days=1), time(), self.zone).astimezone(UTC)

    def days(self) -> list[date]:
        """Every local date of the period."""
        count = (self.last - self.first).days + 1
        return [self.first + timedelta(days=n) for n in range(count)]

    def buckets(self, by: Grouping) -> list[str]:
        """Every bucket of the period, in order (so that empty days still show)."""
        if by is Grouping.WEEKDAY:
            return [f"{n + 1} {name}" for n, name in enumerate(WEEKDAYS)]
        if by is Grouping.HOUR:
            return [f"{hour:02d}:00" for hour in range(24)]
        return list(dict.fromkeys(date_bucket(day, by) for day in self.days()))

    def bucket_of_hour(self, utc_hour: str, by: Grouping) -> str:
        """The bucket of the UTC hour `YYYY-MM-DD HH` that the queries group by."""
        return _bucket_of_hour(utc_hour, by, self.zone)


def date_bucket(day: date, by: Grouping) -> str:
    """The label of the day, week (its Monday) or month bucket of a local date."""
    if by is Grouping.DAY:
        return day.isoformat()
    if by is Grouping.WEEK:
        return (day - timedelta(days=day.weekday())).isoformat()
    if by is Grouping.MONTH:
        return day.strftime("%Y-%m")
    if by is Grouping.WEEKDAY:
        return f"{day.weekday() + 1} {WEEKDAYS[day.weekday()]}"
    raise PeriodError(f"a date has no {by.value} bucket")


def local_time(utc_hour: str, zone: ZoneInfo = LONDON) -> datetime:
    """The local time of the UTC hour `YYYY-MM-DD HH`."""
    when = datetime.strptime(utc_hour[:13], "%Y-%m-%d %H").replace(tzinfo=UTC)
    return when.astimezone(zone)


@lru_cache(maxsize=65536)
def _bucket_of_hour(utc_hour: str, by: Grouping, zone: ZoneInfo) -> str:
    local = local_time(utc_hour, zone)
    if by is Grouping.HOUR:
        return f"{local.hour:02d}:00"
    return date_bucket(local.date(), by)


EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)


def parse_date(text: str, what: str) -> date:
    """A date given as YYYY-MM-DD, from 2000 to 2099; PeriodError saying what is wrong."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(f"{what} {text!r} is not a date: give it as YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise PeriodError(f"{what} {text!r} is not a date from 2000 to 2099")
    return day


def today(zone: ZoneInfo = LONDON) -> date:
    """Today's local date."""
    return datetime.now(zone).date()


DEFAULT_DAYS = 28
"""With no dates given, a report covers the last four weeks, today included."""


def period_from(first: date | None, last: date | None, zone: ZoneInfo = LONDON) -> Period:
    """The period for optional first and last dates (defaults: the last four weeks)."""
    end = last or (today(zone) if first is None else max(first, today(zone)))
    start = first or end - timedelta(days=DEFAULT_DAYS - 1)
    return Period(start, end, zone)
