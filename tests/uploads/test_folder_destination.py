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


# ---------------------------------------------------------------------- links planted in the folder


@pytest.mark.parametrize("suffix", ["pdf", "json"])
def test_a_link_at_the_temporary_name_is_never_written_through(tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    victim = tmp_path / "someone-elses-file"
    victim.write_bytes(b"precious")
    sent = delivery(pdf_bytes(b"RESIDENT"))
    (folder / f".{sent.document_id}.{suffix}.part").symlink_to(victim)

    FolderDestination(folder).deliver(sent)

    assert victim.read_bytes() == b"precious"
    for name in (f"{sent.document_id}.pdf", f"{sent.document_id}.json"):
        path = folder / name
        assert not path.is_symlink() and path.is_file(), name
    assert (folder / f"{sent.document_id}.pdf").read_bytes() == pdf_bytes(b"RESIDENT")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{sent.document_id}.pdf", f"{sent.document_id}.json"]
    )


def test_a_dangling_link_at_the_temporary_name_creates_nothing_where_it_points(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    target = tmp_path / "elsewhere" / "copy.pdf"
    target.parent.mkdir()
    sent = delivery(pdf_bytes(b"RESIDENT"))
    (folder / f".{sent.document_id}.pdf.part").symlink_to(target)

    FolderDestination(folder).deliver(sent)

    assert not target.exists()
    assert (folder / f"{sent.document_id}.pdf").read_bytes() == pdf_bytes(b"RESIDENT")


@pytest.mark.parametrize("suffix", ["pdf", "json"])
def test_a_link_at_the_final_name_is_replaced_not_followed(tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    victim = tmp_path / "someone-elses-file"
    victim.write_bytes(b"precious")
    sent = delivery(pdf_bytes(b"RESIDENT"))
    (folder / f"{sent.document_id}.{suffix}").symlink_to(victim)

    FolderDestination(folder).deliver(sent)

    assert victim.read_bytes() == b"precious"
    final = folder / f"{sent.document_id}.{suffix}"
    assert not final.is_symlink() and final.is_file()


def test_links_at_both_final_names_are_not_taken_for_a_delivered_copy(tmp_path: Path) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    content = pdf_bytes(b"RESIDENT")
    sent = delivery(content)
    decoy = tmp_path / "decoy"
    decoy.mkdir()
    (decoy / "doc.pdf").write_bytes(b"x" * len(content))
    (decoy / "doc.json").write_text(json.dumps({"sha256": sent.sha256}))
    (folder / f"{sent.document_id}.pdf").symlink_to(decoy / "doc.pdf")
    (folder / f"{sent.document_id}.json").symlink_to(decoy / "doc.json")

    FolderDestination(folder).deliver(sent)

    assert (folder / f"{sent.document_id}.pdf").read_bytes() == content
    assert not (folder / f"{sent.document_id}.pdf").is_symlink()
    assert (decoy / "doc.pdf").read_bytes() == b"x" * len(content)


def test_the_station_folder_refuses_to_be_a_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "world-readable"
    elsewhere.mkdir()
    local = tmp_path / "data" / "uploaded"
    local.parent.mkdir()
    local.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UploadFailure) as caught:
        FolderDestination(local, private=True).deliver(delivery(pdf_bytes()))
    assert caught.value.permanent
    assert caught.value.code == "folder_invalid"
    assert list(elsewhere.iterdir()) == []


def test_a_folder_it_named_may_be_a_link(tmp_path: Path) -> None:
    share = tmp_path / "mnt" / "share"
    share.mkdir(parents=True)
    named = tmp_path / "evidence"
    named.symlink_to(share, target_is_directory=True)
    sent = delivery(pdf_bytes())
    FolderDestination(named).deliver(sent)
    assert (share / f"{sent.document_id}.pdf").is_file()


def test_a_swap_of_the_temporary_file_before_its_rename_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os  # noqa: PLC0415

    folder = tmp_path / "evidence"
    folder.mkdir()
    victim = tmp_path / "someone-elses-file"
    victim.write_bytes(b"precious")
    sent = delivery(pdf_bytes(b"RESIDENT"))
    temp = folder / f".{sent.document_id}.pdf.part"
    real_fsync = os.fsync

    def swap_after_flush(fd: int) -> None:
        real_fsync(fd)
        if temp.exists() and not temp.is_symlink():
            temp.unlink()
            temp.symlink_to(victim)

    monkeypatch.setattr(os, "fsync", swap_after_flush)
    with pytest.raises(UploadFailure) as caught:
        FolderDestination(folder).deliver(sent)
    assert caught.value.code == "folder_tampered"
    assert caught.value.permanent
    assert not (folder / f"{sent.document_id}.pdf").exists()
    assert victim.read_bytes() == b"precious"


def test_the_station_folder_and_its_files_are_private(tmp_path: Path) -> None:
    local = tmp_path / "data" / "uploaded"
    sent = delivery(pdf_bytes())
    FolderDestination(local, private=True).deliver(sent)
    assert local.stat().st_mode & 0o777 == 0o700
    for path in local.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name
