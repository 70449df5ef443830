"""`desk doctor`'s destination checks: every configured destination, nothing sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.config import Settings, UploadSettings
from desk.services.checks import Status, destination_checks, run_checks
from tests.uploads.conftest import TOKEN
from tests.uploads.server import Certificates, UploadService
from tests.uploads.smtp_server import PASSWORD, USER, running_mail_server


def test_every_destination_is_checked_without_sending_a_document(
    tmp_path: Path,
    certificates: Certificates,
    service: UploadService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets = {
        "upload-token.intake": TOKEN,
        "upload-token.wrong-token": "not-the-token",
        "upload-token.untrusted": TOKEN,
        "smtp-password.mailbox": PASSWORD,
        "smtp-password.wrong-password": "nope",
    }
    monkeypatch.setattr("desk.uploads.routing.get_secret", secrets.get)
    (tmp_path / "share").mkdir()
    with running_mail_server(certificates) as mail:
        mailbox = (
            f'type = "email"\nhost = "127.0.0.1"\nport = {mail.port}\nto = "a@council.test"\n'
            f'sender = "{USER}"\nca_file = "{certificates.ca_file}"\n'
        )
        intake = f'type = "https"\nurl = "{service.url}"\nca_file = "{certificates.ca_file}"\n'
        path = tmp_path / "services.toml"
        path.write_text(
            f"[destinations.intake]\n{intake}"
            f"[destinations.wrong-token]\n{intake}"
            f'[destinations.untrusted]\ntype = "https"\nurl = "{service.url}"\n'
            f"[destinations.mailbox]\n{mailbox}"
            f"[destinations.wrong-password]\n{mailbox}"
            f'[destinations.share]\ntype = "folder"\nfolder = "{tmp_path / "share"}"\n'
            f'[destinations.gone]\ntype = "folder"\nfolder = "{tmp_path / "gone"}"\n',
            encoding="utf-8",
        )
        settings = Settings(upload=UploadSettings(services_file=path, folder=tmp_path / "local"))
        results = {r.name: r for r in run_checks(destination_checks(settings))}
        assert mail.messages == []
    assert service.received == [], "no document was sent"
    status = {name: result.status for name, result in results.items()}
    assert status == {
        "destination folder": Status.FAIL,  # the [upload] folder, not made by a check
        "destination gone": Status.FAIL,
        "destination intake": Status.OK,
        "destination mailbox": Status.OK,
        "destination share": Status.OK,
        "destination untrusted": Status.FAIL,
        "destination wrong-password": Status.FAIL,
        "destination wrong-token": Status.FAIL,
    }
    assert "unauthorised" in results["destination wrong-token"].detail
    assert "upload-token.wrong-token" in results["destination wrong-token"].detail
    assert "tls_untrusted" in results["destination untrusted"].detail
    assert "smtp-password.wrong-password" in results["destination wrong-password"].detail


def test_a_bad_services_file_is_one_failed_check(tmp_path: Path) -> None:
    path = tmp_path / "services.toml"
    path.write_text('[services.housing]\ndestination = "nowhere"\n', encoding="utf-8")
    [result] = run_checks(destination_checks(Settings(upload=UploadSettings(services_file=path))))
    assert result.status is Status.FAIL
    assert "nowhere" in result.detail
