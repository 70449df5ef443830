"""`desk sync status` and `desk sync now`: the records a station keeps for the shared database."""

from __future__ import annotations

import argparse
from datetime import datetime

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import loaded_settings
from desk.runtime import open_sync
from desk.storage.database import display_url
from desk.storage.journal import JournalStatus
from desk.storage.sync import replay_now

_EMBEDDED = (
    "this station uses the embedded database, its only store: there is no journal and nothing "
    "to send"
)


def register(sub: SubParsers) -> None:
    """Add the `sync` command group."""
    sync = sub.add_parser(
        "sync", help="see and send the records this station keeps for the shared database"
    )
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    status = actions.add_parser(
        "status", help="online or not, records waiting by kind, records refused and why"
    )
    add_json_flag(status)
    status.set_defaults(handler=_status)
    now = actions.add_parser("now", help="send the waiting records to the shared database now")
    add_json_flag(now)
    now.set_defaults(handler=_now)


def _at(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S} UTC" if value else "never"


def describe(status: JournalStatus, where: str) -> str:
    """The status as lines for a person."""
    if status.online is None:
        link = f"{where}: not tried yet"
    elif status.online:
        link = f"{where}: online since {_at(status.since)}"
    else:
        retry = f"; next try {_at(status.retry_at)}" if status.retry_at else ""
        link = f"{where}: offline since {_at(status.since)} ({status.problem}){retry}"
    lines = [link]
    if status.waiting:
        kinds = ", ".join(
            f"{kind.replace('_', ' ')} {n}" for kind, n in status.waiting_by_kind.items()
        )
        lines.append(
            f"waiting to be sent: {status.waiting} ({kinds}), "
            f"the oldest made {_at(status.oldest_waiting)}"
        )
    else:
        lines.append("waiting to be sent: none")
    if status.refused:
        lines.append(f"refused by the shared database: {len(status.refused)}")
        lines += [
            f"  #{record.seq} {record.kind.replace('_', ' ')}, made {_at(record.made_at)}: "
            f"{record.reason}"
            for record in status.refused
        ]
    lines.append(f"sent from this station's journal: {status.sent}; journal: {status.path}")
    return "\n".join(lines)


def _status(args: argparse.Namespace) -> int:
    settings = loaded_settings(args).settings
    sync = open_sync(settings)
    if sync is None:
        emit(args, {"journal": None, "embedded": True}, _EMBEDDED)
        return 0
    try:
        sync.replicator.check()
        status = sync.journal.status()
    finally:
        sync.close()
    where = display_url(settings.database_url)
    emit(args, {"database": where, "embedded": False, **status.as_dict()}, describe(status, where))
    return 0


def _now(args: argparse.Namespace) -> int:
    settings = loaded_settings(args).settings
    sync = open_sync(settings)
    if sync is None:
        emit(args, {"journal": None, "embedded": True, "sent": 0}, _EMBEDDED)
        return 0
    try:
        outcome = replay_now(sync.replicator)
        status = sync.journal.status()
    finally:
        sync.close()
    refused = f"; {outcome.refused} refused (see desk sync status)" if outcome.refused else ""
    emit(
        args,
        {
            "database": display_url(settings.database_url),
            "sent": outcome.sent,
            "refused_now": outcome.refused,
            "waiting": outcome.waiting,
            "refused": len(status.refused),
        },
        f"sent {outcome.sent} records to the shared database{refused}; {outcome.waiting} waiting",
    )
    return 0
