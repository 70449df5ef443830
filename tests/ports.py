"""A localhost port that refuses connections, safe while other tests run in parallel."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """A 127.0.0.1 TCP port that refuses every connection while the block runs.

    The port stays bound (never listening) until the block ends: a port merely found free could
    be taken meanwhile by a server another worker starts, and then something would answer.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        yield port
