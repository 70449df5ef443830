"""Only desk/ui may import Qt widgets (import-linter cannot name an external subpackage)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desk", "scanning", "printing")


def widget_imports(path: Path) -> list[int]:
    """Line numbers where a module imports PySide6.QtWidgets (or a name from it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
            if node.module == "PySide6":
                names += [f"PySide6.{alias.name}" for alias in node.names]
        else:
            continue
        if any(
            name == "PySide6.QtWidgets" or name.startswith("PySide6.QtWidgets.") for name in names
        ):
            lines.append(node.lineno)
    return lines


def test_only_desk_ui_imports_qt_widgets() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if not path.is_relative_to(ROOT / "desk" / "ui")
        for line in widget_imports(path)
    ]
    assert offenders == []


def test_the_check_sees_widget_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6 import QtWidgets\nfrom PySide6.QtWidgets import QLabel\n"
    )
    assert widget_imports(sample) == [2, 3]
