"""The station's journal: every write the station makes to the shared database, kept here first.

A SQLite file in the station's data folder (this account's alone, WAL, synchronous=FULL so a
record survives a power cut). A record is one transaction of the shared database: the SQL
statements the station ran, with their parameters and how many rows each changed, sealed with
AES-256-GCM under a key derived from the station's spool key (the parameters are residents' and
staff's data). Records get an increasing sequence number in the SQLite transaction that stores
them.

A record is `pending` until the shared database has it; then it leaves the journal (the shared
database keeps its id in `sync_applied`, which is what makes replay exactly-once). A record the
shared database refuses stays, `refused`, with its reason: it is never dropped. See
docs/offline.md.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import re
import secrets
import sqlite3
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as time_of_day
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from psycopg.types.json import Json

from desk.config import user_data_dir
from desk.errors import DeskError
from desk.private import private_dir, private_sqlite

log = logging.getLogger(__name__)

JOURNAL_NAME = "journal.sqlite3"
NONCE_BYTES = 12
SALT_BYTES = 16


def journal_path() -> Path:
    """Where a station on a shared database keeps its journal."""
    return user_data_dir() / JOURNAL_NAME


Clock = Callable[[], float]
"""Seconds since the epoch (time.time); tests pass a fake one."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS record (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    made_at REAL NOT NULL,
    kind TEXT NOT NULL,
    tables TEXT NOT NULL,
    station_id TEXT,
    payload BLOB NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    refused_at REAL
);
CREATE INDEX IF NOT EXISTS ix_record_state_seq ON record (state, seq);
"""


class JournalKey(Protocol):
    """What the journal needs of the station's key (desk.uploads.crypto.SpoolKey is one)."""

    @property
    def key_id(self) -> bytes:
        """A public fingerprint of the key."""
        ...

    def file_cipher(self, salt: bytes) -> AESGCM:
        """The cipher derived from the key for this salt."""
        ...


class RecordState(StrEnum):
    """Where a journalled record stands."""

    PENDING = "pending"
    REFUSED = "refused"


class JournalUnreadable(DeskError):
    """A record cannot be opened: it was sealed with another key, or it is damaged."""


@dataclass(frozen=True)
class Statement:
    """One SQL statement as the station ran it: its text, parameters and the rows it changed."""

    sql: str
    params: Any
    many: bool
    rowcount: int


@dataclass(frozen=True)
class JournalRecord:
    """A record's public part (its statements are sealed; see `Journal.statements`)."""

    seq: int
    id: uuid.UUID
    made_at: datetime
    kind: str
    tables: tuple[str, ...]
    station_id: uuid.UUID | None
    state: RecordState
    attempts: int
    reason: str | None
    refused_at: datetime | None


@dataclass(frozen=True)
class Appended:
    """A record just stored, and whether records before it still wait to be sent."""

    record: JournalRecord
    behind: bool


@dataclass(frozen=True)
class JournalStatus:
    """What `desk sync status` and `desk doctor` tell: the link and the records waiting."""

    path: Path
    online: bool | None
    """None until the shared database was tried from this journal."""
    since: datetime | None
    problem: str | None
    retry_at: datetime | None
    waiting: int
    waiting_by_kind: dict[str, int]
    oldest_waiting: datetime | None
    refused: tuple[JournalRecord, ...]
    sent: int
    last_seq: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "journal": str(self.path),
            "online": self.online,
            "since": _iso(self.since),
            "problem": self.problem,
            "retry_at": _iso(self.retry_at),
            "waiting": self.waiting,
            "waiting_by_kind": self.waiting_by_kind,
            "oldest_waiting": _iso(self.oldest_waiting),
            "refused": [
                {
                    "seq": record.seq,
                    "id": str(record.id),
                    "kind": record.kind,
                    "made_at": _iso(record.made_at),
                    "refused_at": _iso(record.refused_at),
                    "reason": record.reason,
                }
                for record in self.refused
            ],
            "sent": self.sent,
            "last_seq": self.last_seq,
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _when(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


_TABLE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?", re.IGNORECASE)


def statement_table(sql: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE writes to (None for anything else)."""
    match = _TABLE.match(sql)
    return match.group(1).lower() if match else None


# ---------------------------------------------------------------------- parameters as JSON


_ENCODERS: tuple[tuple[type | tuple[type, ...], str, Callable[[Any], Any]], ...] = (
    (uuid.UUID, "$u", str),
    (datetime, "$dt", datetime.isoformat),
    (date, "$d", date.isoformat),
    (time_of_day, "$t", time_of_day.isoformat),
    (Decimal, "$n", str),
    ((bytes, bytearray, memoryview), "$b", lambda raw: base64.b64encode(bytes(raw)).decode()),
    (dict, "$o", lambda mapping: {str(key): _encode(item) for key, item in mapping.items()}),
    (Json, "$j", lambda wrapped: _encode(wrapped.obj)),
)
"""Driver parameters JSON lacks, each as a one-key object tagged with its type (a datetime is
tested before a date, which it also is)."""


def _encode(value: Any) -> Any:
    """A driver parameter as JSON, with a tag for the types JSON lacks."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    for kind, tag, encode in _ENCODERS:
        if isinstance(value, kind):
            return {tag: encode(value)}
    raise TypeError(f"a journal cannot keep a parameter of type {type(value).__name__}")


_DECODERS: dict[str, Callable[[Any], Any]] = {
    "$u": uuid.UUID,
    "$dt": datetime.fromisoformat,
    "$d": date.fromisoformat,
    "$t": time_of_day.fromisoformat,
    "$n": Decimal,
    "$b": base64.b64decode,
    "$o": lambda mapping: {key: _decode(item) for key, item in mapping.items()},
    "$j": lambda inner: Json(_decode(inner)),
}


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if isinstance(value, dict):
        ((tag, inner),) = value.items()
        return _DECODERS[tag](inner)
    return value


# ---------------------------------------------------------------------- the journal


class Journal:
    """The journal file at `path`. Safe to use from several threads and processes."""

    def __init__(self, path: Path, key: JournalKey, *, clock: Clock = time.time) -> None:
        self.path = Path(path)
        private_dir(self.path.parent, tighten_existing=False)
        private_sqlite(self.path)
        self.clock = clock
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=30.0
        )
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        with self._write() as db:
            for name, value in (
                ("journal_id", str(uuid.uuid4())),
                ("salt", secrets.token_hex(SALT_BYTES)),
                ("key_id", key.key_id.hex()),
                ("seq", "0"),
                ("sent", "0"),
            ):
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (name, value))
        self.journal_id = uuid.UUID(self._meta("journal_id"))
        self._key_matches = self._meta("key_id") == key.key_id.hex()
        self._cipher = key.file_cipher(bytes.fromhex(self._meta("salt")))
        if not self._key_matches:
            log.info("journal sealed with another key journal=%s", self.journal_id)

    def close(self) -> None:
        """Close the journal's file."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction. A durable one is on disk when it returns (a record); the
        others (a record sent, the link's state) may be lost with the power, and are then found
        out again: the shared database knows which records it has."""
        with self._lock:
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _meta(self, name: str) -> str:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        return str(row[0])

    @staticmethod
    def _set(db: sqlite3.Connection, **values: str | None) -> None:
        for name, value in values.items():
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (name,))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (name, value),
                )

    # ------------------------------------------------------------------ sealing

    def _aad(self, seq: int, record_id: uuid.UUID) -> bytes:
        return f"{self.journal_id}:{seq}:{record_id}".encode("ascii")

    def _seal(self, seq: int, record_id: uuid.UUID, statements: Sequence[Statement]) -> bytes:
        plain = json.dumps(
            [[s.sql, _encode(s.params), s.many, s.rowcount] for s in statements],
            separators=(",", ":"),
        ).encode("utf-8")
        nonce = secrets.token_bytes(NONCE_BYTES)
        aad = self._aad(seq, record_id)
        return nonce + self._cipher.encrypt(nonce, zlib.compress(plain, 1), aad)

    def statements(self, record: JournalRecord) -> list[Statement]:
        """A record's statements, unsealed. Raises JournalUnreadable."""
        with self._lock:
            row = self._db.execute(
                "SELECT payload FROM record WHERE seq = ?", (record.seq,)
            ).fetchone()
        if row is None:
            raise JournalUnreadable(f"record {record.seq} is no longer in the journal")
        sealed = bytes(row[0])
        if not self._key_matches:
            raise JournalUnreadable(
                "the record was sealed with another key (was this station's keyring reset?)"
            )
        try:
            plain = self._cipher.decrypt(
                sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], self._aad(record.seq, record.id)
            )
            items = json.loads(zlib.decompress(plain))
        except (InvalidTag, zlib.error, ValueError):
            raise JournalUnreadable("the record is damaged and cannot be read") from None
        return [Statement(sql, _decode(params), many, rows) for sql, params, many, rows in items]

    # ------------------------------------------------------------------ writing

    def append(
        self, statements: Sequence[Statement], *, station_id: uuid.UUID | None = None
    ) -> Appended:
        """Store one transaction's statements as the next record, durably; say whether records
        before it still wait (then it must not reach the shared database before them)."""
        if not statements:
            raise ValueError("a journal record needs at least one statement")
        tables = tuple(dict.fromkeys(t for t in (statement_table(s.sql) for s in statements) if t))
        # What the record is about: its first table, the audit trail only when that is all.
        kind = next((t for t in tables if t != "audit_event"), tables[0] if tables else "other")
        record_id = uuid.uuid4()
        now = self.clock()
        with self._write() as db:
            seq = int(db.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()[0]) + 1
            behind = (
                db.execute(
                    "SELECT 1 FROM record WHERE state = ? LIMIT 1", (RecordState.PENDING,)
                ).fetchone()
                is not None
            )
            self._set(db, seq=str(seq))
            db.execute(
                "INSERT INTO record (seq, id, made_at, kind, tables, station_id, payload, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    str(record_id),
                    now,
                    kind,
                    ",".join(tables),
                    str(station_id) if station_id else None,
                    self._seal(seq, record_id, statements),
                    RecordState.PENDING.value,
                ),
            )
        record = JournalRecord(
            seq, record_id, _when(now) or datetime.now(UTC), kind, tables, station_id,
            RecordState.PENDING, 0, None, None,
        )  # fmt: skip
        return Appended(record, behind)

    def sent(self, record: JournalRecord) -> None:
        """The shared database has the record: it leaves the journal (its data with it)."""
        with self._write(durable=False) as db:
            gone = db.execute("DELETE FROM record WHERE seq = ?", (record.seq,)).rowcount
            if gone:
                count = int(db.execute("SELECT value FROM meta WHERE key = 'sent'").fetchone()[0])
                self._set(db, sent=str(count + gone))

    def discard(self, record: JournalRecord) -> None:
        """Take back a record the station was told was not saved (the database refused it while
        the member of staff waited): it never reached the shared database."""
        with self._write() as db:
            db.execute("DELETE FROM record WHERE seq = ?", (record.seq,))

    def refuse(self, record: JournalRecord, reason: str) -> None:
        """Keep a record the shared database refused, with why; replay goes on past it."""
        with self._write() as db:
            db.execute(
                "UPDATE record SET state = ?, reason = ?, refused_at = ?, attempts = attempts + 1 "
                "WHERE seq = ?",
                (RecordState.REFUSED.value, reason[:500], self.clock(), record.seq),
            )
        log.info("journal record refused seq=%d kind=%s", record.seq, record.kind)

    def retry_refused(self) -> int:
        """Put refused records back in line, to be tried again at the next replay."""
        with self._write() as db:
            return db.execute(
                "UPDATE record SET state = ? WHERE state = ?",
                (RecordState.PENDING.value, RecordState.REFUSED.value),
            ).rowcount

    # ------------------------------------------------------------------ the link

    def online(self) -> None:
        """The shared database answered."""
        self._link(True, None, None)

    def offline(self, problem: str, retry_at: float | None = None) -> int:
        """The shared database could not be reached (or timed out); return the failures in a
        row, for the backoff."""
        return self._link(False, problem, retry_at)

    def _link(self, online: bool, problem: str | None, retry_at: float | None) -> int:
        state = "online" if online else "offline"
        with self._write(durable=False) as db:
            rows = dict(db.execute("SELECT key, value FROM meta").fetchall())
            failures = 0 if online else int(rows.get("failures", "0")) + 1
            changed = rows.get("link") != state
            self._set(
                db,
                link=state,
                since=str(self.clock()) if changed else rows.get("since"),
                problem=problem,
                retry_at=None if retry_at is None else str(retry_at),
                failures=str(failures),
            )
        if changed:
            log.info("shared database %s journal=%s", state, self.journal_id)
        return failures

    def retry_at(self) -> float | None:
        """When the backoff lets replay try again (None: now)."""
        with contextlib.suppress(KeyError):
            return float(self._meta("retry_at"))
        return None

    # ------------------------------------------------------------------ reading

    def pending(
        self, limit: int = 500, *, after: int = 0, until: int | None = None
    ) -> list[JournalRecord]:
        """The records waiting to be sent, in order (after sequence number `after`, up to
        `until`)."""
        query = "SELECT * FROM record WHERE state = ? AND seq > ?"
        params: list[Any] = [RecordState.PENDING.value, after]
        if until is not None:
            query += " AND seq <= ?"
            params.append(until)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq LIMIT ?", [*params, limit]).fetchall()
        return [_record(row) for row in rows]

    def records(self) -> list[JournalRecord]:
        """Every record still in the journal (waiting or refused), in order."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM record ORDER BY seq").fetchall()
        return [_record(row) for row in rows]

    def status(self) -> JournalStatus:
        """The link and the records, as `desk sync status` shows them."""
        with self._lock:
            return _status(self.path, self._db)


def _record(row: sqlite3.Row) -> JournalRecord:
    made = _when(row["made_at"])
    assert made is not None  # NOT NULL column
    return JournalRecord(
        seq=row["seq"],
        id=uuid.UUID(row["id"]),
        made_at=made,
        kind=row["kind"],
        tables=tuple(t for t in row["tables"].split(",") if t),
        station_id=uuid.UUID(row["station_id"]) if row["station_id"] else None,
        state=RecordState(row["state"]),
        attempts=row["attempts"],
        reason=row["reason"],
        refused_at=_when(row["refused_at"]),
    )


def _status(path: Path, db: sqlite3.Connection) -> JournalStatus:
    meta = {row[0]: row[1] for row in db.execute("SELECT key, value FROM meta")}
    by_kind = {
        row[0]: int(row[1])
        for row in db.execute(
            "SELECT kind, count(*) FROM record WHERE state = ? GROUP BY kind ORDER BY kind",
            (RecordState.PENDING.value,),
        )
    }
    oldest = db.execute(
        "SELECT min(made_at) FROM record WHERE state = ?", (RecordState.PENDING.value,)
    ).fetchone()[0]
    refused = db.execute(
        "SELECT * FROM record WHERE state = ? ORDER BY seq", (RecordState.REFUSED.value,)
    ).fetchall()
    link = meta.get("link")
    return JournalStatus(
        path=path,
        online=None if link is None else link == "online",
        since=_when(float(meta["since"])) if meta.get("since") else None,
        problem=meta.get("problem"),
        retry_at=_when(float(meta["retry_at"])) if meta.get("retry_at") else None,
        waiting=sum(by_kind.values()),
        waiting_by_kind=by_kind,
        oldest_waiting=_when(oldest),
        refused=tuple(_record(row) for row in refused),
        sent=int(meta.get("sent", "0")),
        last_seq=int(meta.get("seq", "0")),
    )


def read_status(path: Path) -> JournalStatus | None:
    """The status of the journal at `path` without changing anything (None if there is none);
    no key is needed: what is sealed is not read."""
    if not path.is_file():
        return None
    location = f"file:{quote(path.as_posix())}?mode=ro"
    db = sqlite3.connect(location, uri=True, timeout=10.0)
    db.row_factory = sqlite3.Row
    try:
        return _status(path, db)
    finally:
        db.close()
