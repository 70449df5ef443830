"""A real HTTPS upload service on 127.0.0.1 for tests: scripted answers, idempotent storage."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.parser
import email.policy
import ipaddress
import json
import socket
import ssl
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOLD_SECONDS = 30.0
TRICKLE_SECONDS = 0.3
"""A "trickle" answer sends one byte this often (shorter than any read timeout in the tests)."""


@dataclass(frozen=True)
class Certificates:
    """A private CA and a server certificate for 127.0.0.1 and localhost, as PEM files."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def make_certificates(folder: Path) -> Certificates:
    """Make a CA and a server certificate signed by it (ECDSA P-256, valid for a day)."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Station Desk test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    certs = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    certs.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    certs.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    certs.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return certs


@dataclass
class Received:
    """One complete request the service read."""

    key: str | None
    authorization: str | None
    content_type: str
    metadata: dict[str, Any]
    content: bytes
    filename: str | None


@dataclass
class UploadService:
    """What the service saw and stored; `script` holds the answers for the next requests."""

    script: deque[str] = field(default_factory=deque)
    received: list[Received] = field(default_factory=list)
    stored: dict[str, bytes] = field(default_factory=dict)
    store_counts: dict[str, int] = field(default_factory=dict)
    references: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)
    release: threading.Event = field(default_factory=threading.Event)
    url: str = ""
    token: str = "test-token-123"
    """The token a GET (the station's check, a status) must bring."""
    statuses: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The back office's answers by document id (GET .../<id>/status); others are 404."""
    status_asked: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def answer(self, *actions: str) -> None:
        """Queue answers for the next requests (after them: 'ok')."""
        with self.lock:
            self.script.extend(actions)

    def next_action(self) -> str:
        with self.lock:
            return self.script.popleft() if self.script else "ok"

    def record(self, received: Received) -> None:
        with self.changed:
            self.received.append(received)
            self.changed.notify_all()

    def store(self, received: Received) -> str:
        """Keep the document once per idempotency key; return its reference."""
        assert received.key is not None
        with self.changed:
            if received.key not in self.references:
                self.stored[received.key] = received.content
                self.store_counts[received.key] = self.store_counts.get(received.key, 0) + 1
                self.references[received.key] = f"GRN-{len(self.references) + 1:05d}"
            self.changed.notify_all()
            return self.references[received.key]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Wait until `predicate()` holds (checked whenever the service changes)."""
        with self.changed:
            return self.changed.wait_for(predicate, timeout)


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, Any], bytes, str | None]:
    """The metadata JSON, the file's bytes and the file name from a multipart body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    metadata: dict[str, Any] = {}
    content = b""
    filename = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        if name == "metadata":
            metadata = json.loads(payload)
        elif name == "file":
            content = payload
            filename = part.get_filename()
    return metadata, content, filename


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _reply(self, status: int, data: dict[str, Any]) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self, status: int, data: dict[str, Any]) -> None:
        body = json.dumps(data).encode()
        answer = (
            f"HTTP/1.1 {status} Created\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        self.close_connection = True
        service = self.server.service
        with contextlib.suppress(OSError):
            for index in range(len(answer)):
                if service.release.wait(TRICKLE_SECONDS):
                    return
                self.wfile.write(answer[index : index + 1])
                self.wfile.flush()

    def do_GET(self) -> None:
        service = self.server.service
        if self.headers.get("Authorization") != f"Bearer {service.token}":
            self._reply(401, {"message": "unknown token"})
            return
        if self.path.endswith("/status"):
            document_id = self.path.rsplit("/", 2)[-2]
            with service.lock:
                service.status_asked.append(document_id)
                answer = service.statuses.get(document_id)
            if answer is None:
                self._reply(404, {"message": "not known"})
            else:
                self._reply(200, answer)
            return
        self._reply(200, {"status": "ready"})

    def do_POST(self) -> None:
        service = self.server.service
        with service.lock:
            early = bool(service.script) and service.script[0] == "413-early"
            if early:
                service.script.popleft()
        if early:
            # Like a proxy with a size limit: answer before reading the body, then drain what
            # the client still sends before hanging up (a "lingering close", as nginx does).
            self.close_connection = True
            self._reply(413, {"message": "too large"})
            remaining = int(self.headers.get("Content-Length", "0"))
            with contextlib.suppress(OSError):
                while remaining > 0:
                    got = self.rfile.read(min(remaining, 65536))
                    if not got:
                        break
                    remaining -= len(got)
            return
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        content_type = self.headers.get("Content-Type", "")
        metadata, content, filename = parse_multipart(content_type, body)
        received = Received(
            key=self.headers.get("Idempotency-Key"),
            authorization=self.headers.get("Authorization"),
            content_type=content_type,
            metadata=metadata,
            content=content,
            filename=filename,
        )
        action = service.next_action()
        if action in {"ok", "drop", "hold", "trickle"}:
            reference = service.store(received)
        service.record(received)
        if action == "ok":
            self._reply(201, {"reference": reference})
        elif action == "hold":
            service.release.wait(HOLD_SECONDS)
            with contextlib.suppress(OSError):
                self._reply(201, {"reference": reference})
        elif action == "trickle":
            # A slow or broken proxy: the answer comes one byte at a time, so every read gets
            # something well within its timeout, and the whole answer takes minutes.
            self._trickle(201, {"reference": reference})
        elif action == "drop":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
        elif action == "hang":
            service.release.wait(HOLD_SECONDS)
            self.close_connection = True
        elif action == "noref":
            self._reply(200, {"status": "stored"})
        elif action == "503":
            self.send_response(503)
            self.send_header("Retry-After", "120")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._reply(int(action), {"message": f"scripted {action}"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    service: UploadService

    def handle_error(self, request: Any, client_address: Any) -> None:
        return


@contextlib.contextmanager
def running_service(certs: Certificates) -> Iterator[UploadService]:
    """Start the service on a free loopback port with TLS; stop it on exit."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certs.cert_file, certs.key_file)
    server = _Server(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(
        server.socket, server_side=True, do_handshake_on_connect=False
    )
    service = UploadService()
    service.url = f"https://127.0.0.1:{server.server_address[1]}/documents"
    server.service = service
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield service
    finally:
        service.release.set()
        server.shutdown()
        server.server_close()
        thread.join(10)
