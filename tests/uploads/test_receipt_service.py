"""The receipt names the service a document went to, the case reference, the pages and what
that service does next (from the services file)."""

from __future__ import annotations

import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path

from desk.domain.documents import UploadState
from desk.services.scans import receipt_pdf
from desk.services.uploads import OutboxEntry
from desk.uploads.routing import load_services
from tests.components import require_tools


def entry(service: str | None, case_reference: str | None, pages: int) -> OutboxEntry:
    now = datetime.now(UTC)
    return OutboxEntry(
        id=uuid.uuid4(), kind="bank_statement", visit_id=None, service=service,
        case_reference=case_reference, destination="housing-api", state=UploadState.CONFIRMED,
        attempts=1, page_count=pages, size_bytes=10, reference="GRN-00001", error_code=None,
        message=None, next_attempt_at=None, created_at=now, delivered_at=now,
    )  # fmt: skip


def test_the_receipt_names_service_reference_pages_and_next_steps(tmp_path: Path) -> None:
    require_tools("pdftotext")
    path = tmp_path / "services.toml"
    path.write_text(
        '[services.housing]\nname = "Housing register"\n'
        'next_steps = "The housing team will look at your documents."\nusual_days = 10\n',
        encoding="utf-8",
    )
    pdf = receipt_pdf(
        [entry("housing", "HR1234560", 3), entry("unknown", None, 1)],
        tmp_path / "receipt.pdf",
        when=datetime.now(UTC),
        site="Central Library",
        champion_first_name="Asha",
        kind_label=lambda kind: kind.replace("_", " ").capitalize(),
        services=load_services(path),
    )
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
        .stdout.decode()
        .split()
    )
    assert "Housing register" in text
    assert "HR1234560" in text
    assert "The housing team will look at your documents. It usually takes 10 working days." in text
    assert "3 pages" in text
    assert text.count("What they do next") == 1, "only for the service that says"
