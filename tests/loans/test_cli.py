"""`desk devices` and `desk loans` end to end, through the real command in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import Desk

BORROWER = "Ada Lovelace\n07700 900123\nAda Lovelace\n"


@pytest.fixture
def station(desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A station at Woolwich Centre with two staff and an imported inventory file."""
    monkeypatch.setenv("DESK_SITE", "Woolwich Centre")
    for name, pin in (("Sam Patel", "1357"), ("Ria Khan", "2468")):
        assert desk("staff", "add", name, stdin=f"{pin}\n").returncode == 0
    inventory = tmp_path / "devices.csv"
    inventory.write_text(
        "asset_tag,serial,kind,model,kit,site,state\n"
        "LT-042,SN-1,laptop,ThinkPad E14,charger; sleeve,Woolwich Centre,\n"
        "TB-001,,tablet,iPad,charger,Woolwich Centre,\n",
        encoding="utf-8",
    )
    return inventory


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("desk: ")
    return lines[0]


def test_inventory_import_list_export(desk: Desk, station: Path, tmp_path: Path) -> None:
    done = desk("devices", "import", str(station))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported devices.csv: 2 added, 0 updated, 0 unchanged"

    listed = json.loads(desk("devices", "list", "--kind", "tablet", "--json").stdout)
    assert [d["asset_tag"] for d in listed] == ["TB-001"]
    assert listed[0]["kit"] == ["charger"]

    exported = tmp_path / "out.csv"
    assert desk("devices", "export", str(exported)).returncode == 0
    assert exported.read_text(encoding="utf-8").splitlines()[1] == (
        "LT-042,SN-1,laptop,ThinkPad E14,charger; sleeve,Woolwich Centre,available"
    )
    assert desk("devices", "export").stdout == exported.read_text(encoding="utf-8")

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "asset_tag,kind,model,site\n"
        "LT-050,laptop,X1,Woolwich Centre\n"
        "LT-051,phone,X,Woolwich Centre\n",
        encoding="utf-8",
    )
    refused = desk("devices", "import", str(bad), "--json")
    assert refused.returncode == 1
    assert "line 3: the kind 'phone'" in one_line_error(refused.stderr)
    assert json.loads(refused.stdout)["problems"][0]["line"] == 3
    assert len(json.loads(desk("devices", "list", "--json").stdout)) == 2

    missing = desk("devices", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1
    assert "cannot read" in one_line_error(missing.stderr)


def test_lend_return_wipe_and_lend_again(desk: Desk, station: Path, isolated_home: Path) -> None:
    assert desk("devices", "import", str(station)).returncode == 0
    out = desk(
        "loans", "out", "lt-042", "--staff", "Sam Patel", "--id-seen", "passport",
        "--days", "14", "--json", stdin=BORROWER,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    loan = json.loads(out.stdout)
    assert (loan["asset_tag"], loan["kind"], loan["agreement_version"]) == (
        "LT-042",
        "take_home",
        "LA-2026-01",
    )
    assert loan["offer_referral"] is False

    again = desk(
        "loans", "out", "LT-042", "--staff", "Ria Khan", "--id-seen", "passport", stdin=BORROWER
    )
    assert again.returncode == 1
    assert one_line_error(again.stderr) == (
        "desk: Laptop LT-042 is already on loan. Choose another device."
    )
    overdue = desk("loans", "overdue", "--json")
    assert overdue.returncode == 0
    assert json.loads(overdue.stdout) == []

    back = desk("loans", "in", "LT-042", "--staff", "Sam Patel", "--missing", "sleeve", "--wiped")
    assert back.returncode == 0, back.stderr
    assert "missing sleeve" in back.stdout

    blocked = desk(
        "loans", "out", "LT-042", "--staff", "Ria Khan", "--id-seen", "passport", stdin=BORROWER
    )
    assert one_line_error(blocked.stderr) == (
        "desk: Laptop LT-042 is awaiting a verified wipe and cannot be lent until the wipe is "
        "checked."
    )
    same = desk("devices", "verify-wipe", "LT-042", "--staff", "Sam Patel")
    assert same.returncode == 1
    assert "different member of staff" in one_line_error(same.stderr)
    verified = desk("devices", "verify-wipe", "LT-042", "--staff", "Ria Khan", "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["state"] == "available"

    retention = desk("loans", "retention", "--json")
    assert retention.returncode == 0, retention.stderr
    assert json.loads(retention.stdout)["kept"] == 1

    logs = "".join(p.read_text() for p in isolated_home.rglob("desk.log*"))
    assert "loans" in logs or "device" in logs
    assert "Lovelace" not in logs and "900123" not in logs


def test_usage_and_unknown_staff(desk: Desk, station: Path) -> None:
    assert desk("devices", "import", str(station)).returncode == 0
    usage = desk("loans", "out", "LT-042", "--staff", "Sam Patel", "--id-seen", "alien")
    assert usage.returncode == 2
    assert "is not one of passport" in usage.stderr
    assert desk("devices", "list", "--state", "lost").returncode == 2
    assert desk("loans", "out", "LT-042", "--id-seen", "passport").returncode == 2
    nobody = desk("devices", "repair", "LT-042", "--staff", "Nobody")
    assert nobody.returncode == 1
    assert "no active member of staff is called 'Nobody'" in one_line_error(nobody.stderr)
    unaccepted = desk(
        "loans", "out", "LT-042", "--staff", "Sam Patel", "--id-seen", "passport",
        stdin="Ada Lovelace\n07700 900123\n",
    )  # fmt: skip
    assert unaccepted.returncode == 1
    assert "not accepted the loan agreement" in one_line_error(unaccepted.stderr)
    repaired = desk("devices", "repair", "LT-042", "--staff", "Sam Patel")
    assert repaired.stdout.strip() == "Laptop LT-042 is now in repair"
    waiting = desk("loans", "wait", "--kind", "laptop", "--staff", "Sam Patel", "--json")
    assert json.loads(waiting.stdout)["position"] == 1
    assert "number 1" in desk("loans", "waitlist").stdout
