"""Scanning benchmarks: `desk scan` against scanimage + img2pdf, memory, CPU per page, sizes."""

# Run: DESK_BENCH=1 .venv/bin/python -m pytest tests/bench/test_scan_bench.py -m bench -s
# Figures go to stdout and to artifacts/bench/scanning.json (docs/scanning.md quotes them).

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from scanning.model import ColorMode
from scanning.pipeline import PipelineSettings, process_page
from tests.components import require_tools
from tests.fixtures.sane import make_sane_config
from tests.scanning.documents import render

pytestmark = [pytest.mark.bench, pytest.mark.sane, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
RESULTS: dict[str, Any] = {}

# Runs a command and prints the peak RSS (KiB) of its largest process (the caller or its worker).
PEAK_RSS = (
    "import resource, subprocess, sys;"
    "code = subprocess.run(sys.argv[1:]).returncode;"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr);"
    "sys.exit(code)"
)


@pytest.fixture(scope="module")
def bench_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    require_tools("sane", "scanimage")
    folder = make_sane_config(tmp_path_factory.mktemp("sane"), 'test-picture "Color pattern"\n')
    return {**os.environ, "SANE_CONFIG_DIR": str(folder), "PYTHONPATH": str(ROOT)}


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in KiB and stdout of `args` run as a whole process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    seconds = time.perf_counter() - started
    return seconds, int(done.stderr.strip().splitlines()[-1]), done.stdout


def record(name: str, value: Any) -> None:
    RESULTS[name] = value
    print(f"{name}: {value}")
    out = ROOT / "artifacts" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "scanning.json").write_text(json.dumps(RESULTS, indent=2), encoding="utf-8")


def best_of(runs: int, fn: Any) -> Any:
    results = [fn() for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def test_feeder_300_dpi_colour_desk_vs_scanimage(bench_env: dict[str, str], tmp_path: Path) -> None:
    desk_pdf = tmp_path / "desk.pdf"
    desk = [
        str(BIN / "desk"),
        "scan",
        "--device",
        "test:0",
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
    desk_s, desk_rss, out = best_of(3, lambda: timed(desk, bench_env))
    data = json.loads(out)
    assert data["pages"] == 10

    def standard() -> tuple[float, int, str]:
        pages = tmp_path / "std"
        pages.mkdir(exist_ok=True)
        for old in pages.iterdir():
            old.unlink()
        scan_s, scan_rss, _ = timed(
            [
                "scanimage",
                "-d",
                "test:0",
                "--source",
                "Automatic Document Feeder",
                "--mode",
                "Color",
                "--resolution",
                "300",
                "-x",
                "200",
                "-y",
                "200",
                "--format=jpeg",
                f"--batch={pages}/p%02d.jpg",
            ],
            bench_env,
        )
        files = sorted(str(p) for p in pages.glob("p*.jpg"))
        pdf_s, pdf_rss, _ = timed(
            [str(BIN / "img2pdf"), *files, "-o", str(tmp_path / "std.pdf")], bench_env
        )
        return scan_s + pdf_s, max(scan_rss, pdf_rss), ""

    std_s, std_rss, _ = best_of(3, standard)
    record(
        "feeder_10_pages_300dpi_colour",
        {
            "desk_scan_seconds": round(desk_s, 2),
            "desk_scan_pdf_bytes": desk_pdf.stat().st_size,
            "desk_peak_rss_kib": desk_rss,
            "scanimage_img2pdf_seconds": round(std_s, 2),
            "scanimage_img2pdf_pdf_bytes": (tmp_path / "std.pdf").stat().st_size,
            "scanimage_img2pdf_peak_rss_kib": std_rss,
        },
    )


def test_peak_memory_of_a_50_page_batch(bench_env: dict[str, str], tmp_path: Path) -> None:
    # The test feeder holds 10 pages: five runs of 10 (Continue) make one 50-page document.
    script = f"""
import resource, sys
from pathlib import Path
from scanning.document import Document, write_pdf
from scanning.model import ColorMode, DeviceRef, ScanRequest, SourceKind
from scanning.session import ScanJob
spool = Path({str(tmp_path / "spool")!r})
document = Document()
for run in range(5):
    request = ScanRequest(DeviceRef("test:0"), SourceKind.ADF, ColorMode.COLOR, 300)
    with ScanJob(request, spool) as job:
        result = job.wait(600)
    assert result.ok, result.fault
    document = document.extend(result.pages)
size = write_pdf(document, Path({str(tmp_path / "fifty.pdf")!r}))
self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
worker_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(len(document), size, self_kib, worker_kib)
"""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=bench_env,
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    seconds = time.perf_counter() - started
    pages, size, caller_kib, worker_kib = (int(v) for v in done.stdout.split())
    assert pages == 50
    record(
        "batch_50_pages_300dpi_colour",
        {
            "seconds": round(seconds, 2),
            "pdf_bytes": size,
            "caller_peak_rss_kib": caller_kib,
            "worker_peak_rss_kib": worker_kib,
        },
    )


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tools("poppler", "pdftoppm")
    return tmp_path_factory.mktemp("paper")


@pytest.mark.parametrize(
    ("name", "color"),
    [("statement", False), ("statement", True), ("letter", False), ("photo", True)],
)
def test_cpu_per_page_at_300_dpi(paper: Path, name: str, color: bool) -> None:
    with Image.open(render(name, paper, 300, color)) as image:
        image.load()
        page = image.copy()
    settings = PipelineSettings(mode=ColorMode.AUTO, dpi=300)
    samples = [process_page(page, settings).cpu_ms for _ in range(9)]
    record(
        f"cpu_ms_per_page_300dpi_{name}_{'colour' if color else 'grey'}_scan",
        {"median": statistics.median(samples), "max": max(samples)},
    )


def test_sizes_of_realistic_pages(paper: Path) -> None:
    sizes: dict[str, dict[str, Any]] = {}
    for name, color, crop in (
        ("statement", False, False),
        ("letter", True, False),
        ("id_card", True, True),
        ("photo", True, False),
        ("blank", False, False),
    ):
        with Image.open(render(name, paper, 300, color)) as image:
            image.load()
            mode = ColorMode.COLOR if name == "id_card" else ColorMode.AUTO
            done = process_page(image, PipelineSettings(mode=mode, dpi=300, crop=crop))
        sizes[name] = {
            "encoding": done.encoding.value,
            "bytes": len(done.data),
            "pixels": f"{done.width}x{done.height}",
            "blank": done.blank,
        }
    record("page_sizes_300dpi", sizes)
