"""Routing per service: the services file, and each service's documents reaching its own
destination exactly once (the HTTPS test service for housing, a real mailbox for council tax)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desk.config import Settings, UploadSettings
from desk.domain.documents import UploadState
from desk.domain.references import CheckDigit
from desk.errors import ConfigError
from desk.services import uploads as svc
from desk.uploads.crypto import SpoolKey
from desk.uploads.destinations import FolderDestination
from desk.uploads.routing import EmailRoute, HttpsRoute, Router, load_services, make_router
from tests.uploads.conftest import TOKEN, FakeClock, MakeOutbox, pdf_bytes
from tests.uploads.server import Certificates, UploadService
from tests.uploads.smtp_server import PASSWORD, USER, running_mail_server


def services_file(folder: Path, https_url: str, ca: Path, smtp_port: int) -> Path:
    """A services file: housing to an HTTPS intake, council tax to a mailbox."""
    path = folder / "services.toml"
    path.write_text(
        f"""
default_destination = "share"

[services.housing]
name = "Housing register"
destination = "housing-api"
reference_pattern = 'HR\\d{{7}}'
check_digit = "mod11"
reference_example = "HR1234560"
next_steps = "The housing team will look at your documents."
usual_days = 10

[services.council_tax]
name = "Council Tax"
destination = "ctax-mail"
reference_pattern = '\\d{{8}}'
check_digit = "luhn"

[services.blue_badge]
name = "Blue Badge"

[destinations.housing-api]
type = "https"
url = "{https_url}"
ca_file = "{ca}"
timeout_seconds = 5

[destinations.ctax-mail]
type = "email"
host = "127.0.0.1"
port = {smtp_port}
to = "ctax-evidence@council.test"
sender = "{USER}"
ca_file = "{ca}"

[destinations.share]
type = "folder"
folder = "{folder / "share"}"
""",
        encoding="utf-8",
    )
    return path


def test_the_services_file_is_read(tmp_path: Path, certificates: Certificates) -> None:
    path = services_file(tmp_path, "https://intake.test/docs", certificates.ca_file, 2525)
    services = load_services(path)
    housing = services.get("housing")
    assert housing is not None
    assert housing.name == "Housing register"
    assert housing.rule is not None and housing.rule.check_digit is CheckDigit.MOD11
    assert (housing.next_steps, housing.usual_days) == (
        "The housing team will look at your documents.",
        10,
    )
    assert housing.check("HR1234560").ok
    assert not housing.check("HR1234561").ok
    assert services.get("blue_badge") is not None
    assert services.get("blue_badge").check("anything").ok  # type: ignore[union-attr]
    assert services.destination_for("housing") == "housing-api"
    assert services.destination_for("blue_badge") == "share"  # no destination: the default
    assert services.destination_for("school_admissions") == "share"  # not configured
    assert services.destination_for(None) == "share"
    assert isinstance(services.routes["housing-api"], HttpsRoute)
    assert isinstance(services.routes["ctax-mail"], EmailRoute)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[services.housing]\ndestination = "nowhere"\n', "'nowhere', which has no"),
        ("[services.housing]\nreference_pattern = 'HR('\n", "not a valid pattern"),
        ('[services.housing]\ncheck_digit = "mod99"\n', "check_digit"),
        ('[destinations.x]\ntype = "ftp"\n', "type"),
        ('[destinations.x]\ntype = "email"\nhost = "h"\n', "to"),
        ('[destinations.Bad_Name]\ntype = "folder"\nfolder = "/x"\n', "a-z, 0-9"),
        ("[services.housing]\ncolour = 'red'\n", "colour"),
        ('default_destination = "gone"\n', "'gone', which has no"),
    ],
)
def test_a_bad_services_file_says_what_is_wrong(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "services.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=str(path)) as raised:
        load_services(path)
    assert says in str(raised.value)


def test_no_services_file_sends_everything_to_the_upload_destination(tmp_path: Path) -> None:
    default = FolderDestination(tmp_path / "uploaded")
    assert make_router(Settings(), default) is default


def test_each_service_reaches_its_destination_exactly_once(
    tmp_path: Path,
    certificates: Certificates,
    service: UploadService,
    make_outbox: MakeOutbox,
    clock: FakeClock,
) -> None:
    with running_mail_server(certificates) as mail:
        path = services_file(tmp_path, service.url, certificates.ca_file, mail.port)
        settings = Settings(upload=UploadSettings(services_file=path))
        secrets = {"upload-token.housing-api": TOKEN, "smtp-password.ctax-mail": PASSWORD}
        router = make_router(
            settings, FolderDestination(tmp_path / "local"), secret=secrets.get, pdf_key=b"k" * 32
        )
        assert isinstance(router, Router)
        box = make_outbox()
        visit = uuid.uuid4()
        statement, bill, badge = pdf_bytes(b"BANK"), pdf_bytes(b"CTAX"), pdf_bytes(b"BADGE")
        housing = box.add(
            [statement],
            kind="bank_statement",
            page_count=1,
            visit_id=visit,
            service="housing",
            case_reference="HR1234560",
        )
        ctax = box.add([bill], kind="letter", page_count=1, visit_id=visit, service="council_tax")
        other = box.add([badge], kind="photo", page_count=1, service="blue_badge")
        service.answer("503")  # housing fails once: retried later, still exactly once
        first = {item.id: item for item in box.send_due(router)}
        assert first[housing.id].state is UploadState.FAILED
        assert first[ctax.id].state is UploadState.CONFIRMED
        assert first[other.id].state is UploadState.CONFIRMED
        clock.advance(3600)
        [again] = box.send_due(router)
        assert again.state is UploadState.CONFIRMED
        assert box.send_due(router) == []

        by_id = {item.id: item for item in box.items()}
        assert by_id[housing.id].destination == "housing-api"
        assert by_id[ctax.id].destination == "ctax-mail"
        assert by_id[other.id].destination == "share"
        assert service.store_counts == {str(housing.id): 1}
        metadata = service.received[-1].metadata
        assert metadata["service"] == "housing"
        assert metadata["case_reference"] == "HR1234560"
        assert metadata["kind"] == "bank_statement"
        assert metadata["visit_id"] == str(visit)
        assert metadata["page_count"] == 1
        assert service.received[-1].authorization == f"Bearer {TOKEN}"
        [message] = mail.messages
        assert message["X-Station-Desk-Service"] == "council_tax"
        assert "letter" in message["Subject"]
        assert (tmp_path / "share" / f"{other.id}.pdf").read_bytes() == badge
        router.close()


def test_a_document_tried_once_stays_with_its_destination(
    tmp_path: Path, make_outbox: MakeOutbox, clock: FakeClock
) -> None:
    box = make_outbox()
    item = box.add([pdf_bytes()], kind="payslip", page_count=1, service="housing")
    first_file = tmp_path / "first.toml"
    first_file.write_text(
        '[services.housing]\ndestination = "a"\n'
        f'[destinations.a]\ntype = "folder"\nfolder = "{tmp_path / "missing" / "x"}"\n'
        f'[destinations.b]\ntype = "folder"\nfolder = "{tmp_path / "b"}"\n',
        encoding="utf-8",
    )
    (tmp_path / "missing").write_text("a file where a folder should be")
    router = make_router(
        Settings(upload=UploadSettings(services_file=first_file)),
        FolderDestination(tmp_path / "local"),
    )
    [tried] = box.send_due(router)
    assert (tried.state, tried.destination) == (UploadState.REJECTED, "a")
    # IT now routes housing to b; the document's first attempt may have reached a, so it
    # goes to a again (once IT has mended it), never to b as well.
    first_file.write_text(first_file.read_text().replace('destination = "a"', 'destination = "b"'))
    (tmp_path / "missing").unlink()
    moved = make_router(
        Settings(upload=UploadSettings(services_file=first_file)),
        FolderDestination(tmp_path / "local"),
    )
    box.retry([item.id])
    [done] = box.send_due(moved)
    assert (done.state, done.destination) == (UploadState.CONFIRMED, "a")
    assert (tmp_path / "missing" / "x" / f"{item.id}.pdf").is_file()
    assert not (tmp_path / "b").exists()


def test_the_visits_service_areas_are_offered_first(
    tmp_path: Path, key: SpoolKey, certificates: Certificates
) -> None:
    path = services_file(tmp_path, "https://intake.test/docs", certificates.ca_file, 2525)
    settings = Settings(spool_dir=tmp_path / "spool", upload=UploadSettings(services_file=path))
    uploads = svc.open_uploads(
        settings, key=key, destination=FolderDestination(tmp_path / "x"), folder=tmp_path / "o"
    )
    try:
        offered = [s.code for s in svc.service_choices(uploads, ["council_tax", "parking"])]
        assert offered == ["council_tax", "blue_badge", "housing"]
        assert not svc.check_reference(uploads, "council_tax", "12345675").ok
        assert svc.check_reference(uploads, "blue_badge", "whatever 1").ok
        assert svc.check_reference(uploads, None, "whatever 1").ok
    finally:
        uploads.close()
