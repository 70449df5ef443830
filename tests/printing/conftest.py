"""Printing test helpers (the scheduler, make_pdf and qt_cups are fixtures in tests/fixtures)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The real Windows spooler exists only on Windows: the Windows workflow runs this file there.
collect_ignore = [] if sys.platform == "win32" else ["test_windows_spooler.py"]


@pytest.fixture
def not_a_pdf(tmp_path: Path) -> Path:
    """A text file dressed up with a .pdf name."""
    path = tmp_path / "letter.pdf"
    path.write_text("Dear resident, this is plain text.\n", encoding="utf-8")
    return path
