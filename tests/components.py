"""How a test reaches a real component: skip with the reason on a laptop, fail in CI."""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """True when the run must have every real component (`CI=true`)."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing(component: str, reason: str) -> NoReturn:
    """Give up on a test because `component` is unavailable: a skip locally, a failure in CI."""
    message = f"{component} unavailable: {reason}"
    if in_ci():
        pytest.fail(f"{message} (CI=true requires every real component)", pytrace=False)
    pytest.skip(message)


def require_tools(component: str, *tools: str) -> None:
    """Require command-line tools on PATH for `component`."""
    absent = [tool for tool in tools if shutil.which(tool) is None]
    if absent:
        missing(component, f"not on PATH: {', '.join(absent)}")
