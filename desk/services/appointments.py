"""Appointments booked in the council's booking system, imported from its CSV or iCalendar export
and matched at check-in by their reference.

Only what the queue needs is kept: the reference, the slot and the service area. A resident's
name, contact details or notes in the export are never read (the CSV's other columns are
ignored; of an iCalendar event only UID, DTSTART, DTEND, CATEGORIES and X-DESK-REF are read).
"""

from __future__ import annotations

import csv
import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.domain.csvcells import restore_cell
from desk.domain.visits import MAX_SERVICE_AREA_LENGTH
from desk.errors import DeskError
from desk.services.imports import FileRefused, RowProblem
from desk.services.ports import UowFactory
from desk.services.station import site_code
from desk.storage.errors import RecordConflict
from desk.storage.models import Appointment

log = logging.getLogger(__name__)

MAX_REF_LENGTH = 40

_COLUMNS = {
    "reference": "ref",
    "ref": "ref",
    "booking_reference": "ref",
    "start": "start",
    "slot_start": "start",
    "end": "end",
    "slot_end": "end",
    "service_area": "service_area",
    "service": "service_area",
    "site": "site",
}


class AppointmentImportRefused(FileRefused):
    """An appointments file had bad rows; nothing was imported. `problems` lists every one."""


@dataclass(frozen=True)
class AppointmentRow:
    """One booked slot as read from a file."""

    line: int
    ref: str
    start: datetime
    end: datetime
    service_area: str
    site: str | None


@dataclass(frozen=True)
class ImportResult:
    """How many appointments an import added, changed and found as they were."""

    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class AppointmentView:
    """An appointment as the screens show it."""

    ref: str
    slot_start: datetime
    slot_end: datetime
    service_area: str
    checked_in_at: datetime | None
    no_show_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "ref": self.ref,
            "slot_start": self.slot_start.isoformat(),
            "slot_end": self.slot_end.isoformat(),
            "service_area": self.service_area,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "no_show": self.no_show_at is not None,
        }


# ---------------------------------------------------------------- reading files


def _when(text: str, zone: tzinfo) -> datetime:
    """An ISO 8601 time; one without an offset is the centre's local time."""
    value = datetime.fromisoformat(text.strip())
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(UTC)


def read_csv(source: TextIO, zone: tzinfo) -> tuple[list[AppointmentRow], list[RowProblem]]:
    """The rows of a CSV export (columns reference, start, end, service_area and optionally
    site; any others are ignored), and what is wrong with the rest."""
    reader = csv.DictReader(source)
    names = {
        field: _COLUMNS.get("_".join(field.strip().lower().replace("-", " ").split()))
        for field in reader.fieldnames or []
    }
    missing = {"ref", "start", "end", "service_area"} - set(names.values())
    if missing:
        wanted = ", ".join(sorted({"reference", "start", "end", "service_area"}))
        return [], [RowProblem(1, f"the first line must name the columns {wanted}")]
    rows: list[AppointmentRow] = []
    problems: list[RowProblem] = []
    for row in reader:
        line = reader.line_num
        cells = {
            names[k]: restore_cell(v or "").strip()
            for k, v in row.items()
            if k is not None and names.get(k)
        }
        try:
            start, end = _when(cells["start"], zone), _when(cells["end"], zone)
        except ValueError:
            problems.append(RowProblem(line, "start and end must be times like 2026-12-07 10:30"))
            continue
        _add_row(
            rows,
            problems,
            line=line,
            ref=cells["ref"],
            start=start,
            end=end,
            area=cells["service_area"],
            site=cells.get("site") or None,
        )
    return rows, problems


def _add_row(
    rows: list[AppointmentRow],
    problems: list[RowProblem],
    *,
    line: int,
    ref: str,
    start: datetime,
    end: datetime,
    area: str,
    site: str | None,
) -> None:
    if not ref or len(ref) > MAX_REF_LENGTH:
        problems.append(RowProblem(line, f"the reference must be 1 to {MAX_REF_LENGTH} characters"))
    elif end <= start:
        problems.append(RowProblem(line, "the slot must end after it starts"))
    elif not area or len(area) > MAX_SERVICE_AREA_LENGTH:
        problems.append(RowProblem(line, "give the service area (such as housing)"))
    else:
        rows.append(AppointmentRow(line, ref, start, end, area, site))


def _unfolded(source: TextIO) -> Iterator[tuple[int, str]]:
    """iCalendar content lines with continuation lines joined, each with its first line."""
    current: tuple[int, str] | None = None
    for number, raw in enumerate(source, start=1):
        text = raw.rstrip("\r\n")
        if text[:1] in {" ", "\t"} and current is not None:
            current = (current[0], current[1] + text[1:])
            continue
        if current is not None:
            yield current
        current = (number, text)
    if current is not None:
        yield current


_PROPERTY = re.compile(r"^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$")


def _ical_time(value: str, params: str, zone: tzinfo) -> datetime:
    tzid = re.search(r";TZID=([^;:]+)", params, re.IGNORECASE)
    if "VALUE=DATE" in params.upper() and "DATE-TIME" not in params.upper():
        raise ValueError("an all-day event")
    parsed = datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
    if value.endswith("Z"):
        return parsed.replace(tzinfo=UTC)
    if tzid:
        try:
            return parsed.replace(tzinfo=ZoneInfo(tzid.group(1).strip('"')))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValueError("an unknown time zone") from None
    return parsed.replace(tzinfo=zone)


def read_icalendar(source: TextIO, zone: tzinfo) -> tuple[list[AppointmentRow], list[RowProblem]]:
    """The events of an iCalendar export: X-DESK-REF (else UID) is the reference, DTSTART and
    DTEND the slot, the first of CATEGORIES the service area (else "other")."""
    rows: list[AppointmentRow] = []
    problems: list[RowProblem] = []
    event: dict[str, tuple[str, str]] | None = None
    first_line = 0
    for line, content in _unfolded(source):
        upper = content.strip().upper()
        if upper == "BEGIN:VEVENT":
            event, first_line = {}, line
            continue
        if upper == "END:VEVENT" and event is not None:
            _ical_row(rows, problems, event, first_line, zone)
            event = None
            continue
        match = _PROPERTY.match(content)
        if event is not None and match:
            name = match.group(1).upper()
            if name in {"UID", "X-DESK-REF", "DTSTART", "DTEND", "CATEGORIES"}:
                event.setdefault(name, (match.group(2), match.group(3)))
    if not rows and not problems:
        problems.append(RowProblem(1, "no appointments (VEVENT) in the file"))
    return rows, problems


def _ical_row(
    rows: list[AppointmentRow],
    problems: list[RowProblem],
    event: dict[str, tuple[str, str]],
    line: int,
    zone: tzinfo,
) -> None:
    ref = (event.get("X-DESK-REF") or event.get("UID") or ("", ""))[1].strip()
    if "DTSTART" not in event or "DTEND" not in event:
        problems.append(RowProblem(line, "the event needs DTSTART and DTEND"))
        return
    try:
        start = _ical_time(event["DTSTART"][1].strip(), event["DTSTART"][0], zone)
        end = _ical_time(event["DTEND"][1].strip(), event["DTEND"][0], zone)
    except ValueError as error:
        problems.append(RowProblem(line, f"the slot's times cannot be read ({error})"))
        return
    categories = event.get("CATEGORIES", ("", "other"))[1]
    area = categories.split(",")[0].strip().replace("\\", "") or "other"
    _add_row(rows, problems, line=line, ref=ref, start=start, end=end, area=area, site=None)


# ---------------------------------------------------------------- importing


def import_appointments(
    uow_factory: UowFactory,
    source: TextIO,
    *,
    site_id: uuid.UUID,
    zone: tzinfo,
    icalendar: bool = False,
    source_name: str = "the appointments file",
) -> ImportResult:
    """Add new appointments and move known ones (by reference) from a booking system's export,
    all or nothing. A row's site (a name or code) defaults to `site_id`; an appointment already
    checked in keeps its slot."""
    rows, problems = (read_icalendar if icalendar else read_csv)(source, zone)
    with uow_factory() as uow:
        known = uow.sites.list()
        sites = {site_code(s.name): s.id for s in known} | {s.code: s.id for s in known}
        planned: list[tuple[AppointmentRow, uuid.UUID]] = []
        seen: set[tuple[uuid.UUID, str]] = set()
        for row in rows:
            target = site_id if row.site is None else sites.get(site_code(row.site))
            if target is None:
                problems.append(RowProblem(row.line, f"no site called {row.site!r}"))
            elif (target, row.ref) in seen:
                problems.append(RowProblem(row.line, "the same reference is booked twice"))
            else:
                seen.add((target, row.ref))
                planned.append((row, target))
        if problems:
            raise AppointmentImportRefused(source_name, sorted(problems, key=lambda p: p.line))
        added = updated = unchanged = 0
        for row, target in planned:
            existing = uow.appointments.get_by_ref(target, row.ref)
            if existing is None:
                uow.appointments.add(
                    Appointment(
                        site_id=target,
                        ref=row.ref,
                        slot_start=row.start,
                        slot_end=row.end,
                        service_area=row.service_area,
                    )
                )
                added += 1
            elif existing.checked_in_at is None and (
                existing.slot_start != row.start
                or existing.slot_end != row.end
                or existing.service_area != row.service_area
            ):
                existing.slot_start, existing.slot_end = row.start, row.end
                existing.service_area = row.service_area
                existing.no_show_at = None
                updated += 1
            else:
                unchanged += 1
        try:
            uow.commit()
        except RecordConflict:
            raise DeskError(
                f"{source_name}: another station imported some of these appointments at the "
                "same time; nothing was imported. Run the import again."
            ) from None
    log.info("appointments imported added=%d updated=%d", added, updated)
    return ImportResult(added, updated, unchanged)


def list_appointments(
    uow_factory: UowFactory, site_id: uuid.UUID, start: datetime, end: datetime
) -> list[AppointmentView]:
    """A site's appointments starting in [start, end), earliest first."""
    with uow_factory() as uow:
        return [
            AppointmentView(
                a.ref, a.slot_start, a.slot_end, a.service_area, a.checked_in_at, a.no_show_at
            )
            for a in uow.appointments.list_between(site_id, start, end)
        ]
