"""The email destination against a real SMTP server (aiosmtpd, STARTTLS and AUTH, 127.0.0.1)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pikepdf
import pytest

from desk.domain.documents import UploadState
from desk.uploads.mailer import EmailDestination, pdf_password
from desk.uploads.outbox import Outbox, OutboxItem
from desk.uploads.routing import EmailRoute
from tests.uploads.conftest import FakeClock, MakeOutbox, pdf_bytes
from tests.uploads.server import Certificates
from tests.uploads.smtp_server import (
    PASSWORD,
    USER,
    MailServer,
    free_port,
    running_mail_server,
)

PDF_KEY = b"k" * 32


@pytest.fixture
def mail(certificates: Certificates) -> Iterator[MailServer]:
    """The SMTP server, STARTTLS and AUTH required."""
    with running_mail_server(certificates) as server:
        yield server


def route(port: int, certificates: Certificates | None, **options: object) -> EmailRoute:
    """An email destination's settings for the test server."""
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": port,
        "to": "ctax-evidence@council.test",
        "sender": USER,
        "username": USER,
        "timeout_seconds": 10.0,
        "ca_file": certificates.ca_file if certificates else None,
    }
    values.update(options)
    return EmailRoute(**values)  # type: ignore[arg-type]


def destination(
    port: int,
    certificates: Certificates | None,
    *,
    password: str | None = PASSWORD,
    **options: object,
) -> EmailDestination:
    """An email destination with `password` in the keyring (None: none set)."""
    return EmailDestination(
        route(port, certificates, **options),
        password=lambda: password,
        password_name="smtp-password.ctax-mail",
        pdf_key=PDF_KEY,
    )


def queue(box: Outbox, content: bytes, **options: object) -> OutboxItem:
    """A council tax document with its reference."""
    values: dict[str, object] = {
        "kind": "bank_statement",
        "page_count": 2,
        "service": "council_tax",
        "case_reference": "12345674",
        "visit_id": uuid.uuid4(),
    }
    values.update(options)
    return box.add([content], **values)  # type: ignore[arg-type]


def attachment(message: EmailMessage) -> bytes:
    """The PDF attached to a message."""
    parts = list(message.iter_attachments())
    assert len(parts) == 1
    assert parts[0].get_content_type() == "application/pdf"
    data = parts[0].get_content()
    assert isinstance(data, bytes)
    return data


def test_delivered_once_with_the_attachment_intact_and_a_subject_to_sort_on(
    mail: MailServer, certificates: Certificates, make_outbox: MakeOutbox
) -> None:
    box = make_outbox()
    content = pdf_bytes(b"RESIDENT-STATEMENT", pages=2)
    item = queue(box, content)
    to = destination(mail.port, certificates)
    [done] = box.send_due(to)
    assert done.state is UploadState.CONFIRMED
    assert done.reference is not None and done.reference.startswith("SD-")
    assert box.send_due(to) == []  # nothing left to send: no second message
    [message] = mail.messages
    assert attachment(message) == content
    assert message["To"] == "ctax-evidence@council.test"
    assert (
        message["Subject"]
        == f"Station Desk evidence: council_tax 12345674 bank_statement [{item.id}]"
    )
    assert message["Message-ID"] == f"<{item.id}.document@council.test>"
    assert message["X-Station-Desk-Service"] == "council_tax"
    assert message["X-Station-Desk-Case-Reference"] == "12345674"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert f"visit_id: {item.visit_id}" in text and "page_count: 2" in text
    assert mail.handler.logins == 1  # over TLS (the server refuses AUTH without it)


def test_a_protected_pdf_and_its_password_go_separately(
    mail: MailServer, certificates: Certificates, make_outbox: MakeOutbox
) -> None:
    box = make_outbox()
    content = pdf_bytes(b"RESIDENT-PAYSLIP", pages=3)
    item = queue(box, content)
    to = destination(
        mail.port, certificates, protect_pdf=True, password_to="ctax-passwords@council.test"
    )
    [done] = box.send_due(to)
    assert done.state is UploadState.CONFIRMED
    password_message, document_message = mail.messages
    secret = pdf_password(PDF_KEY, item.id)
    assert password_message["To"] == "ctax-passwords@council.test"
    assert not list(password_message.iter_attachments())
    password_body = password_message.get_body(("plain",))
    assert password_body is not None and secret in password_body.get_content()
    document_body = document_message.get_body(("plain",))
    assert document_body is not None and secret not in document_body.get_content()
    protected = attachment(document_message)
    assert b"RESIDENT-PAYSLIP" not in protected
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(protected))
    with pikepdf.open(io.BytesIO(protected), password=secret) as pdf:
        assert len(pdf.pages) == 3
        assert bytes(pdf.Root.Marker) == b"RESIDENT-PAYSLIP"


def test_the_same_document_always_gets_the_same_password() -> None:
    document_id = uuid.uuid4()
    assert pdf_password(PDF_KEY, document_id) == pdf_password(PDF_KEY, document_id)
    assert pdf_password(PDF_KEY, document_id) != pdf_password(PDF_KEY, uuid.uuid4())
    assert pdf_password(PDF_KEY, document_id) != pdf_password(b"o" * 32, document_id)


def test_server_down_is_retried_then_delivered_once(
    certificates: Certificates, make_outbox: MakeOutbox, clock: FakeClock
) -> None:
    box = make_outbox()
    content = pdf_bytes(b"X")
    queue(box, content)
    [failed] = box.send_due(destination(free_port(), certificates))
    assert failed.state is UploadState.FAILED
    assert failed.error_code == "unreachable"
    assert "kept safely" in (failed.message or "")
    with running_mail_server(certificates) as mail:
        clock.advance(3600)
        [done] = box.send_due(destination(mail.port, certificates))
        assert done.state is UploadState.CONFIRMED
        assert [attachment(m) for m in mail.messages] == [content]


def test_auth_refused_waits_for_it(certificates: Certificates, make_outbox: MakeOutbox) -> None:
    box = make_outbox()
    queue(box, pdf_bytes())
    with running_mail_server(certificates, password="another") as mail:
        [done] = box.send_due(destination(mail.port, certificates))
        assert mail.messages == []
    assert done.state is UploadState.REJECTED
    assert done.error_code == "unauthorised"
    assert "desk secret set smtp-password.ctax-mail" in (done.message or "")


def test_no_password_in_the_keyring(
    mail: MailServer, certificates: Certificates, make_outbox: MakeOutbox
) -> None:
    box = make_outbox()
    queue(box, pdf_bytes())
    [done] = box.send_due(destination(mail.port, certificates, password=None))
    assert (done.state, done.error_code) == (UploadState.REJECTED, "no_password")
    assert mail.messages == []


def test_a_message_too_large_for_the_server(
    certificates: Certificates, make_outbox: MakeOutbox
) -> None:
    box = make_outbox()
    queue(box, pdf_bytes(b"Y" * 200_000))
    with running_mail_server(certificates, size_limit=100_000) as mail:
        [done] = box.send_due(destination(mail.port, certificates))
        assert mail.messages == []
    assert (done.state, done.error_code) == (UploadState.REJECTED, "too_large")
    assert "lower resolution" in (done.message or "")


def test_a_message_over_the_configured_limit_is_not_sent(
    mail: MailServer, certificates: Certificates, make_outbox: MakeOutbox
) -> None:
    box = make_outbox()
    queue(box, pdf_bytes(b"Y" * 20_000))
    [done] = box.send_due(destination(mail.port, certificates, max_bytes=10_000))
    assert (done.state, done.error_code) == (UploadState.REJECTED, "too_large")
    assert mail.messages == []


def test_connection_dropped_mid_data_is_retried_and_delivered_once(
    mail: MailServer, certificates: Certificates, make_outbox: MakeOutbox, clock: FakeClock
) -> None:
    box = make_outbox()
    content = pdf_bytes(b"Z")
    queue(box, content)
    mail.answer("drop")
    to = destination(mail.port, certificates)
    [failed] = box.send_due(to)
    assert (failed.state, failed.error_code) == (UploadState.FAILED, "connection_dropped")
    assert mail.messages == []
    clock.advance(3600)
    [done] = box.send_due(to)
    assert done.state is UploadState.CONFIRMED
    assert [attachment(m) for m in mail.messages] == [content]


@pytest.mark.parametrize(
    ("answer", "state", "code"),
    [
        ("busy", UploadState.FAILED, "server_busy"),
        ("refuse", UploadState.REJECTED, "rejected"),
    ],
)
def test_the_servers_answer_to_the_message(
    mail: MailServer,
    certificates: Certificates,
    make_outbox: MakeOutbox,
    answer: str,
    state: UploadState,
    code: str,
) -> None:
    box = make_outbox()
    queue(box, pdf_bytes())
    mail.answer(answer)
    [done] = box.send_due(destination(mail.port, certificates))
    assert (done.state, done.error_code) == (state, code)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_a_server_without_starttls_gets_no_password_and_no_document(
    certificates: Certificates, make_outbox: MakeOutbox
) -> None:
    box = make_outbox()
    queue(box, pdf_bytes())
    with running_mail_server(certificates, starttls=False) as mail:
        [done] = box.send_due(destination(mail.port, certificates))
        assert mail.handler.logins == 0
        assert mail.messages == []
    assert (done.state, done.error_code) == (UploadState.REJECTED, "no_starttls")


@pytest.mark.allow_log_warnings  # the server logs the handshake it lost
def test_an_untrusted_certificate_is_refused(
    mail: MailServer, make_outbox: MakeOutbox, tmp_path: Path
) -> None:
    box = make_outbox()
    queue(box, pdf_bytes())
    [done] = box.send_due(destination(mail.port, None))  # the system's CAs: not the test CA
    assert (done.state, done.error_code) == (UploadState.REJECTED, "tls_untrusted")
    assert mail.handler.logins == 0


def test_check_logs_in_and_sends_nothing(mail: MailServer, certificates: Certificates) -> None:
    destination(mail.port, certificates).check()
    assert mail.handler.logins == 1
    assert mail.messages == []
