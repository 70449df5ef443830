"""The folder destination: atomic copy and sidecar, idempotent re-send, real write failures."""

from __future__ import annotations

import errno
import hashlib
import json
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.uploads.destinations import FolderDestination, reference_for
from desk.uploads.errors import UploadFailure
from desk.uploads.outbox import Delivery
from tests.uploads.conftest import mounted, pdf_bytes


def delivery(content: bytes, document_id: uuid.UUID | None = None) -> Delivery:
    return Delivery(
        document_id=document_id or uuid.uuid4(),
        kind="bank_statement",
        visit_id=None,
        station_id=None,
        page_count=1,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        open_chunks=lambda: iter([content[:10], content[10:]]),
    )


def test_delivers_the_pdf_and_a_sidecar(tmp_path: Path) -> None:
    destination = FolderDestination(tmp_path / "share" / "evidence")
    content = pdf_bytes(b"MARK")
    sent = delivery(content)
    reference = destination.deliver(sent)
    assert reference == reference_for(sent.document_id)
    folder = tmp_path / "share" / "evidence"
    assert (folder / f"{sent.document_id}.pdf").read_bytes() == content
    sidecar = json.loads((folder / f"{sent.document_id}.json").read_text())
    assert sidecar["sha256"] == hashlib.sha256(content).hexdigest()
    assert sidecar["reference"] == reference
    assert sidecar["kind"] == "bank_statement"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{sent.document_id}.pdf", f"{sent.document_id}.json"]
    )


def test_a_resend_makes_no_second_copy_and_returns_the_same_reference(tmp_path: Path) -> None:
    destination = FolderDestination(tmp_path / "evidence")
    sent = delivery(pdf_bytes())
    first = destination.deliver(sent)
    opened: list[int] = []

    def should_not_read() -> Iterator[bytes]:
        opened.append(1)
        return iter([b""])

    again = Delivery(**{**sent.__dict__, "open_chunks": should_not_read})
    assert destination.deliver(again) == first
    assert opened == []
    assert len(list((tmp_path / "evidence").iterdir())) == 2


def test_a_half_written_earlier_attempt_is_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    sent = delivery(pdf_bytes())
    (folder / f".{sent.document_id}.pdf.part").write_bytes(b"half")
    (folder / f"{sent.document_id}.pdf").write_bytes(b"renamed but no sidecar yet")
    FolderDestination(folder).deliver(sent)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{sent.document_id}.pdf", f"{sent.document_id}.json"]
    )


def test_a_file_where_the_folder_should_be_is_permanent(tmp_path: Path) -> None:
    blocker = tmp_path / "evidence"
    blocker.write_text("not a folder")
    with pytest.raises(UploadFailure) as caught:
        FolderDestination(blocker).deliver(delivery(b"%PDF-1.7"))
    assert caught.value.permanent
    assert caught.value.code == "folder_invalid"
    assert "Ask IT" in caught.value.message


def test_a_missing_share_is_transient(tmp_path: Path) -> None:
    # A share that is not mounted looks like a folder under a file that is not there.
    destination = FolderDestination(Path("/proc/self/no-such-share/evidence"))
    with pytest.raises(UploadFailure) as caught:
        destination.deliver(delivery(b"%PDF-1.7"))
    assert not caught.value.permanent


def test_a_read_only_share_is_permanent_with_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    (folder / "existing.txt").write_text("the share has files")
    with mounted(folder, "--bind", "-o", "ro", str(folder)):
        # A bind mount only becomes read-only when remounted.
        subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, check=False
        )
        with pytest.raises(UploadFailure) as caught:
            FolderDestination(folder).deliver(delivery(b"%PDF-1.7"))
    assert caught.value.permanent
    assert caught.value.code == "permission_denied"
    assert "permission to write" in caught.value.message


def test_a_full_share_is_transient_and_leaves_no_partial_copy(tmp_path: Path) -> None:
    folder = tmp_path / "full"
    with mounted(folder, "-t", "tmpfs", "-o", "size=64k", "tmpfs"):
        content = pdf_bytes() + b"%" + b"0" * (256 * 1024)
        sent = delivery(content)
        with pytest.raises(UploadFailure) as caught:
            FolderDestination(folder).deliver(sent)
        assert not caught.value.permanent
        assert caught.value.code == "destination_full"
        assert "is full" in caught.value.message
        assert not (folder / f"{sent.document_id}.json").exists()


def test_permission_denied_is_permanent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, who may write anywhere: EACCES is raised here by hand, at the OS call.
    import os  # noqa: PLC0415

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(UploadFailure) as caught:
        FolderDestination(tmp_path).deliver(delivery(b"%PDF-1.7"))
    assert caught.value.permanent
    assert caught.value.code == "permission_denied"
