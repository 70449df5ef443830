"""A send killed (SIGKILL) mid-way is picked up by the next send, exactly once at the service.

The real `desk` command is killed while the TLS test service holds its answer to a document it
has already stored; the next `desk outbox retry`, or the app's start-up, sends it again with
the same idempotency key, and the service keeps one copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import DESK, Desk
from tests.e2e.conftest import desk as desk  # noqa: PLC0414  (the fixture, reused)
from tests.uploads.conftest import pdf_bytes
from tests.uploads.server import Certificates, UploadService
from tests.uploads.test_cli import https_flags


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "evidence.pdf"
    path.write_bytes(pdf_bytes(b"INTERRUPTED", pages=2))
    return path


def kill_mid_send(service: UploadService, *args: str) -> None:
    """Run `desk ARGS`, and SIGKILL it once the service holds the answer to its document."""
    before = len(service.received)
    service.answer("hold")
    child = subprocess.Popen(
        [*DESK, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    try:
        reached = service.wait_for(lambda: len(service.received) > before, timeout=60)
        assert reached, "the command never reached the service"
        child.kill()
    finally:
        child.wait(30)
    assert child.returncode == -9


def outbox(desk: Desk, flags: list[str]) -> list[dict[str, object]]:
    listed = desk(*flags, "outbox", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    entries: list[dict[str, object]] = json.loads(listed.stdout)
    return entries


def test_a_killed_upload_is_sent_by_the_next_retry_exactly_once(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    flags = https_flags(service, certificates)
    assert desk("secret", "set", "upload-token", stdin="token\n").returncode == 0
    kill_mid_send(service, *flags, "upload", str(pdf), "--kind", "payslip")
    (doc_id,) = service.stored

    (waiting,) = outbox(desk, flags)
    assert waiting["id"] == doc_id
    assert waiting["state"] == "queued", "nothing sends it: it is not shown as being sent"

    retried = desk(*flags, "outbox", "retry", "--json")
    assert retried.returncode == 0, retried.stderr
    (entry,) = json.loads(retried.stdout)
    assert entry["id"] == doc_id
    assert entry["state"] == "confirmed"
    assert entry["reference"] == service.references[doc_id]
    assert service.store_counts == {doc_id: 1}
    assert service.stored[doc_id] == pdf.read_bytes()
    assert outbox(desk, flags) == []


def test_a_killed_retry_is_sent_by_the_next_one_and_shows_no_stale_error(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    flags = https_flags(service, certificates)
    assert desk("secret", "set", "upload-token", stdin="token\n").returncode == 0
    service.answer("500")
    first = desk(*flags, "upload", str(pdf), "--kind", "payslip", "--json")
    assert first.returncode == 0, first.stderr
    doc_id = json.loads(first.stdout)["id"]
    (failed,) = outbox(desk, flags)
    assert failed["state"] == "failed"
    assert "could not take the document" in str(failed["message"])

    kill_mid_send(service, *flags, "outbox", "retry")
    (interrupted,) = outbox(desk, flags)
    assert interrupted["state"] == "queued"
    assert interrupted["message"] is None, "the error of the attempt before is not shown"
    text = desk(*flags, "outbox", "list")
    assert "could not take the document" not in text.stdout

    retried = desk(*flags, "outbox", "retry", "--json")
    assert retried.returncode == 0, retried.stderr
    (entry,) = json.loads(retried.stdout)
    assert (entry["id"], entry["state"]) == (doc_id, "confirmed")
    assert entry["reference"] == service.references[doc_id]
    assert service.store_counts == {doc_id: 1}


def test_retry_sends_a_document_that_is_still_queued(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    """Queued but never sent (the database went, the sender was killed before it claimed)."""
    flags = https_flags(service, certificates)
    assert desk("secret", "set", "upload-token", stdin="token\n").returncode == 0
    code = (
        "import sys, uuid\n"
        "from pathlib import Path\n"
        "from desk.config import load_settings\n"
        "from desk.services import uploads\n"
        "opened = uploads.open_uploads(load_settings().settings)\n"
        "entry = uploads.queue_document(opened, None, Path(sys.argv[1]), kind='identity',"
        " page_count=2)\n"
        "print(entry.id)\n"
        "opened.close()\n"
    )
    queued = subprocess.run(
        [sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=False
    )
    assert queued.returncode == 0, queued.stderr
    doc_id = queued.stdout.strip()
    retried = desk(*flags, "outbox", "retry", "--json")
    assert retried.returncode == 0, retried.stderr
    (entry,) = json.loads(retried.stdout)
    assert (entry["id"], entry["state"]) == (doc_id, "confirmed")
    assert service.store_counts == {doc_id: 1}
