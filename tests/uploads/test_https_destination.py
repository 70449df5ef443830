"""The HTTPS destination against a real TLS service on 127.0.0.1: answers, faults and trust."""

from __future__ import annotations

import hashlib
import time
import uuid
from pathlib import Path

import pytest

from desk.errors import ConfigError
from desk.uploads.destinations import HttpsDestination
from desk.uploads.errors import UploadFailure
from desk.uploads.outbox import Delivery
from tests.ports import closed_port
from tests.uploads.conftest import TOKEN, pdf_bytes
from tests.uploads.server import Certificates, UploadService


def delivery(content: bytes, document_id: uuid.UUID | None = None) -> Delivery:
    chunks = [content[i : i + 1000] for i in range(0, len(content), 1000)]
    return Delivery(
        document_id=document_id or uuid.uuid4(),
        kind="identity",
        visit_id=uuid.uuid4(),
        station_id=uuid.uuid4(),
        page_count=2,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        open_chunks=lambda: iter(chunks),
    )


def failure(destination: HttpsDestination, sent: Delivery) -> UploadFailure:
    with pytest.raises(UploadFailure) as caught:
        destination.deliver(sent)
    return caught.value


def test_uploads_multipart_with_token_and_idempotency_key(
    https: HttpsDestination, service: UploadService
) -> None:
    content = pdf_bytes(b"IDENTITY", pages=2)
    sent = delivery(content)
    reference = https.deliver(sent)
    assert reference == "GRN-00001"
    (got,) = service.received
    assert got.authorization == f"Bearer {TOKEN}"
    assert got.key == str(sent.document_id)
    assert got.content == content
    assert got.filename == f"{sent.document_id}.pdf"
    assert got.metadata["sha256"] == sent.sha256
    assert got.metadata["kind"] == "identity"
    assert got.metadata["page_count"] == 2


def test_a_resend_gets_the_same_reference_and_no_second_copy(
    https: HttpsDestination, service: UploadService
) -> None:
    sent = delivery(pdf_bytes())
    assert https.deliver(sent) == https.deliver(sent)
    assert service.store_counts == {str(sent.document_id): 1}


@pytest.mark.parametrize(
    ("answer", "code", "permanent", "says"),
    [
        ("500", "server_error", False, "kept safely"),
        ("503", "server_error", False, "kept safely"),
        ("429", "server_busy", False, "kept safely"),
        ("401", "unauthorised", True, "desk secret set upload-token"),
        ("403", "unauthorised", True, "desk secret set upload-token"),
        ("413", "too_large", True, "too large"),
        ("422", "rejected", True, "scripted 422"),
        ("400", "rejected", True, "refused this document"),
        ("404", "refused", True, "Ask IT"),
        ("noref", "bad_response", True, "gave no reference"),
    ],
)
def test_answers_are_sorted_into_transient_and_permanent(
    https: HttpsDestination,
    service: UploadService,
    answer: str,
    code: str,
    permanent: bool,
    says: str,
) -> None:
    service.answer(answer)
    got = failure(https, delivery(b"%PDF-1.7 small"))
    assert (got.code, got.permanent) == (code, permanent)
    assert says in got.message
    assert "\n" not in got.message


def test_503_passes_on_retry_after(https: HttpsDestination, service: UploadService) -> None:
    service.answer("503")
    assert failure(https, delivery(b"%PDF")).retry_after == 120


def test_a_read_timeout_is_transient(https: HttpsDestination, service: UploadService) -> None:
    service.answer("hang")
    got = failure(https, delivery(b"%PDF-1.7"))
    assert (got.code, got.permanent) == ("timeout", False)


def test_a_connection_dropped_after_the_body_is_transient_and_safe_to_resend(
    https: HttpsDestination, service: UploadService
) -> None:
    service.answer("drop")
    sent = delivery(pdf_bytes())
    got = failure(https, sent)
    assert (got.code, got.permanent) == ("connection_dropped", False)
    assert https.deliver(sent) == "GRN-00001", "the service kept it the first time"
    assert service.store_counts == {str(sent.document_id): 1}


def test_nobody_listening_is_transient(certificates: Certificates) -> None:
    with closed_port() as port:
        destination = HttpsDestination(
            f"https://127.0.0.1:{port}/documents",
            token=lambda: TOKEN,
            timeout_seconds=1,
            ca_file=certificates.ca_file,
        )
        try:
            got = failure(destination, delivery(b"%PDF"))
        finally:
            destination.close()
    assert (got.code, got.permanent) == ("unreachable", False)


def test_an_untrusted_certificate_is_permanent(service: UploadService) -> None:
    destination = HttpsDestination(service.url, token=lambda: TOKEN, timeout_seconds=2)
    try:
        got = failure(destination, delivery(b"%PDF"))
    finally:
        destination.close()
    assert (got.code, got.permanent) == ("tls_untrusted", True)
    assert service.received == [], "nothing was sent to a server we do not trust"


def test_no_token_is_permanent_and_sends_nothing(
    service: UploadService, certificates: Certificates
) -> None:
    destination = HttpsDestination(
        service.url, token=lambda: None, timeout_seconds=2, ca_file=certificates.ca_file
    )
    try:
        got = failure(destination, delivery(b"%PDF"))
    finally:
        destination.close()
    assert (got.code, got.permanent) == ("no_token", True)
    assert service.received == []


@pytest.mark.parametrize("url", ["http://127.0.0.1/documents", "ftp://x", "https://"])
def test_only_https_addresses_are_accepted(url: str) -> None:
    with pytest.raises(ConfigError, match="https://"):
        HttpsDestination(url, token=lambda: TOKEN)


def test_a_missing_ca_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ca_file"):
        HttpsDestination("https://127.0.0.1/x", token=lambda: TOKEN, ca_file=tmp_path / "no.pem")


def test_413_sent_before_the_body_is_read_is_still_too_large(
    https: HttpsDestination, service: UploadService
) -> None:
    service.answer("413-early")
    got = failure(https, delivery(b"%PDF" + b"0" * (4 * 1024 * 1024)))
    assert (got.code, got.permanent) == ("too_large", True)


def test_a_service_that_trickles_its_answer_is_given_up_at_the_deadline(
    https: HttpsDestination, service: UploadService
) -> None:
    """Each byte comes well within the read timeout; the whole answer would take a minute."""
    service.answer("trickle")
    sent = delivery(pdf_bytes())
    started = time.monotonic()
    got = failure(https, sent)
    took = time.monotonic() - started
    deadline = https.deadline_for(sent.size_bytes)
    assert deadline < 10
    assert took < deadline + 3, f"gave up after {took:.1f} s, deadline {deadline:.1f} s"
    assert (got.code, got.permanent) == ("too_slow", False)
    assert "too slow" in got.message
    assert "kept safely" in got.message
    assert https.deliver(sent) == "GRN-00001", "the resend is answered at once, one copy kept"
    assert service.store_counts == {str(sent.document_id): 1}


def test_the_deadline_leaves_time_for_a_large_body() -> None:
    destination = HttpsDestination(
        "https://127.0.0.1/documents", token=lambda: TOKEN, timeout_seconds=10
    )
    try:
        assert destination.deadline_for(0) == 30
        assert destination.deadline_for(32 * 1024 * 100) == 130
    finally:
        destination.close()
