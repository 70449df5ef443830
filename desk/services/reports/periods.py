"""Report periods in local dates and the buckets figures are grouped into (day, week, …).

Times are stored in UTC; a manager's day is a local day in Europe/London. The database turns
each time into local time and groups by the local date, month or hour of the day (see sql.py:
PostgreSQL knows the zone; SQLite does not, so it is given the zone's offsets over the period,
worked out here with zoneinfo); the rows are then put into their buckets here. So a visit at
00:30 BST belongs to that local day, and the weeks with a clock change come out right (the
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

    def offsets(self) -> tuple[tuple[datetime, int], ...]:
        """The zone's offset from UTC over the period: (from this UTC instant, minutes ahead
        of UTC) for each stretch between clock changes, the first from the period's start."""
        return _offsets(self.start_utc, self.end_utc, self.zone)

    def bucket_of_key(self, key: str, by: Grouping) -> str:
        """The bucket of a local key as the queries give it (see `key_part`)."""
        return _bucket_of_key(key, by)


class KeyPart(StrEnum):
    """What part of a local time the database groups by, for each grouping."""

    DATE = "date"
    MONTH = "month"
    HOUR = "hour"


def key_part(by: Grouping) -> KeyPart:
    """The local date (`YYYY-MM-DD`) for days, weeks and weekdays, the month (`YYYY-MM`) for
    months, the hour of the day (`HH`) for hours."""
    if by is Grouping.MONTH:
        return KeyPart.MONTH
    if by is Grouping.HOUR:
        return KeyPart.HOUR
    return KeyPart.DATE


def date_bucket(day: date, by: Grouping) -> str:
    """The label of the day, week (its Monday), month or weekday bucket of a local date."""
    if by is Grouping.DAY:
        return day.isoformat()
    if by is Grouping.WEEK:
        return (day - timedelta(days=day.weekday())).isoformat()
    if by is Grouping.MONTH:
        return day.strftime("%Y-%m")
    if by is Grouping.WEEKDAY:
        return f"{day.weekday() + 1} {WEEKDAYS[day.weekday()]}"
    raise PeriodError(f"a date has no {by.value} bucket")


@lru_cache(maxsize=65536)
def _bucket_of_key(key: str, by: Grouping) -> str:
    if by is Grouping.HOUR:
        return f"{int(key):02d}:00"
    if by is Grouping.MONTH:
        return key[:7]
    return date_bucket(date.fromisoformat(key[:10]), by)


@lru_cache(maxsize=256)
def _offsets(start: datetime, end: datetime, zone: ZoneInfo) -> tuple[tuple[datetime, int], ...]:
    def ahead(when: datetime) -> int:
        offset = when.astimezone(zone).utcoffset()
        return 0 if offset is None else int(offset.total_seconds() // 60)

    found = [(start, ahead(start))]
    when = start
    while when < end:  # every zone changes its clocks on a quarter hour
        when += timedelta(minutes=15)
        minutes = ahead(when)
        if minutes != found[-1][1] and when < end:
            found.append((when, minutes))
    return tuple(found)


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
