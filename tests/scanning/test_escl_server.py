"""The test eSCL scanner held honest against a real client: sane-airscan through scanimage."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.fixtures.escl import EsclScanner, airscan_config, require_airscan

pytestmark = [pytest.mark.airscan, pytest.mark.poppler, pytest.mark.timeout(180)]

DEVICE = "airscan:e0:Test MFP"


@pytest.fixture
def airscan(escl_scanner: EsclScanner, tmp_path: Path) -> dict[str, str]:
    require_airscan()
    return airscan_config(tmp_path / "sane", escl_scanner.url)


def scanimage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["scanimage", "-d", DEVICE, "--resolution", "150", "--format=png", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_airscan_finds_the_scanner(airscan: dict[str, str]) -> None:
    listed = subprocess.run(
        ["scanimage", "-L"], env=airscan, capture_output=True, text=True, timeout=60, check=True
    )
    assert f"`{DEVICE}'" in listed.stdout
    options = subprocess.run(
        ["scanimage", "-d", DEVICE, "-A"],
        env=airscan,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # The sources and modes it read from our ScannerCapabilities.
    assert "Flatbed|ADF|ADF Duplex" in options.stdout
    assert "Color|Gray" in options.stdout


def test_airscan_scans_the_glass(
    airscan: dict[str, str], escl_scanner: EsclScanner, tmp_path: Path
) -> None:
    out = tmp_path / "glass.png"
    done = scanimage(airscan, "--mode", "Gray", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as image:
        assert image.mode == "L"
        # A4 at 150 dpi.
        assert image.size == (1240, 1754)
        # A letter: mostly white paper, some black text.
        histogram = image.histogram()
        assert sum(histogram[200:]) > 0.8 * sum(histogram)
        assert sum(histogram[:80]) > 1000
    assert escl_scanner.seen("POST", "/eSCL/ScanJobs")


def test_airscan_scans_a_feeder_batch(
    airscan: dict[str, str], escl_scanner: EsclScanner, tmp_path: Path
) -> None:
    escl_scanner.load("statement", "letter", "photo")
    done = scanimage(airscan, "--source", "ADF", f"--batch={tmp_path}/page%d.png")
    assert done.returncode == 0, done.stderr
    assert "3 pages scanned" in done.stderr
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 3
    with Image.open(tmp_path / "page3.png") as photo:
        assert photo.mode == "RGB"
    assert not escl_scanner.state.feeder


def test_airscan_scans_both_sides(
    airscan: dict[str, str], escl_scanner: EsclScanner, tmp_path: Path
) -> None:
    escl_scanner.load("statement", "letter")
    done = scanimage(airscan, "--source", "ADF Duplex", f"--batch={tmp_path}/side%d.png")
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("side*.png"))) == 4


def test_airscan_sees_the_jam(
    airscan: dict[str, str], escl_scanner: EsclScanner, tmp_path: Path
) -> None:
    escl_scanner.load("statement", "letter", "photo")
    escl_scanner.state.jam_at = 2
    done = scanimage(airscan, "--source", "ADF", f"--batch={tmp_path}/page%d.png")
    assert done.returncode != 0
    assert "Document feeder jammed" in done.stderr
    assert len(list(tmp_path.glob("page*.png"))) == 1


def test_airscan_sees_the_empty_feeder(airscan: dict[str, str], tmp_path: Path) -> None:
    done = scanimage(airscan, "--source", "ADF", f"--batch={tmp_path}/page%d.png")
    assert done.returncode != 0
    assert "out of documents" in done.stderr
    assert not list(tmp_path.glob("page*.png"))


def test_airscan_sees_the_open_cover(
    airscan: dict[str, str], escl_scanner: EsclScanner, tmp_path: Path
) -> None:
    escl_scanner.load("statement")
    escl_scanner.state.cover_open = True
    done = scanimage(airscan, "--source", "ADF", f"--batch={tmp_path}/page%d.png")
    assert done.returncode != 0
    assert "Scanner cover is open" in done.stderr


def test_airscan_scans_over_https(escl_https_scanner: EsclScanner, tmp_path: Path) -> None:
    # The self-signed certificate a printer ships: sane-airscan takes it as it is.
    require_airscan()
    env = airscan_config(tmp_path / "sane", escl_https_scanner.url)
    out = tmp_path / "tls.png"
    done = scanimage(env, "-o", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as image:
        assert image.size == (1240, 1754)
    assert escl_https_scanner.seen("GET", "NextDocument")
