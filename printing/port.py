"""The printers port: what the application asks of any printing system."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from printing.model import Printer, PrintOutcome, PrintRequest, SubmittedJob


class Printers(Protocol):
    """Discover printers, check one, send it a PDF, follow the job to its end, or cancel it."""

    def list_printers(self) -> list[Printer]:
        """Every printer the station can see, with its state and capabilities."""
        ...

    def default_printer(self) -> str | None:
        """The name of the system's default printer, if there is one."""
        ...

    def check(self, name: str | None = None) -> Printer:
        """Pre-flight: the printer (default when None) exists, is enabled, accepting, reachable.

        Raises a `PrintingError` subclass with a plain-English message otherwise.
        """
        ...

    def submit(
        self, pdf: Path, printer: str | None = None, request: PrintRequest | None = None
    ) -> SubmittedJob:
        """Check the file is a PDF and the printer is usable, then send the job."""
        ...

    def follow(
        self, job: SubmittedJob, timeout: float = 120.0, cancel: threading.Event | None = None
    ) -> PrintOutcome:
        """Wait until the job is completed, aborted or cancelled, or the timeout passes.

        Setting `cancel` (from another thread) cancels the job; a job that times out is
        cancelled too, so that it never prints after the resident has gone.
        """
        ...

    def cancel(self, job: SubmittedJob) -> None:
        """Cancel a job that has not finished."""
        ...
