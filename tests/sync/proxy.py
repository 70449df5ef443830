"""A TCP proxy on a loopback port that a test controls: pass, cut, slow, or half-open."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from enum import StrEnum
from types import TracebackType
from typing import Self


class Mode(StrEnum):
    PASS = "pass"
    CUT = "cut"
    """Every connection is closed, and new ones are closed at once."""
    HALF_OPEN = "half_open"
    """Connections stay open but nothing crosses them, either way, ever (a dead link whose
    sockets neither side hears about); new ones are accepted and treated the same."""


class Proxy:
    """Forwards 127.0.0.1:`port` to `target`, chunk by chunk, `delay` seconds per chunk."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.mode = Mode.PASS
        self.delay = 0.0
        self.forwarded = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def cut(self) -> None:
        self.mode = Mode.CUT
        self._drop_all()

    def half_open(self) -> None:
        self.mode = Mode.HALF_OPEN

    def slow(self, delay: float) -> None:
        self.mode = Mode.PASS
        self.delay = delay

    def heal(self) -> None:
        self.mode = Mode.PASS
        self.delay = 0.0

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._listener.close()
        self._drop_all()

    def _drop_all(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.mode is Mode.CUT:
                client.close()
                continue
            upstream: socket.socket | None = None
            if self.mode is Mode.PASS:
                try:
                    upstream = socket.create_connection(self.target, timeout=5)
                    upstream.settimeout(None)
                except OSError:
                    client.close()
                    continue
            with self._lock:
                self._sockets += [client] + ([upstream] if upstream else [])
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            if upstream is not None:
                threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket | None) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if self.mode is not Mode.PASS or sink is None:
                    continue  # swallowed: the sender's TCP stack is satisfied, nothing arrives
                if self.delay:
                    time.sleep(self.delay)
                sink.sendall(data)
                self.forwarded += len(data)
        except OSError:
            pass
        finally:
            if self.mode is not Mode.HALF_OPEN:
                for sock in (source, sink):
                    if sock is not None:
                        with contextlib.suppress(OSError):
                            sock.shutdown(socket.SHUT_RDWR)


def silent_listener() -> socket.socket:
    """A loopback port that takes connections and never says a word (never even accepts)."""
    return socket.create_server(("127.0.0.1", 0), backlog=16)
