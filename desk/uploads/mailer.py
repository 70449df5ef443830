"""The email destination: each document mailed to the service's mailbox as an attachment, over
SMTP with STARTTLS and authentication (the password in the OS keyring)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import logging
import os
import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING

from desk.private import private_dir
from desk.uploads.crypto import fsync_dir
from desk.uploads.errors import UploadFailure, permanent, transient
from desk.uploads.outbox import Delivery

if TYPE_CHECKING:
    from desk.uploads.routing import EmailRoute

log = logging.getLogger(__name__)

_KEPT = "The document is kept safely on this station and will be sent automatically."


def pdf_password(key: bytes, document_id: object) -> str:
    """The password of a document's protected PDF: made from the station's key and the id, so
    every attempt (in any process) protects the document with the same one."""
    digest = hmac.new(key, b"pdf-password\x00" + str(document_id).encode(), hashlib.sha256)
    text = base64.b32encode(digest.digest()).decode("ascii")[:20]
    return "-".join(text[i : i + 5] for i in range(0, 20, 5))


def mail_reference(document_id: object) -> str:
    """The receipt reference of a mailed document (the mailbox gives none of its own)."""
    from desk.uploads.destinations import reference_for  # noqa: PLC0415

    return reference_for(document_id)


class EmailDestination:
    """Mails each document (`<id>.pdf`) to `route.to`, with a subject the service's mailbox
    rules can sort on and the metadata in the body and in X-Station-Desk-* headers.

    The connection is always encrypted: STARTTLS is required (a server that does not offer it
    is refused) and its certificate verified (against `ca_file` when given), before the
    password is sent. Each message's Message-ID is made from the document's id, so a mailbox
    that de-duplicates (and anyone reading it) can tell a repeat.

    SMTP has no idempotency key, so the destination keeps a `journal` folder: as soon as the
    server accepts a message, an empty file named after it (the document id and the part, no
    content) is written and flushed; an attempt after a crash skips a message already marked,
    and the marks go once the whole delivery is done. What remains is the moment between the
    server's acceptance and the mark reaching the disk (RFC 1047): a crash exactly then mails
    that message again, with the same Message-ID.

    With `protect_pdf`, the attachment is a PDF protected with a password (AES-256) and the
    password goes to `password_to` in a message of its own, first.
    """

    name = "email"

    def __init__(
        self,
        route: EmailRoute,
        *,
        password: Callable[[], str | None],
        password_name: str,
        pdf_key: bytes = b"",
        journal: Path | None = None,
    ) -> None:
        if route.protect_pdf and not pdf_key:
            raise ValueError("a protected PDF needs the station's key")
        self.route = route
        self._password = password
        self._password_name = password_name
        self._pdf_key = pdf_key
        self._journal = journal
        self._context = ssl.create_default_context(
            cafile=str(route.ca_file) if route.ca_file else None
        )
        domain = route.sender.rpartition("@")[2] or "station-desk.invalid"
        self._domain = domain.strip("<> ") or "station-desk.invalid"

    def close(self) -> None:
        """Nothing is kept open between documents."""

    # ------------------------------------------------------------------ messages

    def subject(self, delivery: Delivery) -> str:
        """The subject line, from the route's template."""
        values = {
            "service": delivery.service or "no-service",
            "reference": delivery.case_reference or "no-reference",
            "kind": delivery.kind,
            "pages": str(delivery.page_count),
            "id": str(delivery.document_id),
        }
        try:
            text = self.route.subject.format(**values)
        except (KeyError, IndexError, ValueError):
            text = "Station Desk evidence: {service} {reference} {kind} [{id}]".format(**values)
        return " ".join(text.split())

    def _message(self, delivery: Delivery, attachment: bytes) -> EmailMessage:
        message = self._base(f"<{delivery.document_id}.document@{self._domain}>")
        message["To"] = self.route.to
        message["Subject"] = self.subject(delivery)
        meta = delivery.metadata()
        for key in ("id", "service", "case_reference", "kind", "page_count", "visit_id"):
            if meta.get(key) is not None:
                message[f"X-Station-Desk-{key.replace('_', '-').title()}"] = str(meta[key])
        lines = [f"{key}: {value}" for key, value in meta.items() if value is not None]
        if self.route.protect_pdf:
            lines.append("The PDF is protected: its password comes in a separate message.")
        message.set_content("Evidence scanned at a Station Desk station.\n\n" + "\n".join(lines))
        message.add_attachment(
            attachment,
            maintype="application",
            subtype="pdf",
            filename=f"{delivery.document_id}.pdf",
        )
        return message

    def _password_message(self, delivery: Delivery, secret: str) -> EmailMessage:
        message = self._base(f"<{delivery.document_id}.password@{self._domain}>")
        message["To"] = self.route.password_to or self.route.to
        message["Subject"] = f"Station Desk: password for document [{delivery.document_id}]"
        message.set_content(
            f"The password of the PDF of document {delivery.document_id}, sent separately:\n\n"
            f"{secret}\n"
        )
        return message

    def _base(self, message_id: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.route.sender
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = message_id
        return message

    def _content(self, delivery: Delivery) -> bytes:
        data = b"".join(delivery.open_chunks())
        if len(data) != delivery.size_bytes or hashlib.sha256(data).hexdigest() != delivery.sha256:
            raise permanent(
                "payload_mismatch",
                "This document's content does not match what was queued. Scan it again.",
            )
        return data

    def _protect(self, data: bytes, secret: str) -> bytes:
        import pikepdf  # noqa: PLC0415  (only for a protected PDF)

        owner = hmac.new(self._pdf_key, b"owner\x00" + secret.encode(), hashlib.sha256).hexdigest()
        try:
            with pikepdf.open(io.BytesIO(data)) as pdf:
                out = io.BytesIO()
                pdf.save(out, encryption=pikepdf.Encryption(user=secret, owner=owner, R=6))
        except pikepdf.PdfError:
            raise permanent(
                "payload_unreadable", "This document is not a readable PDF. Scan it again."
            ) from None
        return out.getvalue()

    # ------------------------------------------------------------------ sending

    def deliver(self, delivery: Delivery) -> str:
        """Mail the document (and its PDF's password, separately); return its reference."""
        password = self._password()
        if not password:
            raise permanent(
                "no_password",
                f"This station has no password for the mail server {self.route.host}. Ask IT to "
                f"run `desk secret set {self._password_name}` on this station, then press Retry.",
            )
        data = self._content(delivery)
        messages = []
        if self.route.protect_pdf:
            secret = pdf_password(self._pdf_key, delivery.document_id)
            messages.append(self._password_message(delivery, secret))
            data = self._protect(data, secret)
        messages.append(self._message(delivery, data))
        if self.route.max_bytes is not None:
            size = len(messages[-1].as_bytes())
            if size > self.route.max_bytes:
                raise self._too_large()
        try:
            self._send(password, messages)
        except UploadFailure:
            raise
        except (smtplib.SMTPException, OSError) as error:
            raise self._classify(error) from None
        self._forget(messages)  # the outbox records the delivery next
        log.info("document mailed document=%s", delivery.document_id)
        return mail_reference(delivery.document_id)

    def _accepted(self, message: EmailMessage) -> Path | None:
        """The journal's mark for a message the server accepted (it names only the id)."""
        if self._journal is None:
            return None
        token = str(message["Message-ID"]).strip("<>").partition("@")[0]
        return self._journal / token

    def _mark(self, message: EmailMessage) -> None:
        mark = self._accepted(message)
        if mark is None:
            return
        private_dir(mark.parent)
        with mark.open("wb") as handle:
            os.fsync(handle.fileno())
        fsync_dir(mark.parent)

    def _forget(self, messages: list[EmailMessage]) -> None:
        for message in messages:
            mark = self._accepted(message)
            if mark is not None:
                mark.unlink(missing_ok=True)

    def _send(self, password: str, messages: list[EmailMessage]) -> None:
        route = self.route
        with smtplib.SMTP(route.host, route.port, timeout=route.timeout_seconds) as smtp:
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise permanent(
                    "no_starttls",
                    f"The mail server {route.host} does not offer an encrypted connection "
                    "(STARTTLS), so no document was sent. Ask IT to check the email destination, "
                    "then press Retry.",
                )
            smtp.starttls(context=self._context)
            smtp.ehlo()
            smtp.login(route.username or route.sender, password)
            for message in messages:
                mark = self._accepted(message)
                if mark is not None and mark.exists():
                    continue  # accepted by an attempt that did not live to record it
                smtp.send_message(message)
                self._mark(message)

    def check(self) -> str:
        """Connect, start TLS and log in, sending nothing; raise UploadFailure if that fails."""
        password = self._password()
        if not password:
            raise permanent("no_password", f"no password: `desk secret set {self._password_name}`")
        try:
            self._send(password, [])
        except UploadFailure:
            raise
        except (smtplib.SMTPException, OSError) as error:
            raise self._classify(error) from None
        return f"{self.route.host} took the log-in over TLS"

    def _too_large(self) -> UploadFailure:
        return permanent(
            "too_large",
            f"The mail server {self.route.host} does not take messages this large. Scan it "
            "again at a lower resolution or in fewer pages.",
        )

    def _classify(self, error: BaseException) -> UploadFailure:  # noqa: PLR0911  (one per fault)
        host = self.route.host
        if isinstance(error, smtplib.SMTPAuthenticationError):
            return permanent(
                "unauthorised",
                f"The mail server {host} refused this station's user name or password. Ask IT "
                f"to set it again with `desk secret set {self._password_name}`, then press Retry.",
            )
        if isinstance(error, smtplib.SMTPNotSupportedError):
            return permanent(
                "unauthorised",
                f"The mail server {host} does not let this station log in (no AUTH offered). "
                "Ask IT to check the email destination, then press Retry.",
            )
        if isinstance(error, ssl.SSLCertVerificationError):
            return permanent(
                "tls_untrusted",
                f"The mail server {host} did not show a certificate this station trusts. Ask IT "
                "to check the email destination's host and ca_file, then press Retry.",
            )
        if isinstance(error, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused):
            code, text = _smtp_answer(error)
            if code == 552 or "5.3.4" in text:
                return self._too_large()
            if 400 <= code < 500:
                return transient(
                    "server_busy",
                    f"The mail server {host} could not take the document just now ({code}). "
                    f"{_KEPT}",
                )
            return permanent(
                "rejected",
                f"The mail server {host} refused the document ({code} {text[:120]}). Ask IT to "
                "check the email destination, then press Retry.",
            )
        if isinstance(error, ConnectionRefusedError | socket.gaierror):
            return transient("unreachable", f"The mail server {host} cannot be reached. {_KEPT}")
        if isinstance(error, TimeoutError):
            return transient("timeout", f"The mail server {host} did not answer in time. {_KEPT}")
        return transient(
            "connection_dropped", f"The connection to the mail server {host} was lost. {_KEPT}"
        )


def _smtp_answer(error: BaseException) -> tuple[int, str]:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = list(error.recipients.values())
        if answers:
            code, said = answers[0]
            return int(code), said.decode("utf-8", "replace")
        return 550, ""
    assert isinstance(error, smtplib.SMTPResponseException)
    raw: bytes | str = error.smtp_error
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return int(error.smtp_code), text
