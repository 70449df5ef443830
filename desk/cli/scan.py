"""`desk scanners` and `desk scan`: list scanners, and scan to a PDF through the scan worker."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli import common
from desk.errors import DeskError
from scanning.events import PageDone, capabilities_to_dict
from scanning.faults import ScanFault
from scanning.launch import PreparedWorker
from scanning.model import (
    Capabilities,
    ColorMode,
    DeviceRef,
    ScannedPage,
    ScanRequest,
    SourceKind,
)
from scanning.profiles import BUILTIN_PROFILES, Profile, ProfileError, load_profiles
from scanning.session import DEFAULT_WATCHDOG_SECONDS, ScanJob, ScanResult, discover

if TYPE_CHECKING:
    from desk.config import Settings
    from desk.services.scanners import BackendChoice
    from scanning.document import PdfAssembler

CUSTOM = Profile(
    name="custom",
    title="Custom",
    source=SourceKind.FLATBED,
    mode=ColorMode.AUTO,
    resolution=300,
)


def register(sub: common.SubParsers) -> None:
    """Add `scanners` and `scan`."""
    listing = sub.add_parser(
        "scanners", help="list scanners and their capabilities (sources, modes, resolutions)"
    )
    common.add_json_flag(listing)
    listing.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS", help="give up after this long"
    )
    listing.set_defaults(handler=run_scanners)

    scan = sub.add_parser("scan", help="scan to a PDF")
    scan.add_argument(
        "--device",
        metavar="ID",
        help="scanner id (desk scanners); default: the configured one, else the first found",
    )
    scan.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")
    scan.add_argument(
        "--source", choices=[k.value for k in SourceKind if k is not SourceKind.OTHER]
    )
    scan.add_argument("--resolution", type=int, metavar="DPI")
    scan.add_argument("--mode", choices=[m.value for m in ColorMode])
    scan.add_argument(
        "--profile",
        metavar="NAME",
        help=f"document profile ({', '.join(BUILTIN_PROFILES)}); a two-sided one (id) asks "
        "for the card's back after its front",
    )
    scan.add_argument(
        "--profiles-file",
        type=Path,
        metavar="FILE",
        help="profiles TOML from IT (default: the configured scanner.profiles_file)",
    )
    scan.add_argument("--max-pages", type=int, metavar="N")
    scan.add_argument(
        "--option",
        action="append",
        metavar="NAME=VALUE",
        help="set a driver option as well, e.g. --option read-delay=yes (repeatable)",
    )
    scan.add_argument(
        "--watchdog",
        type=float,
        default=DEFAULT_WATCHDOG_SECONDS,
        metavar="SECONDS",
        help="treat the scanner as hung after this long without progress",
    )
    common.add_json_flag(scan)
    # `desk` may start the worker before this module is even loaded (desk.cli.main).
    scan.set_defaults(handler=run_scan, prepared_worker=None)


def _describe(caps: Capabilities) -> str:
    resolutions = caps.resolutions
    span = f"{resolutions[0]}-{resolutions[-1]} dpi" if resolutions else "unknown"
    area = (
        f", area {caps.max_width_mm:g} x {caps.max_height_mm:g} mm"
        if caps.max_width_mm and caps.max_height_mm
        else ""
    )
    return (
        f"{caps.device.id}  {caps.device.label}\n"
        f"    sources: {', '.join(k.value for k in caps.source_kinds)}; "
        f"duplex: {'yes' if caps.duplex else 'no'}; "
        f"modes: {', '.join(m.value for m in caps.modes)}; resolutions: {span}{area}"
    )


def run_scanners(args: argparse.Namespace) -> int:
    """List every scanner with its capabilities."""
    choice = _backend(args)
    try:
        found = discover(timeout=args.timeout, backend=choice.name, backend_options=choice.options)
    except ScanFault as fault:
        raise DeskError(fault.message) from None
    data: dict[str, Any] = {
        "scanners": [capabilities_to_dict(c) for c in found.scanners],
        "unreadable": [d.id for d in found.unreadable],
    }
    lines = [_describe(c) for c in found.scanners]
    lines += [f"{d.id}  {d.label}  (could not be opened)" for d in found.unreadable]
    common.emit(args, data, "\n".join(lines) or "No scanners found.")
    return 0


def _profile(args: argparse.Namespace, profiles_file: Path | None) -> Profile:
    if args.profile is None:
        return CUSTOM
    try:
        profiles = load_profiles(profiles_file) if profiles_file else BUILTIN_PROFILES
    except ProfileError as error:
        raise DeskError(str(error)) from None
    if args.profile not in profiles:
        raise DeskError(f"No scan profile called {args.profile!r}: use {', '.join(profiles)}.")
    return profiles[args.profile]


def run_scan(args: argparse.Namespace) -> int:
    """Scan to `--output`; on a fault keep the pages so far in FILE.partial.pdf."""
    output: Path = args.output
    if output.parent and not output.parent.is_dir():
        raise DeskError(f"The folder for {output} does not exist.")
    if args.max_pages is not None and args.max_pages < 1:
        raise DeskError("--max-pages must be at least 1.")
    options = _driver_options(args.option or [])
    # The worker process is started (and loads the scanner library) while the settings are
    # read; it touches no scanner until the job is given to it.
    with args.prepared_worker or PreparedWorker() as worker:
        settings = _settings(args)
        args.scan_backend = _choice(settings)
        # What is loaded by now lives until the command ends: keep the collector off it (this
        # also spares the final collection at exit, about 30 ms).
        gc.freeze()
        profiles_file = args.profiles_file or settings.scanner.profiles_file
        device = args.device or settings.scanner.device or _first_scanner(args.scan_backend)
        profile = _profile(args, profiles_file)
        request = _request(args, profile, device, options)
        if profile.sides > 1 and request.source is SourceKind.FLATBED:
            return _scan_card(args, request, device, worker, profile)
        return _scan(args, request, device, worker)


def _backend(args: argparse.Namespace) -> BackendChoice:
    """The scanner backend the settings choose (read once per command)."""
    choice: BackendChoice | None = getattr(args, "scan_backend", None)
    if choice is None:
        choice = _choice(_settings(args))
        args.scan_backend = choice
    return choice


def _choice(settings: Settings) -> BackendChoice:
    from desk.services.scanners import backend_choice  # noqa: PLC0415  (with the settings)

    return backend_choice(settings.scanner)


def _job_backend(args: argparse.Namespace) -> dict[str, Any]:
    choice = _backend(args)
    return {"backend": choice.name, "backend_options": choice.options}


def _settings(args: argparse.Namespace) -> Settings:
    from desk.cli.settings import loaded_settings  # noqa: PLC0415  (once the worker is starting)

    return loaded_settings(args).settings


def _request(
    args: argparse.Namespace,
    profile: Profile,
    device: str,
    options: tuple[tuple[str, str | int | float | bool], ...],
) -> ScanRequest:
    try:
        request = profile.request(
            DeviceRef(device),
            source=SourceKind(args.source) if args.source else None,
            mode=ColorMode(args.mode) if args.mode else None,
            resolution=args.resolution,
            max_pages=args.max_pages,
        )
    except ProfileError as error:
        raise DeskError(str(error)) from None
    return dataclasses.replace(request, driver_options=options) if options else request


def _scan(
    args: argparse.Namespace,
    request: ScanRequest,
    device: str,
    worker: PreparedWorker,
) -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="desk-scan-") as spool:
        job = ScanJob(
            request,
            Path(spool),
            watchdog_seconds=args.watchdog,
            worker=worker,
            **_job_backend(args),
        )
        with job:
            from scanning.document import PdfAssembler  # noqa: PLC0415  (while the scan starts)

            # Each page goes into the PDF as soon as it is done, one page in memory at a time.
            with PdfAssembler(args.output, flush_pages=True) as pdf:

                def add(page: ScannedPage) -> None:
                    pdf.add(page)
                    Path(page.path).unlink()  # the spool only feeds the PDF

                result = _follow(job, add)
                seconds = time.monotonic() - started
                return _finish(args, pdf, result, seconds=seconds, device=device)


def _scan_card(
    args: argparse.Namespace,
    request: ScanRequest,
    device: str,
    worker: PreparedWorker,
    profile: Profile,
) -> int:
    """A card on the glass: its front, then its back when there is one, and with the profile's
    `sides_on_one_page` both sides on one page (as the app's scan screen does)."""
    from scanning.document import Document, PdfAssembler  # noqa: PLC0415
    from scanning.sides import CardSides, SideStep  # noqa: PLC0415
    from scanning.sink import PlainFileSink  # noqa: PLC0415

    started = time.monotonic()
    card = CardSides(profile)
    with tempfile.TemporaryDirectory(prefix="desk-scan-") as spool:
        folder = Path(spool)
        result = _run(args, request, folder, worker)
        document = Document().extend(result.pages)
        if result.ok and card.after_run(document) is SideStep.TURN_OVER and _back_is_there():
            result = _run(args, request, folder, None)
            document = document.extend(result.pages)
        if card.after_run(document) is SideStep.JOIN:
            document = card.join(document, PlainFileSink(folder))
        with PdfAssembler(args.output) as pdf:
            for page in document.pages:
                pdf.add(page)
            seconds = time.monotonic() - started
            result = dataclasses.replace(result, pages=document.pages)
            return _finish(args, pdf, result, seconds=seconds, device=device)


def _run(
    args: argparse.Namespace, request: ScanRequest, spool: Path, worker: PreparedWorker | None
) -> ScanResult:
    backend = _job_backend(args)
    with ScanJob(request, spool, watchdog_seconds=args.watchdog, worker=worker, **backend) as job:
        return _follow(job)


def _follow(job: ScanJob, on_page: Callable[[ScannedPage], None] | None = None) -> ScanResult:
    """Wait for `job` to end, handing each page to `on_page`; Ctrl+C cancels the scan first."""
    try:
        for event in job.events():
            if on_page is not None and isinstance(event, PageDone):
                on_page(event.page)
        return job.wait()
    except KeyboardInterrupt:
        job.cancel()
        job.wait(30)
        raise


def _back_is_there() -> bool:
    """Ask for the card's back; an empty line means scan it, the end of input means none."""
    print(
        "Turn the card over on the glass, then press Enter to scan its back "
        "(Ctrl+D if it has no back).",
        file=sys.stderr,
        flush=True,
    )
    return bool(sys.stdin.readline()) if sys.stdin is not None else False


def _driver_options(pairs: list[str]) -> tuple[tuple[str, str | int | float | bool], ...]:
    """`NAME=VALUE` pairs as driver options (numbers and yes/no become numbers and flags)."""
    options: list[tuple[str, str | int | float | bool]] = []
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise DeskError(f"--option takes NAME=VALUE, not {pair!r}.")
        value: str | int | float | bool = text
        if text.lower() in ("yes", "true", "on"):
            value = True
        elif text.lower() in ("no", "false", "off"):
            value = False
        else:
            for kind in (int, float):
                try:
                    value = kind(text)
                    break
                except ValueError:
                    continue
        options.append((name.strip(), value))
    return tuple(options)


def _first_scanner(choice: BackendChoice) -> str:
    try:
        found = discover(backend=choice.name, backend_options=choice.options)
    except ScanFault as fault:
        raise DeskError(fault.message) from None
    if not found.scanners:
        raise DeskError("No scanner was found. Check it is plugged in and switched on.")
    return found.scanners[0].device.id


def _finish(
    args: argparse.Namespace,
    pdf: PdfAssembler,
    result: ScanResult,
    *,
    seconds: float,
    device: str,
) -> int:
    output: Path = args.output
    pages = result.pages
    if result.fault is not None:
        if not pdf.pages:
            raise DeskError(result.fault.message)
        partial = output.with_name(f"{output.stem}.partial.pdf")
        pdf.finish(partial)
        count = pdf.pages
        raise DeskError(
            f"{result.fault.message} The {count} page{'s' if count != 1 else ''} scanned before "
            f"that are saved in {partial}."
        )
    if not pdf.pages:
        raise DeskError("No pages were scanned: the scan was cancelled.")
    size = pdf.finish()
    blanks = [number for number, p in enumerate(pages, start=1) if p.blank]
    settings = result.settings
    data = {
        "output": str(output),
        "device": settings.device_id if settings else device,
        "source": settings.source.value if settings else None,
        "resolution": settings.resolution if settings else None,
        "pages": len(pages),
        "bytes": size,
        "seconds": round(seconds, 3),
        "blank_pages": blanks,
        "notes": list(settings.notes) if settings else [],
        "page_details": [
            {
                "page": number,
                "encoding": p.encoding.value,
                "kind": p.kind.value,
                "bytes": p.bytes,
                "width": p.width,
                "height": p.height,
                "dpi": p.dpi,
                "blank": p.blank,
                "skew_degrees": p.skew_degrees,
            }
            for number, p in enumerate(pages, start=1)
        ],
    }
    count = len(pages)
    text = (
        f"Scanned {count} page{'s' if count != 1 else ''} to {output} "
        f"({size // 1024} KB in {seconds:.1f} s)."
    )
    if blanks:
        text += f" Check these pages, they look blank: {', '.join(map(str, blanks))}."
    common.emit(args, data, text)
    return 0
