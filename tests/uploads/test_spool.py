"""The encrypted spool: the file format, the keyring key, visit folders, wiping, the page sink."""

from __future__ import annotations

import io
import secrets
import subprocess
import sys
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from PIL import Image

from desk.config import KEYRING_SERVICE
from desk.uploads import crypto
from desk.uploads.crypto import (
    HEADER_BYTES,
    EncryptedWriter,
    SpoolKey,
    iter_decrypted,
    load_spool_key,
    read_decrypted,
    write_encrypted,
)
from desk.uploads.errors import NoKeyring, SpoolCorrupt
from desk.uploads.spool import PAGE_SINK_FACTORY, EncryptedPageSink, Spool
from scanning.document import Document
from scanning.model import ScannedPage
from scanning.pipeline import PipelineSettings, process_page
from scanning.sides import join_sides
from scanning.sink import PageSink, SinkSpec


@pytest.mark.parametrize("size", [0, 1, 1000, 256 * 1024, 256 * 1024 + 1, 3 * 256 * 1024])
def test_round_trip_at_chunk_edges(tmp_path: Path, key: SpoolKey, size: int) -> None:
    data = secrets.token_bytes(size)
    path = write_encrypted(tmp_path / "doc.sde", data, key)
    assert read_decrypted(path, key) == data
    if size >= 64:  # shorter plaintext may turn up in random ciphertext by chance
        assert data[:64] not in path.read_bytes()
    assert list(tmp_path.iterdir()) == [path], "no temporary file is left"


def test_small_chunks_stream_in_order(tmp_path: Path, key: SpoolKey) -> None:
    path = tmp_path / "doc.sde"
    with EncryptedWriter(path, key, chunk_size=16) as writer:
        for piece in (b"a" * 10, b"b" * 30, b"c" * 7):
            writer.write(piece)
    assert writer.size == 47
    chunks = list(iter_decrypted(path, key))
    assert b"".join(chunks) == b"a" * 10 + b"b" * 30 + b"c" * 7
    assert [len(c) for c in chunks] == [16, 16, 15]


def test_a_truncated_file_is_refused_not_returned_short(tmp_path: Path, key: SpoolKey) -> None:
    path = tmp_path / "doc.sde"
    with EncryptedWriter(path, key, chunk_size=16) as writer:
        writer.write(b"x" * 64)
    whole = path.read_bytes()
    block = 16 + 16
    path.write_bytes(whole[: HEADER_BYTES + 2 * block])  # drop the last chunks at a boundary
    with pytest.raises(SpoolCorrupt, match="damaged or incomplete"):
        read_decrypted(path, key)


def test_a_changed_byte_is_refused(tmp_path: Path, key: SpoolKey) -> None:
    path = write_encrypted(tmp_path / "doc.sde", b"evidence" * 100, key)
    damaged = bytearray(path.read_bytes())
    damaged[HEADER_BYTES + 5] ^= 0x01
    path.write_bytes(bytes(damaged))
    with pytest.raises(SpoolCorrupt):
        read_decrypted(path, key)


def test_another_key_is_named_as_the_problem(tmp_path: Path, key: SpoolKey) -> None:
    path = write_encrypted(tmp_path / "doc.sde", b"evidence", key)
    with pytest.raises(SpoolCorrupt, match="another spool key"):
        read_decrypted(path, SpoolKey.generate())


def test_a_failed_write_leaves_nothing(tmp_path: Path, key: SpoolKey) -> None:
    path = tmp_path / "doc.sde"
    writer = EncryptedWriter(path, key)
    writer.write(b"half a document")
    writer.__exit__(RuntimeError, RuntimeError("scanner unplugged"), None)
    assert list(tmp_path.iterdir()) == []


def test_the_key_repr_never_shows_the_key(key: SpoolKey) -> None:
    assert key.secret.hex() not in repr(key)
    assert repr(key).startswith("SpoolKey(id=")


def test_50_mb_is_streamed_not_held_in_memory(tmp_path: Path, key: SpoolKey) -> None:
    block = secrets.token_bytes(1024 * 1024)
    path = tmp_path / "big.sde"
    tracemalloc.start()
    try:
        with EncryptedWriter(path, key) as writer:
            for _ in range(50):
                writer.write(block)
        total = 0
        for chunk in iter_decrypted(path, key):
            total += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == 50 * len(block)
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes"


# ---------------------------------------------------------------------- the key in the keyring


def test_the_key_is_made_once_and_kept_in_the_keyring() -> None:
    assert keyring.get_password(KEYRING_SERVICE, "spool-key") is None
    first = load_spool_key()
    assert keyring.get_password(KEYRING_SERVICE, "spool-key") is not None
    assert load_spool_key() == first


def test_two_processes_starting_together_agree_on_one_key(isolated_home: Path) -> None:
    code = "from desk.uploads.crypto import load_spool_key; print(load_spool_key().key_id.hex())"
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    ids = {proc.communicate(timeout=60)[0].strip() for proc in procs}
    assert len(ids) == 1
    assert ids == {load_spool_key().key_id.hex()}


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_is_a_plain_message() -> None:
    with pytest.raises(NoKeyring) as caught:
        load_spool_key()
    message = str(caught.value)
    assert message.startswith(
        "Station Desk keeps residents' documents encrypted with a key in the OS keyring, "
        "and none is available: "
    )
    assert "\n" not in message


class _ForgetfulKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def test_a_keyring_that_does_not_keep_the_key_is_refused() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(_ForgetfulKeyring())
    try:
        with pytest.raises(NoKeyring, match="did not keep the key"):
            load_spool_key()
    finally:
        keyring.set_keyring(before)


def test_a_damaged_key_is_refused() -> None:
    keyring.set_password(KEYRING_SERVICE, "spool-key", "not base64!")
    with pytest.raises(NoKeyring, match="damaged"):
        load_spool_key()


# ---------------------------------------------------------------------- visits and wiping


def test_visit_pages_are_encrypted_and_private(tmp_path: Path, key: SpoolKey) -> None:
    spool = Spool(tmp_path / "spool", key)
    visit = uuid.uuid4()
    path = spool.write(visit, "page-001.jpg", b"PAGE-ONE-CONTENT" * 100)
    assert path.parent == tmp_path / "spool" / "visits" / str(visit)
    assert b"PAGE-ONE-CONTENT" not in path.read_bytes()
    assert spool.read(path) == b"PAGE-ONE-CONTENT" * 100
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    with pytest.raises(ValueError):
        spool.write(visit, "../escape", b"x")


def test_wiping_a_visit_removes_its_files_and_checks(tmp_path: Path, key: SpoolKey) -> None:
    spool = Spool(tmp_path / "spool", key)
    visit, other = uuid.uuid4(), uuid.uuid4()
    written = [spool.write(visit, f"page-{n}.jpg", b"x" * 10) for n in range(3)]
    nested = spool.visit_dir(visit) / "pdf"
    nested.mkdir()
    (nested / "stray.bin").write_bytes(b"PLAINTEXT-STRAY")
    keep = spool.write(other, "page-1.jpg", b"y")
    report = spool.wipe_visit(visit)
    assert report.ok
    assert set(written) | {nested / "stray.bin"} == set(report.removed)
    assert not spool.visit_dir(visit, create=False).exists()
    assert keep.exists()
    assert spool.wipe_visit(visit).ok, "wiping again is harmless"


def test_wipe_reports_what_it_could_not_remove(
    tmp_path: Path, key: SpoolKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may delete anything, so a file that refuses to go is made by refusing the unlink.
    spool = Spool(tmp_path / "spool", key)
    visit = uuid.uuid4()
    stuck = spool.write(visit, "page-1.jpg", b"x")
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self == stuck:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    report = spool.wipe_visit(visit)
    assert not report.ok
    assert report.left == (stuck,)


def test_stale_visits_are_wiped_except_those_kept(tmp_path: Path, key: SpoolKey) -> None:
    spool = Spool(tmp_path / "spool", key)
    visits = [uuid.uuid4() for _ in range(3)]
    for visit in visits:
        spool.write(visit, "page.jpg", b"x")
    (spool.visits_root / "not-a-visit").mkdir()
    report = spool.wipe_stale(keep=[visits[0]])
    assert report.ok
    assert set(report.visits) == {str(visits[1]), str(visits[2]), "not-a-visit"}
    assert spool.visit_ids() == [str(visits[0])]


def test_links_are_removed_not_followed(tmp_path: Path, key: SpoolKey) -> None:
    spool = Spool(tmp_path / "spool", key)
    visit = uuid.uuid4()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.pdf").write_bytes(b"keep me")
    (spool.visit_dir(visit) / "link").symlink_to(outside)
    assert spool.wipe_visit(visit).ok
    assert (outside / "precious.pdf").read_bytes() == b"keep me"


# ---------------------------------------------------------------------- scanning's page sink


def test_the_page_sink_fits_scanning_and_writes_encrypted_pages(tmp_path: Path) -> None:
    sink: PageSink = SinkSpec(PAGE_SINK_FACTORY).make(tmp_path / "visit")
    assert isinstance(sink, EncryptedPageSink)
    path = sink.write("page-0001.jpg", b"\xff\xd8JPEG-PAGE-DATA")
    assert b"JPEG-PAGE-DATA" not in path.read_bytes()
    assert sink.read(path) == b"\xff\xd8JPEG-PAGE-DATA"
    (tmp_path / "visit" / ".page-0002.jpg.1234.tmp").write_bytes(b"partial")
    # The two sides being joined meanwhile write a file of their own: it is not the run's.
    (tmp_path / "visit" / ".page-0001-both-sides.jpg.5678.tmp").write_bytes(b"joining")
    sink.discard_partial("page")
    assert sorted(p.name for p in (tmp_path / "visit").iterdir()) == [
        ".page-0001-both-sides.jpg.5678.tmp",
        "page-0001.jpg",
    ]
    sink.delete(path)
    assert not path.exists()
    assert crypto.is_encrypted(path) is False


def test_a_cards_two_sides_join_through_the_encrypted_sink(tmp_path: Path) -> None:
    sink: PageSink = SinkSpec(PAGE_SINK_FACTORY).make(tmp_path / "visit")
    pages = []
    for number, colour in enumerate(((200, 30, 30), (30, 30, 200)), start=1):
        done = process_page(Image.new("RGB", (300, 190), colour), PipelineSettings(dpi=300))
        path = sink.write(f"card-{number:04d}.{done.extension}", done.data)
        pages.append(
            ScannedPage(
                str(path), number, done.encoding, done.kind, 300, 190, 300, len(done.data), False
            )
        )
    (joined,) = join_sides(Document().extend(pages), 0, 1, sink).pages
    stored = Path(joined.path).read_bytes()
    assert not stored.startswith(b"\xff\xd8")  # encrypted at rest, like every page
    with Image.open(io.BytesIO(sink.read(Path(joined.path)))) as image:
        assert image.size == (joined.width, joined.height)
        assert joined.height > 2 * 190
