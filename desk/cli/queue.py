"""`desk queue ...` and `desk appointments ...`: a centre's queue and its booked slots, for
scripts and tests (the station's screens use the same services)."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desk.cli.common import SubParsers, add_json_flag, emit, enum_choice
from desk.cli.settings import runtime
from desk.domain.visits import AccessibilitySupport, TaskType
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import appointments as appointment_service
from desk.services import queue as queue_service
from desk.services import staff as staff_service
from desk.services.queue import CheckIn, QueueClock, TicketView

T = TypeVar("T")

_TASKS = [t.value for t in TaskType]
_NEEDS = [n.value for n in AccessibilitySupport]


def register(sub: SubParsers) -> None:
    """Add the `queue` and `appointments` command groups."""
    _register_queue(sub)
    _register_appointments(sub)


def _add_site_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", metavar="S", help="the centre (default: this station's)")


def _register_queue(sub: SubParsers) -> None:
    group = sub.add_parser("queue", help="the centre's queue: check in, list, call the next")
    actions = group.add_subparsers(dest="queue_command", metavar="ACTION", required=True)

    checkin = actions.add_parser("checkin", help="check a resident in; prints the ticket")
    checkin.add_argument("--service", required=True, metavar="AREA", help="e.g. housing")
    checkin.add_argument("--task", type=enum_choice(_TASKS), metavar="TYPE", help=", ".join(_TASKS))
    checkin.add_argument("--language", metavar="L", help="the language to help in, e.g. pl")
    checkin.add_argument("--interpreter", action="store_true", help="an interpreter is needed")
    checkin.add_argument(
        "--need",
        action="append",
        default=[],
        type=enum_choice(_NEEDS),
        metavar="NEED",
        help=f"access support asked for (repeatable): {', '.join(_NEEDS)}",
    )
    checkin.add_argument("--appointment", metavar="REF", help="the booking reference")
    _add_site_flag(checkin)
    add_json_flag(checkin)
    checkin.set_defaults(handler=_checkin)

    listing = actions.add_parser("list", help="who is waiting, in the order they will be called")
    _add_site_flag(listing)
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    calling = actions.add_parser("next", help="call the next resident (exit 1 if nobody waits)")
    calling.add_argument("--staff", required=True, metavar="NAME", help="the champion calling")
    calling.add_argument("--station", metavar="S", help="the desk to come to (default: this one)")
    add_json_flag(calling)
    calling.set_defaults(handler=_next)

    particular = actions.add_parser("call", help="call a particular ticket")
    particular.add_argument("ticket", metavar="TICKET")
    particular.add_argument("--staff", required=True, metavar="NAME")
    particular.add_argument("--station", metavar="S")
    add_json_flag(particular)
    particular.set_defaults(handler=_call)

    for name, text in (
        ("recall", "call a called ticket again"),
        ("seen", "the called resident has come to the desk"),
        ("left", "the resident left before being seen"),
        ("requeue", "put a called resident back in the queue"),
    ):
        change = actions.add_parser(name, help=text)
        change.add_argument("ticket", metavar="TICKET")
        change.add_argument("--staff", metavar="NAME", help="the member of staff doing this")
        add_json_flag(change)
        change.set_defaults(handler=_change, change=name)

    closing = actions.add_parser(
        "close", help="close past days' queues: open tickets left at closing time"
    )
    _add_site_flag(closing)
    add_json_flag(closing)
    closing.set_defaults(handler=_close)


def _register_appointments(sub: SubParsers) -> None:
    group = sub.add_parser("appointments", help="booked slots from the booking system")
    actions = group.add_subparsers(dest="appointments_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help="add and update appointments from a CSV or iCalendar (.ics) file"
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    _add_site_flag(importing)
    add_json_flag(importing)
    importing.set_defaults(handler=_appointments_import)


def _run(args: argparse.Namespace, work: Callable[[Runtime], T]) -> T:
    rt = runtime(args)
    try:
        return work(rt)
    finally:
        rt.close()


def _clock(rt: Runtime) -> QueueClock:
    return QueueClock.from_settings(rt.settings.queue)


def _site(rt: Runtime, args: argparse.Namespace) -> uuid.UUID:
    site: str | None = getattr(args, "site", None)
    return rt.station.site_id if site is None else queue_service.find_site(rt.uow_factory, site)


def _station(rt: Runtime, args: argparse.Namespace) -> uuid.UUID:
    station: str | None = getattr(args, "station", None)
    if station is None:
        return rt.station.station_id
    return queue_service.find_station(rt.uow_factory, rt.station.site_id, station)


def _staff(rt: Runtime, name: str | None) -> uuid.UUID | None:
    return None if name is None else staff_service.find_staff(rt.uow_factory, name).id


def _line(ticket: TicketView) -> str:
    details = [ticket.service_area]
    if ticket.task_type:
        details.append(ticket.task_type.value)
    if ticket.appointment_at:
        details.append(f"appointment {ticket.appointment_at.astimezone():%H:%M}")
    if ticket.language:
        details.append(ticket.language + (" with an interpreter" if ticket.interpreter else ""))
    elif ticket.interpreter:
        details.append("interpreter")
    details.extend(need.value for need in ticket.access_needs)
    if ticket.state.value == "called":
        where = f"called to {ticket.called_at_station or 'a desk'}"
    else:
        where = f"{ticket.state.value}, waited {ticket.waited_minutes} min"
    return f"{ticket.label:<5} {where:<32} {', '.join(details)}"


def _checkin(args: argparse.Namespace) -> int:
    request = CheckIn(
        service_area=args.service,
        task_type=TaskType(args.task) if args.task else None,
        language=args.language,
        interpreter=args.interpreter,
        access_needs=frozenset(AccessibilitySupport(n) for n in args.need),
        appointment_ref=args.appointment,
    )

    def work(rt: Runtime) -> TicketView:
        site = _site(rt, args)
        here = rt.station.station_id if site == rt.station.site_id else None
        return queue_service.check_in(
            rt.uow_factory, site, request, station_id=here, clock=_clock(rt)
        )

    ticket = _run(args, work)
    emit(args, ticket.as_dict(), f"ticket {ticket.label} ({ticket.service_area})")
    return 0


def _list(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> queue_service.QueueView:
        return queue_service.list_queue(rt.uow_factory, _site(rt, args), clock=_clock(rt))

    view = _run(args, work)
    lines = [_line(t) for t in (*view.called, *view.waiting)]
    emit(
        args,
        {
            "waiting": [t.as_dict() for t in view.waiting],
            "called": [t.as_dict() for t in view.called],
            "longest_wait_minutes": view.longest_wait_minutes,
        },
        "\n".join(lines) or "nobody is waiting",
    )
    return 0


def _called(args: argparse.Namespace, called: queue_service.Called) -> int:
    ticket = called.ticket
    emit(
        args,
        {"ticket": ticket.as_dict(), "visit_id": str(called.visit_id)},
        f"ticket {ticket.label} to {ticket.called_at_station} "
        f"(waited {ticket.waited_minutes} min); visit {called.visit_id}",
    )
    return 0


def _next(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> queue_service.Called:
        return queue_service.call_next(
            rt.uow_factory,
            rt.station.site_id,
            staff_id=staff_service.find_staff(rt.uow_factory, args.staff).id,
            station_id=_station(rt, args),
            clock=_clock(rt),
        )

    return _called(args, _run(args, work))


def _ticket_id(rt: Runtime, label: str) -> uuid.UUID:
    return queue_service.find_ticket(rt.uow_factory, rt.station.site_id, label, clock=_clock(rt)).id


def _call(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> queue_service.Called:
        return queue_service.call_ticket(
            rt.uow_factory,
            _ticket_id(rt, args.ticket),
            staff_id=staff_service.find_staff(rt.uow_factory, args.staff).id,
            station_id=_station(rt, args),
        )

    return _called(args, _run(args, work))


_CHANGES = {
    "recall": queue_service.recall,
    "seen": queue_service.mark_seen,
    "left": queue_service.mark_left,
    "requeue": queue_service.requeue,
}

_DONE = {
    "recall": "called again",
    "seen": "seen",
    "left": "recorded as left before being seen",
    "requeue": "back in the queue",
}


def _change(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> TicketView:
        return _CHANGES[args.change](
            rt.uow_factory,
            _ticket_id(rt, args.ticket),
            staff_id=_staff(rt, args.staff),
            station_id=rt.station.station_id,
        )

    ticket = _run(args, work)
    emit(args, ticket.as_dict(), f"ticket {ticket.label} {_DONE[args.change]}")
    return 0


def _close(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> queue_service.ClosedDays:
        return queue_service.close_past_days(rt.uow_factory, _site(rt, args), clock=_clock(rt))

    closed = _run(args, work)
    emit(
        args,
        {"tickets_left": closed.tickets_left, "no_shows": closed.no_shows},
        f"closed: {closed.tickets_left} tickets recorded as left, "
        f"{closed.no_shows} missed appointments",
    )
    return 0


def _appointments_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    icalendar = path.suffix.lower() in {".ics", ".ical", ".ifb", ".icalendar"}
    try:
        with path.open(encoding="utf-8-sig", newline="") as source:

            def work(rt: Runtime) -> appointment_service.ImportResult:
                return appointment_service.import_appointments(
                    rt.uow_factory,
                    source,
                    site_id=_site(rt, args),
                    zone=_clock(rt).zone,
                    icalendar=icalendar,
                    source_name=path.name,
                )

            try:
                result = _run(args, work)
            except appointment_service.AppointmentImportRefused as refused:
                if args.json:
                    problems = [{"line": p.line, "reason": p.reason} for p in refused.problems]
                    emit(args, {"imported": False, "problems": problems}, "")
                raise
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not a UTF-8 text file"
        raise DeskError(f"cannot read {path}: {reason}") from None
    emit(
        args,
        {"imported": True, "added": result.added, "updated": result.updated},
        f"imported {path.name}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} unchanged",
    )
    return 0
