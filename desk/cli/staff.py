"""`desk staff add` and `desk staff list`: the accounts champions sign in with."""

from __future__ import annotations

import argparse
import getpass
import sys

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import runtime
from desk.errors import DeskError
from desk.services import staff as staff_service


def register(sub: SubParsers) -> None:
    """Add the `staff` command group."""
    staff = sub.add_parser("staff", help="add or list staff accounts")
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
    add_json_flag(add)
    add.set_defaults(handler=_add)
    listing = actions.add_parser("list", help="list active staff")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)


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
        )
    finally:
        rt.close()
    emit(
        args,
        {"id": str(member.id), "display_name": member.display_name},
        f"added {member.display_name}",
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
        [{"id": str(m.id), "display_name": m.display_name} for m in members],
        "\n".join(m.display_name for m in members) or "no staff accounts yet",
    )
    return 0
