"""`desk printers` and `desk print` against the private scheduler."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from desk.cli.main import main
from tests.fixtures.cups import CupsScheduler, MakePdf

pytestmark = pytest.mark.cups


def test_printers_lists_queues(cups: CupsScheduler, capsys: pytest.CaptureFixture[str]) -> None:
    cups.disable("back")
    assert main(["printers"]) == 0
    out = capsys.readouterr().out
    assert "front (default) - Front desk: ready; two-sided; colour; paper: A4, Letter" in out
    assert "back - Back office: stopped;" in out

    assert main(["printers", "--json"]) == 0
    listed = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["front"]["default"] is True
    assert listed["back"]["state"] == "stopped"
    assert listed["front"]["paper_sizes"] == ["A4", "Letter"]


def test_print_waits_for_the_end_and_reports_pages(
    cups: CupsScheduler, make_pdf: MakePdf, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = make_pdf(2)
    assert main(["print", str(pdf), "--copies", "3", "--json"]) == 0
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["result"] == "completed"
    assert outcome["printer"] == "front"
    assert outcome["pages"] == 6
    assert outcome["copies"] == 3
    assert outcome["started_utc"] <= outcome["ended_utc"]
    assert pdf.name not in json.dumps(outcome)
    with pikepdf.open(cups.output("front")) as printed:
        assert len(printed.pages) == 2

    assert main(["print", str(pdf), "--printer", "back", "--duplex"]) == 0
    assert capsys.readouterr().out.strip() == "Printed 2 pages on back."


@pytest.mark.parametrize(
    ("fault", "printer", "message"),
    [
        ("disable", "front", "The printer 'Front desk' is switched off or paused. Ask staff"),
        ("reject", "back", "The printer 'Back office' is not taking new print jobs."),
        (None, "Upstairs", "There is no printer called 'Upstairs' on this station."),
        (None, "jammed", "The printer stopped the job before it finished."),
        (None, "stalled", "The printer stopped the job before it finished."),
    ],
)
def test_print_fails_with_one_plain_line(
    cups: CupsScheduler,
    make_pdf: MakePdf,
    capsys: pytest.CaptureFixture[str],
    fault: str | None,
    printer: str,
    message: str,
) -> None:
    if fault is not None:
        getattr(cups, fault)(printer)
    assert main(["print", str(make_pdf(1)), "--printer", printer]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"desk: {message}")
    assert err.count("\n") == 1


def test_print_refuses_a_file_that_is_not_a_pdf(
    cups: CupsScheduler, not_a_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", str(not_a_pdf)]) == 1
    assert capsys.readouterr().err.startswith("desk: letter.pdf is not a PDF file.")


def test_bad_copies_is_a_usage_error(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["print", str(make_pdf(1)), "--copies", "0"])
    assert exited.value.code == 2


def test_the_installed_command_prints_through_qt(cups: CupsScheduler, make_pdf: MakePdf) -> None:
    desk = Path(sys.executable).with_name("desk")
    command = [str(desk)] if desk.exists() else [sys.executable, "-m", "desk.cli.main"]
    done = subprocess.run(
        [*command, "print", str(make_pdf(2)), "--via", "qt", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pages"] == 2
    assert cups.printed("front")


def test_a_job_over_the_page_limit_is_one_plain_line_and_prints_nothing(
    cups: CupsScheduler, make_pdf: MakePdf, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", str(make_pdf(3)), "--copies", "99"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "desk: This job is 3 pages × 99 copies = 297 pages; this station prints at most 50 "
        "pages in one job. Print fewer copies or only the pages needed, or ask IT to raise "
        "[printer] max_pages.\n"
    )
    assert not cups.printed("front")
    assert (
        main(["--set", "printer_max_pages=300", "print", str(make_pdf(3)), "--copies", "99"]) == 0
    )
    assert "Printed" in capsys.readouterr().out
