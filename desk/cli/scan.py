"""`desk scanners` and `desk scan`: list scanners, and scan to a PDF through the scan worker."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import math
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli import common
from desk.errors import DeskError
from desk.uploads.scanruns import PAGE_SINK_FACTORY, ScanRun, wipe_stale_scan_runs
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
from scanning.profiles import BUILTIN_PROFILES, Profile, ProfileError
from scanning.session import DEFAULT_WATCHDOG_SECONDS, ScanJob, ScanResult, discover
from scanning.sink import PageSink, SinkSpec

if TYPE_CHECKING:
    from desk.config import LoadedSettings, Settings
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
        "--timeout",
        type=_positive_seconds,
        default=30.0,
        metavar="SECONDS",
        help="give up after this long",
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
        help="more profiles, laid over IT's (the machine configuration's scanner.profiles_file), "
        "whose locked profiles it cannot change (default: the configured scanner.profiles_file)",
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
        type=_positive_seconds,
        default=DEFAULT_WATCHDOG_SECONDS,
        metavar="SECONDS",
        help="treat the scanner as hung after this long without progress",
    )
    common.add_json_flag(scan)
    # `desk` may start the worker before this module is even loaded (desk.cli.main).
    scan.set_defaults(handler=run_scan, prepared_worker=None)


_A_DAY = 86_400


def _positive_seconds(text: str) -> float:
    """A number of seconds more than zero (argparse turns the error into a usage error)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, not {text!r}")
    if seconds > _A_DAY:
        raise argparse.ArgumentTypeError(f"must be at most {_A_DAY} seconds (a day), not {text!r}")
    return seconds


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


def _profile(args: argparse.Namespace, loaded: LoadedSettings) -> Profile:
    if args.profile is None:
        return CUSTOM
    # IT's profiles first, whatever names another file; what IT locks holds (the module says how).
    from desk.services.profiles import scan_profiles  # noqa: PLC0415  (only with --profile)

    profiles = scan_profiles(loaded, args.profiles_file)
    if args.profile not in profiles:
        raise DeskError(f"No scan profile called {args.profile!r}: use {', '.join(profiles)}.")
    return profiles[args.profile]


def run_scan(args: argparse.Namespace) -> int:
    """Scan to `--output`; on a fault keep the pages so far in FILE.partial.pdf."""
    output: Path = args.output
    if output.is_dir():
        raise DeskError(
            f"{output} is a folder: name the PDF file to write, e.g. {output / 'scan.pdf'}."
        )
    if output.exists() and not output.is_file():
        # /dev/null or a pipe: the PDF is written beside it and then moved over it.
        raise DeskError(f"{output} is not a plain file: name the PDF file to write.")
    if output.parent and not output.parent.is_dir():
        raise DeskError(f"The folder for {output} does not exist.")
    if args.max_pages is not None and args.max_pages < 1:
        raise DeskError("--max-pages must be at least 1.")
    options = _driver_options(args.option or [])
    with _stopped_by_sigterm():
        return _run_scan(args, options)


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM stops a scan as Ctrl+C does: the scan is cancelled and its files removed."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run_scan(
    args: argparse.Namespace, options: tuple[tuple[str, str | int | float | bool], ...]
) -> int:
    # The worker process is started (and loads the scanner library) while the settings are
    # read; it touches no scanner until the job is given to it.
    with args.prepared_worker or PreparedWorker() as worker:
        loaded = _settings(args)
        settings = loaded.settings
        args.scan_backend = _choice(settings)
        # What is loaded by now lives until the command ends: keep the collector off it (this
        # also spares the final collection at exit, about 30 ms).
        gc.freeze()
        device = args.device or settings.scanner.device or _first_scanner(args.scan_backend)
        profile = _profile(args, loaded)
        request = _request(args, profile, device, options)
        # Pages wait in the encrypted spool; a run killed before it could tidy up is wiped now.
        spool_root = settings.spool_path
        wipe_stale_scan_runs(spool_root)
        if profile.sides > 1 and request.source is SourceKind.FLATBED:
            return _scan_card(args, request, device, worker, profile, spool_root=spool_root)
        return _scan(args, request, device, worker, spool_root=spool_root)


def _backend(args: argparse.Namespace) -> BackendChoice:
    """The scanner backend the settings choose (read once per command)."""
    choice: BackendChoice | None = getattr(args, "scan_backend", None)
    if choice is None:
        choice = _choice(_settings(args).settings)
        args.scan_backend = choice
    return choice


def _choice(settings: Settings) -> BackendChoice:
    from desk.services.scanners import backend_choice  # noqa: PLC0415  (with the settings)

    return backend_choice(settings.scanner)


def _job_backend(args: argparse.Namespace) -> dict[str, Any]:
    choice = _backend(args)
    return {"backend": choice.name, "backend_options": choice.options}


def _settings(args: argparse.Namespace) -> LoadedSettings:
    from desk.cli.settings import loaded_settings  # noqa: PLC0415  (once the worker is starting)

    return loaded_settings(args)


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
    *,
    spool_root: Path,
) -> int:
    started = time.monotonic()
    with ScanRun(spool_root) as run:
        job = _job(args, request, run.folder, worker)
        with job:
            # While the scanner warms up: the key that reads the worker's encrypted pages.
            sink = _page_sink(run.folder, job)

            # Each page goes into the PDF as soon as it is done, one page in memory at a time.
            with _assembler(args.output, sink, flush_pages=True) as pdf:

                def add(page: ScannedPage) -> None:
                    pdf.add(page)
                    sink.delete(Path(page.path))  # the spool only feeds the PDF

                result = _follow(job, add)
                seconds = time.monotonic() - started
                return _finish(args, pdf, result, seconds=seconds, device=device)


def _scan_card(
    args: argparse.Namespace,
    request: ScanRequest,
    device: str,
    worker: PreparedWorker,
    profile: Profile,
    *,
    spool_root: Path,
) -> int:
    """A card on the glass: its front, then its back when there is one, and with the profile's
    `sides_on_one_page` both sides on one page (as the app's scan screen does). The sides wait
    in the encrypted spool, never in plain files."""
    from scanning.document import Document  # noqa: PLC0415
    from scanning.sides import CardSides, SideStep  # noqa: PLC0415

    started = time.monotonic()
    card = CardSides(profile)
    with ScanRun(spool_root) as run:
        folder = run.folder
        with _job(args, request, folder, worker) as job:
            sink = _page_sink(folder, job)
            result = _follow(job)
        document = Document().extend(result.pages)
        if result.ok and card.after_run(document) is SideStep.TURN_OVER and _back_is_there():
            with _job(args, request, folder, None) as job:
                result = _follow(job)
            document = document.extend(result.pages)
        if card.after_run(document) is SideStep.JOIN:
            document = card.join(document, sink)
        with _assembler(args.output, sink) as pdf:
            for page in document.pages:
                pdf.add(page)
            seconds = time.monotonic() - started
            result = dataclasses.replace(result, pages=document.pages)
            return _finish(args, pdf, result, seconds=seconds, device=device)


def _job(
    args: argparse.Namespace, request: ScanRequest, folder: Path, worker: PreparedWorker | None
) -> ScanJob:
    """A scan whose worker writes each page encrypted into `folder`."""
    return ScanJob(
        request,
        folder,
        watchdog_seconds=args.watchdog,
        worker=worker,
        sink=SinkSpec(PAGE_SINK_FACTORY),
        **_job_backend(args),
    )


def _page_sink(folder: Path, job: ScanJob) -> PageSink:
    """The sink that reads the job's pages (with the station's key); no key stops the scan."""
    from desk.uploads.spool import EncryptedPageSink  # noqa: PLC0415  (cryptography, keyring)

    try:
        return EncryptedPageSink(folder)
    except DeskError:
        job.cancel()
        raise


def _assembler(output: Path, sink: PageSink, *, flush_pages: bool = False) -> PdfAssembler:
    """The PDF being written at `output`.part (owner only); an orphan of a killed run is
    replaced, and said so."""
    from scanning.document import OutputBusy, PdfAssembler  # noqa: PLC0415

    try:
        pdf = PdfAssembler(output, sink, flush_pages=flush_pages)
    except OutputBusy:
        raise DeskError(
            f"Another scan is writing {output} right now: wait for it, or choose another file."
        ) from None
    except OSError as error:
        raise DeskError(f"{output} cannot be written ({error.strerror or error}).") from None
    if pdf.replaced_leftover:
        print(
            f"desk: removed {output.name}.part, left unfinished by a scan that was stopped.",
            file=sys.stderr,
        )
    return pdf


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
