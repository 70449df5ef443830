"""A keyring for tests: a JSON file in the test's home, so subprocesses share it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    """Stores secrets in $HOME/test-keyring.json (tests only: never a station's keyring)."""

    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["HOME"]) / "test-keyring.json"

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        if data:
            self._path.write_text(json.dumps(data))
        else:  # like a real keyring: nothing is left behind once its last secret is gone
            self._path.unlink(missing_ok=True)
