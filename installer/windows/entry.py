"""Frozen entry point shared by StationDesk.exe (no console) and desk.exe (console)."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
from pathlib import Path


def run() -> int:
    """Run the `desk` command: no arguments starts the station app."""
    # A worker process started by the frozen app re-enters here; let it run its task instead.
    multiprocessing.freeze_support()
    # A windowed (console=False) executable has no standard streams; give them somewhere to go
    # so a message written to stderr cannot crash the app.
    for name in ("stdout", "stderr"):
        if getattr(sys, name, None) is None:
            # Kept open for the life of the process.
            setattr(sys, name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115
    # The scan worker is this same executable, started by the app with a flag (a frozen build
    # has no `python -m`): see scanning.launch.worker_command.
    if sys.argv[1:2] == ["--scan-worker"]:
        worker = importlib.import_module("scanning.worker")
        del sys.argv[1]
        return int(worker.main())
    # Imported by name so that PyInstaller's hidden imports (the spec) stay the single list
    # of what the bundle holds.
    cli = importlib.import_module("desk.cli.main")
    return int(cli.main())


if __name__ == "__main__":
    sys.exit(run())
