"""The visit summary as the service composes it from the visit's records: the documents sent,
with their references, and the device taken home."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.loans import IdTypeSeen
from desk.services import loans as loan_service
from desk.services.documents import visit_summary_pdf
from desk.storage.models import Document
from tests.loans.conftest import (
    NOW,
    World,
    db_url,
    desk,
    engine,
    migrated,
    seed,
    session_factory,
    uow,
    world,
)
from tests.printing.test_documents import page_count, read_back

__all__ = ["db_url", "desk", "engine", "migrated", "seed", "session_factory", "uow", "world"]

pytestmark = pytest.mark.poppler


def add_document(
    world: World, kind: DocumentKind, state: UploadState, reference: str | None
) -> None:
    with world.uow() as unit:
        unit.documents.add(
            Document(
                visit_id=world.visit_id,
                station_id=world.station_id,
                kind=kind,
                page_count=2,
                size_bytes=1000,
                sha256=hashlib.sha256(kind.value.encode()).hexdigest(),
                state=state,
                destination_ref=reference,
            )
        )
        unit.commit()


def test_the_summary_lists_the_documents_sent_and_the_device_lent(
    world: World, tmp_path: Path
) -> None:
    add_document(world, DocumentKind.IDENTITY, UploadState.CONFIRMED, "HB-2026-004512")
    add_document(world, DocumentKind.BANK_STATEMENT, UploadState.QUEUED, None)
    add_document(world, DocumentKind.PAYSLIP, UploadState.REJECTED, None)
    loan_service.lend_take_home(
        world.uow,
        "LT-042",
        loan_service.BorrowerDetails("Ada Lovelace", "07700 900123", IdTypeSeen.PASSPORT),
        due_at=NOW + timedelta(days=14),
        typed_name="Ada Lovelace",
        agreement_version=loan_service.current_agreement().version,
        staff_id=world.staff_id,
        station_id=world.station_id,
        visit_id=world.visit_id,
        now=NOW,
    )
    names = {"identity": "Passport or ID card", "bank_statement": "Bank statement"}

    pdf = visit_summary_pdf(
        world.uow,
        world.visit_id,
        folder=tmp_path,
        site="Woolwich Centre",
        champion_first_name="Sam",
        describe_task=str,
        kind_label=lambda kind: names.get(kind, kind),
    )

    found = read_back(pdf)
    assert page_count(pdf) == 1
    assert "Documents we sent for you" in found
    assert "Passport or ID card HB-2026-004512" in found
    assert "Bank statement Not sent yet" in found
    assert "payslip" not in found.lower(), "a document the council refused was not sent"
    assert "The device you borrowed" in found
    assert "Lenovo ThinkPad E14" in found
    assert "LT-042" in found
    assert "Monday 7 December 2026" in found
    assert "Ada" not in found, "the summary names no resident"


def test_a_visit_with_nothing_sent_or_lent_says_neither(world: World, tmp_path: Path) -> None:
    pdf = visit_summary_pdf(
        world.uow,
        world.visit_id,
        folder=tmp_path,
        site="Woolwich Centre",
        champion_first_name="Sam",
        describe_task=str,
    )
    found = read_back(pdf)
    assert "Documents we sent for you" not in found
    assert "The device you borrowed" not in found
