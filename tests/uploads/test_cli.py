"""`desk upload` and `desk outbox` through the real command, in the test's isolated home."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest

from desk.config import user_data_dir
from tests.e2e.conftest import Desk
from tests.e2e.conftest import desk as desk  # noqa: PLC0414  (the fixture, reused)
from tests.uploads.conftest import pdf_bytes
from tests.uploads.server import Certificates, UploadService


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("desk: ")
    return lines[0]


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "Jane Smith bank statement.pdf"
    path.write_bytes(pdf_bytes(b"CLI-PLAINTEXT", pages=3))
    return path


def https_flags(service: UploadService, certificates: Certificates) -> list[str]:
    return [
        "--set",
        "upload_destination=https",
        "--set",
        f"upload_url={service.url}",
        "--set",
        f"upload_ca_file={certificates.ca_file}",
        "--set",
        "upload_timeout_seconds=5",
    ]


def test_upload_to_the_default_local_folder(desk: Desk, pdf: Path) -> None:
    result = desk("upload", str(pdf), "--kind", "bank_statement", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["state"] == "confirmed"
    assert report["pages"] == 3
    assert report["reference"].startswith("SD-")
    folder = user_data_dir() / "uploaded"
    assert (folder / f"{report['id']}.pdf").read_bytes() == pdf.read_bytes()
    sidecar = json.loads((folder / f"{report['id']}.json").read_text())
    assert sidecar["reference"] == report["reference"]
    listing = desk("outbox", "--json")
    assert listing.returncode == 0, listing.stderr
    assert json.loads(listing.stdout) == [], "delivered and mirrored: the outbox is empty"
    log = next(Path(user_data_dir().parent.parent).rglob("desk.log"), None)
    if log is not None:
        assert "Jane Smith" not in log.read_text()


def test_upload_human_output(desk: Desk, pdf: Path) -> None:
    result = desk("upload", str(pdf), "--kind", "identity")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Uploaded (3 pages): reference SD-")


def test_a_file_that_is_not_a_pdf_is_refused(desk: Desk, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a pdf")
    result = desk("upload", str(photo), "--kind", "identity")
    assert result.returncode == 1
    assert "is not a PDF" in one_line_error(result.stderr)
    assert not (user_data_dir() / "outbox" / "payloads").exists() or not list(
        (user_data_dir() / "outbox" / "payloads").iterdir()
    )


def test_a_missing_file_is_refused(desk: Desk, tmp_path: Path) -> None:
    result = desk("upload", str(tmp_path / "none.pdf"), "--kind", "identity")
    assert result.returncode == 1
    assert "does not exist" in one_line_error(result.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["upload", "x.pdf"],
        ["upload", "x.pdf", "--kind", "passport-photo"],
        ["upload", "x.pdf", "--kind", "identity", "--visit", "not-a-uuid"],
        ["outbox", "sideways"],
        ["outbox", "cancel", "not-a-uuid"],
    ],
)
def test_usage_errors_exit_2(desk: Desk, args: list[str]) -> None:
    assert desk(*args).returncode == 2


def test_https_refused_then_retried_from_the_outbox(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    flags = https_flags(service, certificates)
    assert desk("secret", "set", "upload-token", stdin="cli-token\n").returncode == 0
    service.answer("401")
    refused = desk(*flags, "upload", str(pdf), "--kind", "payslip")
    assert refused.returncode == 1
    line = one_line_error(refused.stderr)
    assert "refused this station's token" in line
    assert "kept in the outbox" in line
    (listed,) = json.loads(desk(*flags, "outbox", "list", "--json").stdout)
    assert listed["state"] == "rejected"
    assert listed["error_code"] == "unauthorised"
    retried = desk(*flags, "outbox", "retry", "--json")
    assert retried.returncode == 0, retried.stderr
    (entry,) = json.loads(retried.stdout)
    assert entry["state"] == "confirmed"
    assert entry["reference"] == "GRN-00001"
    assert [r.authorization for r in service.received] == ["Bearer cli-token"] * 2
    assert service.stored[entry["id"]] == pdf.read_bytes()
    assert json.loads(desk(*flags, "outbox", "--json").stdout) == []


def test_a_server_error_leaves_it_queued_and_says_so(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    desk("secret", "set", "upload-token", stdin="cli-token\n")
    service.answer("500")
    result = desk(*https_flags(service, certificates), "upload", str(pdf), "--kind", "payslip")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Queued as ")
    assert "will be sent automatically" in result.stdout


def test_no_keyring_is_one_plain_line(desk: Desk, pdf: Path) -> None:
    result = desk(
        "upload",
        str(pdf),
        "--kind",
        "identity",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 1
    assert one_line_error(result.stderr).startswith(
        "desk: Station Desk keeps residents' documents encrypted with a key in the OS keyring, "
        "and none is available: "
    )


def test_upload_works_while_the_database_is_unreachable(desk: Desk, pdf: Path) -> None:
    result = desk(
        "--set",
        "database_url=postgresql://desk@127.0.0.1:9/desk",
        "upload",
        str(pdf),
        "--kind",
        "identity",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["state"] == "confirmed"


def test_an_answer_trickled_byte_by_byte_is_given_up_and_kept_for_retry(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    desk("secret", "set", "upload-token", stdin="cli-token\n")
    flags = [*https_flags(service, certificates), "--set", "upload_timeout_seconds=1"]
    service.answer("trickle")
    started = time.monotonic()
    result = desk(*flags, "upload", str(pdf), "--kind", "payslip", "--json", timeout=60)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert took < 20, f"the upload took {took:.0f} s"
    entry = json.loads(result.stdout)
    assert (entry["state"], entry["error_code"]) == ("failed", "too_slow")
    assert "kept safely on this station" in entry["message"]
    payload = user_data_dir() / "outbox" / "payloads" / f"{entry['id']}.sde"
    assert payload.exists(), "the document stays in the outbox for the next try"
    retried = desk(*flags, "outbox", "retry", "--json")
    (sent,) = json.loads(retried.stdout)
    assert sent["state"] == "confirmed"
    assert service.store_counts == {entry["id"]: 1}


def test_an_unknown_visit_is_refused(desk: Desk, pdf: Path) -> None:
    visit = "6f1c2d3e-0000-4000-8000-000000000001"
    result = desk("upload", str(pdf), "--kind", "identity", "--visit", visit)
    assert result.returncode == 1
    assert f"there is no visit {visit}" in one_line_error(result.stderr)
    payloads = user_data_dir() / "outbox" / "payloads"
    assert not payloads.exists() or not list(payloads.iterdir()), "nothing was queued"


def test_a_known_visit_is_linked(desk: Desk, pdf: Path) -> None:
    from desk.config import load_settings  # noqa: PLC0415
    from desk.domain.visits import EntryRoute  # noqa: PLC0415
    from desk.runtime import open_runtime  # noqa: PLC0415
    from desk.services import visits  # noqa: PLC0415
    from desk.storage.models import Staff  # noqa: PLC0415

    rt = open_runtime(load_settings())
    try:
        with rt.uow() as uow:
            staff = uow.staff.add(Staff(display_name="Sam P.", first_name="Sam", pin_hash="x"))
            uow.commit()
            staff_id = staff.id
        visit = visits.start_visit(rt.uow_factory, rt.station, staff_id, EntryRoute.WALK_IN)
    finally:
        rt.close()
    result = desk("upload", str(pdf), "--kind", "identity", "--visit", str(visit.id), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["visit_id"] == str(visit.id)


def test_the_database_unreachable_with_a_visit_is_refused(desk: Desk, pdf: Path) -> None:
    result = desk(
        "--set",
        "database_url=postgresql://desk@127.0.0.1:9/desk",
        "upload",
        str(pdf),
        "--kind",
        "identity",
        "--visit",
        "6f1c2d3e-0000-4000-8000-000000000001",
    )
    assert result.returncode == 1
    assert "cannot check visit" in one_line_error(result.stderr)


def test_a_document_too_large_for_the_service_can_be_cancelled(
    desk: Desk, pdf: Path, service: UploadService, certificates: Certificates
) -> None:
    from desk.config import load_settings  # noqa: PLC0415
    from desk.domain.records import AuditAction, RecordType  # noqa: PLC0415
    from desk.runtime import open_runtime  # noqa: PLC0415

    flags = https_flags(service, certificates)
    desk("secret", "set", "upload-token", stdin="cli-token\n")
    service.answer("413")
    refused = desk(*flags, "upload", str(pdf), "--kind", "payslip")
    assert refused.returncode == 1
    assert "too large" in one_line_error(refused.stderr)
    (listed,) = json.loads(desk(*flags, "outbox", "--json").stdout)
    assert (listed["state"], listed["error_code"]) == ("rejected", "too_large")

    cancelled = desk(*flags, "outbox", "cancel", listed["id"])
    assert cancelled.returncode == 0, cancelled.stderr
    assert cancelled.stdout.startswith(f"Cancelled {listed['id']}")
    assert not (user_data_dir() / "outbox" / "payloads" / f"{listed['id']}.sde").exists()
    assert json.loads(desk(*flags, "outbox", "--json").stdout) == []
    assert desk(*flags, "outbox", "retry").stdout.strip() == "Nothing to retry."

    again = desk(*flags, "outbox", "cancel", listed["id"])
    assert again.returncode == 1
    assert "no document" in one_line_error(again.stderr)

    rt = open_runtime(load_settings())
    try:
        with rt.uow() as uow:
            actions = [
                event.action
                for event in uow.audit.list(
                    record_type=RecordType.DOCUMENT, record_id=uuid.UUID(listed["id"])
                )
            ]
    finally:
        rt.close()
    assert AuditAction.DOCUMENT_CANCELLED in actions


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["outbox", "cancel"], "say which document to cancel"),
        (["outbox", "cancel", "6f1c2d3e-0000-4000-8000-000000000001"], "no document"),
    ],
)
def test_cancel_needs_a_document_in_the_outbox(desk: Desk, args: list[str], says: str) -> None:
    result = desk(*args)
    assert result.returncode == 1
    assert says in one_line_error(result.stderr)


def services_flags(tmp_path: Path) -> list[str]:
    path = tmp_path / "services.toml"
    path.write_text(
        '[services.housing]\nname = "Housing register"\ndestination = "housing-share"\n'
        "reference_pattern = 'HR\\d{7}'\ncheck_digit = \"mod11\"\n"
        'reference_example = "HR1234560"\n'
        f'[destinations.housing-share]\ntype = "folder"\nfolder = "{tmp_path / "housing"}"\n'
        f'[destinations.broken]\ntype = "folder"\nfolder = "{tmp_path / "missing"}"\n'
        '[services.blue_badge]\ndestination = "broken"\n',
        encoding="utf-8",
    )
    return ["--set", f"upload_services_file={path}"]


def test_upload_for_a_service_goes_to_its_destination_with_its_reference(
    desk: Desk, pdf: Path, tmp_path: Path
) -> None:
    flags = services_flags(tmp_path)
    result = desk(
        *flags, "upload", str(pdf), "--kind", "bank_statement", "--service", "housing",
        "--reference", "hr 123 4560", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["service"], report["case_reference"]) == ("housing", "HR1234560")
    assert report["destination"] == "housing-share"
    sidecar = json.loads((tmp_path / "housing" / f"{report['id']}.json").read_text())
    assert sidecar["service"] == "housing"
    assert sidecar["case_reference"] == "HR1234560"
    assert sidecar["page_count"] == 3
    assert "Jane" not in json.dumps(sidecar)
    assert not (user_data_dir() / "uploaded").exists(), "not the default destination"


def test_a_reference_that_does_not_fit_is_refused_and_nothing_queued(
    desk: Desk, pdf: Path, tmp_path: Path
) -> None:
    flags = services_flags(tmp_path)
    result = desk(
        *flags, "upload", str(pdf), "--kind", "payslip", "--service", "housing",
        "--reference", "HR1234561",
    )  # fmt: skip
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "HR1234561 is not a Housing register reference" in line
    assert "go on without one" in line
    assert json.loads(desk(*flags, "outbox", "--json").stdout) == []
    unknown = desk(*flags, "upload", str(pdf), "--kind", "payslip", "--service", "parking")
    assert unknown.returncode == 1
    assert "no service 'parking'" in one_line_error(unknown.stderr)


def test_outbox_list_shows_service_and_destination(desk: Desk, pdf: Path, tmp_path: Path) -> None:
    flags = services_flags(tmp_path)
    (tmp_path / "missing").write_text("a file where the folder should be")
    result = desk(*flags, "upload", str(pdf), "--kind", "photo", "--service", "blue_badge")
    assert result.returncode == 1
    listing = desk(*flags, "outbox")
    assert listing.returncode == 0, listing.stderr
    assert "photo  rejected  service blue_badge  to broken" in listing.stdout
