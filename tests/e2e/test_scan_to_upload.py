"""Paper to council, for real: SANE test driver -> encrypted spool -> PDF in memory -> outbox ->
folder destination, with the shared-database record, the visit's counts and the receipt."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from desk.config import load_settings
from desk.domain.documents import DocumentKind, UploadState
from desk.domain.visits import EntryRoute, ServiceArea, TaskType
from desk.runtime import Runtime, open_runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.services.scans import receipt_pdf, send_scan
from desk.services.uploads import Uploads, open_uploads, wipe_visit
from desk.uploads.spool import PAGE_SINK_FACTORY
from scanning.document import Document
from scanning.model import DeviceRef
from scanning.profiles import BUILTIN_PROFILES
from scanning.session import ScanJob, discover
from scanning.sink import SinkSpec
from tests.components import require_tools
from tests.fixtures.sane import SaneEnv

pytestmark = pytest.mark.sane


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    rt = open_runtime(load_settings(overrides=[f"database_url=sqlite:///{tmp_path / 'd.sqlite3'}"]))
    yield rt
    rt.close()


@pytest.fixture
def uploads(runtime: Runtime) -> Iterator[Uploads]:
    opened = open_uploads(runtime.settings, station_id=runtime.station.station_id)
    yield opened
    opened.close()


def test_a_scanned_statement_reaches_the_council_exactly_as_scanned(
    sane_env: SaneEnv, monkeypatch: pytest.MonkeyPatch, runtime: Runtime, uploads: Uploads
) -> None:
    require_tools("poppler", "pdftotext")
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    uow = runtime.uow_factory
    champion = staff_service.add_staff(uow, "Asha Patel", "2468")
    visit = visits.start_visit(uow, runtime.station, champion.id, EntryRoute.WALK_IN)
    visits.add_task(uow, visit.id, ServiceArea.HOUSING, TaskType.SCAN_AND_UPLOAD)

    scanner = next(c for c in discover(timeout=30).scanners if c.device.id == "test:0")
    request = BUILTIN_PROFILES["statement"].request(DeviceRef.of(scanner.device), resolution=75)
    folder = uploads.spool.visit_dir(visit.id)
    with ScanJob(request, folder, sink=SinkSpec(PAGE_SINK_FACTORY)) as job:
        result = job.wait(60)
    assert result.fault is None
    document = Document().extend(result.pages)
    assert len(document) == 10
    # The pages on disk are encrypted: none is a readable image.
    for page in document.pages:
        head = Path(page.path).read_bytes()[:4]
        assert head not in {b"\xff\xd8\xff\xe0", b"II*\x00", b"MM\x00*"}

    sink = uploads.spool.page_sink(visit.id)
    entry = send_scan(
        uploads, uow, document, DocumentKind.BANK_STATEMENT, visit_id=visit.id, read_page=sink.read
    )
    assert entry.state is UploadState.CONFIRMED
    assert entry.reference

    delivered = list(runtime.settings.upload_folder.rglob("*.pdf"))
    assert len(delivered) == 1
    with pikepdf.open(delivered[0]) as pdf:
        assert len(pdf.pages) == 10
    with uow() as unit:
        record = unit.documents.get(entry.id)
        assert record is not None
        assert record.state is UploadState.CONFIRMED
        assert record.page_count == 10
        assert record.destination_ref == entry.reference
    (task,) = visits.get_visit(uow, visit.id).tasks
    assert (task.pages_scanned, task.documents_uploaded) == (10, 1)

    receipt = receipt_pdf(
        [entry],
        folder / "receipt.pdf",
        when=datetime.now(UTC).astimezone(),
        site="Woolwich Centre",
        champion_first_name="Asha",
        kind_label=lambda kind: kind.replace("_", " ").capitalize(),
    )
    text = subprocess.run(
        ["pdftotext", str(receipt), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert entry.reference in text
    assert "Bank statement" in text

    wiped = wipe_visit(uploads, visit.id, uow)
    assert wiped.ok
    assert wiped.files_removed >= 11  # ten pages and the receipt
    assert not folder.exists()
