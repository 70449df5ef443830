"""Upload fixtures: a spool key, a fake clock, the HTTPS test service and outboxes on them."""

from __future__ import annotations

import contextlib
import random
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk.uploads.crypto import SpoolKey
from desk.uploads.destinations import FolderDestination, HttpsDestination
from desk.uploads.outbox import Backoff, Outbox
from tests.components import missing
from tests.storage.conftest import (  # noqa: F401  (fixtures reused on SQLite and PostgreSQL)
    db_url,
    engine,
    migrated,
    seed,
    session_factory,
    uow,
)
from tests.uploads.server import Certificates, UploadService, make_certificates, running_service


class FakeClock:
    """Seconds since the epoch that move only when a test says so."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    """A clock for backoff tests."""
    return FakeClock()


@pytest.fixture
def key() -> SpoolKey:
    """A fresh spool key (not from the keyring)."""
    return SpoolKey.generate()


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """A private CA and a certificate for 127.0.0.1."""
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def service(certificates: Certificates) -> Iterator[UploadService]:
    """The HTTPS upload service, running on 127.0.0.1."""
    with running_service(certificates) as running:
        yield running


TOKEN = "test-token-123"


@pytest.fixture
def https(service: UploadService, certificates: Certificates) -> Iterator[HttpsDestination]:
    """An HTTPS destination that trusts the test CA, with short timeouts."""
    destination = HttpsDestination(
        service.url,
        token=lambda: TOKEN,
        timeout_seconds=1.0,
        connect_timeout_seconds=2.0,
        ca_file=certificates.ca_file,
    )
    yield destination
    destination.close()


@pytest.fixture
def folder_destination(tmp_path: Path) -> FolderDestination:
    """A local folder destination."""
    return FolderDestination(tmp_path / "uploaded")


MakeOutbox = Callable[..., Outbox]


@pytest.fixture
def make_outbox(tmp_path: Path, key: SpoolKey, clock: FakeClock) -> Iterator[MakeOutbox]:
    """Open an outbox in tmp_path/outbox (several may be opened on the same folder)."""
    opened: list[Outbox] = []

    def make(**kwargs: object) -> Outbox:
        options: dict[str, object] = {
            "clock": clock,
            "rng": random.Random(7),
            "backoff": Backoff(base_seconds=10, cap_seconds=600),
        }
        options.update(kwargs)
        box = Outbox(tmp_path / "outbox", key, **options)  # type: ignore[arg-type]
        opened.append(box)
        return box

    yield make
    for box in opened:
        box.close()


def pdf_bytes(marker: bytes = b"", pages: int = 1) -> bytes:
    """A small real PDF with `marker` inside it (to look for it on disk later)."""
    import io  # noqa: PLC0415

    import pikepdf  # noqa: PLC0415

    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    if marker:
        pdf.Root.Marker = pikepdf.String(marker)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def new_id() -> uuid.UUID:
    """A document id."""
    return uuid.uuid4()


@contextlib.contextmanager
def mounted(target: Path, *options: str) -> Iterator[None]:
    """Mount a real filesystem (tmpfs, a read-only bind) for the test; root only."""
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", *options, str(target)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        missing("mount", f"cannot mount a test filesystem: {result.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)
