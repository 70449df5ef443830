"""Files encrypted at rest: the station's key in the OS keyring and a chunked AES-GCM format."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import logging
import os
import secrets
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desk.config import KEYRING_SERVICE, ensure_keyring, user_data_dir
from desk.private import private_dir
from desk.uploads.errors import NoKeyring, SpoolCorrupt
from desk.uploads.locks import FileLock

log = logging.getLogger(__name__)

SPOOL_KEY_SECRET = "spool-key"  # noqa: S105  (a keyring entry name, not a secret)
"""The keyring user name of the station's spool key (in the app's keyring service).

It is deliberately not one of desk.config.SECRETS: `desk secret set` must never replace it,
since documents in the outbox can only be read with the key that wrote them."""

MAGIC = b"SDE1"
SALT_BYTES = 16
KEY_ID_BYTES = 8
_HEADER = struct.Struct(f">4s{KEY_ID_BYTES}s{SALT_BYTES}sI")
HEADER_BYTES = _HEADER.size
TAG_BYTES = 16
DEFAULT_CHUNK = 256 * 1024
MAX_CHUNK = 16 * 1024 * 1024
_INFO = b"station-desk spool v1"

_NO_KEYRING = (
    "Station Desk keeps residents' documents encrypted with a key in the OS keyring, and none "
    "is available: {reason}. Ask IT to set up the keyring for this account (Windows Credential "
    "Manager, or an unlocked Secret Service such as gnome-keyring on Linux)."
)


@dataclass(frozen=True, repr=False)
class SpoolKey:
    """The station's 256-bit spool key; its repr never shows the key."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) != 32:
            raise ValueError("a spool key is 32 bytes")

    @property
    def key_id(self) -> bytes:
        """A short public fingerprint, stored in each file to tell keys apart."""
        return hashlib.sha256(b"station-desk key id\x00" + self.secret).digest()[:KEY_ID_BYTES]

    def __repr__(self) -> str:
        return f"SpoolKey(id={self.key_id.hex()})"

    @classmethod
    def generate(cls) -> SpoolKey:
        """A new random key."""
        return cls(AESGCM.generate_key(bit_length=256))

    def file_cipher(self, salt: bytes) -> AESGCM:
        """The cipher for one file, from its salt."""
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(
            self.secret
        )
        return AESGCM(derived)


def _read_keyring() -> str | None:
    try:
        ensure_keyring()
        return keyring.get_password(KEYRING_SERVICE, SPOOL_KEY_SECRET)
    except keyring.errors.KeyringError as error:
        raise NoKeyring(_NO_KEYRING.format(reason=_reason(error))) from None


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text.rstrip(".")


def _decode(stored: str) -> SpoolKey:
    try:
        return SpoolKey(base64.b64decode(stored.encode("ascii"), validate=True))
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise NoKeyring(
            _NO_KEYRING.format(reason="the spool key stored there is damaged")
        ) from None


def load_spool_key(*, lock_dir: Path | None = None) -> SpoolKey:
    """The station's spool key from the OS keyring, made and stored there on first use.

    Creation happens under a file lock so that two processes starting together agree on one
    key; the key is read back after storing it, to be sure the keyring really keeps it.
    Raises NoKeyring (a DeskError) with a plain message when no keyring can hold it.
    """
    stored = _read_keyring()
    if stored is not None:
        return _decode(stored)
    folder = private_dir(lock_dir or user_data_dir())
    with FileLock(folder / "spool-key.lock", timeout=30.0):
        stored = _read_keyring()
        if stored is None:
            new = SpoolKey.generate()
            try:
                keyring.set_password(
                    KEYRING_SERVICE, SPOOL_KEY_SECRET, base64.b64encode(new.secret).decode("ascii")
                )
            except keyring.errors.KeyringError as error:
                raise NoKeyring(_NO_KEYRING.format(reason=_reason(error))) from None
            stored = _read_keyring()
            if stored is None:
                raise NoKeyring(
                    _NO_KEYRING.format(reason="the keyring did not keep the key it was given")
                )
            log.info("spool key created key=%s", _decode(stored).key_id.hex())
    return _decode(stored)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class EncryptedWriter:
    """Write a file encrypted, chunk by chunk; it appears at `path` complete or not at all.

    Format (version 1): a 32-byte header, then the plaintext in chunks of `chunk_size` bytes,
    each sealed with AES-256-GCM under a key derived for this file alone (HKDF from the station
    key and a random salt). A chunk's nonce is its index and a last-chunk flag, and every chunk
    authenticates the header, so a file cut short, reordered, spliced or made with another key
    fails to read instead of returning part of a document. Each chunk is sealed in memory and
    written to a temporary name in the target folder, which is flushed and renamed at the end.

    Use it as a context manager: leaving the block normally seals and renames the file, an
    exception removes the temporary file. `size` and `sha256` describe the plaintext written.
    """

    def __init__(self, path: Path, key: SpoolKey, *, chunk_size: int = DEFAULT_CHUNK) -> None:
        if not 0 < chunk_size <= MAX_CHUNK:
            raise ValueError("chunk size out of range")
        self.path = Path(path)
        self._chunk = chunk_size
        salt = secrets.token_bytes(SALT_BYTES)
        self._header = _HEADER.pack(MAGIC, key.key_id, salt, chunk_size)
        self._cipher = key.file_cipher(salt)
        self._buffer = bytearray()
        self._index = 0
        self._hash = hashlib.sha256()
        self.size = 0
        self.temp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(self.temp, flags, 0o600)
        self._file: BinaryIO | None = os.fdopen(fd, "wb")
        self._file.write(self._header)

    @property
    def sha256(self) -> str:
        """The plaintext's SHA-256 so far, as lowercase hex."""
        return self._hash.hexdigest()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Add plaintext; full chunks are sealed and written as they fill."""
        handle = self._require_open()
        self._hash.update(data)
        self.size += len(data)
        self._buffer += data
        while len(self._buffer) > self._chunk:
            piece = bytes(self._buffer[: self._chunk])
            del self._buffer[: self._chunk]
            handle.write(self._cipher.encrypt(_nonce(self._index, False), piece, self._header))
            self._index += 1
        return len(data)

    def close(self) -> Path:
        """Seal the last chunk, flush to disk and rename into place; return the final path."""
        handle = self._require_open()
        try:
            last = bytes(self._buffer)
            self._buffer.clear()
            handle.write(self._cipher.encrypt(_nonce(self._index, True), last, self._header))
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            self.abort()
            raise
        handle.close()
        self._file = None
        self.temp.replace(self.path)
        fsync_dir(self.path.parent)
        return self.path

    def abort(self) -> None:
        """Give up: close and remove the temporary file."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        self.temp.unlink(missing_ok=True)

    def _require_open(self) -> BinaryIO:
        if self._file is None:
            raise ValueError("the encrypted file is already closed")
        return self._file

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None:
            self.close()
        else:
            self.abort()


def is_encrypted(path: Path) -> bool:
    """True when the file starts like one of ours (it says nothing about which key)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def iter_decrypted(path: Path, key: SpoolKey) -> Iterator[bytes]:
    """The plaintext of an encrypted file, chunk by chunk, each checked before it is returned.

    Raises SpoolCorrupt for a damaged or truncated file, or one made with another key; a
    reader that stops early never sees unauthenticated bytes.
    """
    with Path(path).open("rb") as handle:
        header = handle.read(HEADER_BYTES)
        if len(header) != HEADER_BYTES:
            raise SpoolCorrupt("an encrypted document is damaged (it is shorter than its header)")
        magic, key_id, salt, chunk_size = _HEADER.unpack(header)
        if magic != MAGIC or not 0 < chunk_size <= MAX_CHUNK:
            raise SpoolCorrupt("a file in the spool is not one of Station Desk's encrypted files")
        if key_id != key.key_id:
            raise SpoolCorrupt(
                "an encrypted document was made with another spool key and cannot be read on "
                "this station (was the OS keyring reset?)"
            )
        cipher = key.file_cipher(salt)
        block = chunk_size + TAG_BYTES
        index = 0
        current = handle.read(block)
        while True:
            following = handle.read(block) if len(current) == block else b""
            last = not following
            try:
                plain = cipher.decrypt(_nonce(index, last), current, header)
            except InvalidTag:
                raise SpoolCorrupt(
                    "an encrypted document is damaged or incomplete and cannot be read"
                ) from None
            yield plain
            if last:
                return
            index += 1
            current = following


def read_decrypted(path: Path, key: SpoolKey) -> bytes:
    """The whole plaintext of an encrypted file, in memory (for pages, not large documents)."""
    return b"".join(iter_decrypted(path, key))


def write_encrypted(path: Path, data: bytes, key: SpoolKey) -> Path:
    """Write `data` encrypted and atomically to `path`."""
    with EncryptedWriter(path, key) as writer:
        writer.write(data)
    return path
