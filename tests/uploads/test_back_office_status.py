"""The back office's status: the station asks the HTTPS intake's status endpoint and records
received, accepted or rejected (with its reason) on the document, shown on the visit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk.config import Settings
from desk.domain.documents import BackOfficeStatus, DocumentKind, UploadState
from desk.domain.visits import EntryRoute
from desk.services import uploads as svc
from desk.services.scans import documents_for_visit
from desk.storage.models import Visit
from desk.storage.uow import SqlUnitOfWork
from desk.uploads.crypto import SpoolKey
from desk.uploads.destinations import HttpsDestination
from tests.storage.conftest import Seed
from tests.uploads.conftest import pdf_bytes
from tests.uploads.server import UploadService

Uow = Callable[[], SqlUnitOfWork]


@pytest.fixture
def uploads(
    tmp_path: Path, key: SpoolKey, seed: Seed, https: HttpsDestination
) -> Iterator[svc.Uploads]:
    opened = svc.open_uploads(
        Settings(spool_dir=tmp_path / "spool"),
        station_id=seed.station_id,
        key=key,
        destination=https,
        folder=tmp_path / "outbox",
    )
    yield opened
    opened.close()


def test_received_then_accepted_and_rejected_show_on_the_visit(
    uploads: svc.Uploads, uow: Uow, seed: Seed, service: UploadService
) -> None:
    with uow() as unit:
        visit = unit.visits.add(
            Visit(site_id=seed.site_id, station_id=seed.station_id, entry_route=EntryRoute.WALK_IN)
        )
        unit.commit()
        visit_id = visit.id
    statement = svc.queue_document(
        uploads, uow, pdf_bytes(b"A"), kind=DocumentKind.BANK_STATEMENT, page_count=2,
        visit_id=visit_id, service="housing", case_reference="HR1234560",
    )  # fmt: skip
    payslip = svc.queue_document(
        uploads, uow, pdf_bytes(b"B"), kind=DocumentKind.PAYSLIP, page_count=1,
        visit_id=visit_id, service="housing",
    )  # fmt: skip
    sent = svc.send_pending(uploads, uow)
    assert {e.state for e in sent} == {UploadState.CONFIRMED}

    assert svc.poll_back_office(uploads, uow) == 0  # the service knows nothing yet: still sent
    assert sorted(service.status_asked) == sorted([str(statement.id), str(payslip.id)])
    shown = {e.id: e for e in documents_for_visit(uploads, uow, visit_id)}
    assert shown[statement.id].back_office_status is None
    assert shown[statement.id].state is UploadState.CONFIRMED

    service.statuses[str(statement.id)] = {"status": "received"}
    service.statuses[str(payslip.id)] = {"status": "received"}
    assert svc.poll_back_office(uploads, uow) == 2
    service.statuses[str(statement.id)] = {"status": "accepted"}
    service.statuses[str(payslip.id)] = {"status": "rejected", "reason": "page 2  unreadable"}
    assert svc.poll_back_office(uploads, uow) == 2
    shown = {e.id: e for e in documents_for_visit(uploads, uow, visit_id)}
    assert shown[statement.id].back_office_status is BackOfficeStatus.ACCEPTED
    assert shown[payslip.id].back_office_status is BackOfficeStatus.REJECTED
    assert shown[payslip.id].back_office_reason == "page 2 unreadable"
    with uow() as unit:
        record = unit.documents.get(statement.id)
        assert record is not None
        assert (record.service, record.case_reference) == ("housing", "HR1234560")
        assert record.back_office_status_at is not None

    service.status_asked.clear()
    assert svc.poll_back_office(uploads, uow) == 0
    assert service.status_asked == [], "an accepted or rejected document is not asked again"


def test_a_service_with_no_status_endpoint_stays_sent_without_error(
    uploads: svc.Uploads, uow: Uow, service: UploadService
) -> None:
    entry = svc.queue_document(uploads, uow, pdf_bytes(), kind="letter", page_count=1)
    svc.send_pending(uploads, uow)
    service.token = "another"  # every status request is refused: as good as no endpoint
    assert svc.poll_back_office(uploads, uow) == 0
    with uow() as unit:
        record = unit.documents.get(entry.id)
        assert record is not None
        assert (record.state, record.back_office_status) == (UploadState.CONFIRMED, None)


def test_without_the_database_nothing_is_asked(
    uploads: svc.Uploads, service: UploadService
) -> None:
    assert svc.poll_back_office(uploads, None) == 0
    assert service.status_asked == []
