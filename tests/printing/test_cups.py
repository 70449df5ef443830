"""The CUPS printers port against a real, private CUPS scheduler."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from printing import (
    Duplex,
    JobResult,
    NotAPdfError,
    PrinterNotAcceptingError,
    PrinterNotFoundError,
    PrinterState,
    PrinterStoppedError,
    PrinterUnreachableError,
    PrintingError,
    PrintRequest,
    SubmittedJob,
)
from printing.cups import JOB_NAME, CupsPrinters
from printing.ipp import Server
from tests.fixtures.cups import JAMMED, STALLED, CupsScheduler, MakePdf

pytestmark = pytest.mark.cups


def test_lists_queues_with_state_and_capabilities(cups: CupsScheduler) -> None:
    cups.disable("back")
    printers = {p.name: p for p in CupsPrinters().list_printers()}

    front = printers["front"]
    assert front.is_default
    assert front.label == "Front desk"
    assert front.state is PrinterState.READY
    assert front.capabilities.duplex
    assert front.capabilities.colour
    assert front.capabilities.paper_sizes == ("A4", "Letter")
    assert front.capabilities.default_paper == "A4"
    assert printers["back"].state is PrinterState.STOPPED
    assert next(iter(printers)) == "front", "the default printer comes first"


def test_rejecting_queue_is_listed_as_not_accepting(cups: CupsScheduler) -> None:
    cups.reject("back")
    assert CupsPrinters().get_printer("back") is not None
    printers = {p.name: p.state for p in CupsPrinters().list_printers()}
    assert printers["back"] is PrinterState.NOT_ACCEPTING


def test_default_printer_follows_cups_server(cups: CupsScheduler) -> None:
    printers = CupsPrinters()
    assert printers.server.display == cups.server
    assert printers.default_printer() == "front"


def test_job_completes_and_its_pages_are_counted(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    printers = CupsPrinters()
    before = datetime.now(UTC)

    job = printers.submit(make_pdf(3), request=PrintRequest(copies=2, duplex=Duplex.LONG_EDGE))
    outcome = printers.follow(job, timeout=30)

    assert outcome.result is JobResult.COMPLETED
    assert outcome.succeeded
    assert outcome.printer == "front"
    assert outcome.document_pages == 3
    assert outcome.copies == 2
    assert outcome.pages == 6, "impressions: three pages, two copies"
    assert outcome.sheets == 3, "two-sided: three sheets"
    assert before <= outcome.started_utc <= outcome.ended_utc <= datetime.now(UTC)
    assert outcome.duplex is Duplex.LONG_EDGE
    with pikepdf.open(cups.output("front")) as printed:
        assert len(printed.pages) == 3
    page_log = cups.page_log.read_text(encoding="utf-8")
    assert f"front root {job.job_id} " in page_log
    assert "total 6" in page_log


def test_outcome_never_carries_the_document_name(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    printers = CupsPrinters()
    pdf = make_pdf(1)
    outcome = printers.follow(printers.submit(pdf, "back"), timeout=30)

    assert outcome.result is JobResult.COMPLETED
    assert pdf.name not in repr(outcome)
    assert pdf.stem not in str(outcome.as_dict())
    assert printers.find_job("back", JOB_NAME) == outcome.job_id
    assert cups.printed("back")


def test_paper_size_is_checked_and_sent(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    printers = CupsPrinters()
    with pytest.raises(PrintingError, match=r"does not take A3 paper\. It takes: A4, Letter"):
        printers.submit(make_pdf(1), request=PrintRequest(paper_size="A3"))

    outcome = printers.follow(
        printers.submit(make_pdf(1), request=PrintRequest(paper_size="Letter")), timeout=30
    )
    assert outcome.result is JobResult.COMPLETED
    with pikepdf.open(cups.output("front")) as printed:
        assert [round(float(v)) for v in printed.pages[0].mediabox] == [0, 0, 612, 792]


def test_stopped_printer_gives_a_plain_message(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    cups.disable("front")
    with pytest.raises(PrinterStoppedError) as caught:
        CupsPrinters().submit(make_pdf(1))
    assert str(caught.value) == (
        "The printer 'Front desk' is switched off or paused. "
        "Ask staff to turn it on, then press Print again."
    )
    assert not cups.printed("front")


def test_rejecting_printer_gives_a_plain_message(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    cups.reject("back")
    with pytest.raises(PrinterNotAcceptingError, match="'Back office' is not taking new print"):
        CupsPrinters().submit(make_pdf(1), "back")


def test_missing_printer_gives_a_plain_message(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    with pytest.raises(PrinterNotFoundError, match="There is no printer called 'Upstairs'"):
        CupsPrinters().submit(make_pdf(1), "Upstairs")


def test_not_a_pdf_is_refused_before_anything_is_sent(
    cups: CupsScheduler, not_a_pdf: Path, tmp_path: Path
) -> None:
    printers = CupsPrinters()
    newest = printers.find_job("front", JOB_NAME)
    with pytest.raises(NotAPdfError, match=r"^letter\.pdf is not a PDF file\."):
        printers.submit(not_a_pdf)
    with pytest.raises(NotAPdfError, match=r"^gone\.pdf cannot be found\."):
        printers.submit(tmp_path / "gone.pdf")
    assert printers.find_job("front", JOB_NAME) == newest


def test_a_job_the_printer_fails_is_reported_aborted(
    cups: CupsScheduler, make_pdf: MakePdf
) -> None:
    printers = CupsPrinters()
    outcome = printers.follow(printers.submit(make_pdf(2), JAMMED), timeout=30)

    assert outcome.result is JobResult.ABORTED
    assert not outcome.succeeded
    assert outcome.reason.startswith("The printer stopped the job before it finished.")
    assert printers.get_printer(JAMMED) is not None


def test_a_job_the_printer_stops_is_reported_aborted_and_cancelled(
    cups: CupsScheduler, make_pdf: MakePdf
) -> None:
    printers = CupsPrinters()
    job = printers.submit(make_pdf(2), STALLED)
    outcome = printers.follow(job, timeout=30)

    assert outcome.result is JobResult.ABORTED
    assert outcome.reason.startswith("The printer stopped the job before it finished.")
    assert printers.follow(job, timeout=10).result is JobResult.CANCELLED, "it will not print later"


def test_a_job_waiting_on_a_stopped_printer_is_reported(
    cups: CupsScheduler, make_pdf: MakePdf
) -> None:
    printers = CupsPrinters()
    cups.disable("back")
    queued = _held(cups, make_pdf(1), "back")
    cups.run("lp", "-i", str(queued.job_id), "-H", "resume")

    outcome = printers.follow(queued, timeout=30)

    assert outcome.result is JobResult.ABORTED
    assert outcome.reason.startswith("The printer 'Back office' is switched off or paused.")


def _held(cups: CupsScheduler, pdf: Path, queue: str = "front") -> SubmittedJob:
    job_id = cups.hold_job(queue, pdf)
    return SubmittedJob(queue, job_id, 1, 1, datetime.now(UTC))


def test_a_job_that_never_ends_times_out_and_is_cancelled(
    cups: CupsScheduler, make_pdf: MakePdf
) -> None:
    printers = CupsPrinters(poll_interval=0.02)
    job = _held(cups, make_pdf(1))

    outcome = printers.follow(job, timeout=0.3)

    assert outcome.result is JobResult.TIMED_OUT
    assert "did not finish the job in time" in outcome.reason
    assert printers.follow(job, timeout=10).result is JobResult.CANCELLED


def test_following_can_be_cancelled(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    printers = CupsPrinters()
    job = _held(cups, make_pdf(1))
    stop = threading.Event()
    stop.set()

    outcome = printers.follow(job, timeout=30, cancel=stop)

    assert outcome.result is JobResult.CANCELLED
    assert outcome.reason == "The print job was cancelled."
    printers.cancel(job)  # cancelling a finished job is harmless


def test_unreachable_scheduler_gives_a_plain_message(cups: CupsScheduler) -> None:
    port = cups.port + 1 if cups.port < 65535 else cups.port - 1
    printers = CupsPrinters(Server.parse(f"127.0.0.1:{port}"), request_timeout=2)
    with pytest.raises(PrinterUnreachableError, match=r"print service \(127\.0\.0\.1:\d+\) is not"):
        printers.list_printers()
