"""A real SMTP server for the email destination's tests: aiosmtpd on 127.0.0.1 with STARTTLS
(the test CA's certificate) and AUTH, that can refuse, be busy, or drop the connection."""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.uploads.server import Certificates

USER = "station@council.test"
PASSWORD = "smtp-secret-456"


@dataclass
class MailHandler:
    """Keeps every message accepted; `script` says how the next DATA commands are answered:
    "ok", "busy" (451), "refuse" (554), or "drop" (the connection is closed before any answer,
    so the message is never accepted)."""

    messages: list[EmailMessage] = field(default_factory=list)
    script: list[str] = field(default_factory=list)
    logins: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self.lock:
            what = self.script.pop(0) if self.script else "ok"
        if what == "busy":
            return "451 4.3.0 Try again later"
        if what == "refuse":
            return "554 5.7.1 Not accepted here"
        if what == "drop":
            transport = server.transport
            assert isinstance(transport, asyncio.Transport)
            transport.abort()
            return "421 closing"  # never reaches the client: the connection is gone
        raw = envelope.original_content or envelope.content
        assert isinstance(raw, bytes)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.messages.append(message)
        return "250 2.0.0 Queued"


class _Authenticator:
    def __init__(self, handler: MailHandler, password: str) -> None:
        self.handler = handler
        self.password = password

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = data.login.decode() == USER and data.password.decode() == self.password
        if ok:
            self.handler.logins += 1
        return AuthResult(success=ok, handled=False)


@dataclass
class MailServer:
    """A running server: its port and what it received."""

    port: int
    handler: MailHandler
    controller: Controller

    @property
    def messages(self) -> list[EmailMessage]:
        """Messages accepted so far."""
        with self.handler.lock:
            return list(self.handler.messages)

    def answer(self, *how: str) -> None:
        """How to answer the next DATA commands."""
        with self.handler.lock:
            self.handler.script.extend(how)


def free_port() -> int:
    """A loopback port nothing listens on (for "server down")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_mail_server(
    certificates: Certificates,
    *,
    password: str = PASSWORD,
    size_limit: int = 2_000_000,
    starttls: bool = True,
) -> Iterator[MailServer]:
    """aiosmtpd on 127.0.0.1: STARTTLS required (unless `starttls` is False, when it offers
    none), AUTH required after it, messages over `size_limit` bytes refused (552)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificates.cert_file), str(certificates.key_file))
    handler = MailHandler()
    port = free_port()
    options: dict[str, Any] = {
        "hostname": "127.0.0.1",
        "port": port,
        "data_size_limit": size_limit,
        "authenticator": _Authenticator(handler, password),
        "auth_required": True,
        "auth_require_tls": True,
        "ready_timeout": 30.0,
    }
    if starttls:
        options |= {"tls_context": context, "require_starttls": True}
    else:
        options |= {"auth_require_tls": False}
    # aiosmtpd warns that its own legacy login field is deprecated at every log-in.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    controller = Controller(handler, **options)
    controller.start()
    try:
        yield MailServer(port, handler, controller)
    finally:
        controller.stop()
