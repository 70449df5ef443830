"""`desk retention`: run every retention job now, as the station app does at start-up and daily."""

from __future__ import annotations

import argparse

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import runtime
from desk.services.retention import FolderRetentionReport, purge_upload_folder, run_retention


def register(sub: SubParsers) -> None:
    """Add `desk retention`."""
    parser = sub.add_parser(
        "retention",
        help="anonymise borrowers and delete old documents from the upload folder, now",
    )
    add_json_flag(parser)
    parser.set_defaults(handler=_retention)


def _folder_line(report: FolderRetentionReport) -> str:
    if report.keep_days is None:
        return (
            f"upload folder {report.folder}: kept, a folder IT named is only purged when "
            "[upload] folder_retention_days is set"
        )
    line = (
        f"upload folder {report.folder}: {report.deleted} documents older than "
        f"{report.keep_days} days deleted, {report.kept} kept for now"
    )
    if report.failed:
        line += f", {report.failed} could not be deleted (see the log)"
    return line


def _retention(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        station = rt.station.station_id
        borrowers = run_retention(rt.uow_factory, station_id=station)
        folder = purge_upload_folder(rt.settings, rt.uow_factory, station_id=station)
    finally:
        rt.close()
    emit(
        args,
        {"borrowers": borrowers.as_dict(), "upload_folder": folder.as_dict()},
        f"borrowers: {borrowers.anonymised} anonymised, {borrowers.kept} kept for now, "
        f"{borrowers.still_out} with a device still out\n{_folder_line(folder)}",
    )
    return 1 if folder.failed else 0
