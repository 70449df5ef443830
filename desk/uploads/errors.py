"""Upload failures: each says whether trying again can help, with a plain message for staff."""

from __future__ import annotations

from desk.errors import DeskError


class NoKeyring(DeskError):
    """There is no usable OS keyring, so residents' documents cannot be kept encrypted."""


class SpoolCorrupt(DeskError):
    """An encrypted file cannot be read back: damaged, truncated, or made with another key."""


class UploadFailure(Exception):
    """One attempt to deliver a document failed.

    `code` is a short stable name for the shared database (no personal data); `message` is a
    plain-English line for staff saying what happened and what to do; `permanent` is True when
    retrying on its own cannot help (someone must act first).
    """

    def __init__(
        self, code: str, message: str, *, permanent: bool, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after


def transient(code: str, message: str, *, retry_after: float | None = None) -> UploadFailure:
    """A failure the outbox retries on its own (not before `retry_after` seconds, if given)."""
    return UploadFailure(code, message, permanent=False, retry_after=retry_after)


def permanent(code: str, message: str) -> UploadFailure:
    """A failure that waits for staff or IT to act, then a retry."""
    return UploadFailure(code, message, permanent=True)
