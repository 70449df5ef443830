"""Benchmarks are not part of the test run: collect them only with `-m bench` or DESK_BENCH=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _wanted(config: pytest.Config) -> bool:
    return os.environ.get("DESK_BENCH") == "1" or "bench" in str(config.getoption("-m") or "")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave benchmark files out unless benchmarks were asked for."""
    if collection_path.name.startswith("test_") and not _wanted(config):
        return True
    return None
