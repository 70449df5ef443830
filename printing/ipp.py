"""A small IPP/1.1 client: just enough of RFC 8010/8011 to talk to a CUPS scheduler over HTTP."""

from __future__ import annotations

import http.client
import itertools
import os
import socket
import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

# Operation ids (RFC 8011 and the CUPS extensions).
PRINT_JOB: Final = 0x0002
CANCEL_JOB: Final = 0x0008
GET_JOB_ATTRIBUTES: Final = 0x0009
GET_JOBS: Final = 0x000A
GET_PRINTER_ATTRIBUTES: Final = 0x000B
CUPS_GET_DEFAULT: Final = 0x4001
CUPS_GET_PRINTERS: Final = 0x4002

# Status codes worth naming.
STATUS_NOT_FOUND: Final = 0x0406
STATUS_NOT_POSSIBLE: Final = 0x0404
STATUS_NOT_ACCEPTING: Final = 0x0506

# Delimiter tags.
TAG_OPERATION: Final = 0x01
TAG_JOB: Final = 0x02
TAG_END: Final = 0x03
TAG_PRINTER: Final = 0x04

# Value tags.
INTEGER: Final = 0x21
BOOLEAN: Final = 0x22
ENUM: Final = 0x23
_OCTETS: Final = 0x30
_DATETIME: Final = 0x31
_RESOLUTION: Final = 0x32
_RANGE: Final = 0x33
_BEGIN_COLLECTION: Final = 0x34
_END_COLLECTION: Final = 0x37
NAME: Final = 0x42
KEYWORD: Final = 0x44
URI: Final = 0x45
CHARSET: Final = 0x47
LANGUAGE: Final = 0x48
MIME_TYPE: Final = 0x49

DEFAULT_PORT: Final = 631
DEFAULT_SOCKET: Final = "/run/cups/cups.sock"

Value = int | bool | str | bytes | tuple[int, ...]
_request_ids = itertools.count(1)


class IppTransportError(Exception):
    """The scheduler could not be reached or did not answer in IPP."""


class IppAuthorisationError(IppTransportError):
    """The scheduler answered but wants a password (or forbids this user)."""


@dataclass(frozen=True)
class Attribute:
    """One attribute to send: its value tag, name and one or more values."""

    tag: int
    name: str
    values: tuple[int | bool | str | bytes, ...]

    @classmethod
    def of(cls, tag: int, name: str, *values: int | bool | str | bytes) -> Attribute:
        """Build an attribute from its values."""
        return cls(tag, name, tuple(values))


@dataclass(frozen=True)
class Response:
    """A decoded IPP response: the status code and the attribute groups, in order."""

    status: int
    groups: tuple[tuple[int, Mapping[str, tuple[Value, ...]]], ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True for the successful-ok family of status codes."""
        return self.status < 0x0100

    def group(self, tag: int) -> Mapping[str, tuple[Value, ...]]:
        """The first group with this delimiter tag, or an empty mapping."""
        for group_tag, attributes in self.groups:
            if group_tag == tag:
                return attributes
        return {}

    def all_groups(self, tag: int) -> list[Mapping[str, tuple[Value, ...]]]:
        """Every group with this delimiter tag (one per printer or job in a list)."""
        return [attributes for group_tag, attributes in self.groups if group_tag == tag]

    def message(self) -> str:
        """The scheduler's own status message, if it sent one."""
        values = self.group(TAG_OPERATION).get("status-message", ())
        return str(values[0]) if values else ""


@dataclass(frozen=True)
class Server:
    """Where the scheduler listens: a TCP host and port, or a local domain socket."""

    host: str
    port: int = DEFAULT_PORT
    socket_path: str | None = None

    @property
    def display(self) -> str:
        """How the server is named to a person."""
        return self.socket_path or f"{self.host}:{self.port}"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Server:
        """Find the scheduler as the CUPS clients do: CUPS_SERVER, client.conf, then defaults."""
        env = os.environ if environ is None else environ
        name = env.get("CUPS_SERVER", "").strip()
        if not name:
            name = _client_conf_server(env)
        if not name:
            name = DEFAULT_SOCKET if Path(DEFAULT_SOCKET).exists() else "localhost"
        return cls.parse(name)

    @classmethod
    def parse(cls, name: str) -> Server:
        """Parse `host`, `host:port`, `[v6]:port` or a socket path."""
        if name.startswith("/"):
            return cls(host="localhost", socket_path=name)
        host, port = name, DEFAULT_PORT
        if name.startswith("["):
            close = name.find("]")
            host = name[1:close]
            rest = name[close + 1 :]
            if rest.startswith(":") and rest[1:].isdigit():
                port = int(rest[1:])
        elif name.count(":") == 1:
            head, _, tail = name.partition(":")
            if tail.isdigit():
                host, port = head, int(tail)
        return cls(host=host, port=port)

    def uri(self, path: str) -> str:
        """The ipp:// URI of a resource on this server."""
        host = "localhost" if self.socket_path else self.host
        if ":" in host:
            host = f"[{host}]"
        return f"ipp://{host}:{self.port}{path}"


def _client_conf_server(env: Mapping[str, str]) -> str:
    """The ServerName from the user's or the system's client.conf, if any."""
    candidates = []
    home = env.get("HOME")
    if home:
        candidates.append(Path(home) / ".cups" / "client.conf")
    candidates.append(Path("/etc/cups/client.conf"))
    for path in candidates:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            parts = line.split(None, 1)
            if len(parts) == 2 and parts[0].lower() == "servername":
                return parts[1].strip()
    return ""


class _UnixConnection(http.client.HTTPConnection):
    """HTTP over a local domain socket, as the CUPS clients use by default."""

    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._path)
        self.sock = sock


def encode(
    operation: int,
    attributes: Sequence[Attribute],
    job_attributes: Sequence[Attribute] = (),
    request_id: int | None = None,
) -> bytes:
    """Encode a request: operation attributes (charset and language first), then job ones."""
    out = bytearray(struct.pack(">BBHI", 1, 1, operation, request_id or next(_request_ids)))
    out.append(TAG_OPERATION)
    head = [
        Attribute.of(CHARSET, "attributes-charset", "utf-8"),
        Attribute.of(LANGUAGE, "attributes-natural-language", "en"),
    ]
    for attribute in [*head, *attributes]:
        _encode_attribute(out, attribute)
    if job_attributes:
        out.append(TAG_JOB)
        for attribute in job_attributes:
            _encode_attribute(out, attribute)
    out.append(TAG_END)
    return bytes(out)


def _encode_attribute(out: bytearray, attribute: Attribute) -> None:
    for index, value in enumerate(attribute.values):
        name = attribute.name.encode("utf-8") if index == 0 else b""
        if isinstance(value, bool):
            data = b"\x01" if value else b"\x00"
        elif isinstance(value, int):
            data = struct.pack(">i", value)
        elif isinstance(value, str):
            data = value.encode("utf-8")
        else:
            data = value
        out += struct.pack(">BH", attribute.tag, len(name)) + name
        out += struct.pack(">H", len(data)) + data


def decode(data: bytes) -> Response:
    """Decode a response; collections are skipped (nothing here asks for them)."""
    if len(data) < 9:
        raise IppTransportError("the scheduler sent a truncated IPP response")
    _major, _minor, status, _request = struct.unpack(">BBHI", data[:8])
    groups: list[tuple[int, dict[str, tuple[Value, ...]]]] = []
    current: dict[str, tuple[Value, ...]] | None = None
    last_name = ""
    depth = 0  # inside a collection: its members are skipped
    pos = 8
    try:
        while pos < len(data):
            tag = data[pos]
            pos += 1
            if tag == TAG_END:
                break
            if tag < 0x10:
                current = {}
                groups.append((tag, current))
                continue
            (name_length,) = struct.unpack(">H", data[pos : pos + 2])
            name = data[pos + 2 : pos + 2 + name_length].decode("utf-8", "replace")
            pos += 2 + name_length
            (value_length,) = struct.unpack(">H", data[pos : pos + 2])
            raw = data[pos + 2 : pos + 2 + value_length]
            pos += 2 + value_length
            if tag == _BEGIN_COLLECTION:
                depth += 1
                continue
            if tag == _END_COLLECTION:
                depth -= 1
                continue
            if depth > 0 or current is None:
                continue
            if name:
                last_name = name
                current[name] = ()
            current[last_name] = (*current.get(last_name, ()), _decode_value(tag, raw))
    except (struct.error, IndexError) as error:
        raise IppTransportError("the scheduler sent a malformed IPP response") from error
    return Response(status=status, groups=tuple(groups))


def _decode_value(tag: int, raw: bytes) -> Value:
    if tag in (INTEGER, ENUM) and len(raw) == 4:
        return int(struct.unpack(">i", raw)[0])
    if tag == BOOLEAN and len(raw) == 1:
        return raw != b"\x00"
    if tag == _RANGE and len(raw) == 8:
        return tuple(struct.unpack(">ii", raw))
    if tag == _RESOLUTION and len(raw) == 9:
        return tuple(struct.unpack(">iiB", raw))
    if tag in (_OCTETS, _DATETIME) or tag < 0x40:
        return bytes(raw)
    return raw.decode("utf-8", "replace")


class IppClient:
    """Sends IPP requests to one scheduler and decodes the answers."""

    def __init__(self, server: Server | None = None, timeout: float = 10.0) -> None:
        self.server = server or Server.from_environment()
        self.timeout = timeout

    def request(
        self,
        path: str,
        operation: int,
        attributes: Sequence[Attribute],
        job_attributes: Sequence[Attribute] = (),
        document: Iterable[bytes] = (),
    ) -> Response:
        """POST one request (and an optional document body) and return the decoded response."""
        body = encode(operation, attributes, job_attributes) + b"".join(document)
        connection = self._connect()
        try:
            connection.request("POST", path, body=body, headers={"Content-Type": "application/ipp"})
            answer = connection.getresponse()
            payload = answer.read()
        except (OSError, http.client.HTTPException) as error:
            raise IppTransportError(
                f"cannot reach the print scheduler at {self.server.display}: {error}"
            ) from error
        finally:
            connection.close()
        if answer.status in (401, 403):
            raise IppAuthorisationError(
                f"the print scheduler at {self.server.display} refused the request "
                f"(HTTP {answer.status})"
            )
        if answer.status != 200:
            raise IppTransportError(
                f"the print scheduler at {self.server.display} answered HTTP {answer.status}"
            )
        return decode(payload)

    def _connect(self) -> http.client.HTTPConnection:
        if self.server.socket_path:
            return _UnixConnection(self.server.socket_path, self.timeout)
        return http.client.HTTPConnection(self.server.host, self.server.port, timeout=self.timeout)
