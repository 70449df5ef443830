"""Kill the sender with a real SIGKILL at random points: nothing lost, doubled or left readable."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desk.config import user_data_dir
from desk.uploads.crypto import load_spool_key
from tests.uploads.sender import content_for, marker_for
from tests.uploads.server import Certificates, running_service

RUNS = 20
DOCUMENTS = 3
SIZE = 300 * 1024


def _run(job: dict[str, object], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.uploads.sender", json.dumps(job)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _readable_leftovers(roots: list[Path], skip: Path, markers: list[bytes]) -> list[str]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or skip in path.parents:
                continue
            data = path.read_bytes()
            found += [f"{path}: {m.decode()}" for m in markers if m in data]
    return found


@pytest.mark.parametrize("run", range(RUNS))
def test_killed_sender_delivers_every_document_exactly_once(
    run: int, tmp_path: Path, isolated_home: Path, certificates: Certificates
) -> None:
    rng = random.Random(run)
    how = ["self-https", "self-folder", "server"][run % 3]
    load_spool_key()  # the station's key, made once, as the app would at start-up
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    destination_folder = tmp_path / "evidence"
    ids = [str(uuid.uuid4()) for _ in range(DOCUMENTS)]
    with running_service(certificates) as service:
        job: dict[str, object] = {
            "outbox": str(user_data_dir() / "outbox"),
            "destination": "folder" if how == "self-folder" else "https",
            "url": service.url,
            "ca_file": str(certificates.ca_file),
            "folder": str(destination_folder),
            "ids": ids,
            "size": SIZE,
        }
        if how == "server":
            # Killed while the service holds the answer to a document it has already stored.
            service.answer(*(["ok"] * rng.randrange(DOCUMENTS)), "hold")
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.uploads.sender", json.dumps(job)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            try:
                held = service.wait_for(lambda: len(service.received) >= 1 and not service.script)
                assert held, "the sender never reached the service"
                child.kill()
            finally:
                child.wait(30)
            assert child.returncode == -9
            service.release.set()
        else:
            first = _run({**job, "kill_at": rng.randint(1, 36)}, env)
            assert first.returncode in {0, -9}, first.stderr
            if run % 2:
                # Killed again while recovering from the first crash.
                again = _run({**job, "kill_at": rng.randint(1, 24)}, env)
                assert again.returncode in {0, -9}, again.stderr

        second = _run(job, env)
        assert second.returncode == 0, second.stderr
        states = json.loads(second.stdout)
        assert {i: s[0] for i, s in states.items()} == dict.fromkeys(ids, "confirmed")

        if job["destination"] == "https":
            assert service.store_counts == dict.fromkeys(ids, 1)
            for doc_id in ids:
                assert service.stored[doc_id] == content_for(doc_id, SIZE)
                assert states[doc_id][1] == service.references[doc_id]
            assert {r.key for r in service.received} == set(ids)
        else:
            names = sorted(p.name for p in destination_folder.iterdir())
            assert names == sorted([f"{i}.pdf" for i in ids] + [f"{i}.json" for i in ids])
            for doc_id in ids:
                pdf = destination_folder / f"{doc_id}.pdf"
                assert pdf.read_bytes() == content_for(doc_id, SIZE)

    payloads = user_data_dir() / "outbox" / "payloads"
    assert not list(payloads.glob("*.sde")), "delivered payloads are wiped"
    markers = [marker_for(i) for i in ids]
    leftovers = _readable_leftovers([isolated_home, temp], destination_folder, markers)
    assert leftovers == [], "plaintext found outside the destination"
