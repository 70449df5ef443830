"""`desk scanners` and `desk scan`: list scanners, and scan to a PDF through the scan worker."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from desk.cli import common
from desk.cli.settings import loaded_settings
from desk.errors import DeskError
from scanning.document import Document, write_pdf
from scanning.events import capabilities_to_dict
from scanning.faults import ScanFault
from scanning.model import Capabilities, ColorMode, DeviceRef, SourceKind
from scanning.profiles import BUILTIN_PROFILES, Profile, ProfileError, load_profiles
from scanning.session import DEFAULT_WATCHDOG_SECONDS, ScanJob, ScanResult, discover

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
        "--profile", metavar="NAME", help=f"document profile ({', '.join(BUILTIN_PROFILES)})"
    )
    scan.add_argument(
        "--profiles-file",
        type=Path,
        metavar="FILE",
        help="profiles TOML from IT (default: the configured scanner.profiles_file)",
    )
    scan.add_argument("--max-pages", type=int, metavar="N")
    scan.add_argument(
        "--watchdog",
        type=float,
        default=DEFAULT_WATCHDOG_SECONDS,
        metavar="SECONDS",
        help="treat the scanner as hung after this long without progress",
    )
    common.add_json_flag(scan)
    scan.set_defaults(handler=run_scan)


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
    try:
        found = discover(timeout=args.timeout)
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
    settings = loaded_settings(args).settings
    profiles_file = args.profiles_file or settings.scanner.profiles_file
    device = args.device or settings.scanner.device or _first_scanner()
    try:
        request = _profile(args, profiles_file).request(
            DeviceRef(device),
            source=SourceKind(args.source) if args.source else None,
            mode=ColorMode(args.mode) if args.mode else None,
            resolution=args.resolution,
            max_pages=args.max_pages,
        )
    except ProfileError as error:
        raise DeskError(str(error)) from None
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="desk-scan-") as spool:
        job = ScanJob(request, Path(spool), watchdog_seconds=args.watchdog)
        with job:
            try:
                result = job.wait()
            except KeyboardInterrupt:
                job.cancel()
                job.wait(30)
                raise
        return _finish(args, output, result, time.monotonic() - started, device)


def _first_scanner() -> str:
    try:
        found = discover()
    except ScanFault as fault:
        raise DeskError(fault.message) from None
    if not found.scanners:
        raise DeskError("No scanner was found. Check it is plugged in and switched on.")
    return found.scanners[0].device.id


def _finish(
    args: argparse.Namespace, output: Path, result: ScanResult, seconds: float, device: str
) -> int:
    document = Document().extend(result.pages)
    if result.fault is not None:
        if not document.pages:
            raise DeskError(result.fault.message)
        partial = output.with_name(f"{output.stem}.partial.pdf")
        write_pdf(document, partial)
        count = len(document)
        raise DeskError(
            f"{result.fault.message} The {count} page{'s' if count != 1 else ''} scanned before "
            f"that are saved in {partial}."
        )
    if not document.pages:
        raise DeskError("No pages were scanned: the scan was cancelled.")
    size = write_pdf(document, output)
    blanks = [i + 1 for i in document.blank_pages]
    settings = result.settings
    data = {
        "output": str(output),
        "device": settings.device_id if settings else device,
        "source": settings.source.value if settings else None,
        "resolution": settings.resolution if settings else None,
        "pages": len(document),
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
            for number, p in enumerate(document.pages, start=1)
        ],
    }
    text = f"Scanned {len(document)} page(s) to {output} ({size // 1024} KB in {seconds:.1f} s)."
    if blanks:
        text += f" Check these pages, they look blank: {', '.join(map(str, blanks))}."
    common.emit(args, data, text)
    return 0
