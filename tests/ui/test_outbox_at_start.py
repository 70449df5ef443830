"""The app sends, at start-up, a document whose send was killed (SIGKILL) mid-way: once."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk.domain.documents import UploadState
from desk.ui.main_window import MainWindow
from tests.e2e.conftest import Desk
from tests.e2e.conftest import desk as desk  # noqa: PLC0414  (the fixture, reused)
from tests.uploads.conftest import certificates as certificates  # noqa: PLC0414
from tests.uploads.conftest import pdf_bytes
from tests.uploads.conftest import service as service  # noqa: PLC0414
from tests.uploads.server import Certificates, UploadService
from tests.uploads.test_cli import https_flags
from tests.uploads.test_interrupted import kill_mid_send


@pytest.fixture
def interrupted(
    desk: Desk, tmp_path: Path, service: UploadService, certificates: Certificates
) -> str:
    """A document whose `desk upload` was killed while the service held its answer."""
    pdf = tmp_path / "evidence.pdf"
    pdf.write_bytes(pdf_bytes(b"AT-START", pages=1))
    assert desk("secret", "set", "upload-token", stdin="token\n").returncode == 0
    kill_mid_send(
        service, *https_flags(service, certificates), "upload", str(pdf), "--kind", "identity"
    )
    (doc_id,) = service.stored
    return doc_id


@pytest.fixture
def settings_overrides(
    interrupted: str, service: UploadService, certificates: Certificates
) -> list[str]:
    return [flag for flag in https_flags(service, certificates) if flag != "--set"]


def test_an_interrupted_send_goes_at_start_up_exactly_once(
    qtbot: QtBot, window: MainWindow, interrupted: str, service: UploadService
) -> None:
    outbox = window.uploads().outbox

    def delivered() -> bool:
        item = outbox.get(uuid.UUID(interrupted))
        return item is None or item.state is UploadState.CONFIRMED

    qtbot.waitUntil(delivered, timeout=30_000)
    assert service.store_counts == {interrupted: 1}
    assert [r.key for r in service.received] == [interrupted, interrupted]
    item = outbox.get(uuid.UUID(interrupted))
    assert item is None or item.reference == service.references[interrupted]
