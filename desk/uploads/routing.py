"""Routing per service: the council's services (reference formats, what happens next) and the
destination each one's documents go to, from the services file IT writes."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import msgspec
from msgspec import Meta, Struct

from desk.config import Settings, get_secret
from desk.domain.references import CheckDigit, ReferenceCheck, ReferenceRule, check_reference
from desk.errors import ConfigError
from desk.uploads.outbox import Delivery, Destination

log = logging.getLogger(__name__)

_NAME = r"^[a-z0-9][a-z0-9_-]{0,39}$"
Name = Annotated[str, Meta(pattern=_NAME, description="a lower-case name (a-z, 0-9, - and _)")]


class _Entry(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


class FolderRoute(_Entry, frozen=True, tag="folder", tag_field="type"):
    """Documents written to a folder (a network share the service's workflow watches)."""

    folder: Path


class HttpsRoute(_Entry, frozen=True, tag="https", tag_field="type"):
    """Documents POSTed to the service's intake API (docs/uploads.md)."""

    url: str
    ca_file: Path | None = None
    timeout_seconds: Annotated[float, Meta(gt=0)] = 30.0
    # The keyring entry holding the bearer token: by default upload-token.<destination>.
    token_secret: str = ""
    # The status endpoint's address template (`{reference}` and `{id}` are filled in); empty:
    # the intake URL followed by /{id}/status.
    status_url: str = ""


class EmailRoute(_Entry, frozen=True, tag="email", tag_field="type"):
    """Documents mailed to the service's mailbox (SMTP with STARTTLS and authentication)."""

    host: str
    to: str
    sender: str
    port: Annotated[int, Meta(ge=1, le=65535)] = 587
    username: str = ""
    # The keyring entry holding the password: by default smtp-password.<destination>.
    password_secret: str = ""
    ca_file: Path | None = None
    timeout_seconds: Annotated[float, Meta(gt=0)] = 30.0
    # The attachment as a password-protected PDF; its password goes in a second message.
    protect_pdf: bool = False
    # Where the PDF's password goes (by default the same mailbox).
    password_to: str = ""
    # The subject line; {service}, {reference}, {kind}, {pages}, {id} are filled in.
    subject: str = "Station Desk evidence: {service} {reference} {kind} [{id}]"
    # The mail server's message size limit, if it is known (a larger document fails at once).
    max_bytes: Annotated[int, Meta(ge=1)] | None = None


Route = FolderRoute | HttpsRoute | EmailRoute


class ServiceEntry(_Entry, frozen=True):
    """One council service: its name, reference format, where its documents go, what next."""

    name: str = ""
    destination: str = ""
    reference_pattern: str = ""
    check_digit: CheckDigit = CheckDigit.NONE
    reference_example: str = ""
    # What happens next, for the receipt: "The housing team will look at your documents."
    next_steps: str = ""
    # How many working days the service usually takes to look at documents.
    usual_days: Annotated[int, Meta(ge=0)] | None = None


class ServicesFile(_Entry, frozen=True):
    """The services file: `[services.NAME]` and `[destinations.NAME]` tables."""

    default_destination: str = ""
    services: dict[str, ServiceEntry] = msgspec.field(default_factory=dict)
    destinations: dict[str, Route] = msgspec.field(default_factory=dict)


@dataclass(frozen=True)
class Service:
    """A service as the screens and the receipt use it."""

    code: str
    name: str
    destination: str
    rule: ReferenceRule | None = None
    next_steps: str = ""
    usual_days: int | None = None

    def check(self, reference: str) -> ReferenceCheck:
        """Check a case reference against this service's format (anything goes without one)."""
        return check_reference(self.rule, reference, service=self.name)


@dataclass(frozen=True)
class Services:
    """The configured services and destinations (none: every document goes to the default)."""

    services: Mapping[str, Service] = field(default_factory=dict)
    routes: Mapping[str, Route] = field(default_factory=dict)
    default: str = ""
    """The destination of a document for no service or an unknown one; empty: the [upload]
    destination."""

    def get(self, code: str | None) -> Service | None:
        """The service with this code, or None."""
        return self.services.get(code) if code else None

    def destination_for(self, code: str | None) -> str:
        """The destination name a document for this service goes to ('' for the default)."""
        service = self.get(code)
        if service is not None and service.destination:
            return service.destination
        return self.default


def load_services(path: Path | None) -> Services:
    """Read the services file (None: no services); a bad one raises ConfigError."""
    if path is None:
        return Services()
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: the services file cannot be read: {error.strerror}") from None
    try:
        parsed = msgspec.convert(data, ServicesFile, dec_hook=_decode)
    except msgspec.ValidationError as error:
        raise ConfigError(f"{path}: {error}") from None
    for name in parsed.destinations:
        if not re.fullmatch(_NAME, name):
            raise ConfigError(f"{path}: [destinations.{name}]: a name is a-z, 0-9, - and _")
    known = set(parsed.destinations)

    def route(name: str, where: str) -> str:
        if name and name not in known:
            raise ConfigError(
                f"{path}: {where} names the destination {name!r}, which has no "
                "[destinations.NAME] table"
            )
        return name

    services: dict[str, Service] = {}
    for code, entry in parsed.services.items():
        try:
            rule = (
                ReferenceRule(entry.reference_pattern, entry.check_digit, entry.reference_example)
                if entry.reference_pattern or entry.check_digit is not CheckDigit.NONE
                else None
            )
        except re.error as error:
            raise ConfigError(
                f"{path}: [services.{code}] reference_pattern is not a valid pattern: {error}"
            ) from None
        services[code] = Service(
            code=code,
            name=entry.name or code.replace("_", " ").capitalize(),
            destination=route(entry.destination, f"[services.{code}] destination"),
            rule=rule,
            next_steps=entry.next_steps,
            usual_days=entry.usual_days,
        )
    default = route(parsed.default_destination, "default_destination")
    return Services(services, dict(parsed.destinations), default)


def _decode(kind: type, value: object) -> object:
    if kind is Path and isinstance(value, str):
        return Path(value)
    raise TypeError(f"expected {kind.__name__}")


class Router:
    """A destination that sends each document on to its service's destination.

    `route_for` names the destination before an attempt (the outbox records it), and a document
    tried once goes back to the destination recorded for it, even if the routing has changed
    since (the attempt may have reached it). Every destination keeps the outbox's guarantees:
    the document's id is its idempotency key at each of them.
    """

    def __init__(self, services: Services, routes: Mapping[str, Destination], default: str) -> None:
        self.services = services
        self.routes = dict(routes)
        self.name = default

    def route_for(self, service: str | None) -> str:
        """The name of the destination a document for `service` goes to."""
        chosen = self.services.destination_for(service)
        return chosen if chosen in self.routes else self.name

    def destination(self, name: str | None) -> Destination:
        """The destination with this name (the default for an unknown one)."""
        if name and name in self.routes:
            return self.routes[name]
        return self.routes[self.name]

    def deliver(self, delivery: Delivery) -> str:
        """Send the document to the destination recorded for it (or its service's)."""
        name = delivery.route if delivery.route in self.routes else None
        if name is None:
            name = self.route_for(delivery.service)
            if delivery.route:
                log.info("destination gone, routed again document=%s", delivery.document_id)
        return self.routes[name].deliver(delivery)

    def check_all(self) -> list[tuple[str, Callable[[], str]]]:
        """Each destination's name and its check (`desk doctor`; nothing is sent)."""
        return [(name, _checker(route)) for name, route in sorted(self.routes.items())]

    def close(self) -> None:
        """Close every destination's connections."""
        for destination in self.routes.values():
            close = getattr(destination, "close", None)
            if callable(close):
                close()


def _checker(destination: Destination) -> Callable[[], str]:
    check = getattr(destination, "check", None)
    if callable(check):
        return lambda: str(check())
    return lambda: "not checked (this kind of destination has no check)"


def destination_checks(destination: Destination) -> list[tuple[str, Callable[[], str]]]:
    """The checks `desk doctor` runs on the station's destination(s), by name."""
    if isinstance(destination, Router):
        return destination.check_all()
    return [(destination.name, _checker(destination))]


SecretReader = Callable[[str], str | None]


def build_route(
    name: str,
    route: Route,
    *,
    secret: SecretReader | None = None,
    pdf_key: bytes = b"",
    journal: Path | None = None,
) -> Destination:
    """The destination a [destinations.NAME] table describes."""
    from desk.uploads.destinations import FolderDestination, HttpsDestination  # noqa: PLC0415
    from desk.uploads.mailer import EmailDestination  # noqa: PLC0415

    read = secret or get_secret
    built: Destination
    if isinstance(route, FolderRoute):
        built = FolderDestination(route.folder)
    elif isinstance(route, HttpsRoute):
        token = route.token_secret or f"upload-token.{name}"
        built = HttpsDestination(
            route.url,
            token=lambda: read(token),
            timeout_seconds=route.timeout_seconds,
            ca_file=route.ca_file,
            token_name=token,
            status_url=route.status_url,
        )
    else:
        password = route.password_secret or f"smtp-password.{name}"
        built = EmailDestination(
            route,
            password=lambda: read(password),
            password_name=password,
            pdf_key=pdf_key,
            journal=journal / name if journal else None,
        )
    built.name = name
    return built


def make_router(
    settings: Settings,
    default: Destination,
    *,
    services: Services | None = None,
    secret: SecretReader | None = None,
    pdf_key: bytes = b"",
    journal: Path | None = None,
) -> Destination:
    """The station's destination: `default` alone when no services file routes anything
    elsewhere, else a Router over the default and every configured destination."""
    config = services if services is not None else load_services(settings.upload.services_file)
    if not config.routes:
        return default
    routes: dict[str, Destination] = {
        name: build_route(name, route, secret=secret, pdf_key=pdf_key, journal=journal)
        for name, route in config.routes.items()
    }
    default_name = config.default or default.name
    if default_name not in routes:
        routes[default_name] = default
    return Router(config, routes, default_name)
