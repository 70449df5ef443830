"""`desk scanners` and `desk scan` against the real test driver."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pikepdf
import pytest

import desk.cli.main as cli_main
import scanning.session as session
from desk.cli.main import main
from scanning.launch import PreparedWorker
from scanning.pipeline import SIDES_GAP_MM
from tests.fixtures.sane import SaneEnv, make_sane_config

pytestmark = [pytest.mark.sane, pytest.mark.timeout(120)]


@pytest.fixture(autouse=True)
def sane_config(sane_env: SaneEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)


def test_scanners_json_lists_capabilities(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scanners", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    tester = next(s for s in data["scanners"] if s["device"]["id"] == "test:0")
    assert tester["source_kinds"] == ["flatbed", "adf"]
    assert tester["duplex"] is False
    assert 300 in tester["resolutions"]


def test_scanners_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scanners"]) == 0
    assert "test:0  Noname frontend-tester" in capsys.readouterr().out


def test_scan_feeder_to_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "batch.pdf"
    argv = ["scan", "--device", "test:0", "--source", "adf", "--resolution", "75"]
    assert main([*argv, "--mode", "bw", "--max-pages", "4", "--output", str(output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == 4
    assert data["bytes"] == output.stat().st_size
    assert data["resolution"] == 75
    assert {p["encoding"] for p in data["page_details"]} == {"g4"}
    assert data["blank_pages"] == []
    assert data["seconds"] > 0
    with pikepdf.open(output) as pdf:
        assert len(pdf.pages) == 4


def test_scan_with_a_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "letter.pdf"
    argv = ["scan", "--device", "test:0", "--profile", "letter", "--resolution", "75"]
    assert main([*argv, "--max-pages", "1", "--output", str(output)]) == 0
    assert "Scanned 1 page to " in capsys.readouterr().out


@pytest.mark.parametrize("answer", ["\n", ""])
def test_an_id_card_is_asked_for_its_back_and_both_sides_share_a_page(
    answer: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Enter scans the back (a second run on the glass); the end of input means it has none.
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    output = tmp_path / "card.pdf"
    argv = ["scan", "--device", "test:0", "--profile", "id", "--resolution", "75"]
    assert main([*argv, "--output", str(output), "--json"]) == 0
    captured = capsys.readouterr()
    assert "Turn the card over" in captured.err
    data = json.loads(captured.out)
    assert data["pages"] == 1
    (page,) = data["page_details"]
    with pikepdf.open(output) as pdf:
        assert len(pdf.pages) == 1
        box = pdf.pages[0].mediabox
    # The test driver's glass is square: one side is as tall as it is wide.
    side = page["width"]
    if answer:
        # Front above back, SIDES_GAP_MM apart.
        assert page["height"] == 2 * side + round(SIDES_GAP_MM / 25.4 * 75)
    else:
        assert page["height"] == side
    assert float(box[3]) / float(box[2]) == pytest.approx(page["height"] / side, rel=0.01)


@pytest.mark.parametrize(
    "argv",
    [["--output", "{tmp}/missing/x.pdf"], ["--help"], ["--resolution", "many", "--output", "x"]],
)
def test_the_worker_started_early_is_stopped_when_no_scan_takes_it(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `desk scan` starts its worker before it reads its arguments; a command that ends before
    # scanning (a bad argument, --help, a missing folder) must not leave the process behind.
    processes: list[subprocess.Popen[str]] = []
    original = cli_main._start_scan_worker

    def recording(arguments: list[str]) -> PreparedWorker:
        worker = original(arguments)
        assert worker._worker is not None
        processes.append(worker._worker.process)
        return worker

    monkeypatch.setattr(cli_main, "_start_scan_worker", recording)
    with contextlib.suppress(SystemExit):
        main(["scan", *(a.format(tmp=tmp_path) for a in argv)])
    (process,) = processes
    assert process.poll() is not None


def test_locked_profile_refuses_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text("[profiles.letter]\nlocked = true\n", encoding="utf-8")
    argv = ["scan", "--device", "test:0", "--profile", "letter", "--resolution", "75"]
    code = main([*argv, "--profiles-file", str(profiles), "--output", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "locked" in capsys.readouterr().err


def test_fault_keeps_pages_in_a_partial_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The jam comes from the real driver, switched on after two pages by a test backend.
    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "2")

    original = session.ScanJob.__init__

    def with_jam_backend(self: session.ScanJob, *args: Any, **kwargs: Any) -> None:
        kwargs["backend"] = "tests.scanning.jam_backend:JamAfterBackend"
        original(self, *args, **kwargs)

    monkeypatch.setattr(session.ScanJob, "__init__", with_jam_backend)
    output = tmp_path / "jam.pdf"
    argv = ["scan", "--device", "test:0", "--source", "adf", "--resolution", "75"]
    assert main([*argv, "--output", str(output)]) == 1
    err = capsys.readouterr().err
    partial = tmp_path / "jam.partial.pdf"
    assert "paper jam" in err
    assert str(partial) in err
    assert not output.exists()
    with pikepdf.open(partial) as pdf:
        assert len(pdf.pages) == 2


def test_fault_with_no_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "none.pdf"
    assert main(["scan", "--device", "test:9", "--output", str(output)]) == 1
    assert "cannot be found" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_statement_profile_falls_back_to_one_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "statement.pdf"
    argv = ["scan", "--device", "test:0", "--profile", "statement", "--resolution", "75"]
    assert main([*argv, "--max-pages", "2", "--output", str(output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "adf"
    assert any("duplex" in note for note in data["notes"])
    assert data["pages"] == 2


def test_unknown_profile_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "scan",
        "--device",
        "test:0",
        "--profile",
        "receipt",
        "--output",
        str(tmp_path / "r.pdf"),
    ]
    assert main(argv) == 1
    assert "receipt" in capsys.readouterr().err


def test_configured_scanner_and_profiles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text("[profiles.letter]\nresolution = 75\nlocked = true\n", encoding="utf-8")
    config = tmp_path / "desk.toml"
    config.write_text(
        f'[scanner]\ndevice = "test:1"\nprofiles_file = "{profiles}"\n', encoding="utf-8"
    )
    output = tmp_path / "letter.pdf"
    argv = ["--config", str(config), "scan", "--profile", "letter", "--max-pages", "1"]
    assert main([*argv, "--output", str(output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["device"], data["resolution"]) == ("test:1", 75)


def test_first_scanner_found_when_none_is_configured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    only_tester = make_sane_config(tmp_path / "sane", drivers=("test",))
    monkeypatch.setenv("SANE_CONFIG_DIR", str(only_tester))
    output = tmp_path / "first.pdf"
    assert main(["scan", "--resolution", "75", "--output", str(output), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["device"] == "test:0"


def test_no_scanner_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(make_sane_config(tmp_path / "sane", drivers=())))
    assert main(["scan", "--output", str(tmp_path / "none.pdf")]) == 1
    assert "No scanner was found" in capsys.readouterr().err
    assert main(["scanners"]) == 0
    assert "No scanners found." in capsys.readouterr().out


def test_scan_passes_driver_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "grid.pdf"
    argv = ["scan", "--device", "test:0", "--resolution", "75", "--mode", "gray"]
    options = ["--option", "test-picture=Grid", "--option", "read-limit=yes"]
    assert main([*argv, *options, "--output", str(output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == 1
    assert data["notes"] == []


def test_scan_refuses_an_option_without_a_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["scan", "--device", "test:0", "--option", "read-limit"]
    assert main([*argv, "--output", str(tmp_path / "x.pdf")]) == 1
    assert "NAME=VALUE" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
