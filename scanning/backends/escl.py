"""eSCL (AirScan, Mopria) network scanners over HTTP(S): the only module that speaks eSCL.

eSCL is HTTP and XML: `GET ScannerCapabilities`, `GET ScannerStatus`, `POST ScanJobs` (201 and
the job's `Location`), `GET {job}/NextDocument` until 404, `DELETE {job}`. It runs inside the scan
worker process like the SANE backend, behind the same port, with the same fault kinds; every
request has a timeout. HTTPS scanners with the self-signed certificates printers ship are
trusted on first use: the certificate's SHA-256 fingerprint is pinned per scanner in a file only
the user can read, and a changed certificate is refused with what changed; or a CA file is used,
with full verification. Certificate checks are never turned off.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import hashlib
import io
import json
import logging
import os
import socket
import ssl
import tempfile
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from scanning.faults import FaultKind, ScanFault
from scanning.model import (
    PAGE_SIZES,
    AppliedSettings,
    Capabilities,
    ColorMode,
    DeviceInfo,
    EncodedPage,
    ScanRequest,
    SourceInfo,
    SourceKind,
)
from scanning.port import PageListener

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

PREFIX = "escl:"
DEFAULT_TIMEOUT_SECONDS = 30.0
LIST_TIMEOUT_SECONDS = 5.0
MAX_XML_BYTES = 1 << 20
READ_SIZE = 256 * 1024
STANDARD_RESOLUTIONS = (75, 100, 150, 200, 240, 300, 400, 600, 1200)
# The formats we can turn into the pipeline's image, best first: lossless PNG, then JPEG (what
# most scanners offer), then a PDF (whose page image is taken out of it). A colour or grey scan
# ends as a JPEG whatever comes in: there JPEG comes first, and is kept as the scanner made it
# when the page needs no change (asked for at the profile's quality, where the scanner can).
FORMATS = ("image/png", "image/jpeg", "application/pdf")
PICTURE_FORMATS = ("image/jpeg", "image/png", "application/pdf")
# Decoded by the pipeline threads, not by the thread reading the scanner.
PASSED_ON = ("image/png", "image/jpeg")
SCAN_NS = "http://schemas.hp.com/imaging/escl/2011/05/03"
PWG_NS = "http://www.pwg.org/schemas/2010/12/sm"
MM_PER_UNIT = 25.4 / 300  # eSCL measures in three-hundredths of an inch

# What ScannerStatus's AdfState says, as the fault staff must fix (empty is handled apart).
ADF_FAULTS: dict[str, FaultKind] = {
    "ScannerAdfJam": FaultKind.JAMMED,
    "ScannerAdfMispick": FaultKind.JAMMED,
    "ScannerAdfMultipickDetected": FaultKind.JAMMED,
    "ScannerAdfDuplexPageTooShort": FaultKind.JAMMED,
    "ScannerAdfDuplexPageTooLong": FaultKind.JAMMED,
    "ScannerAdfDoorOpen": FaultKind.COVER_OPEN,
    "ScannerAdfHatchOpen": FaultKind.COVER_OPEN,
    "ScannerAdfInputTrayFailed": FaultKind.IO_ERROR,
    "ScannerAdfInputTrayOverloaded": FaultKind.JAMMED,
}
ADF_EMPTY = "ScannerAdfEmpty"
ADF_LOADED = "ScannerAdfLoaded"
# pwg:State of the whole scanner.
STATE_FAULTS: dict[str, FaultKind] = {
    "Processing": FaultKind.BUSY,
    "Testing": FaultKind.WARMING_UP,
    "Stopped": FaultKind.IO_ERROR,
    "Down": FaultKind.IO_ERROR,
}


# ---------------------------------------------------------------------- trust


def fingerprint(der: bytes) -> str:
    """A certificate's SHA-256 fingerprint as hex pairs (AB:CD:...)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _peer_certificate(host: str, port: int, timeout: float) -> bytes:
    """The certificate a TLS server presents (DER), read without trusting it."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # Only to read the certificate, which is then pinned: nothing is sent over this connection.
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with (
        socket.create_connection((host, port), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=host) as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ssl.SSLError("the server sent no certificate")
    return der


class TrustStore:
    """Certificates of HTTPS scanners, trusted on first use: one pinned fingerprint per
    host and port, in a JSON file only this user can read or write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise ScanFault(
                FaultKind.CERTIFICATE_REFUSED,
                f"The list of trusted scanner certificates ({self.path}) cannot be read "
                f"({type(error).__name__}).",
            ) from None
        scanners = data.get("scanners", {}) if isinstance(data, dict) else {}
        return {str(k): dict(v) for k, v in scanners.items() if isinstance(v, dict)}

    def pinned(self, address: str) -> dict[str, str] | None:
        """What was recorded for `address` (host:port), if anything."""
        return self._read().get(address)

    def pin(self, address: str, der: bytes) -> str:
        """Record `der` as the certificate of `address`; return its fingerprint."""
        with self._lock:
            scanners = self._read()
            entry = {
                "sha256": fingerprint(der),
                "first_trusted": datetime.datetime.now(datetime.UTC).date().isoformat(),
            }
            scanners[address] = entry
            self._write({"version": 1, "scanners": scanners})
        log.info("trusted the certificate of scanner %s on first use", address)
        return entry["sha256"]

    def _write(self, data: dict[str, Any]) -> None:
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # mkstemp makes the file readable and writable by its owner only.
        handle, name = tempfile.mkstemp(dir=folder, prefix=".escl-trust-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=2, sort_keys=True)
            Path(name).chmod(0o600)
            Path(name).replace(self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(name).unlink()
            raise


@dataclass(frozen=True)
class _Trust:
    """How HTTPS scanners are checked: a CA file, else trust on first use in `store`."""

    ca_file: str | None
    store: TrustStore | None


# ---------------------------------------------------------------------- HTTP


@dataclass(frozen=True)
class _Address:
    scheme: str
    host: str
    port: int
    root: str  # the eSCL root path, e.g. /eSCL

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def parse(cls, url: str) -> _Address:
        parsed = urllib3.util.parse_url(url.strip())
        scheme = (parsed.scheme or "").lower()
        if scheme not in ("http", "https") or not parsed.host:
            raise ScanFault(FaultKind.NOT_A_SCANNER, "not an http(s) URL")
        port = parsed.port or (443 if scheme == "https" else 80)
        root = (parsed.path or "").rstrip("/") or "/eSCL"
        return cls(scheme, parsed.host.strip("[]"), port, root)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{self.root}"


class _Client:
    """Requests to one scanner, each with a timeout, every failure a ScanFault."""

    def __init__(self, address: _Address, trust: _Trust, timeout: float) -> None:
        self.address = address
        self._trust = trust
        self._timeout = timeout
        self._pinned: dict[str, str] | None = None
        timeouts = urllib3.Timeout(connect=min(timeout, 10.0), read=timeout)
        common: dict[str, Any] = {"timeout": timeouts, "retries": False, "maxsize": 2}
        self._pool: urllib3.HTTPConnectionPool
        if address.scheme == "http":
            self._pool = urllib3.HTTPConnectionPool(address.host, address.port, **common)
        elif trust.ca_file:
            if not Path(trust.ca_file).is_file():
                raise ScanFault(
                    FaultKind.CERTIFICATE_REFUSED,
                    f"The CA file set for HTTPS scanners, {trust.ca_file}, does not exist.",
                )
            self._pool = urllib3.HTTPSConnectionPool(
                address.host,
                address.port,
                cert_reqs="CERT_REQUIRED",
                ca_certs=trust.ca_file,
                **common,
            )
        else:
            self._pool = urllib3.HTTPSConnectionPool(
                address.host,
                address.port,
                cert_reqs="CERT_NONE",
                assert_fingerprint=self._fingerprint(),
                **common,
            )

    def _fingerprint(self) -> str:
        """The pinned fingerprint of this scanner's certificate (pinned now on first use)."""
        store = self._trust.store
        if store is None:
            raise ScanFault(
                FaultKind.CERTIFICATE_REFUSED,
                "No CA file is set for HTTPS scanners and there is no list of trusted "
                "certificates to record this one in.",
            )
        pinned = store.pinned(self.address.label)
        if pinned is None:
            try:
                der = _peer_certificate(self.address.host, self.address.port, self._timeout)
            except TimeoutError:
                raise ScanFault(FaultKind.HUNG, "TLS handshake timed out") from None
            except ConnectionRefusedError:
                raise ScanFault(FaultKind.UNPLUGGED, "offline: connection refused") from None
            except (OSError, ssl.SSLError) as error:
                raise ScanFault(FaultKind.UNPLUGGED, f"TLS: {type(error).__name__}") from None
            store.pin(self.address.label, der)
            pinned = store.pinned(self.address.label) or {}
        self._pinned = pinned
        return pinned.get("sha256", "")

    def url(self, path: str) -> str:
        """`path` (relative to the eSCL root, or absolute as a job's Location) as a path."""
        base = f"{self.address.root}/"
        return urllib.parse.urlsplit(urllib.parse.urljoin(base, path)).path

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        *,
        stream: bool = False,
        again: bool = False,
    ) -> urllib3.BaseHTTPResponse:
        """One request; `again`: asked once more if a kept-alive connection turns out closed
        (only for requests that change nothing: never a job's POST or its NextDocument, where a
        second ask could skip a page)."""
        headers = {"Content-Type": "text/xml"} if body is not None else {}
        for attempt in range(2 if again else 1):
            try:
                return self._pool.urlopen(
                    method,
                    self.url(path),
                    body=body,
                    headers=headers,
                    preload_content=not stream,
                    redirect=False,
                    retries=False,
                )
            except ProtocolError as error:
                # A connection the scanner had closed while it was kept for the next request.
                if again and attempt == 0:
                    continue
                raise self.fault(error, f"{method} {path.rsplit('/', 1)[-1]}") from None
            except (HTTPError, OSError) as error:
                raise self.fault(error, f"{method} {path.rsplit('/', 1)[-1]}") from None
        raise ScanFault(FaultKind.INTERNAL, "unreachable")

    def xml(self, path: str) -> ET.Element:
        """GET `path` as eSCL XML."""
        response = self.request("GET", path, again=True)
        if response.status != 200:
            raise ScanFault(FaultKind.NOT_A_SCANNER, f"{path}: HTTP {response.status}")
        return parse_xml(response.data)

    def fault(self, error: BaseException, where: str) -> ScanFault:
        """The fault a transport error means."""
        if isinstance(error, ReadTimeoutError | TimeoutError | socket.timeout):
            return ScanFault(FaultKind.HUNG, f"no answer in time: {where}")
        if isinstance(error, SSLError) or isinstance(error.__context__, ssl.SSLError):
            return self._certificate_fault(error)
        if isinstance(error, ConnectTimeoutError | ConnectionRefusedError):
            # No connection at all (refused, no route, no such host): switched off or away.
            return ScanFault(FaultKind.UNPLUGGED, f"offline: {where}")
        return ScanFault(FaultKind.IO_ERROR, f"{type(error).__name__}: {where}")

    def _certificate_fault(self, error: BaseException) -> ScanFault:
        address = self.address.label
        if self._trust.ca_file:
            return ScanFault(
                FaultKind.CERTIFICATE_REFUSED,
                f"The certificate of the scanner at {address} is not signed by the CA in "
                f"{self._trust.ca_file}, or does not name that address.",
            )
        if "fingerprint" not in str(error).lower():
            return ScanFault(FaultKind.IO_ERROR, f"TLS: {type(error).__name__}")
        pinned = self._pinned or {}
        try:
            now = fingerprint(_peer_certificate(self.address.host, self.address.port, 5.0))
        except (OSError, ssl.SSLError):
            now = "(could not be read again)"
        store = self._trust.store
        where = f" in {store.path}" if store is not None else ""
        return ScanFault(
            FaultKind.CERTIFICATE_REFUSED,
            f"The certificate of the scanner at {address} changed since it was first trusted "
            f"on {pinned.get('first_trusted', 'an earlier day')}: its SHA-256 fingerprint was "
            f"{pinned.get('sha256', '?')} and is now {now}. If IT replaced or reset the "
            f"scanner, remove the entry for {address}{where} to trust the new certificate.",
        )

    def close(self) -> None:
        self._pool.close()


# ---------------------------------------------------------------------- XML


def parse_xml(data: bytes) -> ET.Element:
    """eSCL XML from a scanner: small, and without a DTD (so no entity tricks)."""
    if len(data) > MAX_XML_BYTES or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ScanFault(FaultKind.NOT_A_SCANNER, "XML too large or with a DTD")
    try:
        return ET.fromstring(data)  # noqa: S314  (no DTD, size-limited: see above)
    except ET.ParseError:
        raise ScanFault(FaultKind.NOT_A_SCANNER, "not XML") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) == name]


def _text(element: ET.Element | None, name: str, default: str = "") -> str:
    if element is None:
        return default
    found = _child(element, name)
    return (found.text or "").strip() if found is not None and found.text else default


def _descendants(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element.iter() if _local(e.tag) == name]


def _int(text: str, default: int = 0) -> int:
    try:
        return int(text)
    except ValueError:
        return default


@dataclass(frozen=True)
class InputCaps:
    """What one source of an eSCL scanner offers (lengths in 1/300 inch)."""

    kind: SourceKind
    input_source: str  # Platen or Feeder
    modes: tuple[str, ...]
    formats: tuple[str, ...]
    format_ext: bool
    resolutions: tuple[int, ...]
    max_width: int
    max_height: int
    min_width: int = 0
    min_height: int = 0
    # scan:CompressionFactorSupport (Min, Max, Step): higher means smaller, coarser JPEGs.
    compression: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class ScannerCaps:
    """A scanner's ScannerCapabilities, parsed."""

    vendor: str
    model: str
    serial: str | None
    version: str
    sources: tuple[InputCaps, ...]
    make_and_model: str = ""
    firmware: str = ""


def parse_capabilities(root: ET.Element) -> ScannerCaps:
    """Read ScannerCapabilities; anything else is NOT_A_SCANNER."""
    if _local(root.tag) != "ScannerCapabilities":
        raise ScanFault(FaultKind.NOT_A_SCANNER, f"not eSCL capabilities: {_local(root.tag)}")
    sources: list[InputCaps] = []
    platen = _child(root, "Platen")
    if platen is not None and (caps := _child(platen, "PlatenInputCaps")) is not None:
        sources.append(_input_caps(caps, SourceKind.FLATBED, "Platen"))
    adf = _child(root, "Adf")
    if adf is not None:
        simplex = _child(adf, "AdfSimplexInputCaps")
        duplex = _child(adf, "AdfDuplexInputCaps")
        if simplex is not None:
            sources.append(_input_caps(simplex, SourceKind.ADF, "Feeder"))
        options = [(o.text or "").strip() for o in _descendants(adf, "AdfOption")]
        if duplex is None and simplex is not None and "Duplex" in options:
            duplex = simplex
        if duplex is not None:
            sources.append(_input_caps(duplex, SourceKind.DUPLEX, "Feeder"))
    if not sources:
        raise ScanFault(FaultKind.NOT_A_SCANNER, "neither a platen nor a feeder")
    # Scanners give CompressionFactorSupport for the whole scanner (as sane-airscan reads it),
    # some for a source: a source's own wins.
    if (whole := _compression_support(root)) is not None:
        sources = [
            s if s.compression else dataclasses.replace(s, compression=whole) for s in sources
        ]
    make_and_model = _text(root, "MakeAndModel")
    model = _text(root, "ModelName")
    if model and make_and_model.endswith(model) and len(make_and_model) > len(model):
        vendor = make_and_model[: -len(model)].strip()
    else:
        vendor, _, rest = make_and_model.partition(" ")
        model = model or rest
    return ScannerCaps(
        vendor=vendor,
        model=model or "network scanner",
        serial=_text(root, "SerialNumber") or _text(root, "UUID") or None,
        version=_text(root, "Version", "2.0"),
        sources=tuple(sources),
        make_and_model=make_and_model or " ".join(p for p in (vendor, model) if p),
        firmware=_firmware(root),
    )


def _firmware(root: ET.Element) -> str:
    """The firmware version some scanners give (scan:Firmware/scan:Version)."""
    firmware = _descendants(root, "Firmware")
    version = _text(firmware[0], "Version") if firmware else ""
    return f"firmware {version}" if version else ""


def _compression_support(parent: ET.Element) -> tuple[int, int, int] | None:
    """scan:CompressionFactorSupport (Min, Max, Step) directly under `parent`, if valid."""
    support = _child(parent, "CompressionFactorSupport")
    if support is None:
        return None
    low, high = _int(_text(support, "Min")), _int(_text(support, "Max"))
    if not high > low >= 0:
        return None
    return low, high, max(1, _int(_text(support, "Step"), 1))


def _input_caps(caps: ET.Element, kind: SourceKind, input_source: str) -> InputCaps:
    modes: list[str] = []
    formats: list[str] = []
    resolutions: set[int] = set()
    format_ext = False
    for profile in _descendants(caps, "SettingProfile"):
        modes += [(m.text or "").strip() for m in _descendants(profile, "ColorMode")]
        for element in _descendants(profile, "DocumentFormat") + _descendants(
            profile, "DocumentFormatExt"
        ):
            formats.append((element.text or "").strip().lower())
            format_ext = format_ext or _local(element.tag) == "DocumentFormatExt"
        for discrete in _descendants(profile, "DiscreteResolution"):
            x, y = _int(_text(discrete, "XResolution")), _int(_text(discrete, "YResolution"))
            if x > 0 and (y in (0, x)):
                resolutions.add(x)
        for span in _descendants(profile, "ResolutionRange"):
            x_range = _child(span, "XResolutionRange") or span
            low = _int(_text(x_range, "Min"), 0)
            high = _int(_text(x_range, "Max"), 0)
            resolutions |= {r for r in STANDARD_RESOLUTIONS if low <= r <= high}
    return InputCaps(
        kind=kind,
        input_source=input_source,
        compression=_compression_support(caps),
        modes=tuple(dict.fromkeys(m for m in modes if m)),
        formats=tuple(dict.fromkeys(f for f in formats if f)),
        format_ext=format_ext,
        resolutions=tuple(sorted(resolutions)),
        max_width=_int(_text(caps, "MaxWidth")),
        max_height=_int(_text(caps, "MaxHeight")),
        min_width=_int(_text(caps, "MinWidth")),
        min_height=_int(_text(caps, "MinHeight")),
    )


@dataclass(frozen=True)
class JobInfo:
    """One job as ScannerStatus lists it."""

    state: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ScannerStatus:
    """ScannerStatus, parsed; `jobs` is None when the scanner lists none at all."""

    state: str
    adf_state: str
    jobs: dict[str, JobInfo] | None


def parse_status(root: ET.Element) -> ScannerStatus:
    if _local(root.tag) != "ScannerStatus":
        raise ScanFault(FaultKind.NOT_A_SCANNER, f"not eSCL status: {_local(root.tag)}")
    jobs_element = _child(root, "Jobs")
    jobs: dict[str, JobInfo] | None = None
    if jobs_element is not None:
        jobs = {}
        for info in _children(jobs_element, "JobInfo"):
            uri = _text(info, "JobUri")
            if uri:
                reasons = tuple(
                    (r.text or "").strip() for r in _descendants(info, "JobStateReason")
                )
                jobs[urllib.parse.urlsplit(uri).path.rstrip("/")] = JobInfo(
                    _text(info, "JobState"), reasons
                )
    return ScannerStatus(_text(root, "State"), _text(root, "AdfState"), jobs)


# ---------------------------------------------------------------------- discovery

DISCOVERY_SECONDS = 2.0
SERVICE_TYPES = ("_uscan._tcp.local.", "_uscans._tcp.local.")


def browse(seconds: float = DISCOVERY_SECONDS) -> list[str]:
    """The eSCL roots scanners announce on the local network by mDNS (DNS-SD), listened to for
    `seconds`; none when mDNS cannot be used here (no zeroconf, UDP 5353 not available)."""
    try:
        from zeroconf import (  # noqa: PLC0415  (only when discovery is on)
            IPVersion,
            ServiceBrowser,
            ServiceListener,
            Zeroconf,
        )
    except ImportError:
        log.info("eSCL discovery is on but zeroconf is not installed")
        return []
    names: list[tuple[str, str]] = []
    lock = threading.Lock()

    class _Found(ServiceListener):
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            with lock:
                names.append((type_, name))

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            """A change to a service already found: nothing to do."""

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            """A service going away while we listen: it is simply not listed."""

    try:
        zeroconf = Zeroconf(ip_version=IPVersion.V4Only)
    except OSError as error:
        log.info("eSCL discovery unavailable: %s", type(error).__name__)
        return []
    urls: list[str] = []
    try:
        browser = ServiceBrowser(zeroconf, list(SERVICE_TYPES), _Found())
        time.sleep(seconds)
        browser.cancel()
        with lock:
            found = list(dict.fromkeys(names))
        for type_, name in found:
            info = zeroconf.get_service_info(type_, name, timeout=1000)
            if info is None or not info.port:
                continue
            scheme = "https" if type_.startswith("_uscans") else "http"
            raw = info.properties.get(b"rs") or b"eSCL"
            root = raw.decode("utf-8", "replace").strip().strip("/") or "eSCL"
            for address in info.parsed_addresses(IPVersion.V4Only)[:1]:
                urls.append(f"{scheme}://{address}:{info.port}/{root}")
    finally:
        zeroconf.close()
    return urls


# ---------------------------------------------------------------------- the backend


class EsclBackend:
    """eSCL scanners at configured URLs; opening one gives an `EsclDevice`."""

    def __init__(
        self,
        urls: Sequence[str] = (),
        *,
        ca_file: str | None = None,
        trust_file: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        discovery: bool = False,
        discovery_seconds: float = DISCOVERY_SECONDS,
    ) -> None:
        self.urls = tuple(dict.fromkeys(u.strip() for u in urls if u.strip()))
        self.discovery = discovery
        self.discovery_seconds = discovery_seconds
        store = TrustStore(Path(trust_file)) if trust_file else None
        self._trust = _Trust(str(ca_file) if ca_file else None, store)
        self.timeout = float(timeout)
        self._opened: dict[str, None] = {}

    def devices(self) -> list[DeviceInfo]:
        """Every configured scanner (and any other opened here), named as it names itself
        when it answers in time."""
        urls = list(dict.fromkeys([*self.urls, *self._opened]))
        announced = (
            [u for u in browse(self.discovery_seconds) if u not in urls] if self.discovery else []
        )
        if not urls and not announced:
            return []
        with ThreadPoolExecutor(max_workers=min(8, len(urls) + len(announced))) as pool:
            found = list(pool.map(self._describe, [*urls, *announced]))
        configured, discovered = found[: len(urls)], found[len(urls) :]
        # A configured scanner that also announces itself is listed once, as configured.
        serials = {d.serial for d in configured if d.serial}
        discovered = [d for d in discovered if d.model and d.serial not in serials]
        return list({d.id: d for d in [*configured, *discovered]}.values())

    def _describe(self, url: str) -> DeviceInfo:
        device_id = f"{PREFIX}{url}"
        try:
            address = _Address.parse(url)
            device_id = f"{PREFIX}{address.url}"
            client = _Client(address, self._trust, min(self.timeout, LIST_TIMEOUT_SECONDS))
            try:
                caps = parse_capabilities(client.xml("ScannerCapabilities"))
            finally:
                client.close()
        except ScanFault as fault:
            log.info("eSCL scanner %s did not describe itself: %s", device_id, fault.kind.value)
            return DeviceInfo(device_id, "", "", type="eSCL network scanner")
        return _info(device_id, caps)

    def open(self, device: DeviceInfo) -> EsclDevice:
        """Open `device` (its id is escl:URL) by reading its capabilities."""
        if not device.id.startswith(PREFIX):
            raise ScanFault(FaultKind.UNPLUGGED, "not an eSCL device id")
        address = _Address.parse(device.id[len(PREFIX) :])
        self._opened[address.url] = None
        client = _Client(address, self._trust, self.timeout)
        try:
            caps = parse_capabilities(client.xml("ScannerCapabilities"))
        except BaseException:
            client.close()
            raise
        return EsclDevice(_info(device.id, caps), caps, client)


def _info(device_id: str, caps: ScannerCaps) -> DeviceInfo:
    server = " ".join(p for p in (caps.make_and_model, caps.firmware) if p)
    return DeviceInfo(
        device_id,
        caps.vendor,
        caps.model,
        type="eSCL network scanner",
        serial=caps.serial,
        driver=f"eSCL {caps.version} server {server or 'unnamed'}",
    )


@dataclass(frozen=True)
class _Plan:
    """A configured scan: the ScanSettings to post, and what the page format is."""

    source: InputCaps
    settings_xml: bytes
    format: str


class EsclDevice:
    """One eSCL scanner, open for a run."""

    # A busy scanner (503) is asked again this often, for this long, before it is a BUSY fault.
    busy_seconds = 8.0
    retry_seconds = 0.5

    def __init__(self, info: DeviceInfo, caps: ScannerCaps, client: _Client) -> None:
        self.info = info
        self._caps = caps
        self._client = client
        self._plan: _Plan | None = None
        self._job: str | None = None  # the open job's path, until it ended or was deleted
        self._lock = threading.Lock()
        self._closed = False

    # ------------------------------------------------------------------ capabilities

    def capabilities(self) -> Capabilities:
        sources = self._caps.sources
        infos = tuple(
            SourceInfo(
                s.kind,
                "Duplex" if s.kind is SourceKind.DUPLEX else s.input_source,
                (("duplex", True),) if s.kind is SourceKind.DUPLEX else (),
            )
            for s in sources
        )
        names = {m for s in sources for m in s.modes}
        modes = [ColorMode.AUTO]
        if "RGB24" in names:
            modes.append(ColorMode.COLOR)
        if names & {"RGB24", "Grayscale8"}:
            modes += [ColorMode.GRAY, ColorMode.BW]
        width = max((s.max_width for s in sources), default=0) * MM_PER_UNIT or None
        height = max((s.max_height for s in sources), default=0) * MM_PER_UNIT or None
        sizes = tuple(
            p
            for p in PAGE_SIZES
            if (width is None or p.width_mm <= width + 0.5)
            and (height is None or p.height_mm <= height + 0.5)
        )
        return Capabilities(
            device=self.info,
            sources=infos,
            modes=tuple(modes),
            resolutions=tuple(sorted({r for s in sources for r in s.resolutions})),
            max_width_mm=round(width, 1) if width else None,
            max_height_mm=round(height, 1) if height else None,
            page_sizes=sizes,
        )

    def _source(self, kind: SourceKind) -> InputCaps | None:
        return next((s for s in self._caps.sources if s.kind is kind), None)

    # ------------------------------------------------------------------ configure

    def configure(self, request: ScanRequest) -> AppliedSettings:
        """Choose source, mode, resolution, area and format from the capabilities."""
        notes: list[str] = []
        source = self._source(request.source)
        if source is None and request.source is SourceKind.DUPLEX:
            source = self._source(SourceKind.ADF)
            notes.append("duplex unavailable: scanning one side")
        if source is None and request.source is SourceKind.FLATBED and len(self._caps.sources) == 1:
            source = self._caps.sources[0]
        if source is None:
            raise ScanFault(FaultKind.UNSUPPORTED, f"no {request.source.value} source")
        options = dict(request.driver_options)
        unknown = set(options) - {"format", "intent"}
        if unknown:
            raise ScanFault(FaultKind.UNSUPPORTED, f"not an eSCL option: {sorted(unknown)[0]}")
        mode = _mode(source, request.mode)
        resolution = _nearest(source.resolutions, request.resolution)
        if resolution != request.resolution:
            notes.append(f"resolution {request.resolution} unavailable: scanning at {resolution}")
        width, height = source.max_width, source.max_height
        if request.page_size is not None:
            width = min(width, round(request.page_size.width_mm / MM_PER_UNIT))
            height = min(height, round(request.page_size.height_mm / MM_PER_UNIT))
        fmt = str(options.get("format", "")).lower() or _format(source, request.mode)
        if fmt not in source.formats or fmt not in FORMATS:
            raise ScanFault(FaultKind.UNSUPPORTED, f"no page format we can read: {fmt or '-'}")
        intent = str(options.get("intent", ""))
        duplex = source.kind is SourceKind.DUPLEX
        xml = _settings_xml(
            version=self._caps.version,
            source=source,
            mode=mode,
            dpi=resolution,
            size=(width, height),
            fmt=fmt,
            intent=intent,
            duplex=duplex,
            compression=_compression(source, request.jpeg_quality) if fmt == "image/jpeg" else None,
        )
        self._plan = _Plan(source, xml, fmt)
        return AppliedSettings(
            device_id=self.info.id,
            source=source.kind,
            source_name="Duplex" if duplex else source.input_source,
            scan_mode=mode,
            resolution=resolution,
            width_mm=round(width * MM_PER_UNIT, 1) if width else None,
            height_mm=round(height * MM_PER_UNIT, 1) if height else None,
            notes=tuple(notes),
        )

    # ------------------------------------------------------------------ scanning

    def pages(
        self,
        batch: bool,
        cancel: threading.Event,
        listener: PageListener,
        limit: int | None = None,
    ) -> Iterator[Image.Image | EncodedPage]:
        """Create a job and fetch its documents until the scanner says there are no more.

        The scanner feeds its sheets by itself once the job exists; each page is fetched while
        the pipeline threads work on the one before. A cancel deletes the job at once; so does
        `close()` for a job still open (a limit reached, a fault, a flatbed page taken).
        """
        plan = self._plan
        if plan is None:
            raise ScanFault(FaultKind.INTERNAL, "pages() before configure()")
        feeder = plan.source.kind is not SourceKind.FLATBED
        if not self._create_job(plan, feeder, cancel, listener):
            return
        # A cancel deletes the job at once, even while this thread waits for a page.
        finished = threading.Event()
        watcher = threading.Thread(
            target=self._delete_on_cancel, args=(cancel, finished), name="escl-cancel", daemon=True
        )
        watcher.start()
        try:
            index = 0
            while limit is None or index < limit:
                image = self._next_page(index, feeder, cancel, listener)
                if image is None:
                    break
                yield image
                index += 1
                if not batch:
                    break
        finally:
            finished.set()
            watcher.join()
        if cancel.is_set():
            self._end_job()

    def _delete_on_cancel(self, cancel: threading.Event, finished: threading.Event) -> None:
        while not finished.wait(0.05):
            if cancel.is_set():
                self._end_job()
                return

    def _create_job(
        self, plan: _Plan, feeder: bool, cancel: threading.Event, listener: PageListener
    ) -> bool:
        deadline = time.monotonic() + self.busy_seconds
        while not cancel.is_set():
            response = self._client.request("POST", "ScanJobs", plan.settings_xml)
            if response.status in (200, 201):
                location = response.headers.get("Location", "")
                if not location:
                    raise ScanFault(FaultKind.IO_ERROR, "ScanJobs: no Location")
                self._job = self._client.url(location).rstrip("/")
                return True
            if response.status == 503 and time.monotonic() < deadline:
                listener.progress(0, 0, None)
                cancel.wait(self.retry_seconds)
                continue
            raise self._status_fault(feeder, f"ScanJobs: HTTP {response.status}", response.status)
        return False

    def _next_page(
        self, index: int, feeder: bool, cancel: threading.Event, listener: PageListener
    ) -> Image.Image | EncodedPage | None:
        job = self._job
        if job is None:
            return None
        deadline = time.monotonic() + self.busy_seconds
        while not cancel.is_set():
            response = self._client.request("GET", f"{job}/NextDocument", stream=True)
            status = response.status
            if status == 200:
                data = self._read(response, index, cancel, listener)
                return None if data is None else _page(data)
            response.drain_conn()
            response.release_conn()
            if cancel.is_set():
                return None  # the job was deleted meanwhile
            if status == 503 and time.monotonic() < deadline:
                # Not ready yet (warming up, still scanning the sheet): ask again.
                listener.progress(index, 0, None)
                cancel.wait(self.retry_seconds)
                continue
            if status == 404:
                self._after_last(index, feeder)  # raises unless the job simply ended
                return None
            raise self._status_fault(feeder, f"NextDocument: HTTP {status}", status)
        return None

    def _read(
        self,
        response: urllib3.BaseHTTPResponse,
        index: int,
        cancel: threading.Event,
        listener: PageListener,
    ) -> bytes | None:
        if cancel.is_set():
            response.close()
            return None
        listener.page_started(index)
        length = response.headers.get("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        data = bytearray()
        try:
            for chunk in response.stream(READ_SIZE):
                data += chunk
                listener.progress(index, len(data), expected)
                if cancel.is_set():
                    response.close()  # drops the connection: the rest is not wanted
                    return None
        except (HTTPError, OSError) as error:
            response.close()
            if isinstance(error, ReadTimeoutError | TimeoutError):
                raise ScanFault(FaultKind.HUNG, "page stopped arriving") from None
            raise ScanFault(FaultKind.IO_ERROR, f"page cut off: {type(error).__name__}") from None
        response.release_conn()
        if expected is not None and len(data) != expected:
            raise ScanFault(FaultKind.IO_ERROR, "page cut off")
        if not data:
            raise ScanFault(FaultKind.NO_IMAGE, "empty document")
        return bytes(data)

    def _after_last(self, index: int, feeder: bool) -> None:
        """NextDocument said 404: the end of the job, or a fault, as ScannerStatus tells."""
        with self._lock:
            job, self._job = self._job, None
        status = self._status()
        info = status.jobs.get(job or "") if status and status.jobs is not None else None
        adf = status.adf_state if status else ""
        if feeder and adf in ADF_FAULTS:
            raise ScanFault(ADF_FAULTS[adf], f"{adf} after {index} pages")
        if info is not None and info.state in ("Aborted", "Canceled"):
            raise ScanFault(FaultKind.CRASHED, f"job {info.state.lower()} by the scanner")
        completed = info is not None and info.state == "Completed"
        if feeder and not completed and adf == ADF_LOADED:
            # Paper left in the feeder and the job is gone: the scanner dropped it.
            raise ScanFault(FaultKind.CRASHED, f"job vanished after {index} pages")
        if index == 0:
            kind = FaultKind.FEEDER_EMPTY if feeder else FaultKind.NO_IMAGE
            raise ScanFault(kind, "no documents")

    def _status(self) -> ScannerStatus | None:
        try:
            return parse_status(self._client.xml("ScannerStatus"))
        except ScanFault as fault:
            log.info("eSCL status unreadable: %s", fault.kind.value)
            return None

    def _status_fault(self, feeder: bool, where: str, http_status: int) -> ScanFault:
        """The fault behind a refused request, as ScannerStatus explains it."""
        status = self._status()
        if status is not None:
            if feeder and status.adf_state in ADF_FAULTS:
                return ScanFault(ADF_FAULTS[status.adf_state], where)
            if feeder and status.adf_state == ADF_EMPTY:
                return ScanFault(FaultKind.FEEDER_EMPTY, where)
            if status.state in STATE_FAULTS:
                return ScanFault(STATE_FAULTS[status.state], where)
        if http_status == 503:
            return ScanFault(FaultKind.BUSY, where)
        if http_status in (400, 409, 415):
            return ScanFault(FaultKind.UNSUPPORTED, where)
        return ScanFault(FaultKind.IO_ERROR, where)

    def _end_job(self) -> None:
        """Delete the open job, if any (best effort: the scanner may be gone)."""
        with self._lock:
            job, self._job = self._job, None
        if job is None:
            return
        try:
            response = self._client.request("DELETE", job, again=True)
            log.debug("eSCL job deleted: HTTP %s", response.status)
        except ScanFault as fault:
            log.info("eSCL job could not be deleted: %s", fault.kind.value)

    def close(self) -> None:
        """Delete a job still open and close the connections (once)."""
        if not self._closed:
            self._closed = True
            self._end_job()
            self._client.close()


def _mode(source: InputCaps, mode: ColorMode) -> str:
    # Black-and-white is scanned grey and thresholded by the pipeline (as for SANE).
    wanted = ["RGB24", "Grayscale8"]
    if mode in (ColorMode.GRAY, ColorMode.BW):
        wanted.reverse()
    for name in wanted:
        if name in source.modes:
            return name
    raise ScanFault(FaultKind.UNSUPPORTED, f"no {mode.value} mode")


def _nearest(resolutions: tuple[int, ...], dpi: int) -> int:
    if not resolutions:
        return dpi
    return min(resolutions, key=lambda r: (abs(r - dpi), -r))


def _format(source: InputCaps, mode: ColorMode) -> str:
    order = PICTURE_FORMATS if mode in (ColorMode.COLOR, ColorMode.GRAY) else FORMATS
    return next((f for f in order if f in source.formats), "")


def _compression(source: InputCaps, quality: int) -> int | None:
    """The CompressionFactor for a JPEG of about `quality` (1-100), where the scanner takes one."""
    if source.compression is None:
        return None
    low, high, step = source.compression
    factor = low + (high - low) * (100 - min(max(quality, 1), 100)) / 100
    return min(high, low + round((factor - low) / step) * step)


def _settings_xml(
    *,
    version: str,
    source: InputCaps,
    mode: str,
    dpi: int,
    size: tuple[int, int],
    fmt: str,
    intent: str,
    duplex: bool,
    compression: int | None = None,
) -> bytes:
    ET.register_namespace("scan", SCAN_NS)
    ET.register_namespace("pwg", PWG_NS)
    root = ET.Element(f"{{{SCAN_NS}}}ScanSettings")

    def add(parent: ET.Element, ns: str, name: str, value: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ns}}}{name}")
        if value is not None:
            element.text = value
        return element

    add(root, PWG_NS, "Version", version or "2.0")
    if intent:
        add(root, SCAN_NS, "Intent", intent)
    regions = add(root, PWG_NS, "ScanRegions")
    region = add(regions, PWG_NS, "ScanRegion")
    add(region, PWG_NS, "ContentRegionUnits", "escl:ThreeHundredthsOfInches")
    add(region, PWG_NS, "XOffset", "0")
    add(region, PWG_NS, "YOffset", "0")
    add(region, PWG_NS, "Width", str(size[0]))
    add(region, PWG_NS, "Height", str(size[1]))
    add(root, PWG_NS, "InputSource", source.input_source)
    add(root, SCAN_NS, "ColorMode", mode)
    add(root, PWG_NS, "DocumentFormat", fmt)
    if source.format_ext:
        add(root, SCAN_NS, "DocumentFormatExt", fmt)
    add(root, SCAN_NS, "XResolution", str(dpi))
    add(root, SCAN_NS, "YResolution", str(dpi))
    if compression is not None:
        add(root, SCAN_NS, "CompressionFactor", str(compression))
    if source.input_source == "Feeder":
        add(root, SCAN_NS, "Duplex", "true" if duplex else "false")
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def _page(data: bytes) -> Image.Image | EncodedPage:
    """A scanned document for the pipeline: a PNG or JPEG as it came (its header read, so
    that what is not an image is a fault here), or the image inside a PDF."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415  (loaded on a thread meanwhile)

    try:
        if data[:5] == b"%PDF-":
            image = _pdf_image(data)
        else:
            image = Image.open(io.BytesIO(data), formats=("PNG", "JPEG"))
            fmt = f"image/{image.format.lower()}" if image.format else ""
            if fmt in PASSED_ON:
                return EncodedPage(data, fmt)
            image.load()
    except (OSError, ValueError, UnidentifiedImageError, SyntaxError):
        raise ScanFault(FaultKind.NO_IMAGE, "the document is not an image we can read") from None
    if image.mode in ("1", "L;16", "I;16", "I", "F", "LA"):
        return image.convert("L")
    if image.mode not in ("L", "RGB"):
        return image.convert("RGB")
    return image


def _pdf_image(data: bytes) -> Image.Image:
    """The page image inside a one-page PDF from a scanner."""
    import pikepdf  # noqa: PLC0415

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if not pdf.pages:
            raise ValueError("no pages")
        images = [i for i in pdf.pages[0].images.values() if isinstance(i, pikepdf.Stream)]
        if not images:
            raise ValueError("no image on the page")
        image = pikepdf.PdfImage(images[0]).as_pil_image()
        image.load()
        return image
