"""The in-memory printers port behaves like the real ones, so services can be tested with it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from printing import (
    JobResult,
    NotAPdfError,
    PrinterNotFoundError,
    Printers,
    PrinterState,
    PrinterStoppedError,
    PrintRequest,
)
from printing.fake import FakePrinters
from tests.fixtures.cups import MakePdf


def test_fake_follows_the_port(make_pdf: MakePdf, not_a_pdf: Path) -> None:
    fake = FakePrinters()
    port: Printers = fake
    outcome = port.follow(port.submit(make_pdf(2), request=PrintRequest(copies=2)))
    assert outcome.result is JobResult.COMPLETED
    assert outcome.pages == 4
    assert [p.name for p in port.list_printers()] == ["front"]

    with pytest.raises(NotAPdfError):
        port.submit(not_a_pdf)
    with pytest.raises(PrinterNotFoundError):
        port.check("Upstairs")
    fake.set_state("front", PrinterState.STOPPED)
    with pytest.raises(PrinterStoppedError, match="'Front desk' is switched off or paused"):
        port.check()


def test_fake_faults_and_cancel(make_pdf: MakePdf) -> None:
    fake = FakePrinters(next_result=JobResult.ABORTED)
    job = fake.submit(make_pdf(1))
    assert fake.follow(job).reason.startswith("The printer stopped the job")
    stop = threading.Event()
    stop.set()
    assert fake.follow(job, cancel=stop).result is JobResult.CANCELLED
    fake.cancel(job)
    assert fake.cancelled == [job.job_id]
