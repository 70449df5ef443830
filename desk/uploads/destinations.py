"""Upload destinations: a folder (local or a network share) or the council's HTTPS API."""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import socket
import ssl
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote, urlsplit

import urllib3
import urllib3.connection
import urllib3.exceptions

from desk import __version__
from desk.config import Settings, get_secret
from desk.domain.documents import BackOfficeStatus
from desk.errors import ConfigError
from desk.private import private_dir
from desk.uploads.crypto import fsync_dir
from desk.uploads.errors import UploadFailure, permanent, transient
from desk.uploads.outbox import Delivery

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 64 * 1024
SLOWEST_BYTES_PER_SECOND = 32 * 1024
"""The whole-request deadline allows the body to go out at least this slowly."""
_REFERENCE_PREFIX = "SD"


@dataclass(frozen=True)
class BackOfficeAnswer:
    """The back office's word on a document: received, accepted or rejected (with why)."""

    status: BackOfficeStatus
    reason: str | None = None


def reference_for(document_id: object) -> str:
    """A short receipt reference made from the document's id, e.g. SD-K3F9-QX2M-7TAB."""
    digest = hashlib.sha256(str(document_id).encode("ascii")).digest()
    text = base64.b32encode(digest).decode("ascii")[:12]
    return f"{_REFERENCE_PREFIX}-{text[:4]}-{text[4:8]}-{text[8:12]}"


# ---------------------------------------------------------------------- folder


_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_NOT_A_FOLDER = {errno.ENOTDIR, errno.EEXIST, errno.EISDIR, errno.ENAMETOOLONG}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}

#: Created new, never through a link: O_EXCL alone refuses any existing name, a link included
#: (POSIX, and CREATE_NEW on Windows); O_NOFOLLOW says so again where the system has it.
_NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_PRIVATE_FILE = 0o600
_SHARED_FILE = 0o640


class _Tampered(Exception):
    """Something else changed a name in the folder while a document was being saved there."""


def _is_link(status: os.stat_result) -> bool:
    """A symbolic link, or on Windows any reparse point (a junction, a mount point)."""
    reparse = getattr(status, "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_REPARSE_POINT
    return stat.S_ISLNK(status.st_mode) or bool(reparse)


def _is_plain_file(status: os.stat_result) -> bool:
    return stat.S_ISREG(status.st_mode) and not _is_link(status)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    if not (a.st_ino and b.st_ino):  # a file system that numbers no files (some shares)
        return True
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def _clear(path: Path) -> None:
    """Remove what is at `path` without ever following it: a link goes, not what it names."""
    status = _lstat(path)
    if status is None:
        return
    if _is_link(status):
        is_dir = getattr(status, "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_DIRECTORY
        # A link to a folder on Windows (a junction) is removed as a folder; it stays empty.
        (os.rmdir if is_dir else os.unlink)(path)
    elif stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "a folder is in the way", str(path))
    else:
        path.unlink()


@contextlib.contextmanager
def _temporary(path: Path, mode: int) -> Iterator[tuple[BinaryIO, list[os.stat_result]]]:
    """A new file opened for writing, flushed to disk on success and removed on any failure.

    Whatever was at `path` (an interrupted attempt's leftover, or a link someone planted) is
    removed first, never written through; the file is then created exclusively. The list
    yielded with the handle receives the file's identity once it is flushed.
    """
    _clear(path)
    fd = os.open(path, _NEW_FILE, mode)
    if mode != _PRIVATE_FILE and hasattr(os, "fchmod"):
        # A shared folder's readers keep the group access they had, whatever the umask.
        with contextlib.suppress(OSError):
            os.fchmod(fd, mode)
    identity: list[os.stat_result] = []
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle, identity
            handle.flush()
            os.fsync(handle.fileno())
            identity.append(os.fstat(handle.fileno()))
    except BaseException:
        with contextlib.suppress(OSError):
            status = _lstat(path)
            if status is not None and _is_plain_file(status):
                path.unlink()
        raise


def _settle(temp: Path, final: Path, identity: os.stat_result) -> None:
    """Rename the file written at `temp` to `final`, checking both names hold plain files."""
    status = _lstat(temp)
    if status is None or not _is_plain_file(status) or not _same_file(status, identity):
        raise _Tampered
    existing = _lstat(final)
    if existing is not None and not _is_plain_file(existing):
        _clear(final)  # a link at the final name is removed, never written through
    temp.replace(final)
    placed = _lstat(final)
    if placed is None or not _is_plain_file(placed) or not _same_file(placed, identity):
        raise _Tampered


class FolderDestination:
    """Writes `<id>.pdf` and a `<id>.json` sidecar (metadata, sha256, reference) to a folder.

    The PDF is written to a temporary name, flushed and renamed; the sidecar is written the same
    way after it and marks the delivery complete, so a re-send of the same id finds it and
    returns the same reference without a second copy. Each file is created new (never through
    a link left at its name) and checked to be a plain file before and after its rename.

    `private` is for the station's own local folder: it is made 0700 and must be a real folder,
    not a link, and its files are 0600. A folder IT named (a network share) may be a link or a
    mapped drive, and its files are 0640 so that the collecting service can read them.
    """

    name = "folder"

    def __init__(self, folder: Path, *, private: bool = False) -> None:
        self.folder = Path(folder)
        self.private = private

    def close(self) -> None:
        """Nothing to release."""

    def check(self) -> str:
        """Say whether documents could be saved here now, writing nothing; raise UploadFailure."""
        status = _lstat(self.folder)
        if status is None:
            if self.private:
                return f"{self.folder} is made with the first document"
            raise self._classify(FileNotFoundError(errno.ENOENT, "not found", str(self.folder)))
        if self.private and _is_link(status):
            raise self._classify(NotADirectoryError(errno.ENOTDIR, "a link", str(self.folder)))
        if not self.folder.is_dir():
            raise self._classify(
                NotADirectoryError(errno.ENOTDIR, "not a folder", str(self.folder))
            )
        if not os.access(self.folder, os.W_OK | os.X_OK):
            raise self._classify(PermissionError(errno.EACCES, "access denied", str(self.folder)))
        return f"{self.folder} takes documents"

    def deliver(self, delivery: Delivery) -> str:
        """Copy the document into the folder; return its reference."""
        try:
            return self._deliver(delivery)
        except _Tampered:
            raise permanent(
                "folder_tampered",
                f"Something else changed the upload folder {self.folder} while this document "
                "was being saved there, so it was not left there. Ask IT to check the folder, "
                "then press Retry.",
            ) from None
        except OSError as error:
            raise self._classify(error) from None

    def _prepare_folder(self) -> None:
        if not self.private:
            self.folder.mkdir(parents=True, exist_ok=True)
            return
        status = _lstat(self.folder)
        if status is not None and _is_link(status):
            raise NotADirectoryError(errno.ENOTDIR, "a link, not a folder", str(self.folder))
        private_dir(self.folder)

    def _deliver(self, delivery: Delivery) -> str:
        doc_id = str(delivery.document_id)
        final = self.folder / f"{doc_id}.pdf"
        sidecar = self.folder / f"{doc_id}.json"
        reference = reference_for(doc_id)
        if self._already_there(final, sidecar, delivery):
            log.info("folder destination already has document=%s", doc_id)
            return reference
        self._prepare_folder()
        mode = _PRIVATE_FILE if self.private else _SHARED_FILE
        temp = self.folder / f".{doc_id}.pdf.part"
        digest = hashlib.sha256()
        size = 0
        with _temporary(temp, mode) as (handle, identity):
            for chunk in delivery.open_chunks():
                handle.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        if digest.hexdigest() != delivery.sha256 or size != delivery.size_bytes:
            temp.unlink(missing_ok=True)
            raise permanent(
                "payload_mismatch",
                "This document's content does not match what was queued. Scan it again.",
            )
        _settle(temp, final, identity[0])
        record = {
            **delivery.metadata(),
            "reference": reference,
            "delivered_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        side_temp = self.folder / f".{doc_id}.json.part"
        with _temporary(side_temp, mode) as (handle, side_identity):
            handle.write(json.dumps(record, indent=2).encode("utf-8"))
        _settle(side_temp, sidecar, side_identity[0])
        fsync_dir(self.folder)
        return reference

    @staticmethod
    def _already_there(final: Path, sidecar: Path, delivery: Delivery) -> bool:
        try:
            final_status, side_status = os.lstat(final), os.lstat(sidecar)
            if not (_is_plain_file(final_status) and _is_plain_file(side_status)):
                return False  # a link is never taken for a delivered copy
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
            with os.fdopen(os.open(sidecar, flags), "rb") as handle:
                record = json.loads(handle.read(MAX_RESPONSE_BYTES))
        except (OSError, ValueError):
            return False
        return bool(
            isinstance(record, dict)
            and record.get("sha256") == delivery.sha256
            and final_status.st_size == delivery.size_bytes
        )

    def _classify(self, error: OSError) -> UploadFailure:
        where = str(self.folder)
        reason = error.strerror or type(error).__name__
        if error.errno in _PERMISSION:
            return permanent(
                "permission_denied",
                f"The upload folder {where} does not let this station save documents ({reason}). "
                "Ask IT to give this station's account permission to write there, then press "
                "Retry.",
            )
        if error.errno in _NOT_A_FOLDER:
            return permanent(
                "folder_invalid",
                f"The upload folder {where} cannot hold documents ({reason}). Ask IT to check the "
                "[upload] folder setting, then press Retry.",
            )
        if error.errno in _FULL:
            return transient(
                "destination_full",
                f"The upload folder {where} is full. The document is kept safely on this station "
                "and will be sent when there is space; please tell IT.",
            )
        return transient(
            "folder_unreachable",
            f"The upload folder {where} cannot be reached right now ({reason}). The document is "
            "kept safely on this station and will be sent automatically.",
        )


_STORED_NAME = re.compile(
    r"^\.?(?P<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(?:pdf|json)"
    r"(?:\.part)?$"
)


@dataclass(frozen=True)
class StoredDocument:
    """A document a folder destination holds: its files and when the newest was written."""

    document_id: uuid.UUID
    stored_at: datetime
    files: tuple[Path, ...]


def stored_documents(folder: Path) -> list[StoredDocument]:
    """The documents in a destination folder, oldest first (by their files' modification time).

    Only names the folder destination writes count (`<id>.pdf`, `<id>.json` and an interrupted
    attempt's `.<id>.pdf.part`); only plain files, never links. Raises OSError when the folder
    cannot be read (a missing folder holds nothing).
    """
    found: dict[uuid.UUID, list[tuple[Path, float]]] = {}
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for entry in entries:
        match = _STORED_NAME.match(entry.name)
        if match is None:
            continue
        status = entry.stat(follow_symlinks=False)
        if not _is_plain_file(status):
            continue
        found.setdefault(uuid.UUID(match["id"]), []).append((Path(entry.path), status.st_mtime))
    documents = [
        StoredDocument(
            document_id,
            datetime.fromtimestamp(max(when for _, when in files), UTC),
            tuple(sorted(path for path, _ in files)),
        )
        for document_id, files in found.items()
    ]
    return sorted(documents, key=lambda document: (document.stored_at, str(document.document_id)))


def delete_stored(document: StoredDocument) -> bool:
    """Delete a stored document's files (plain files only); True when none of them is left."""
    gone = True
    for path in document.files:
        try:
            status = os.lstat(path)
            if _is_plain_file(status):
                path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            gone = False
    return gone


# ---------------------------------------------------------------------- HTTPS


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _server_says(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    for key in ("message", "detail", "error"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:200]
    return ""


def _is_certificate_problem(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError | ssl.CertificateError):
            return True
        if any(isinstance(arg, ssl.SSLCertVerificationError) for arg in current.args):
            return True
        current = current.__cause__ or current.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


class _Deadline:
    """A whole request's time limit: when it runs out, the request's sockets are shut down.

    The socket timeouts bound each connect and each read, so a service that trickles its
    answer (a byte every few seconds) would keep a read busy for ever; shutting the socket
    down from a timer wakes whatever is blocked on it, in any phase of the request.
    """

    def __init__(self, seconds: float) -> None:
        """`expired` is True once the time ran out before the request ended."""
        self.seconds = seconds
        self.expired = False
        self._done = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _current.deadline = None
        with self._lock:
            self._done = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()

    def watch(self, sock: socket.socket) -> None:
        """Shut `sock`'s connection down when the time runs out (at once if it has).

        Kept as a duplicate of its own: TLS wraps the socket in a new object and detaches the
        first one, and the duplicate reaches the same connection in every phase.
        """
        duplicate = sock.dup()
        with self._lock:
            self._sockets.append(duplicate)
            expired = self.expired
        if expired:
            _shut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _CurrentDeadline(threading.local):
    deadline: _Deadline | None = None


_current = _CurrentDeadline()


class _DeadlineConnection(urllib3.connection.HTTPSConnection):
    """An HTTPS connection whose socket the current request's deadline can shut down."""

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        deadline = _current.deadline
        if deadline is not None:
            deadline.watch(sock)
        return sock


class _DeadlinePool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _DeadlineConnection


class HttpsDestination:
    """POSTs each document as multipart/form-data (`metadata` JSON and `file` PDF parts).

    Sends `Authorization: Bearer <upload-token from the keyring>` and `Idempotency-Key: <id>`,
    verifies TLS (against `ca_file` when given), streams the body from the encrypted payload,
    and reads the reference from the JSON answer (`{"reference": "..."}`).

    `timeout_seconds` bounds each read (and, up to 15 s, the connect); the whole request must
    also end within `deadline_seconds`: by default the connect and two read timeouts, plus the
    time the body takes at SLOWEST_BYTES_PER_SECOND.
    """

    name = "https"

    def __init__(
        self,
        url: str,
        *,
        token: Callable[[], str | None],
        timeout_seconds: float = 30.0,
        connect_timeout_seconds: float | None = None,
        ca_file: Path | None = None,
        deadline_seconds: float | None = None,
        token_name: str = "upload-token",  # noqa: S107  (a keyring entry's name, not a secret)
        status_url: str = "",
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise ConfigError(
                f"[upload] url = {url!r} is not valid: expected an https:// address "
                "(documents are never sent unencrypted)"
            )
        if ca_file is not None and not Path(ca_file).is_file():
            raise ConfigError(f"[upload] ca_file = {ca_file} is not valid: no such file")
        self.url = url
        self.host = parts.hostname
        self.token_name = token_name
        self.status_url = status_url or url.rstrip("/") + "/{id}/status"
        self._token = token
        connect = connect_timeout_seconds or min(timeout_seconds, 15.0)
        self._timeout = urllib3.Timeout(connect=connect, read=timeout_seconds)
        self._deadline_seconds = deadline_seconds
        self._base_deadline = connect + 2 * timeout_seconds
        self._pool = urllib3.PoolManager(
            cert_reqs="CERT_REQUIRED",
            ca_certs=str(ca_file) if ca_file else None,
            retries=False,
            timeout=self._timeout,
        )
        self._pool.pool_classes_by_scheme = {
            **self._pool.pool_classes_by_scheme,
            "https": _DeadlinePool,
        }

    def deadline_for(self, size_bytes: int) -> float:
        """Seconds the whole upload of a document this size may take."""
        if self._deadline_seconds is not None:
            return self._deadline_seconds
        return self._base_deadline + size_bytes / SLOWEST_BYTES_PER_SECOND

    def close(self) -> None:
        """Close pooled connections."""
        self._pool.clear()

    def check(self) -> str:
        """GET the intake address with the token (sending no document): raise UploadFailure
        when it cannot be reached, its certificate is not trusted or the token is refused."""
        token = self._token()
        if not token:
            raise permanent("no_token", f"no token: `desk secret set {self.token_name}`")
        headers = {"Authorization": f"Bearer {token}", "User-Agent": f"StationDesk/{__version__}"}
        try:
            response = self._pool.request(
                "GET", self.url, headers=headers, redirect=False, retries=False
            )
        except (urllib3.exceptions.HTTPError, OSError) as error:
            raise self._network_failure(error) from None
        if response.status in {401, 403}:
            self._interpret(response.status, response.data, None)
        return f"{self.host} answered (HTTP {response.status}) and took the token"

    def status(self, document_id: uuid.UUID, reference: str | None) -> BackOfficeAnswer | None:
        """What the back office says about a delivered document (its status endpoint), or
        None when it says nothing usable: not known, no endpoint, unreachable, a bad answer.
        A service that never answers is not an error: the document stays as sent."""
        token = self._token()
        if not token:
            return None
        url = self.status_url.replace("{id}", str(document_id)).replace(
            "{reference}", quote(reference or "", safe="")
        )
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "User-Agent": f"StationDesk/{__version__}",
        }
        try:
            response = self._pool.request(
                "GET", url, headers=headers, redirect=False, retries=False
            )
        except (urllib3.exceptions.HTTPError, OSError):
            return None
        if response.status != 200:
            return None
        try:
            data = json.loads(response.data[:MAX_RESPONSE_BYTES])
            status = BackOfficeStatus(data["status"])
        except (ValueError, KeyError, TypeError):
            return None
        reason = data.get("reason")
        return BackOfficeAnswer(
            status, " ".join(reason.split())[:200] if isinstance(reason, str) else None
        )

    def deliver(self, delivery: Delivery) -> str:
        """Upload the document; return the reference the service gave it."""
        token = self._token()
        if not token:
            raise permanent(
                "no_token",
                "This station has no upload token. Ask IT to run "
                f"`desk secret set {self.token_name}` on this station, then press Retry.",
            )
        boundary = f"station-desk-{os.urandom(12).hex()}"
        head = (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="metadata"\r\n'
            "Content-Type: application/json\r\n\r\n"
            f"{json.dumps(delivery.metadata())}\r\n"
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{delivery.document_id}.pdf"'
            "\r\nContent-Type: application/pdf\r\n\r\n"
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()

        def body() -> Iterator[bytes]:
            yield head
            yield from delivery.open_chunks()
            yield tail

        headers = {
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": str(delivery.document_id),
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(len(head) + delivery.size_bytes + len(tail)),
            "Accept": "application/json",
            "User-Agent": f"StationDesk/{__version__}",
        }
        deadline = _Deadline(self.deadline_for(delivery.size_bytes))
        try:
            with deadline:
                response = self._pool.request(
                    "POST",
                    self.url,
                    body=body(),
                    headers=headers,
                    preload_content=False,
                    redirect=False,
                    retries=False,
                    timeout=self._timeout,
                )
                try:
                    answer = response.read(MAX_RESPONSE_BYTES)
                    status = response.status
                    retry_after = _retry_after(response.headers.get("Retry-After"))
                finally:
                    # Uploads are rare: close rather than pool a connection with unread data.
                    response.close()
                    response.release_conn()
        except (urllib3.exceptions.HTTPError, OSError, ValueError) as error:
            if deadline.expired:
                raise self._too_slow(deadline.seconds) from None
            if isinstance(error, ValueError):
                raise
            raise self._network_failure(error) from None
        if deadline.expired:
            # Cut off mid-answer: what was read may look complete, but cannot be trusted.
            raise self._too_slow(deadline.seconds)
        return self._interpret(status, answer, retry_after)

    def _too_slow(self, seconds: float) -> UploadFailure:
        log.info("upload gave up at its deadline seconds=%.0f", seconds)
        return transient(
            "too_slow",
            f"The upload service at {self.host} was too slow: the upload did not finish within "
            f"{seconds:.0f} seconds. The document is kept safely on this station and will be "
            "sent automatically.",
        )

    def _network_failure(self, error: BaseException) -> UploadFailure:
        host = self.host
        kept = "The document is kept safely on this station and will be sent automatically."
        if isinstance(error, urllib3.exceptions.SSLError) and _is_certificate_problem(error):
            return permanent(
                "tls_untrusted",
                f"The upload service at {host} did not show a certificate this station trusts. "
                "Ask IT to check the [upload] url and ca_file settings, then press Retry.",
            )
        # NewConnectionError is a kind of timeout error in urllib3: test it first.
        if isinstance(error, urllib3.exceptions.NewConnectionError | ConnectionRefusedError):
            return transient(
                "unreachable", f"The upload service at {host} cannot be reached. {kept}"
            )
        if isinstance(error, urllib3.exceptions.TimeoutError | TimeoutError):
            return transient(
                "timeout", f"The upload service at {host} did not answer in time. {kept}"
            )
        return transient(
            "connection_dropped",
            f"The connection to the upload service at {host} was lost. {kept}",
        )

    def _interpret(self, status: int, answer: bytes, retry_after: float | None) -> str:
        host = self.host
        says = _server_says(answer)
        detail = f" It said: {says}" if says else ""
        if 200 <= status < 300:
            reference = self._reference(answer)
            if reference is None:
                raise permanent(
                    "bad_response",
                    f"The upload service at {host} accepted the document but gave no reference. "
                    "Ask IT to check the [upload] url setting, then press Retry.",
                )
            return reference
        if status in {401, 403}:
            raise permanent(
                "unauthorised",
                f"The upload service at {host} refused this station's token (HTTP {status}). "
                f"Ask IT to set a new one with `desk secret set {self.token_name}`, then press "
                "Retry.",
            )
        if status == 413:
            raise permanent(
                "too_large",
                f"The upload service at {host} says this document is too large (HTTP 413). "
                "Scan it again at a lower resolution or in fewer pages.",
            )
        if status in {400, 422}:
            raise permanent(
                "rejected",
                f"The upload service at {host} refused this document (HTTP {status}).{detail} "
                "Check the document type and scan, then press Retry or scan it again.",
            )
        kept = "The document is kept safely on this station and will be sent automatically."
        if status in {408, 409, 425, 429} or status >= 500:
            raise transient(
                "server_busy" if status < 500 else "server_error",
                f"The upload service at {host} could not take the document just now "
                f"(HTTP {status}). {kept}",
                retry_after=retry_after,
            )
        raise permanent(
            "refused",
            f"The upload service at {host} answered HTTP {status}.{detail} Ask IT to check the "
            "[upload] url setting, then press Retry.",
        )

    @staticmethod
    def _reference(answer: bytes) -> str | None:
        try:
            data: Any = json.loads(answer)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        value = data.get("reference")
        if isinstance(value, str | int) and str(value).strip():
            return str(value).strip()[:200]
        return None


def make_destination(settings: Settings) -> FolderDestination | HttpsDestination:
    """The destination the settings choose (the local upload folder by default).

    Both kinds are idempotent on the document's UUID and return the reference printed on the
    resident's receipt; failures are transient (the outbox retries) or permanent (someone must
    act, then press Retry), each with a plain message for staff.
    """
    upload = settings.upload
    if upload.destination == "https":
        if not upload.url:
            raise ConfigError(
                "[upload] destination is https but [upload] url is empty: set the address of "
                "the council's upload service"
            )
        return HttpsDestination(
            upload.url,
            token=lambda: get_secret("upload-token"),
            timeout_seconds=upload.timeout_seconds,
            ca_file=upload.ca_file,
        )
    return FolderDestination(settings.upload_folder, private=settings.upload_folder_is_local)
