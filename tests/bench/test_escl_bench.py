"""eSCL benchmark: `desk scan` over eSCL against scanimage through sane-airscan (+ img2pdf).

Both scan the same test eSCL scanner (tests/fixtures/escl.py) on this host: 10 feeder pages at
300 dpi in colour, the whole process timed, best and median of several alternating runs.
"""

# Run: DESK_BENCH=1 .venv/bin/python -m pytest tests/bench/test_escl_bench.py -m bench -s
# Figures go to stdout and to artifacts/bench/escl.json (docs/scanning.md quotes them).

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bench.test_scan_bench import BIN, PACKAGES, ROOT, Runner
from tests.fixtures.escl import FORMATS, EsclScanner, airscan_config, require_airscan

pytestmark = [pytest.mark.bench, pytest.mark.airscan, pytest.mark.timeout(1800)]

RUNS = 9
PAGES = ("statement", "letter", "photo", "letter", "statement") * 2
RESULTS: dict[str, Any] = {}


def timed(runner: Runner, args: list[str], env: dict[str, str]) -> tuple[float, int, str, float]:
    """Wall seconds, peak RSS (KiB), stdout and CPU seconds (user + system, the command's and
    its children's: the worker's too) of `args`, run as a whole process."""
    reply = runner.run(args, env)
    if reply["code"] != 0:
        raise AssertionError(f"{args[0]} failed: {reply['stderr']}")
    return reply["seconds"], reply["peak_rss_kib"], reply["stdout"], reply["cpu_seconds"]


def record(name: str, value: Any) -> None:
    RESULTS[name] = value
    print(f"{name}: {json.dumps(value, indent=2)}")
    out = ROOT / "artifacts" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "escl.json").write_text(json.dumps(RESULTS, indent=2), encoding="utf-8")


@pytest.fixture(scope="module")
def timer() -> Iterator[Runner]:
    timing = Runner()
    yield timing
    timing.close()


@pytest.fixture(scope="module")
def scanner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EsclScanner]:
    require_airscan()
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *(str(ROOT / p) for p in PACKAGES)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    running = EsclScanner(tmp_path_factory.mktemp("escl-bench")).start()
    yield running
    running.stop()


def compare(
    timer: Runner, scanner: EsclScanner, folder: Path, formats: tuple[str, ...]
) -> dict[str, Any]:
    scanner.state.formats = formats
    # The test's own home and settings (tests/conftest.py), with only the eSCL scanner.
    env = {
        **airscan_config(folder / "sane", scanner.url),
        "PYTHONPATH": str(ROOT),
        "DESK_SCANNER_BACKEND": "escl",
        "DESK_SCANNER_ESCL_URLS": scanner.url,
    }
    desk_pdf = folder / "desk.pdf"
    desk = [
        str(BIN / "desk"),
        "scan",
        "--device",
        scanner.device_id,
        "--source",
        "adf",
        "--resolution",
        "300",
        "--mode",
        "color",
        "--output",
        str(desk_pdf),
        "--json",
    ]
    pages = folder / "std"
    pages.mkdir()
    std_pdf = folder / "std.pdf"
    scanimage = [
        "scanimage",
        "-d",
        "airscan:e0:Test MFP",
        "--source",
        "ADF",
        "--mode",
        "Color",
        "--resolution",
        "300",
        "--format=jpeg",
    ]

    def ours() -> tuple[float, int, float]:
        scanner.load(*PAGES)
        seconds, rss, out, cpu = timed(timer, desk, env)
        assert json.loads(out)["pages"] == 10
        return seconds, rss, cpu

    def standard() -> tuple[float, int, float]:
        scanner.load(*PAGES)
        for old in pages.iterdir():
            old.unlink()
        batch = f"--batch={pages}/p%02d.jpg"
        scan_s, scan_rss, _, scan_cpu = timed(timer, [*scanimage, batch], env)
        files = sorted(str(p) for p in pages.glob("p*.jpg"))
        assert len(files) == 10
        img2pdf = [str(BIN / "img2pdf"), *files, "-o", str(std_pdf)]
        pdf_s, pdf_rss, _, pdf_cpu = timed(timer, img2pdf, env)
        return scan_s + pdf_s, max(scan_rss, pdf_rss), scan_cpu + pdf_cpu

    # Once each first: the server encodes each page once and keeps it.
    ours()
    standard()
    desk_runs, std_runs = [], []
    for _ in range(RUNS):
        desk_runs.append(ours())
        std_runs.append(standard())
    desk_s = min(r[0] for r in desk_runs)
    std_s = min(r[0] for r in std_runs)
    return {
        "formats_offered": list(formats),
        "desk_scan_seconds": round(desk_s, 2),
        "desk_scan_seconds_all_runs": [round(r[0], 2) for r in desk_runs],
        "desk_scan_pdf_bytes": desk_pdf.stat().st_size,
        "desk_peak_rss_kib": min(r[1] for r in desk_runs),
        "scanimage_airscan_img2pdf_seconds": round(std_s, 2),
        "scanimage_airscan_img2pdf_seconds_all_runs": [round(r[0], 2) for r in std_runs],
        "scanimage_airscan_img2pdf_pdf_bytes": std_pdf.stat().st_size,
        "scanimage_airscan_peak_rss_kib": min(r[1] for r in std_runs),
        "ratio": round(desk_s / std_s, 2),
        "desk_scan_cpu_seconds_median": round(statistics.median(r[2] for r in desk_runs), 2),
        "scanimage_airscan_img2pdf_cpu_seconds_median": round(
            statistics.median(r[2] for r in std_runs), 2
        ),
        "cpu_ratio_of_medians": round(
            statistics.median(r[2] for r in desk_runs) / statistics.median(r[2] for r in std_runs),
            2,
        ),
        "ratio_of_medians": round(
            statistics.median(r[0] for r in desk_runs) / statistics.median(r[0] for r in std_runs),
            2,
        ),
        "load_average_1min": round(os.getloadavg()[0], 1),
    }


@pytest.mark.parametrize(
    "formats", [FORMATS, ("image/jpeg",)], ids=["jpeg-png-pdf-offered", "jpeg-only"]
)
def test_feeder_300_dpi_colour_desk_vs_scanimage_airscan(
    formats: tuple[str, ...], timer: Runner, scanner: EsclScanner, tmp_path: Path
) -> None:
    result = compare(timer, scanner, tmp_path, formats)
    record(
        f"escl_feeder_10_pages_300dpi_colour_{'_'.join(f.split('/')[1] for f in formats)}", result
    )
