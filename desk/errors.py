"""Errors the user can act on: each carries a one-line message that says what to do next."""

from __future__ import annotations


class DeskError(Exception):
    """An operational failure that is the environment's fault, not a bug: tell the user.

    `str(error)` is one plain-English line fit for stderr or a message box. Made from a template
    with `{named}` values (`DeskError(TEMPLATE, name=value)`), it keeps both, `template` and
    `values`, so that a screen can show it in the station's language.
    """

    def __init__(self, message: str = "", /, **values: object) -> None:
        named = {name: str(value) for name, value in values.items()}
        super().__init__(message.format(**named) if named else message)
        self.template = message
        self.values = named


class ConfigError(DeskError):
    """The configuration is malformed or invalid; the message names the file and the key."""


class DatabaseError(DeskError):
    """The database is unreachable or not at the latest migration; the message says which."""
