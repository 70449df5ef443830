"""Knowing when a centre's queue changed, for a background thread (never the GUI thread).

On PostgreSQL every change to a queue sends a `queue_changed` notification (its payload the
site's id) when its transaction commits; `QueueWatch` listens for it on a connection of its own.
On SQLite, and on PostgreSQL while that connection is lost, it polls the queue's events instead.
The UI turns `wait` returning True into a signal and reloads the queue through the services.
"""

from __future__ import annotations

import logging
import time
import uuid
from types import TracebackType
from typing import Any, Self

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desk.storage.repositories import QUEUE_CHANNEL, QueueRepository

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 1.0


class QueueWatch:
    """Waits until a centre's queue changes: `wait(timeout)` is True when it did (or may have).

    It never raises for a lost database: `wait` then returns False after its timeout and
    `reachable` is False until the database answers again. Use one per background thread.
    """

    def __init__(
        self, engine: Engine, site_id: uuid.UUID, *, poll_seconds: float = DEFAULT_POLL_SECONDS
    ) -> None:
        self._engine = engine
        self._site = str(site_id)
        self._site_id = site_id
        self._poll = poll_seconds
        self._listening: Any = None  # the pool's detached connection while LISTEN works
        self._connection: psycopg.Connection[Any] | None = None
        self._next_listen_try = 0.0
        self.reachable = True
        self._mark = self._read_mark()
        if engine.dialect.name == "postgresql":
            self._listen()

    @property
    def listening(self) -> bool:
        """True while database notifications arrive (PostgreSQL); False when polling."""
        return self._listening is not None

    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds for a change to the queue; True if one came."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self._engine.dialect.name == "postgresql" and self._listening is None:
                self._listen()
                # What changed between losing the connection and listening again is not
                # notified: the events tell.
                if self.listening and self._changed():
                    return True
            if self._listening is not None:
                if self._wait_notified(remaining):
                    return True
                continue
            if self._changed():
                return True
            time.sleep(min(self._poll, max(0.0, deadline - time.monotonic())))

    def close(self) -> None:
        """Stop listening and give the connection back."""
        self._drop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -------------------------------------------------------------- notifications

    def _listen(self) -> None:
        now = time.monotonic()
        if now < self._next_listen_try:
            return
        self._next_listen_try = now + self._poll
        try:
            proxied = self._engine.raw_connection()
        except (SQLAlchemyError, psycopg.Error):  # a new connection's failure comes unwrapped
            self._unreachable()
            return
        connection = proxied.driver_connection
        proxied.detach()  # this connection is ours alone: it never goes back to the pool
        try:
            if not isinstance(connection, psycopg.Connection):
                raise TypeError("PostgreSQL through psycopg 3 expected")
            connection.rollback()
            connection.autocommit = True
            connection.execute(f"LISTEN {QUEUE_CHANNEL}")
        except psycopg.Error:
            proxied.close()
            self._unreachable()
            return
        self._listening = proxied
        self._connection = connection
        self.reachable = True
        log.info("listening for queue changes site=%s", self._site)

    def _wait_notified(self, timeout: float) -> bool:
        connection = self._connection
        if connection is None:
            return False
        try:
            for notice in connection.notifies(timeout=timeout, stop_after=1):
                if notice.payload == self._site:
                    return True
        except psycopg.Error:
            pass
        if not (connection.broken or connection.closed):
            return False
        log.info("queue notifications lost; polling until the database is back")
        self._drop()
        return True  # something may have changed while the connection was going

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()  # not through the pool: a lost one needs no reset
        self._listening = None
        self._connection = None
        self._next_listen_try = 0.0  # try again at once

    # -------------------------------------------------------------- polling

    def _read_mark(self) -> tuple[int, object] | None:
        try:
            with Session(self._engine) as session:
                mark = QueueRepository(session).change_mark(self._site_id)
        except SQLAlchemyError:
            self._unreachable()
            return None
        self.reachable = True
        return mark

    def _changed(self) -> bool:
        mark = self._read_mark()
        if mark is None or mark == self._mark:
            return False
        self._mark = mark
        return True

    def _unreachable(self) -> None:
        if self.reachable:
            log.info("queue watch cannot reach the database site=%s", self._site)
        self.reachable = False
