"""Replay a journal into a database, as a process of its own (for the SIGKILL tests).

python -m tests.sync.replay_worker JOURNAL URL KEY_HEX
"""

from __future__ import annotations

import sys
from pathlib import Path

from desk.storage.database import make_engine
from desk.storage.journal import Journal
from desk.storage.sync import Replicator
from desk.uploads.crypto import SpoolKey


def main() -> int:
    path, url, key = sys.argv[1:4]
    journal = Journal(Path(path), SpoolKey(bytes.fromhex(key)))
    replicator = Replicator(make_engine(url, pooled=False), journal)
    print("ready", flush=True)
    outcome = replicator.replay(force=True)
    print(f"sent {outcome.sent}", flush=True)
    return 0 if outcome.online else 1


if __name__ == "__main__":
    raise SystemExit(main())
