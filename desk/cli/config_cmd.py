"""`desk config` (show the effective settings and where each came from) and `desk secret`."""

from __future__ import annotations

import argparse
import getpass
import sys

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import loaded_settings
from desk.config import (
    KEYS,
    SECRETS,
    describe_secret,
    ensure_keyring,
    get_secret,
    is_secret_name,
    set_secret,
)
from desk.errors import ConfigError
from desk.storage.database import display_url


def register(sub: SubParsers) -> None:
    """Add `desk config` and `desk secret`."""
    config = sub.add_parser("config", help="show the effective settings and where each came from")
    add_json_flag(config)
    config.set_defaults(handler=_show)

    secret = sub.add_parser("secret", help="store or check a secret in the OS keyring")
    actions = secret.add_subparsers(dest="secret_command", metavar="ACTION", required=True)
    put = actions.add_parser("set", help="store a secret (read from standard input or a prompt)")
    put.add_argument(
        "name",
        type=_secret_name,
        metavar="NAME",
        help=f"{', '.join(sorted(SECRETS))}, or upload-token.DESTINATION / "
        "smtp-password.DESTINATION for a destination of the services file",
    )
    put.set_defaults(handler=_set_secret)
    status = actions.add_parser("status", help="say which secrets are set (never their values)")
    add_json_flag(status)
    status.set_defaults(handler=_secret_status)


def _secret_name(text: str) -> str:
    if not is_secret_name(text):
        raise argparse.ArgumentTypeError(
            f"not a secret Station Desk keeps: {text!r} (expected {', '.join(sorted(SECRETS))}, "
            "upload-token.DESTINATION or smtp-password.DESTINATION)"
        )
    return text


def _show(args: argparse.Namespace) -> int:
    loaded = loaded_settings(args)
    data = loaded.settings.to_dict()
    rows = []
    for name, key in KEYS.items():
        value = data[key.path[0]] if len(key.path) == 1 else data[key.path[0]][key.path[1]]
        if name == "database_url" and value:
            value = display_url(str(value))
        rows.append({"key": name, "value": value, "from": loaded.origin_of(name)})
    derived = {
        "database": display_url(loaded.settings.database_url),
        "spool": str(loaded.settings.spool_path),
        "upload_folder": str(loaded.settings.upload_folder),
    }
    width = max(len(row["key"]) for row in rows)
    text = "\n".join(
        f"{row['key']:<{width}}  {row['value']!s:<40}  ({row['from']})" for row in rows
    )
    text += "\n\n" + "\n".join(f"{k}: {v}" for k, v in derived.items())
    emit(args, {"settings": rows, "effective": derived}, text)
    return 0


def _set_secret(args: argparse.Namespace) -> int:
    loaded_settings(args)
    if sys.stdin.isatty():
        value = getpass.getpass(f"{describe_secret(args.name)}: ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise ConfigError(f"no value given for the secret '{args.name}'")
    set_secret(args.name, value)
    print(f"stored {args.name} in the OS keyring")
    return 0


def _secret_status(args: argparse.Namespace) -> int:
    loaded_settings(args)
    import keyring.errors  # noqa: PLC0415  (slow to load: only here)

    try:
        ensure_keyring()
    except keyring.errors.KeyringError as error:
        raise ConfigError(f"no usable OS keyring: {error}") from None
    status = {name: get_secret(name) is not None for name in SECRETS}
    emit(
        args,
        status,
        "\n".join(f"{name}: {'set' if ok else 'not set'}" for name, ok in status.items()),
    )
    return 0
