"""`desk db upgrade` and `desk db current`: apply and show the database migrations."""

from __future__ import annotations

import argparse

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import loaded_settings
from desk.runtime import open_engine
from desk.storage.database import display_url
from desk.storage.migrate import current_revision, head_revision, refuse_newer, upgrade


def register(sub: SubParsers) -> None:
    """Add the `db` command group."""
    db = sub.add_parser("db", help="apply or show database migrations")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = actions.add_parser("upgrade", help="bring the database to the latest migration")
    add_json_flag(up)
    up.set_defaults(handler=_upgrade)
    cur = actions.add_parser("current", help="show the database's migration and the latest one")
    add_json_flag(cur)
    cur.set_defaults(handler=_current)


def _upgrade(args: argparse.Namespace) -> int:
    settings = loaded_settings(args).settings
    engine = open_engine(settings)
    try:
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    url = display_url(settings.database_url)
    text = (
        f"{url}: already at the latest migration ({after})"
        if before == after
        else f"{url}: upgraded from {before or 'an empty database'} to {after}"
    )
    emit(args, {"database": url, "from": before, "to": after}, text)
    return 0


def _current(args: argparse.Namespace) -> int:
    settings = loaded_settings(args).settings
    engine = open_engine(settings)
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    url = display_url(settings.database_url)
    refuse_newer(url, current)
    state = "up to date" if current == head else "needs `desk db upgrade`"
    emit(
        args,
        {"database": url, "current": current, "head": head, "up_to_date": current == head},
        f"{url}: at {current or 'no migration'}; latest is {head} ({state})",
    )
    return 0
