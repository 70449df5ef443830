"""CSV cells a spreadsheet would run as formulas are written neutralised and read back whole."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest

from desk.domain import csvcells

ROOT = Path(__file__).resolve().parents[2]

VALUES = [
    "=SUM(A1:A2)",
    "+1",
    "-1",
    "@cmd",
    "\tindented",
    "\rreturn",
    "'=already",
    "''-twice",
    "'plain",
    "plain",
    "",
    "a=b",
    "'",
    "''",
]


@pytest.mark.parametrize("value", VALUES)
def test_each_cell_is_safe_and_round_trips(value: str) -> None:
    written = csvcells.neutralise_cell(value)
    assert isinstance(written, str)
    assert written[:1] not in csvcells.FORMULA_STARTS
    assert csvcells.restore_cell(written) == value


def test_a_written_file_reads_back_the_same(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csvcells.writer(buffer, lineterminator="\n")
    writer.writerows([VALUES, [1, None, "=x"]])
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert [csvcells.restore_cell(c) for c in rows[0]] == VALUES
    assert rows[1] == ["1", "", "'=x"]


def _csv_writers(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in {"writer", "DictWriter"}
        and isinstance(node.value, ast.Name)
        and node.value.id == "csv"
    ]


def test_every_csv_the_project_writes_goes_through_the_safe_writer() -> None:
    helper = ROOT / "desk" / "domain" / "csvcells.py"
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in ("desk", "scanning", "printing")
        for path in sorted((ROOT / package).rglob("*.py"))
        if path != helper
        for line in _csv_writers(path)
    ]
    assert offenders == []
    assert _csv_writers(helper)  # the check sees a writer where there is one
