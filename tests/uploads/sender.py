"""A sending process for the crash tests: queue documents, send them, maybe die on cue."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import smtplib
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desk.uploads.crypto import load_spool_key
from desk.uploads.destinations import FolderDestination, HttpsDestination
from desk.uploads.mailer import EmailDestination
from desk.uploads.outbox import Backoff, Outbox
from desk.uploads.routing import EmailRoute


def content_for(document_id: str, size: int) -> bytes:
    """A document's content, made from its id, with a marker to look for on disk."""
    return b"%PDF-1.7\n" + (marker_for(document_id) + b"|") * (size // 34 + 1)


def marker_for(document_id: str) -> bytes:
    """Bytes that appear only in this document's plaintext."""
    return b"RESIDENT-" + hashlib.sha256(document_id.encode()).hexdigest()[:24].encode()


def _arm(kill_at: int) -> None:
    count = 0

    def step() -> None:
        nonlocal count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            step()
            result = function(*args, **kwargs)
            step()
            return result

        return wrapped

    os.fsync = wrap(os.fsync)
    os.replace = wrap(os.replace)
    chunks = Outbox.chunks

    def counted(self: Outbox, document_id: uuid.UUID) -> Iterator[bytes]:
        for chunk in chunks(self, document_id):
            step()
            yield chunk

    Outbox.chunks = counted  # type: ignore[method-assign]
    send = smtplib.SMTP.send

    def sent(self: smtplib.SMTP, data: str | bytes) -> None:
        nonlocal count
        if len(data) > 4096 and count + 1 == kill_at:
            # Killed mid-DATA: half of the message is out, the rest never follows.
            assert self.sock is not None
            self.sock.sendall(data[: len(data) // 2] if isinstance(data, bytes) else b"")
        step()
        send(self, data)

    smtplib.SMTP.send = sent  # type: ignore[method-assign,assignment]


def _arm_mid_data() -> None:
    """SIGKILL while the first message's data is going out: half of it sent, no final dot."""
    send = smtplib.SMTP.send

    def sent(self: smtplib.SMTP, data: str | bytes) -> None:
        if isinstance(data, bytes) and len(data) > 4096:
            assert self.sock is not None
            self.sock.sendall(data[: len(data) // 2])
            os.kill(os.getpid(), signal.SIGKILL)
        send(self, data)

    smtplib.SMTP.send = sent  # type: ignore[method-assign,assignment]


def main(raw: str) -> int:
    """Run one job (JSON); with `kill_at` = N, SIGKILL itself at the N-th durable step."""
    job = json.loads(raw)
    if job.get("kill_at"):
        _arm(int(job["kill_at"]))
    if job.get("kill_mid_data"):
        _arm_mid_data()
    key = load_spool_key()
    destination: FolderDestination | HttpsDestination | EmailDestination
    if job["destination"] == "email":
        route = EmailRoute(
            host="127.0.0.1",
            port=int(job["port"]),
            to="evidence@council.test",
            sender="station@council.test",
            ca_file=Path(job["ca_file"]),
            timeout_seconds=10,
        )
        destination = EmailDestination(
            route,
            password=lambda: str(job["password"]),
            password_name="smtp-password.test",
            journal=Path(job["outbox"]) / "mailed" / "test",
        )
    elif job["destination"] == "https":
        destination = HttpsDestination(
            job["url"], token=lambda: "token", timeout_seconds=5, ca_file=Path(job["ca_file"])
        )
    else:
        destination = FolderDestination(Path(job["folder"]))
    outbox = Outbox(Path(job["outbox"]), key, backoff=Backoff(0.0, 0.0))
    for doc_id in job["ids"]:
        outbox.add(
            [content_for(doc_id, job["size"])],
            kind="identity",
            page_count=1,
            document_id=uuid.UUID(doc_id),
        )
    for _ in range(20):
        outbox.send_due(destination, lock_timeout=30)
        if all(item.state.value == "confirmed" for item in outbox.items()):
            break
    states = {str(item.id): [item.state.value, item.reference] for item in outbox.items()}
    outbox.close()
    destination.close()
    print(json.dumps(states))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
