"""`desk report pack`: the PDF for managers and funders, read back with pdftotext.

Every section heading is there, and no count from 1 to 4 is anywhere in its tables: each
line of the tables (a label, then only figures) is parsed from `pdftotext -layout`, and every
whole number in it must be 0 or at least 5. Measures are printed with a decimal point and
the pages table holds amounts, not people: those are left out of the check.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desk.services.reports import Grouping, Period, ReportKind, TableKind, make_report, publish
from desk.services.reports.demo import DemoPlan, fill
from desk.services.reports.labels import table_title
from desk.services.reports.pack import SECTIONS, Pack, make_pack, pack_grouping, plotted
from desk.services.reports.tables import SMALL, WITHHELD
from desk.storage.uow import SqlUnitOfWork
from printing.documents.figures import nice_step
from tests.components import require_tools
from tests.reports.fixture import NOW, build

Desk = Callable[..., tuple[int, str, str]]
FIGURE = re.compile(r"^(?:\d{1,3}(?:,\d{3})*(?:\.\d)?|<5|\*|\u2013)$")
WHOLE = re.compile(r"^\d{1,3}(?:,\d{3})*$")
PAGE_LINE = re.compile(r"Page \d+ of \d+")
JUNE = Period(date(2026, 6, 1), date(2026, 6, 30))


def _text(pdf: Path, *, layout: bool) -> str:
    require_tools("poppler", "pdftotext", "pdfinfo")
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def table_rows(layout: str, amounts_titles: set[str], titles: set[str]) -> list[list[str]]:
    """The figures of every table line: a label with a letter in it, two spaces or more,
    then nothing but figures. Lines under an amounts table's title are skipped until the
    next table's title."""
    rows: list[list[str]] = []
    skipping = False
    lines = [" ".join(line.split()) for line in layout.splitlines()]
    assert amounts_titles <= set(lines), "every amounts table's title is a line of its own"
    for line, stripped in zip(layout.splitlines(), lines, strict=True):
        if stripped in titles:
            skipping = stripped in amounts_titles
            continue
        if skipping or PAGE_LINE.search(line):
            continue
        parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
        if len(parts) != 2 or not re.search(r"[A-Za-z]", parts[0]):
            continue
        figures = parts[1].split()
        if figures and all(FIGURE.match(f) for f in figures):
            rows.append(figures)
    return rows


def _check(pack: Pack) -> list[list[str]]:
    """The checks every pack passes; its table rows' figures."""
    plain = " ".join(_text(pack.path, layout=False).split())
    for number, section in enumerate(SECTIONS, start=1):
        assert plain.count(f"{number}. {section.heading}") == 2  # in the contents and as heading
    assert plain.count(f"{len(SECTIONS) + 1}. How the figures were made") == 2
    assert plain.count("How to read this") == len(SECTIONS)
    assert "Europe/London" in plain and "estimated" in plain
    assert all(report.published for report in pack.reports)
    titles = {table_title(t, r) for r in pack.reports for t in r.tables}
    for title in titles:
        assert title in plain
    amounts = {
        table_title(t, r) for r in pack.reports for t in r.tables if t.kind is TableKind.AMOUNTS
    }
    rows = table_rows(_text(pack.path, layout=True), amounts, titles)
    small = [
        (row, figure)
        for row in rows
        for figure in row
        if WHOLE.match(figure) and 0 < int(figure.replace(",", "")) < 5
    ]
    assert small == []
    assert pack.pages == _pages(pack.path)
    return rows


def test_the_pack_of_the_small_fixture_withholds_every_small_count(
    migrated: Engine, uow: Callable[[], SqlUnitOfWork], tmp_path: Path
) -> None:
    build(uow)
    pack = make_pack(migrated, JUNE, tmp_path / "pack.pdf", now=NOW)
    rows = _check(pack)
    assert 9 <= pack.pages <= 30
    flat = [figure for row in rows for figure in row]
    assert SMALL in flat  # the fixture's counts are small: withheld, not left out
    # Every category of every table is a line read (the check is not vacuous).
    assert len(rows) >= sum(len(t.columns) for r in pack.reports for t in r.tables)
    assert pack.reports[0].table("by_site").grand_total == SMALL  # 4 visits in June


def test_the_pack_of_demo_data_shows_its_figures(migrated: Engine, tmp_path: Path) -> None:
    fill(migrated, DemoPlan(visits=1500, months=4, seed=7, last_day=date(2026, 11, 30)))
    pack = make_pack(migrated, Period(date(2026, 8, 1), date(2026, 11, 30)), tmp_path / "p.pdf")
    rows = _check(pack)
    assert 9 <= pack.pages <= 40
    footfall = pack.reports[0].table("by_site")
    assert footfall.grand_total == 1500
    assert rows[0] != ["261", "264"]  # rows were read
    totals = [row for row in rows if row and row[-1] == "1,500"]
    assert totals, "the visits' grand total is in the tables"
    plain = " ".join(_text(pack.path, layout=False).split())
    assert "Aug 2026" in plain and "Nov 2026" in plain
    # Sites by their names, not their codes.
    names = pack.reports[0].site_names
    assert all(names[code] in plain for code in footfall.columns)


def test_withheld_figures_are_not_plotted() -> None:
    assert [plotted(v) for v in (SMALL, WITHHELD, None, 7, 4.5, 0)] == [
        None,
        None,
        None,
        7.0,
        4.5,
        0.0,
    ]


@pytest.mark.parametrize(
    ("days", "by"), [(7, Grouping.DAY), (28, Grouping.WEEK), (365, Grouping.MONTH)]
)
def test_the_pack_groups_by_the_period_length(days: int, by: Grouping) -> None:
    first = date(2026, 1, 1)
    assert pack_grouping(Period(first, first + timedelta(days=days - 1))) is by


def test_desk_report_pack_writes_a_file_named_for_the_period(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = desk("report", "pack", "--from", "2026-06-01", "--to", "2026-06-30")
    assert (code, err) == (0, "")
    assert out.strip() == "report-pack-2026-06-01-to-2026-06-30.pdf"
    assert _pages(tmp_path / out.strip()) >= 9
    code, out, err = desk("report", "pack", "--no-publish")
    assert (code, out) == (2, "")
    assert "always published" in err
    code, out, err = desk("report", "pack", "--format", "csv")
    assert (code, out) == (2, "")
    assert "--format does not apply" in err


@pytest.mark.parametrize("largest", [0, 1, 4, 7, 12, 49, 260, 3000, 123_456])
def test_chart_axes_step_by_five_or_more(largest: float) -> None:
    """No tick on a chart's value axis is a count from 1 to 4 (those are withheld)."""
    step = nice_step(largest)
    assert step >= 5
    assert step * 5 >= largest / 2  # about five ticks, not hundreds


@pytest.mark.parametrize("kind", list(ReportKind))
def test_desk_report_kind_as_pdf_is_its_section_of_the_pack(
    desk: Desk, migrated: Engine, kind: ReportKind, tmp_path: Path
) -> None:
    target = tmp_path / f"{kind.value}.pdf"
    code, out, err = desk(
        "report", kind.value, "--from", "2026-06-01", "--to", "2026-06-30",
        "--by", "week", "--format", "pdf", "--output", str(target),
    )  # fmt: skip
    assert (code, out, err) == (0, "", "")
    report = publish(make_report(migrated, kind, JUNE, by=Grouping.WEEK))
    section = next(s for s in SECTIONS if s.kind is kind)
    plain = " ".join(_text(target, layout=False).split())
    assert section.heading in plain
    assert "How to read this" in plain and "How the figures were made" in plain
    assert "1 June 2026 to 30 June 2026" in plain and "withheld (published)" in plain
    titles = {table_title(t, report) for t in report.tables}
    assert all(title in plain for title in titles)
    amounts = {table_title(t, report) for t in report.tables if t.kind is TableKind.AMOUNTS}
    rows = table_rows(_text(target, layout=True), amounts, titles)
    assert rows, "the tables were read"
    small = [f for row in rows for f in row if WHOLE.match(f) and 0 < int(f.replace(",", "")) < 5]
    assert small == []
    assert "w/c 1" in plain  # weeks as a reader says them


def test_desk_report_pdf_unpublished_and_named_for_the_period(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = desk(
        "report", "footfall", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "pdf",
        "--no-publish",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == "report-footfall-2026-06-01-to-2026-06-30.pdf"
    plain = " ".join(_text(tmp_path / out.strip(), layout=False).split())
    assert "shown: for the council" in plain and "small numbers are shown as they are" in plain
