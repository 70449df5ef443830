"""`desk devices ...` and `desk loans ...`: the device inventory, loans, wipes and retention."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from desk.cli.common import SubParsers, add_json_flag, emit, enum_choice
from desk.cli.settings import runtime
from desk.domain import loans as rules
from desk.domain.loans import (
    DeviceCondition,
    DeviceEvent,
    DeviceKind,
    DeviceState,
    IdTypeSeen,
    LoanKind,
    WipeStep,
)
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import devices as device_service
from desk.services import loans as loan_service
from desk.services import staff as staff_service
from desk.services.devices import ImportRefused
from desk.services.retention import run_retention

T = TypeVar("T")


def register(sub: SubParsers) -> None:
    """Add the `devices` and `loans` command groups."""
    _register_devices(sub)
    _register_loans(sub)


# ---------------------------------------------------------------- argument types


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-31") from None


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if days < 1:
        raise argparse.ArgumentTypeError("a loan lasts at least 1 day")
    return days


_STATES = [s.value for s in DeviceState]
_KINDS = [k.value for k in DeviceKind]
_CONDITIONS = [c.value for c in DeviceCondition]
_ID_TYPES = [i.value for i in IdTypeSeen]


def _add_staff_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--staff", required=True, metavar="NAME", help="the member of staff doing this"
    )


# ---------------------------------------------------------------- devices


def _register_devices(sub: SubParsers) -> None:
    devices = sub.add_parser("devices", help="the loan-device inventory")
    actions = devices.add_subparsers(dest="devices_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list devices")
    listing.add_argument("--state", type=enum_choice(_STATES), help=f"only: {', '.join(_STATES)}")
    listing.add_argument("--kind", type=enum_choice(_KINDS), help=f"only: {', '.join(_KINDS)}")
    add_json_flag(listing)
    listing.set_defaults(handler=_devices_list)

    importing = actions.add_parser(
        "import", help="add and update devices from a CSV file (all or nothing)"
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    add_json_flag(importing)
    importing.set_defaults(handler=_devices_import)

    exporting = actions.add_parser("export", help="write the inventory as CSV")
    exporting.add_argument(
        "file", type=Path, nargs="?", metavar="FILE.csv", help="default: standard output"
    )
    exporting.set_defaults(handler=_devices_export)

    adding = actions.add_parser("add", help="add one device at this station's site")
    adding.add_argument("asset_tag", metavar="TAG")
    adding.add_argument("--kind", type=enum_choice(_KINDS), required=True)
    adding.add_argument("--model", required=True)
    adding.add_argument("--serial")
    adding.add_argument("--kit", default="", help="kit items separated by ';'")
    add_json_flag(adding)
    adding.set_defaults(handler=_devices_add)

    for name, event, text in (
        ("repair", DeviceEvent.SEND_TO_REPAIR, "send a device for repair"),
        ("repaired", DeviceEvent.BACK_FROM_REPAIR, "a device is back from repair (to be wiped)"),
        ("retire", DeviceEvent.RETIRE, "retire a device for good"),
    ):
        change = actions.add_parser(name, help=text)
        change.add_argument("asset_tag", metavar="TAG")
        _add_staff_flag(change)
        add_json_flag(change)
        change.set_defaults(handler=_devices_change, event=event)

    wipe = actions.add_parser("wipe", help="record that the whole wipe checklist is done")
    wipe.add_argument("asset_tag", metavar="TAG")
    _add_staff_flag(wipe)
    add_json_flag(wipe)
    wipe.set_defaults(handler=_devices_wipe)

    verify = actions.add_parser(
        "verify-wipe", help="a second member of staff checks the wipe; the device is available"
    )
    verify.add_argument("asset_tag", metavar="TAG")
    _add_staff_flag(verify)
    add_json_flag(verify)
    verify.set_defaults(handler=_devices_verify)


def _staff_id(rt: Runtime, name: str) -> uuid.UUID:
    return staff_service.find_staff(rt.uow_factory, name).id


def _run(args: argparse.Namespace, work: Callable[[Runtime], T]) -> T:
    rt = runtime(args)
    try:
        return work(rt)
    finally:
        rt.close()


def _devices_list(args: argparse.Namespace) -> int:
    state = DeviceState(args.state) if args.state else None
    kind = DeviceKind(args.kind) if args.kind else None
    devices = _run(
        args, lambda rt: device_service.list_devices(rt.uow_factory, state=state, kind=kind)
    )
    lines = [
        f"{d.asset_tag:<12} {d.kind.value:<15} {d.state.value:<17} {d.site_name}  {d.model}"
        for d in devices
    ]
    emit(args, [d.as_dict() for d in devices], "\n".join(lines) or "no devices")
    return 0


def _devices_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        with path.open(encoding="utf-8-sig", newline="") as source:

            def work(rt: Runtime) -> device_service.ImportResult:
                return device_service.import_devices(
                    rt.uow_factory,
                    source,
                    source_name=path.name,
                    station_id=rt.station.station_id,
                )

            try:
                result = _run(args, work)
            except ImportRefused as refused:
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


def _devices_export(args: argparse.Namespace) -> int:
    text = _run(args, lambda rt: device_service.export_devices_text(rt.uow_factory))
    if args.file is None:
        sys.stdout.write(text)
        return 0
    try:
        args.file.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise DeskError(f"cannot write {args.file}: {error.strerror}") from None
    print(f"wrote {len(text.splitlines()) - 1} devices to {args.file}")
    return 0


def _devices_add(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> device_service.DeviceView:
        return device_service.add_device(
            rt.uow_factory,
            asset_tag=args.asset_tag,
            kind=DeviceKind(args.kind),
            model=args.model,
            serial=args.serial,
            kit=rules.parse_kit(args.kit),
            site_id=rt.station.site_id,
            station_id=rt.station.station_id,
        )

    device = _run(args, work)
    emit(args, device.as_dict(), f"added {device.label}")
    return 0


def _devices_change(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> device_service.DeviceView:
        return device_service.change_device_state(
            rt.uow_factory,
            args.asset_tag,
            args.event,
            staff_id=_staff_id(rt, args.staff),
            station_id=rt.station.station_id,
        )

    device = _run(args, work)
    emit(args, device.as_dict(), f"{device.label} is now {rules.STATE_PHRASES[device.state]}")
    return 0


def _devices_wipe(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> device_service.WipeView:
        return device_service.record_wipe(
            rt.uow_factory,
            args.asset_tag,
            list(WipeStep),
            staff_id=_staff_id(rt, args.staff),
            station_id=rt.station.station_id,
        )

    wipe = _run(args, work)
    emit(
        args,
        {"asset_tag": wipe.device.asset_tag, "wipe_id": str(wipe.id), "verified": False},
        f"wipe of {wipe.device.label} recorded: a colleague must now verify it",
    )
    return 0


def _devices_verify(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> device_service.WipeVerified:
        return device_service.verify_wipe(
            rt.uow_factory,
            args.asset_tag,
            staff_id=_staff_id(rt, args.staff),
            station_id=rt.station.station_id,
        )

    done = _run(args, work)
    waiting = f"; {done.waiting} waiting for a {done.device.kind.value}" if done.waiting else ""
    emit(
        args,
        {
            "asset_tag": done.device.asset_tag,
            "state": done.device.state.value,
            "waiting": done.waiting,
        },
        f"wipe of {done.device.label} verified: it is available to lend{waiting}",
    )
    return 0


# ---------------------------------------------------------------- loans


def _register_loans(sub: SubParsers) -> None:
    loans = sub.add_parser("loans", help="lend devices, check them in, overdue, retention")
    actions = loans.add_subparsers(dest="loans_command", metavar="ACTION", required=True)

    out = actions.add_parser(
        "out",
        help="lend a device to take home (name, contact and typed name from flags or stdin)",
        description=(
            "Lend a device to take home. The borrower's name, contact number and their typed "
            "name (accepting the agreement) come from the flags, or else one a line from "
            "standard input, so that they stay out of the shell history."
        ),
    )
    out.add_argument("asset_tag", metavar="TAG")
    _add_staff_flag(out)
    out.add_argument("--name", help="the borrower's name")
    out.add_argument("--contact", metavar="NUMBER", help="the borrower's contact number")
    out.add_argument(
        "--typed-name", help="the name the borrower typed to accept the loan agreement"
    )
    out.add_argument(
        "--id-seen",
        type=enum_choice(_ID_TYPES),
        required=True,
        help=f"one of {', '.join(_ID_TYPES)}",
    )
    due = out.add_mutually_exclusive_group()
    due.add_argument("--due", type=_day, metavar="YYYY-MM-DD", help="the return date")
    due.add_argument("--days", type=_days, metavar="N", help="due back in N days (default 28)")
    out.add_argument(
        "--kit", action="append", metavar="ITEM", help="an item handed over (default: all)"
    )
    out.add_argument("--condition", type=enum_choice(_CONDITIONS), default="good")
    out.add_argument(
        "--agreement",
        metavar="VERSION",
        help="the agreement version the borrower read (default: the one in force)",
    )
    add_json_flag(out)
    out.set_defaults(handler=_loans_out)

    pair = actions.add_parser("pair", help="pair a device with a resident for a visit")
    pair.add_argument("asset_tag", metavar="TAG")
    pair.add_argument("--visit", type=uuid.UUID, required=True, metavar="VISIT_ID")
    _add_staff_flag(pair)
    add_json_flag(pair)
    pair.set_defaults(handler=_loans_pair)

    back = actions.add_parser("in", help="check a device back in (it then awaits a wipe)")
    back.add_argument("asset_tag", metavar="TAG")
    _add_staff_flag(back)
    back.add_argument("--condition", type=enum_choice(_CONDITIONS), default="good")
    back.add_argument("--missing", action="append", default=[], metavar="ITEM")
    back.add_argument(
        "--wiped", action="store_true", help="the whole wipe checklist is done (to be verified)"
    )
    add_json_flag(back)
    back.set_defaults(handler=_loans_in)

    overdue = actions.add_parser("overdue", help="take-home loans past their due date")
    overdue.add_argument(
        "--letters",
        type=Path,
        metavar="FOLDER",
        help="also write a printable reminder letter for each (they name the borrower)",
    )
    add_json_flag(overdue)
    overdue.set_defaults(handler=_loans_overdue)

    retention = actions.add_parser(
        "retention", help="anonymise borrowers whose retention time has passed"
    )
    add_json_flag(retention)
    retention.set_defaults(handler=_loans_retention)

    wait = actions.add_parser("wait", help="queue for the next device of a kind at this site")
    wait.add_argument("--kind", type=enum_choice(_KINDS), required=True)
    wait.add_argument("--in-centre", action="store_true", help="for use here, not to take home")
    _add_staff_flag(wait)
    add_json_flag(wait)
    wait.set_defaults(handler=_loans_wait)

    waitlist = actions.add_parser("waitlist", help="who is waiting for a device at this site")
    waitlist.add_argument("--kind", type=enum_choice(_KINDS))
    add_json_flag(waitlist)
    waitlist.set_defaults(handler=_loans_waitlist)


def _read_borrower(args: argparse.Namespace) -> tuple[str, str, str]:
    values = [args.name, args.contact, args.typed_name]
    prompts = ["Borrower's name: ", "Contact number: ", "Borrower types their name to accept: "]
    interactive = sys.stdin.isatty()
    for index, value in enumerate(values):
        if value is None:
            values[index] = input(prompts[index]) if interactive else sys.stdin.readline()
    name, contact, typed = (v.strip() for v in values)
    if not typed:
        raise DeskError(
            "the borrower has not accepted the loan agreement (their typed name is missing)"
        )
    return name, contact, typed


def _loans_out(args: argparse.Namespace) -> int:
    name, contact, typed = _read_borrower(args)
    if args.due is not None:
        due_at = loan_service.due_at_end_of(args.due)
    else:
        due_at = loan_service.default_due(days=args.days)

    def work(rt: Runtime) -> loan_service.LentOut:
        version = args.agreement or loan_service.current_agreement().version
        return loan_service.lend_take_home(
            rt.uow_factory,
            args.asset_tag,
            loan_service.BorrowerDetails(name, contact, IdTypeSeen(args.id_seen)),
            due_at=due_at,
            typed_name=typed,
            agreement_version=version,
            kit_handed_over=args.kit,
            condition_out=DeviceCondition(args.condition),
            staff_id=_staff_id(rt, args.staff),
            station_id=rt.station.station_id,
        )

    lent = _run(args, work)
    loan = lent.loan
    assert loan.due_at is not None  # a take-home loan always has one
    text = (
        f"lent {loan.device.label} until {loan.due_at.astimezone().date().isoformat()} "
        f"(agreement {loan.agreement_version})"
    )
    if lent.offer_referral:
        text += (
            f"\nThis is their take-home loan number {lent.take_home_loans}: offer a referral to "
            "the device bank, the data bank or a social tariff."
        )
    data = loan.as_dict() | {
        "take_home_loans": lent.take_home_loans,
        "offer_referral": lent.offer_referral,
    }
    emit(args, data, text)
    return 0


def _loans_pair(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> loan_service.LoanView:
        return loan_service.pair_in_centre(
            rt.uow_factory,
            args.asset_tag,
            visit_id=args.visit,
            staff_id=_staff_id(rt, args.staff),
            station_id=rt.station.station_id,
        )

    loan = _run(args, work)
    emit(args, loan.as_dict(), f"paired {loan.device.label} for this visit")
    return 0


def _loans_in(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> loan_service.CheckedIn:
        return loan_service.check_in(
            rt.uow_factory,
            args.asset_tag,
            staff_id=_staff_id(rt, args.staff),
            station_id=rt.station.station_id,
            condition=DeviceCondition(args.condition),
            missing_items=args.missing,
            wipe_steps=list(WipeStep) if args.wiped else None,
        )

    back = _run(args, work)
    loan = back.loan
    missing = f", missing {', '.join(loan.missing_items)}" if loan.missing_items else ""
    next_step = (
        "a colleague must now verify the wipe"
        if back.wipe_recorded
        else "wipe it, then have a colleague verify the wipe"
    )
    assert loan.condition_in is not None  # set on check-in
    emit(
        args,
        loan.as_dict() | {"wipe_recorded": back.wipe_recorded},
        f"{loan.device.label} is back ({loan.condition_in.value}{missing}): {next_step}",
    )
    return 0


def _loans_overdue(args: argparse.Namespace) -> int:
    if args.letters is not None and args.letters.exists() and not args.letters.is_dir():
        raise DeskError(f"--letters {args.letters} is not a folder: name a folder for the letters")
    overdue = _run(args, lambda rt: loan_service.list_overdue(rt.uow_factory))
    rows = []
    lines = []
    for item in overdue:
        loan, borrower = item.loan, item.borrower
        name = borrower.name if borrower and borrower.name else "(anonymised)"
        contact = borrower.contact_number if borrower and borrower.contact_number else ""
        assert loan.due_at is not None  # only take-home loans can be overdue
        due = loan.due_at.astimezone().date().isoformat()
        rows.append(
            loan.as_dict()
            | {"days_overdue": item.days_overdue, "borrower_name": name, "contact": contact}
        )
        lines.append(
            f"{loan.device.asset_tag:<12} due {due}  {item.days_overdue:>3} days over  "
            f"{name}  {contact}"
        )
    if args.letters is not None:
        letters = loan_service.overdue_reminder_letters(overdue, args.letters)
        lines.append(f"reminder letters written to {args.letters}: {len(letters)}")
    emit(args, rows, "\n".join(lines) or "no loans are overdue")
    return 0


def _loans_retention(args: argparse.Namespace) -> int:
    report = _run(args, lambda rt: run_retention(rt.uow_factory, station_id=rt.station.station_id))
    emit(
        args,
        report.as_dict(),
        f"retention ran: {report.anonymised} borrowers anonymised, {report.kept} kept for now, "
        f"{report.still_out} with a device still out",
    )
    return 0


def _loans_wait(args: argparse.Namespace) -> int:
    def work(rt: Runtime) -> loan_service.WaitlistPlace:
        return loan_service.join_waitlist(
            rt.uow_factory,
            rt.station.site_id,
            DeviceKind(args.kind),
            loan_kind=LoanKind.IN_CENTRE if args.in_centre else LoanKind.TAKE_HOME,
            staff_id=_staff_id(rt, args.staff),
        )

    place = _run(args, work)
    emit(args, place.as_dict(), f"number {place.position} in the queue for a {place.kind.value}")
    return 0


def _loans_waitlist(args: argparse.Namespace) -> int:
    kind = DeviceKind(args.kind) if args.kind else None
    places = _run(
        args, lambda rt: loan_service.list_waitlist(rt.uow_factory, rt.station.site_id, kind)
    )
    lines = [
        f"{p.kind.value:<15} number {p.position}  since {p.joined_at.astimezone():%H:%M %d %b}"
        for p in places
    ]
    emit(args, [p.as_dict() for p in places], "\n".join(lines) or "nobody is waiting")
    return 0
