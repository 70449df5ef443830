"""`desk queue` and `desk appointments` through the real command in a subprocess."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import Desk
from tests.loans.test_cli import one_line_error


@pytest.fixture
def station(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """A station at Woolwich Centre with one champion."""
    monkeypatch.setenv("DESK_SITE", "Woolwich Centre")
    monkeypatch.setenv("DESK_STATION", "WC-STATION-01")
    assert desk("staff", "add", "Sam Patel", stdin="1357\n").returncode == 0


def test_check_in_list_call_and_an_empty_queue(desk: Desk, station: None) -> None:
    first = desk(
        "queue",
        "checkin",
        "--service",
        "housing",
        "--task",
        "scan-and-upload",
        "--language",
        "pl",
        "--interpreter",
        "--need",
        "large-text",
        "--json",
    )
    assert first.returncode == 0, first.stderr
    ticket = json.loads(first.stdout)
    assert (ticket["ticket"], ticket["state"], ticket["access_needs"]) == (
        "H1",
        "waiting",
        ["large_text"],
    )
    assert desk("queue", "checkin", "--service", "council_tax").stdout.strip() == (
        "ticket C1 (council_tax)"
    )

    listed = json.loads(desk("queue", "list", "--json").stdout)
    assert [t["ticket"] for t in listed["waiting"]] == ["H1", "C1"]

    called = desk("queue", "next", "--staff", "Sam Patel", "--json")
    assert called.returncode == 0, called.stderr
    result = json.loads(called.stdout)
    assert result["ticket"]["ticket"] == "H1"
    assert result["ticket"]["called_at_station"] == "WC-STATION-01"
    assert result["visit_id"]

    taken = desk("queue", "call", "H1", "--staff", "Sam Patel")
    assert taken.returncode == 1
    assert one_line_error(taken.stderr) == (
        "desk: Ticket H1 has already been called to WC-STATION-01."
    )
    assert desk("queue", "left", "c1").stdout.strip() == (
        "ticket C1 recorded as left before being seen"
    )
    empty = desk("queue", "next", "--staff", "Sam Patel")
    assert (empty.returncode, empty.stdout) == (1, "")
    assert one_line_error(empty.stderr) == "desk: Nobody is waiting."
    assert desk("queue", "requeue", "H1").stdout.strip() == "ticket H1 back in the queue"
    assert desk("queue", "list").stdout.split()[:2] == ["H1", "requeued,"]


def test_appointments_import_and_check_in_by_reference(
    desk: Desk, station: None, tmp_path: Path
) -> None:
    london = ZoneInfo("Europe/London")
    soon = datetime.now(london).replace(second=0, microsecond=0) + timedelta(minutes=1)
    start, end = soon.strftime("%Y-%m-%d %H:%M"), (soon + timedelta(minutes=20)).strftime("%H:%M")
    bookings = tmp_path / "bookings.csv"
    bookings.write_text(
        "reference,start,end,service_area,name\n"
        f"BK-1,{start},{soon:%Y-%m-%d} {end},housing,Not Stored\n",
        encoding="utf-8",
    )
    done = desk("appointments", "import", str(bookings))
    assert done.stdout.strip() == "imported bookings.csv: 1 added, 0 updated, 0 unchanged"
    checked = desk("queue", "checkin", "--service", "housing", "--appointment", "BK-1", "--json")
    assert json.loads(checked.stdout)["appointment_at"] is not None
    again = desk("queue", "checkin", "--service", "housing", "--appointment", "BK-1")
    assert one_line_error(again.stderr) == (
        "desk: Someone has already checked in for that appointment."
    )
    unknown = desk("queue", "checkin", "--service", "housing", "--appointment", "BK-9")
    assert unknown.returncode == 1
    assert one_line_error(unknown.stderr).startswith("desk: No appointment with that reference")
