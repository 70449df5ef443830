"""The scan worker's process: how it starts, takes a job, reports and stops.

Kept light to import: `desk scan` starts its worker from here before it loads anything else,
so that the worker's Python and scanner library load alongside the command's own.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scanning.events import Event

log = logging.getLogger(__name__)

AHEAD_BACKEND = "auto"
"""What a worker started ahead of its job loads, unless the device id names its backend."""

FROZEN_WORKER_FLAG = "--scan-worker"
"""In a frozen build the app's own executable is the worker when given this flag."""


def worker_command() -> list[str]:
    """How to start a worker: this Python running `scanning.worker`, or, in a frozen build
    (which has no `-m`), the app's executable with FROZEN_WORKER_FLAG."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG]
    # -P: the caller's current folder is not put first on the worker's path (a `scanning`
    # folder there would be imported instead of ours).
    return [sys.executable, "-P", "-m", "scanning.worker"]


def worker_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The worker's environment: ours, plus the folder that holds `scanning`, plus `extra`."""
    env = dict(os.environ)
    if extra:
        env.update(extra)
    root = str(Path(__file__).resolve().parent.parent)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        env["PYTHONPATH"] = os.pathsep.join([root, *paths])
    env["PYINSANE_SINGLE_THREAD"] = "1"
    return env


class WorkerProcess:
    """A worker process and the threads that read its reports and its log.

    The process starts at once; its reports are read from `attach()` on, so a worker can be
    started before the caller knows what it will ask of it (see `PreparedWorker`).
    """

    def __init__(self, env: Mapping[str, str] | None, command: Sequence[str] | None) -> None:
        self.process = subprocess.Popen(
            list(command or worker_command()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=worker_env(env),
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._on_event: Callable[[Event], None] = lambda event: None
        self._on_exit: Callable[[int], None] = lambda code: None
        self._stdin_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="scan-worker-reader", daemon=True)
        self._logger = threading.Thread(target=self._log, name="scan-worker-log", daemon=True)
        self._logger.start()

    def attach(
        self, job: dict[str, Any], on_event: Callable[[Event], None], on_exit: Callable[[int], None]
    ) -> None:
        """Send `job` and start following the worker's reports."""
        self._on_event = on_event
        self._on_exit = on_exit
        self.send(json.dumps(job))
        self._reader.start()

    def send(self, line: str) -> None:
        with self._stdin_lock:
            stdin = self.process.stdin
            if stdin is None or stdin.closed:
                return
            try:
                stdin.write(line + "\n")
                stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                log.debug("scan worker no longer reads its input")

    def close_input(self) -> None:
        with self._stdin_lock:
            stdin = self.process.stdin
            if stdin is not None and not stdin.closed:
                with contextlib.suppress(BrokenPipeError, OSError):
                    stdin.close()

    def _read(self) -> None:
        from scanning.events import decode  # noqa: PLC0415  (loaded by the time a job is given)

        stdout: IO[str] | None = self.process.stdout
        assert stdout is not None
        for line in stdout:
            try:
                event = decode(line)
            except ValueError:
                log.debug("ignored a line from the scan worker that is not an event")
                continue
            self._on_event(event)
        stdout.close()
        code = self.process.wait()
        self._logger.join(timeout=5)
        self.close_input()
        self._on_exit(code)

    def _log(self) -> None:
        stderr: IO[str] | None = self.process.stderr
        assert stderr is not None
        for line in stderr:
            log.debug("scan worker: %s", line.rstrip())
        stderr.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()

    def join(self, timeout: float | None) -> None:
        if self._reader.is_alive():
            self._reader.join(timeout)

    def dispose(self) -> None:
        """Stop a worker that was never attached, and close its pipes."""
        self.close_input()
        self.kill()
        self.process.wait()
        self._logger.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


def backend_ahead(device_id: str | None) -> str:
    """The backend to load ahead of a scan of `device_id`: the one its id names (`escl:...`,
    `wia:...`), which is all the job will load, else `auto`."""
    if not device_id:
        return AHEAD_BACKEND
    from scanning.backends import owner_of  # noqa: PLC0415  (light; the job needs it anyway)

    return owner_of(device_id) or AHEAD_BACKEND


class PreparedWorker:
    """A worker process started ahead of its job: it loads the scanner backend while the caller
    gets ready (reads settings, picks a profile), and nothing reaches the scanner until a
    `ScanJob` given it with `worker=` starts. Close it (or use `with`) if no job takes it.
    """

    def __init__(
        self,
        *,
        backend: str = "auto",
        env: Mapping[str, str] | None = None,
        command: Sequence[str] | None = None,
    ) -> None:
        self.backend = backend
        self._lock = threading.Lock()
        try:
            worker: WorkerProcess | None = WorkerProcess(env, command)
        except OSError:
            log.exception("the scan worker could not start ahead of its job")
            worker = None
        self._worker = worker
        if worker is not None:
            worker.send(json.dumps({"command": "prepare", "backend": backend}))

    def take(self) -> WorkerProcess | None:
        """The process, if it is still running and not yet taken (then it is the caller's)."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None and worker.process.poll() is not None:
            worker.dispose()
            return None
        return worker

    def close(self) -> None:
        """Stop the process if no job took it."""
        worker = self.take()
        if worker is not None:
            worker.dispose()

    def __enter__(self) -> PreparedWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
