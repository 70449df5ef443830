"""`desk staff ...`: the accounts champions and managers sign in with, and what a manager does to
keep them right (deactivate, reset a PIN, lift a sign-in lock, change a role)."""

from __future__ import annotations

import argparse
import getpass
import sys

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import runtime
from desk.domain.records import StaffRole
from desk.errors import DeskError
from desk.services import staff as staff_service

_WHO_HELP = "their name as `desk staff list` shows it (any case), or their id"
_ROLES = [role.value for role in StaffRole]
_ROLE_HELP = "champion (helps residents) or manager (also sees the Reports screen)"


def register(sub: SubParsers) -> None:
    """Add the `staff` command group."""
    staff = sub.add_parser(
        "staff",
        help="add, list, deactivate staff; reset a PIN; lift a sign-in lock; change a role",
    )
    actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a member of staff (PIN read from standard input or a prompt)"
    )
    add.add_argument("name", help="the name colleagues know them by, e.g. 'Asha Patel'")
    add.add_argument(
        "--os-account",
        metavar="ACCOUNT",
        help="the OS account that signs them in where staff_sign_in = os-account (RBG\\asha.patel)",
    )
    add.add_argument(
        "--role",
        choices=_ROLES,
        default=StaffRole.CHAMPION.value,
        help=f"{_ROLE_HELP}; default: champion",
    )
    add_json_flag(add)
    add.set_defaults(handler=_add)
    listing = actions.add_parser("list", help="list active staff")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)
    for name, text, handler in (
        ("deactivate", "take a member of staff off the sign-in list", _deactivate),
        (
            "reset-pin",
            "give a member of staff a new PIN (read from standard input or a prompt); "
            "this also lifts a sign-in lock",
            _reset_pin,
        ),
        ("unlock", "lift a sign-in lock after too many wrong PINs", _unlock),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("name", metavar="NAME", help=_WHO_HELP)
        add_json_flag(action)
        action.set_defaults(handler=handler)
    role = actions.add_parser("role", help="make a member of staff a manager or a champion")
    role.add_argument("name", metavar="NAME", help=_WHO_HELP)
    role.add_argument("role", metavar="ROLE", choices=_ROLES, help=_ROLE_HELP)
    add_json_flag(role)
    role.set_defaults(handler=_role)


def _read_pin() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    pin = getpass.getpass("PIN (4 to 12 digits): ")
    if getpass.getpass("PIN again: ") != pin:
        raise DeskError("the two PINs are different; nothing was saved")
    return pin


def _add(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        member = staff_service.add_staff(
            rt.uow_factory,
            args.name,
            _read_pin(),
            station_id=rt.station.station_id,
            os_account=args.os_account,
            role=StaffRole(args.role),
        )
    finally:
        rt.close()
    emit(
        args,
        {"id": str(member.id), "display_name": member.display_name, "role": member.role.value},
        f"added {member.display_name} ({member.role.value})",
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        members = staff_service.list_staff(rt.uow_factory)
    finally:
        rt.close()
    emit(
        args,
        [{"id": str(m.id), "display_name": m.display_name, "role": m.role.value} for m in members],
        "\n".join(
            f"{m.display_name} (manager)" if m.is_manager else m.display_name for m in members
        )
        or "no staff accounts yet",
    )
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        change = staff_service.deactivate_staff(
            rt.uow_factory, args.name, station_id=rt.station.station_id
        )
    finally:
        rt.close()
    _emit_change(args, change, f"deactivated {change.member.display_name}")
    return 0


def _reset_pin(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        # Who it is first, so that a wrong name is said before anyone types a PIN.
        staff_service.find_staff(rt.uow_factory, args.name)
        change = staff_service.reset_pin(
            rt.uow_factory, args.name, _read_pin(), station_id=rt.station.station_id
        )
    finally:
        rt.close()
    _emit_change(args, change, f"new PIN set for {change.member.display_name}")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        change = staff_service.unlock_staff(
            rt.uow_factory, args.name, station_id=rt.station.station_id
        )
    finally:
        rt.close()
    name = change.member.display_name
    _emit_change(
        args,
        change,
        f"unlocked {name}" if change.was_locked else f"{name} was not locked; wrong PINs forgiven",
    )
    return 0


def _role(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        change = staff_service.change_role(
            rt.uow_factory, args.name, StaffRole(args.role), station_id=rt.station.station_id
        )
    finally:
        rt.close()
    member = change.member
    emit(
        args,
        {"id": str(member.id), "display_name": member.display_name, "role": member.role.value},
        f"{member.display_name} is a {member.role.value}",
    )
    return 0


def _emit_change(args: argparse.Namespace, change: staff_service.StaffChange, text: str) -> None:
    emit(
        args,
        {
            "id": str(change.member.id),
            "display_name": change.member.display_name,
            "was_locked": change.was_locked,
        },
        text,
    )
