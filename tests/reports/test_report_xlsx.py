"""`desk report KIND --format xlsx`: the workbook read back with openpyxl, against make_report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desk.domain.visits import TaskType
from desk.services.reports import Grouping, Period, ReportKind, make_report, publish
from desk.services.reports.tables import SMALL, WITHHELD, Cell, Report, TableKind
from desk.services.reports.xlsx import ABOUT, FIRST_DATA_ROW, HEADER_ROW, sheet_names
from desk.storage.models import Referral, VisitTask

Desk = Callable[..., tuple[int, str, str]]
JUNE = ("--from", "2026-06-10", "--to", "2026-06-12")
PERIOD = Period(date(2026, 6, 10), date(2026, 6, 12))


def _sheet_rows(path: Path, name: str) -> list[list[Cell]]:
    book = load_workbook(path)
    return [list(row) for row in book[name].iter_rows(values_only=True)]


def _expected(report: Report, index: int) -> tuple[list[Cell], list[list[Cell]]]:
    table = report.tables[index]
    header: list[Cell] = [table.row_heading, *table.columns]
    if table.row_totals:
        header.append("total")
    body: list[list[Cell]] = [
        [row.label, *row.values, *([row.total] if table.row_totals else [])] for row in table.rows
    ]
    body.append(["total", *table.totals, *([table.grand_total] if table.row_totals else [])])
    return header, body


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_sheet_holds_the_published_figures_as_numbers(
    desk: Desk, migrated: Engine, tmp_path: Path, kind: ReportKind
) -> None:
    target = tmp_path / f"{kind.value}.xlsx"
    code, out, err = desk(
        "report", kind.value, *JUNE, "--by", "day", "--format", "xlsx", "--output", str(target)
    )
    assert (code, out, err) == (0, "", "")
    report = publish(make_report(migrated, kind, PERIOD, by=Grouping.DAY))
    book = load_workbook(target)
    assert book.sheetnames == [ABOUT, *sheet_names(report)]
    for index, name in enumerate(sheet_names(report)):
        sheet = book[name]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header, body = _expected(report, index)
        assert rows[0][0] == report.tables[index].title
        assert rows[HEADER_ROW - 1][: len(header)] == header
        assert [r[: len(header)] for r in rows[FIRST_DATA_ROW - 1 :]] == body
        for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, min_col=2):
            for cell in row:
                assert cell.data_type != "f"
                if cell.value is not None and cell.value not in {SMALL, WITHHELD}:
                    assert isinstance(cell.value, int | float), (name, cell.coordinate)
        assert sheet.column_dimensions["A"].width >= 8
        assert sheet.freeze_panes == "B3"
    # Published by default: no count from 1 to 4 (measures are floats; pages are amounts).
    for name, table in zip(sheet_names(report), report.tables, strict=True):
        if table.kind is TableKind.AMOUNTS:
            continue
        for row in book[name].iter_rows(min_row=FIRST_DATA_ROW, min_col=2, values_only=True):
            assert not [v for v in row if isinstance(v, int) and 0 < v < 5], (name, row)


def test_footfall_workbook_withholds_small_counts_unless_no_publish(
    desk: Desk, migrated: Engine, tmp_path: Path
) -> None:
    published, raw = tmp_path / "published.xlsx", tmp_path / "raw.xlsx"
    args = ("report", "footfall", *JUNE, "--by", "day", "--format", "xlsx")
    assert desk(*args, "--output", str(published))[0] == 0
    assert desk(*args, "--no-publish", "--output", str(raw))[0] == 0
    shown = _sheet_rows(published, "by_site")
    assert shown[FIRST_DATA_ROW][1:] == [SMALL, SMALL, SMALL]  # 2026-06-11: 1 and 2 of 3
    counted = _sheet_rows(raw, "by_site")
    assert counted[FIRST_DATA_ROW][1:] == [1, 2, 3]
    report = make_report(migrated, ReportKind.FOOTFALL, PERIOD, by=Grouping.DAY)
    assert counted[-1][-1] == report.table("by_site").grand_total == 4


def test_the_about_sheet_says_what_the_figures_cover_and_how_they_were_made(
    desk: Desk, tmp_path: Path
) -> None:
    target = tmp_path / "waits.xlsx"
    code, *_ = desk(
        "report", "waits", *JUNE, "--site", "woolwich", "--format", "xlsx", "--output", str(target)
    )
    assert code == 0
    about = {str(row[0]): str(row[1]) for row in _sheet_rows(target, ABOUT)[2:] if row[0]}
    assert about["From"] == "2026-06-10"
    assert about["To"] == "2026-06-12"
    assert "Europe/London" in about["Time zone"]
    assert about["Sites"] == "woolwich"
    assert about["Published"].startswith("yes")
    assert '"<5"' in about["Small numbers"]
    assert "estimated" in about["Waits: measured and estimated"]
    assert about["Sheet all_sites"] == "Waits and time spent, every site chosen"


def test_measures_are_numbers_with_one_decimal_place(desk: Desk, tmp_path: Path) -> None:
    target = tmp_path / "waits.xlsx"
    args = ("report", "waits", "--from", "2026-06-01", "--to", "2026-06-30", "--by", "month")
    assert desk(*args, "--format", "xlsx", "--no-publish", "--output", str(target))[0] == 0
    sheet = load_workbook(target)["all_sites"]
    header = [c.value for c in sheet[HEADER_ROW]]
    median = sheet.cell(FIRST_DATA_ROW, header.index("median_wait_min") + 1)
    assert isinstance(median.value, float)
    assert median.number_format == "0.0"


def test_text_a_spreadsheet_would_run_is_neutralised(
    desk: Desk, session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with session_factory() as session:
        first = session.scalars(select(Referral)).one()
        session.add(
            VisitTask(
                visit_id=first.visit_id, service_area="=HYPERLINK(1)", task_type=TaskType.EMAIL
            )
        )
        session.commit()
    target = tmp_path / "services.xlsx"
    assert desk("report", "services", *JUNE, "--format", "xlsx", "--output", str(target))[0] == 0
    book = load_workbook(target)
    header = [c.value for c in book["tasks_by_service_area"][HEADER_ROW]]
    assert "'=HYPERLINK(1)" in header
    assert all(cell.data_type != "f" for sheet in book for row in sheet.iter_rows() for cell in row)


def test_xlsx_without_output_is_named_for_the_period(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _err = desk("report", "loans", *JUNE, "--format", "xlsx")
    assert code == 0
    assert out.strip() == "report-loans-2026-06-10-to-2026-06-12.xlsx"
    assert load_workbook(tmp_path / out.strip()).sheetnames[0] == ABOUT
