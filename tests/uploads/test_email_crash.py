"""Kill a process mailing documents with a real SIGKILL, mid-DATA among other points: the next
run mails each document exactly once and nothing readable is left on the station."""

from __future__ import annotations

import json
import os
import random
import uuid
from pathlib import Path

import pytest

from desk.config import user_data_dir
from desk.uploads.crypto import load_spool_key
from tests.uploads.sender import content_for, marker_for
from tests.uploads.server import Certificates
from tests.uploads.smtp_server import PASSWORD, running_mail_server
from tests.uploads.test_crash import _readable_leftovers, _run

RUNS = 8
DOCUMENTS = 3
SIZE = 60 * 1024


@pytest.mark.parametrize("run", range(RUNS))
def test_killed_mailer_mails_every_document_exactly_once(
    run: int, tmp_path: Path, isolated_home: Path, certificates: Certificates
) -> None:
    rng = random.Random(run)
    load_spool_key()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    ids = [str(uuid.uuid4()) for _ in range(DOCUMENTS)]
    with running_mail_server(certificates) as mail:
        job: dict[str, object] = {
            "outbox": str(user_data_dir() / "outbox"),
            "destination": "email",
            "port": mail.port,
            "password": PASSWORD,
            "ca_file": str(certificates.ca_file),
            "ids": ids,
            "size": SIZE,
        }
        first = _run({**job, "kill_at": rng.randint(1, 60)}, env)
        assert first.returncode in {0, -9}, first.stderr
        if run % 2:
            again = _run({**job, "kill_at": rng.randint(1, 40)}, env)
            assert again.returncode in {0, -9}, again.stderr
        second = _run(job, env)
        assert second.returncode == 0, second.stderr
        states = json.loads(second.stdout)
        assert {i: s[0] for i, s in states.items()} == dict.fromkeys(ids, "confirmed")
        mailed: dict[str, list[bytes]] = {}
        for message in mail.messages:
            [part] = list(message.iter_attachments())
            data = part.get_content()
            assert isinstance(data, bytes)
            mailed.setdefault(str(message["X-Station-Desk-Id"]), []).append(data)
        assert mailed == {i: [content_for(i, SIZE)] for i in ids}

    payloads = user_data_dir() / "outbox" / "payloads"
    assert not list(payloads.glob("*.sde")), "delivered payloads are wiped"
    markers = [marker_for(i) for i in ids]
    assert _readable_leftovers([isolated_home, temp], tmp_path / "none", markers) == []


def test_a_kill_mid_data_leaves_no_message_and_the_next_run_mails_it_once(
    tmp_path: Path, isolated_home: Path, certificates: Certificates
) -> None:
    load_spool_key()
    ids = [str(uuid.uuid4())]
    with running_mail_server(certificates) as mail:
        job: dict[str, object] = {
            "outbox": str(user_data_dir() / "outbox"),
            "destination": "email",
            "port": mail.port,
            "password": PASSWORD,
            "ca_file": str(certificates.ca_file),
            "ids": ids,
            "size": SIZE,
        }
        killed = _run({**job, "kill_mid_data": True}, dict(os.environ))
        assert killed.returncode == -9, killed.stderr
        assert mail.messages == []
        second = _run(job, dict(os.environ))
        assert second.returncode == 0, second.stderr
        assert len(mail.messages) == 1
