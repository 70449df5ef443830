"""Writing to the shared database through the journal, and replaying the journal into it.

`JournalledUnitOfWork` is `SqlUnitOfWork` with one difference, at commit: the statements the
transaction ran are stored in the journal first, then the transaction commits on PostgreSQL with
its record's id in `sync_applied`. When the shared database goes away at that moment the record
waits in the journal and the commit still succeeds; when records before it still wait, the
transaction is rolled back and replayed after them, so that the shared database always receives
a station's records in order. Services see no difference.

`Replicator.replay` sends waiting records, oldest first, each in its own PostgreSQL transaction,
which begins by locking the journal (an advisory lock on its id) and skips a record whose id is
already in `sync_applied`: a record is applied exactly once however often replay is interrupted
(a lost link, a station killed). Each statement must change as many rows as it did on the
station; if not (another station changed the row first: optimistic locking's final word) or if
the shared database refuses it (a rule of its own), the record is kept as refused with the
reason, and replay goes on with the next. A lost or silent link stops the run and backs off.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import random
import socket
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine.interfaces import DBAPICursor, ExecutionContext
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from desk.errors import DeskError
from desk.storage.journal import (
    Journal,
    JournalRecord,
    JournalUnreadable,
    Statement,
    statement_table,
)
from desk.storage.migrate import connection_failure_reason, head_revision
from desk.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

TRANSACTION_TIMEOUT_S = 30.0
"""How long one record's transaction may take before its connection is cut (a link that went
silent: a half-open connection answers nothing, ever)."""

BATCH = 500

_WRITES = ("INSERT", "UPDATE", "DELETE")

_MARK = text(
    "INSERT INTO sync_applied (record_id, journal_id, seq, station_id, kind, made_at, applied_at) "
    "VALUES (:record_id, :journal_id, :seq, :station_id, :kind, :made_at, clock_timestamp())"
)
_LOCK = text("SELECT pg_advisory_xact_lock(:key)")
_APPLIED = text("SELECT 1 FROM sync_applied WHERE record_id = :record_id")

# ---------------------------------------------------------------------- capturing statements

_buffers: weakref.WeakKeyDictionary[Connection, list[Statement]] = weakref.WeakKeyDictionary()
_buffers_lock = threading.Lock()


def _is_write(sql: str) -> bool:
    head = sql.lstrip()[:6].upper()
    return head in _WRITES or (head == "SELECT" and "pg_notify(" in sql)


def _after_cursor_execute(
    conn: Connection,
    cursor: DBAPICursor,
    statement: str,
    parameters: Any,
    _context: ExecutionContext | None,
    executemany: bool,
) -> None:
    buffer = _buffers.get(conn)
    if buffer is None or not _is_write(statement):
        return
    if isinstance(parameters, tuple) and not executemany:
        parameters = list(parameters)
    buffer.append(Statement(statement, parameters, executemany, int(cursor.rowcount)))


def capture_writes(engine: Engine) -> None:
    """Let journalled units of work on `engine` see the statements they run (once per engine)."""
    if not event.contains(engine, "after_cursor_execute", _after_cursor_execute):
        event.listen(engine, "after_cursor_execute", _after_cursor_execute)


def lock_key(journal_id: uuid.UUID) -> int:
    """The advisory lock that lets one transaction at a time apply a journal's records."""
    digest = hashlib.blake2b(f"journal:{journal_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _mark_values(journal: Journal, record: JournalRecord) -> dict[str, Any]:
    return {
        "record_id": record.id,
        "journal_id": journal.journal_id,
        "seq": record.seq,
        "station_id": record.station_id,
        "kind": record.kind[:40],
        "made_at": record.made_at,
    }


def _transient(error: BaseException) -> bool:
    """True for a failure of the link or of the moment (retry later), False for a refusal."""
    if isinstance(error, OperationalError | InterfaceError):
        return True
    state = getattr(getattr(error, "orig", None), "sqlstate", None) or ""
    return state[:2] in {"08", "40", "53", "57"} or state == "55P03"


_PHRASES = {
    "23505": "a record with the same key is already in the shared database",
    "23503": "a record it refers to is not in the shared database",
    "23514": "a rule of the shared database refused one of its values",
    "23502": "a value the shared database requires is missing",
}


def refusal_reason(error: BaseException) -> str:
    """Why the shared database refused a record, naming rules and tables, never values."""
    original = getattr(error, "orig", None)
    diag = getattr(original, "diag", None)
    state = getattr(original, "sqlstate", None)
    constraint = getattr(diag, "constraint_name", None)
    table = getattr(diag, "table_name", None)
    parts = [
        f"rule {constraint}" if constraint else "",
        f"table {table}" if table else "",
        f"SQLSTATE {state}" if state else type(original or error).__name__,
    ]
    phrase = _PHRASES.get(state or "", "the shared database refused it")
    return f"{phrase} ({', '.join(p for p in parts if p)})"


# ---------------------------------------------------------------------- the unit of work


class JournalledUnitOfWork(SqlUnitOfWork):
    """`SqlUnitOfWork` on the shared database, every committed transaction journalled first."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        journal: Journal,
        replicator: Replicator,
        station_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(session_factory)
        self._journal = journal
        self._replicator = replicator
        self._station_id = station_id
        self._connection: Connection | None = None

    def __enter__(self) -> JournalledUnitOfWork:
        super().__enter__()
        event.listen(self._require_session(), "after_begin", self._began)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._take()
        super().__exit__(exc_type, exc, traceback)

    def _began(
        self, _session: Session, _transaction: SessionTransaction, connection: Connection
    ) -> None:
        with _buffers_lock:
            if self._connection is not None:
                _buffers.pop(self._connection, None)
            _buffers[connection] = []
        self._connection = connection

    def _take(self) -> list[Statement]:
        """The statements captured so far, and stop capturing them for this transaction."""
        with _buffers_lock:
            connection, self._connection = self._connection, None
            if connection is None:
                return []
            return _buffers.pop(connection, [])

    def rollback(self) -> None:
        """Discard everything staged since the last commit."""
        self._take()
        super().rollback()

    def commit(self) -> None:
        """Journal the transaction, then commit it on the shared database (or leave it waiting
        in the journal when that database cannot take it now)."""
        session = self._require_session()
        self._run(session.flush)
        statements = self._take()
        if not statements:
            self._run(session.commit)
            return
        appended = self._journal.append(statements, station_id=self._station_id)
        record = appended.record
        if appended.behind:
            session.rollback()  # it follows the records still waiting
            self._replicator.replay(until=record.seq, force=True)
            return
        try:
            session.execute(_LOCK, {"key": lock_key(self._journal.journal_id)})
            session.execute(_MARK, _mark_values(self._journal, record))
            session.commit()
        except DBAPIError as error:
            with contextlib.suppress(DBAPIError):
                session.rollback()
            if _transient(error):
                reason = connection_failure_reason(error)
                self._journal.offline(reason)
                log.info("record kept in the journal seq=%d reason=%s", record.seq, reason)
                return
            self._journal.discard(record)  # the member of staff is told it was not saved
            translated = self._translate(error, session)
            if translated is None:
                raise
            raise translated from error
        self._journal.sent(record)
        self._journal.online()


# ---------------------------------------------------------------------- replay


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter after failed runs: the n-th waits between half and all
    of min(cap, base * 2**(n-1)) seconds (the outbox's rule, with shorter steps)."""

    base_seconds: float = 5.0
    cap_seconds: float = 300.0

    def delay(self, failures: int, rng: random.Random) -> float:
        """Seconds to wait after `failures` failed runs in a row."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2 ** max(0, failures - 1))
        return rng.uniform(ceiling / 2, ceiling)


@dataclass(frozen=True)
class ReplayOutcome:
    """What one replay run did, and whether the shared database is reachable."""

    sent: int
    refused: int
    waiting: int
    online: bool
    problem: str | None = None


class SharedDatabaseAway(DeskError):
    """The shared database cannot take the journal's records now."""


class _NotReady(Exception):
    """The shared database answered but cannot take records now (its schema is another)."""


class _Refused(Exception):
    """The shared database cannot take this record."""


class _Watchdog:
    """Cuts a connection's socket when a transaction outlives its bound (a silent link)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False

    @contextlib.contextmanager
    def guard(self, connection: Connection) -> Iterator[None]:
        fd = _socket_of(connection)
        timer = threading.Timer(self.seconds, self._cut, (fd,)) if fd is not None else None
        if timer is not None:
            timer.daemon = True
            timer.start()
        try:
            yield
        finally:
            if timer is not None:
                timer.cancel()
                timer.join()

    def _cut(self, fd: int) -> None:
        self.fired = True
        log.info("journal replay timed out; cutting the connection")
        with contextlib.suppress(OSError):
            cut = socket.socket(fileno=os.dup(fd))
            try:
                cut.shutdown(socket.SHUT_RDWR)
            finally:
                cut.close()


def _socket_of(connection: Connection) -> int | None:
    driver = connection.connection.dbapi_connection
    pgconn = getattr(driver, "pgconn", None)
    fd = getattr(pgconn, "socket", None)
    return fd if isinstance(fd, int) else None


class Replicator:
    """Sends a journal's waiting records to the shared database, in order, exactly once."""

    def __init__(
        self,
        engine: Engine,
        journal: Journal,
        *,
        backoff: Backoff | None = None,
        transaction_timeout: float = TRANSACTION_TIMEOUT_S,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.engine = engine
        self.journal = journal
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.rng = rng or random.SystemRandom()
        self._watchdog = _Watchdog(transaction_timeout)
        self._idle_limit_ms = max(1000, int(transaction_timeout * 1000))
        self._lock = threading.Lock()
        self._key = lock_key(journal.journal_id)

    def replay(self, *, until: int | None = None, force: bool = False) -> ReplayOutcome:
        """Send what waits (up to sequence number `until`); `force` ignores the backoff."""
        with self._lock:
            retry_at = self.journal.retry_at()
            if not force and retry_at is not None and retry_at > self.clock():
                status = self.journal.status()
                return ReplayOutcome(0, 0, status.waiting, False, status.problem)
            sent = refused = 0
            try:
                with self.engine.connect() as connection:
                    self._check_schema(connection, self._idle_limit_ms)
                    last = 0
                    while batch := self.journal.pending(BATCH, after=last, until=until):
                        for record in batch:
                            last = record.seq
                            if self._apply(connection, record):
                                sent += 1
                            else:
                                refused += 1
            except (DBAPIError, _NotReady) as error:
                problem = self._problem(error)
                failures = self.journal.offline(problem)
                wait = self.backoff.delay(failures, self.rng)
                self.journal.offline(problem, retry_at=self.clock() + wait)
                log.info(
                    "journal replay stopped sent=%d refused=%d reason=%s retry_in=%.0fs",
                    sent,
                    refused,
                    problem,
                    wait,
                )
                return ReplayOutcome(sent, refused, self.journal.status().waiting, False, problem)
            self.journal.online()
            if sent or refused:
                log.info("journal replayed sent=%d refused=%d", sent, refused)
            return ReplayOutcome(sent, refused, self.journal.status().waiting, True)

    def check(self) -> bool:
        """Try the shared database (no record is sent) and note the link's state; True if it
        can take records now."""
        with self._lock:
            try:
                with self.engine.connect() as connection:
                    self._check_schema(connection, self._idle_limit_ms)
            except (DBAPIError, _NotReady) as error:
                self.journal.offline(self._problem(error), retry_at=self.journal.retry_at())
                return False
            self.journal.online()
            return True

    def _problem(self, error: BaseException) -> str:
        if isinstance(error, _NotReady):
            return str(error)
        if self._watchdog.fired:
            self._watchdog.fired = False
            return "timed out"
        return connection_failure_reason(error)

    @staticmethod
    def _check_schema(connection: Connection, idle_limit_ms: int) -> None:
        """Check the shared database is at this version's migration; set the session up."""
        try:
            with connection.begin():
                # A transaction whose station vanished (a half-open link) holds the journal's
                # lock until the server ends it: this bound lets the next replay go on.
                connection.exec_driver_sql(
                    f"SET idle_in_transaction_session_timeout = {idle_limit_ms:d}"
                )
                current = connection.execute(text("SELECT version_num FROM alembic_version"))
                revision = current.scalar()
        except DBAPIError as error:
            if _transient(error):
                raise
            raise _NotReady("the shared database is not migrated; run: desk db upgrade") from None
        if revision != head_revision():
            raise _NotReady(
                f"the shared database is at revision {revision} and this station needs "
                f"{head_revision()}; run: desk db upgrade (or upgrade Station Desk)"
            )

    def _apply(self, connection: Connection, record: JournalRecord) -> bool:
        """Apply one record in its own transaction; True if sent (or there already), False if
        refused. A lost link raises."""
        try:
            with self._watchdog.guard(connection), connection.begin():
                connection.execute(_LOCK, {"key": self._key})
                if connection.execute(_APPLIED, {"record_id": record.id}).first() is None:
                    for statement in self._statements(record):
                        self._run(connection, statement)
                    connection.execute(_MARK, _mark_values(self.journal, record))
        except _Refused as refusal:
            self.journal.refuse(record, str(refusal))
            return False
        except DBAPIError as error:
            if _transient(error):
                raise
            self.journal.refuse(record, refusal_reason(error))
            return False
        self.journal.sent(record)
        return True

    def _statements(self, record: JournalRecord) -> list[Statement]:
        try:
            return self.journal.statements(record)
        except JournalUnreadable as error:
            raise _Refused(str(error)) from None

    @staticmethod
    def _run(connection: Connection, statement: Statement) -> None:
        params = statement.params
        result = connection.exec_driver_sql(statement.sql, params if params is not None else {})
        expected = statement.rowcount
        if expected >= 0 and result.rowcount != expected:
            table = _table_name(statement.sql)
            raise _Refused(
                f"the {table} was changed at another station first: the shared database has "
                f"{result.rowcount} matching rows where this station changed {expected}"
            )


def _table_name(sql: str) -> str:
    return (statement_table(sql) or "record").replace("_", " ")


def replay_now(replicator: Replicator) -> ReplayOutcome:
    """Replay at once, ignoring the backoff; raise SharedDatabaseAway when it cannot."""
    outcome = replicator.replay(force=True)
    if not outcome.online:
        raise SharedDatabaseAway(
            f"the shared database is still away ({outcome.problem}); "
            f"{outcome.waiting} records wait on this station and are sent when it is back"
        )
    return outcome
