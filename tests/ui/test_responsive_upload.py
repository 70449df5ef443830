"""The window keeps running while a document uploads to a slow HTTPS destination (real TLS)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desk.config import set_secret
from desk.domain.documents import DocumentKind, UploadState
from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.ui.main_window import MainWindow
from scanning.document import Document
from scanning.model import Encoding, PageKind, ScannedPage
from tests.uploads.conftest import TOKEN
from tests.uploads.server import Certificates, UploadService, make_certificates, running_service


@pytest.fixture
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def service(certificates: Certificates) -> Iterator[UploadService]:
    with running_service(certificates) as running:
        yield running


@pytest.fixture
def settings_overrides(service: UploadService, certificates: Certificates) -> list[str]:
    return [
        "upload_destination=https",
        f"upload_url={service.url}",
        f"upload_ca_file={certificates.ca_file}",
    ]


def test_the_event_loop_ticks_while_an_upload_waits_on_the_server(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, service: UploadService
) -> None:
    set_secret("upload-token", TOKEN)
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    window.sign_in_view.signed_in.emit(member)
    window.home_view.resume_visit_requested.emit(visit)  # the champion picks the visit up
    uploads = window.uploads()
    page = io.BytesIO()
    Image.new("L", (200, 280), 255).save(page, "JPEG")
    path = uploads.spool.page_sink(visit.id).write("page-1.jpg", page.getvalue())
    document = Document().extend(
        [
            ScannedPage(
                str(path),
                0,
                Encoding.JPEG,
                PageKind.GRAY,
                200,
                280,
                75,
                len(page.getvalue()),
                False,
            )
        ]
    )

    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(threading.get_ident()))
    ticker.start(5)
    finished: list[object] = []
    window.document_sent.connect(finished.append)
    service.answer("hold")  # the server takes the document, then sits on its answer
    with qtbot.waitSignal(window.document_sent, timeout=30_000) as sent:
        window.scan_view.document_ready.emit(document, DocumentKind.PROOF_OF_ADDRESS)
        qtbot.waitUntil(lambda: bool(service.received), timeout=20_000)
        before = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= before + 20, timeout=20_000)  # still ticking
        assert finished == []  # ...while the upload is still waiting on the server
        service.release.set()
    ticker.stop()
    (entry,) = sent.args[0]
    assert entry.state is UploadState.CONFIRMED
    assert entry.reference.startswith("GRN-")
    assert {threading.main_thread().ident} == set(ticks)
