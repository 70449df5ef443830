"""Every print attempt leaves a print-job record and audit events (real CUPS, real database)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desk.config import load_settings
from desk.domain.documents import PrintOutcome as Recorded
from desk.domain.printing import PrintLimits
from desk.domain.records import AuditAction, RecordType
from desk.runtime import Runtime, open_runtime
from desk.services.printing import PrintFailed, print_pdf
from printing import PrintRequest
from printing.cups import CupsPrinters
from tests.fixtures.cups import CupsScheduler, MakePdf

pytestmark = pytest.mark.cups

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    rt = open_runtime(load_settings(overrides=[f"database_url=sqlite:///{tmp_path / 'd.sqlite3'}"]))
    yield rt
    rt.close()


def records(runtime: Runtime) -> list[tuple[str, Recorded, int, int, str | None]]:
    with runtime.uow() as uow:
        jobs = uow.print_jobs.list_for_station(runtime.station.station_id, since=EPOCH)
        return [(j.printer, j.outcome, j.pages, j.copies, j.error_code) for j in jobs]


def audit(runtime: Runtime) -> list[tuple[AuditAction, object]]:
    with runtime.uow() as uow:
        return [(e.action, e.details) for e in uow.audit.list(record_type=RecordType.PRINT_JOB)]


def test_a_completed_job_is_recorded_with_its_pages(
    cups: CupsScheduler, make_pdf: MakePdf, runtime: Runtime
) -> None:
    pdf = make_pdf(2)
    outcome = print_pdf(
        runtime.uow_factory,
        CupsPrinters(),
        pdf,
        station_id=runtime.station.station_id,
        printer="front",
        request=PrintRequest(copies=2),
        timeout=60,
    )
    assert outcome.succeeded
    assert records(runtime) == [("front", Recorded.COMPLETED, 4, 2, None)]
    assert audit(runtime) == [
        (AuditAction.PRINT_SUBMITTED, {"pages": 0, "copies": 2}),
        (AuditAction.PRINT_COMPLETED, {"pages": 4, "copies": 2}),
    ]
    assert cups.printed("front")


@pytest.mark.parametrize(
    ("fault", "printer", "code"),
    [
        ("disable", "front", "printer_stopped"),
        ("reject", "front", "printer_not_accepting"),
        (None, "nowhere", "printer_not_found"),
    ],
)
def test_a_refused_job_is_recorded_as_failed(
    cups: CupsScheduler,
    make_pdf: MakePdf,
    runtime: Runtime,
    fault: str | None,
    printer: str,
    code: str,
) -> None:
    if fault is not None:
        getattr(cups, fault)(printer)
    with pytest.raises(PrintFailed):
        print_pdf(
            runtime.uow_factory,
            CupsPrinters(),
            make_pdf(1),
            station_id=runtime.station.station_id,
            printer=printer,
            timeout=30,
        )
    assert records(runtime) == [(printer, Recorded.FAILED, 0, 1, code)]
    assert audit(runtime) == [(AuditAction.PRINT_FAILED, {"pages": 0, "copies": 1, "code": code})]


def test_a_job_the_printer_aborts_is_recorded_as_failed(
    cups: CupsScheduler, make_pdf: MakePdf, runtime: Runtime
) -> None:
    with pytest.raises(PrintFailed, match=r"\w"):
        print_pdf(
            runtime.uow_factory,
            CupsPrinters(),
            make_pdf(1),
            station_id=runtime.station.station_id,
            printer="jammed",
            timeout=60,
        )
    (row,) = records(runtime)
    assert row[:3] == ("jammed", Recorded.FAILED, 0)
    assert row[4] in {"aborted", "timed_out"}
    assert [a for a, _ in audit(runtime)] == [AuditAction.PRINT_SUBMITTED, AuditAction.PRINT_FAILED]


def test_a_file_that_is_not_a_pdf_is_recorded_and_named(
    cups: CupsScheduler, not_a_pdf: Path, runtime: Runtime
) -> None:
    with pytest.raises(PrintFailed, match="not a PDF"):
        print_pdf(
            runtime.uow_factory,
            CupsPrinters(),
            not_a_pdf,
            station_id=runtime.station.station_id,
            printer="front",
        )
    assert records(runtime) == [("front", Recorded.FAILED, 0, 1, "not_a_pdf")]
    assert not_a_pdf.name not in repr(audit(runtime))


def test_a_job_over_the_page_limit_is_refused_before_the_printer_and_recorded(
    cups: CupsScheduler, make_pdf: MakePdf, runtime: Runtime
) -> None:
    jobs_before = cups.run("lpstat", "-W", "all", "-o", "front").count("\n")
    with pytest.raises(PrintFailed) as refused:
        print_pdf(
            runtime.uow_factory,
            CupsPrinters(),
            make_pdf(6),
            station_id=runtime.station.station_id,
            printer="front",
            request=PrintRequest(copies=9),
            limits=PrintLimits(max_pages=50),
        )
    assert str(refused.value).startswith(
        "This job is 6 pages × 9 copies = 54 pages; this station prints at most 50 pages"
    )
    assert records(runtime) == [("front", Recorded.FAILED, 0, 9, "too_many_pages")]
    assert not cups.printed("front")
    jobs_after = cups.run("lpstat", "-W", "all", "-o", "front").count("\n")
    assert jobs_after == jobs_before, "no job was sent"


def test_a_job_printed_while_the_database_is_away_is_kept_and_saved_later(
    cups: CupsScheduler, make_pdf: MakePdf, runtime: Runtime, tmp_path: Path
) -> None:
    """The journal itself: the record waits while units of work fail, and is saved once."""
    from desk.services.printing import save_pending_records  # noqa: PLC0415
    from desk.storage.errors import DatabaseUnreachable  # noqa: PLC0415

    def failing_after_submit() -> object:
        raise DatabaseUnreachable("could not reach the database; nothing was saved.")

    journal = tmp_path / "journal"
    outcome = print_pdf(
        failing_after_submit,  # type: ignore[arg-type]
        CupsPrinters(),
        make_pdf(2),
        station_id=runtime.station.station_id,
        printer="front",
        timeout=60,
        journal=journal,
    )
    assert outcome.succeeded
    assert not outcome.record_saved
    assert records(runtime) == []
    assert save_pending_records(runtime.uow_factory, journal) == 1
    assert records(runtime) == [("front", Recorded.COMPLETED, 2, 1, None)]
    assert [a for a, _ in audit(runtime)] == [
        AuditAction.PRINT_SUBMITTED,
        AuditAction.PRINT_COMPLETED,
    ]
    assert save_pending_records(runtime.uow_factory, journal) == 0, "saved once"
    assert not list(journal.glob("*.json"))


def test_a_job_lost_while_it_is_followed_is_recorded_as_failed(
    make_pdf: MakePdf, runtime: Runtime
) -> None:
    from printing import PrinterUnreachableError, SubmittedJob  # noqa: PLC0415
    from printing.fake import FakePrinters  # noqa: PLC0415

    class Lost(FakePrinters):
        def follow(self, job: SubmittedJob, timeout: float = 120.0, cancel: object = None) -> Any:
            raise PrinterUnreachableError("The printer 'Front desk' cannot be reached.")

    with pytest.raises(PrintFailed, match="cannot be reached"):
        print_pdf(runtime.uow_factory, Lost(), make_pdf(1), station_id=runtime.station.station_id)
    assert records(runtime) == [("front", Recorded.FAILED, 0, 1, "printer_unreachable")]
