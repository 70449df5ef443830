"""`desk print` while PostgreSQL stops mid-print: the job prints once, is reported as printed,
and its record is saved when the database is back (real CUPS, real PostgreSQL, real `desk`)."""

from __future__ import annotations

import json
import os
import subprocess
import time
from datetime import UTC, datetime

import pikepdf
import pytest

from desk.config import load_settings, user_data_dir
from desk.domain.documents import PrintOutcome as Recorded
from desk.domain.records import AuditAction, RecordType
from desk.runtime import open_runtime
from tests.e2e.conftest import DESK
from tests.fixtures.cups import CupsScheduler, MakePdf
from tests.fixtures.postgres import StoppablePostgres

pytestmark = [pytest.mark.cups, pytest.mark.postgres]

QUEUE = "holddesk"
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def desk(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DESK, "--set", f"database_url={url}", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def wait_for(predicate: object, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_a_job_that_prints_while_the_database_is_down_is_reported_and_recorded_later(
    cups: CupsScheduler, make_pdf: MakePdf, stoppable_postgres: StoppablePostgres
) -> None:
    url = stoppable_postgres.url
    migrated = desk(url, "db", "upgrade")
    assert migrated.returncode == 0, migrated.stderr
    cups.add_holding_queue(QUEUE, "Held desk")
    try:
        child = subprocess.Popen(
            [*DESK, "--set", f"database_url={url}", "print", str(make_pdf(3)), "--printer", QUEUE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        try:
            assert wait_for(lambda: cups.held_jobs(QUEUE)), "the job never reached the queue"
            stoppable_postgres.stop()
            cups.release_jobs(QUEUE)
            out, err = child.communicate(timeout=120)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(30)
        assert child.returncode == 0, err
        assert out.strip() == (
            f"Printed 3 pages on {QUEUE}. The record could not be saved yet (database "
            "unreachable); it will be saved when the database is back. Do not print again."
        )
        assert cups.wait_printed(QUEUE)
        with pikepdf.open(cups.output(QUEUE)) as printed:
            assert len(printed.pages) == 3
        (kept,) = (user_data_dir() / "print-records").glob("*.json")
        assert "sample-3" not in kept.read_text(), "the journal never names the document"
    finally:
        cups.remove_queue(QUEUE)

    stoppable_postgres.start()
    # The next command that opens the database saves the record.
    rt = open_runtime(load_settings(overrides=[f"database_url={url}"]))
    try:
        with rt.uow() as uow:
            (job,) = uow.print_jobs.list_for_station(rt.station.station_id, since=EPOCH)
            assert (job.printer, job.outcome, job.pages, job.copies) == (
                QUEUE,
                Recorded.COMPLETED,
                3,
                1,
            )
            assert job.finished_at is not None
            actions = [e.action for e in uow.audit.list(record_type=RecordType.PRINT_JOB)]
            assert sorted(actions) == sorted(
                [AuditAction.PRINT_SUBMITTED, AuditAction.PRINT_COMPLETED]
            )
    finally:
        rt.close()
    assert not list((user_data_dir() / "print-records").glob("*.json"))
    again = desk(url, "printers", "--json")
    assert again.returncode == 0
    assert QUEUE not in {p["name"] for p in json.loads(again.stdout)}
