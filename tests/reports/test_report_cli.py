"""`desk report` and `desk demo-data` as commands, in-process, on both databases."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk.domain.visits import TaskType
from desk.storage.models import Referral, VisitTask

JUNE = ("--from", "2026-06-10", "--to", "2026-06-12")


def test_table_is_the_default(desk: Callable[..., tuple[int, str, str]]) -> None:
    code, out, _err = desk("report", "footfall", *JUNE, "--by", "day")
    assert code == 0
    assert "Visits by site" in out
    first_table = out.split("\n\n")[1].splitlines()
    assert first_table[1].split() == ["day", "eltham", "woolwich", "total"]
    assert first_table[3].split() == ["2026-06-11", "1", "2", "3"]


def test_csv_has_a_line_per_figure_and_totals(desk: Callable[..., tuple[int, str, str]]) -> None:
    code, out, _err = desk("report", "footfall", *JUNE, "--by", "day", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    by_site = {(r["row"], r["column"]): r["value"] for r in rows if r["table"] == "by_site"}
    assert by_site[("2026-06-11", "woolwich")] == "2"
    assert by_site[("2026-06-11", "total")] == "3"
    assert by_site[("total", "total")] == "4"


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(
    desk: Callable[..., tuple[int, str, str]], session_factory: sessionmaker[Session]
) -> None:
    with session_factory() as session:
        first = session.scalars(select(Referral)).one()  # IT's own list of service areas
        session.add(
            VisitTask(
                visit_id=first.visit_id, service_area="=HYPERLINK(1)", task_type=TaskType.EMAIL
            )
        )
        session.commit()
    code, out, _err = desk("report", "services", *JUNE, "--format", "csv")
    assert code == 0
    assert "'=HYPERLINK(1)" in out
    assert "\n=HYPERLINK" not in out and ",=HYPERLINK" not in out


def test_json_and_publish(desk: Callable[..., tuple[int, str, str]], tmp_path: Path) -> None:
    target = tmp_path / "footfall.json"
    code, out, _err = desk(
        "report", "footfall", *JUNE, "--format", "json", "--publish", "--output", str(target)
    )
    assert code == 0
    assert out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["published"] is True
    assert data["time_zone"] == "Europe/London"
    by_site = next(t for t in data["tables"] if t["key"] == "by_site")
    shown = [v for row in by_site["rows"] for v in row["values"]] + by_site["totals"]
    assert "<5" in shown
    assert all(not (isinstance(v, int) and 0 < v < 5) for v in shown)
    unpublished = json.loads(desk("report", "footfall", *JUNE, "--format", "json")[1])
    assert unpublished["published"] is False


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "fotfall"), "there is no report 'fotfall': choose one of footfall, waits,"),
        (("report", "waits", "--from", "2026-02-30"), "--from '2026-02-30' is not a date"),
        (
            ("report", "waits", "--from", "2026-06-12", "--to", "2026-06-01"),
            "the period ends (2026-06-01) before it starts (2026-06-12)",
        ),
    ],
)
def test_bad_kinds_and_dates_get_one_line(
    desk: Callable[..., tuple[int, str, str]], args: tuple[str, ...], message: str
) -> None:
    code, out, err = desk(*args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err


def test_an_unknown_site_is_one_line(desk: Callable[..., tuple[int, str, str]]) -> None:
    code, _out, err = desk("report", "footfall", "--site", "Deptford")
    assert code == 1
    assert err == "desk: there is no site 'Deptford' (sites: eltham, woolwich)\n"


def test_demo_data_is_refused_on_real_visits_unless_forced(
    desk: Callable[..., tuple[int, str, str]],
) -> None:
    code, _out, err = desk("demo-data", "--visits", "10")
    assert code == 1
    assert "holds 11 real visits" in err
    code, out, _err = desk("demo-data", "--visits", "10", "--force", "--json", "--months", "1")
    assert code == 0
    assert json.loads(out)["visit"] == 10
