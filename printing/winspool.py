"""The Windows spooler through pywin32's win32print (Windows only): `printing.windows.Spooler`.

Only the calls; what they mean is decided in `printing.windows`, which is tested on Linux over a
stand-in for this module. Not run on a real Windows machine yet: see docs/printing.md.
"""

# E402: the imports below the platform check must not run elsewhere.
# ruff: noqa: E402

from __future__ import annotations

import sys


def _windows_only() -> None:
    if sys.platform != "win32":
        raise ImportError("the Windows spooler is only on Windows")


_windows_only()
assert sys.platform == "win32"  # and mypy checks the rest for Windows only

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pywintypes
import win32print

from printing.windows import SpoolerError, SpoolJob, SpoolPrinter

ERROR_INVALID_PARAMETER = 87  # GetJob / SetJob on a job that has left the queue
ERROR_INVALID_PRINTER_NAME = 1801
_T = TypeVar("_T")


def _job(info: dict[str, Any]) -> SpoolJob:
    return SpoolJob(
        job_id=int(info.get("JobId", 0)),
        document=str(info.get("pDocument") or ""),
        status=int(info.get("Status", 0) or 0),
        status_text=str(info.get("pStatus") or ""),
        pages_printed=int(info.get("PagesPrinted", 0) or 0),
        total_pages=int(info.get("TotalPages", 0) or 0),
    )


class Win32Spooler:
    """`printing.windows.Spooler` over OpenPrinter / EnumJobs / GetJob / GetPrinter / SetJob."""

    @contextmanager
    def _printer(self, name: str) -> Iterator[Any]:
        try:
            handle = win32print.OpenPrinter(name)
        except pywintypes.error as error:
            raise SpoolerError(error.winerror, "OpenPrinter") from None
        try:
            yield handle
        finally:
            win32print.ClosePrinter(handle)

    def _call(self, where: str, call: Callable[[], _T]) -> _T:
        try:
            return call()
        except pywintypes.error as error:
            raise SpoolerError(error.winerror, where) from None

    def jobs(self, printer: str) -> list[SpoolJob]:
        with self._printer(printer) as handle:
            found = self._call("EnumJobs", lambda: win32print.EnumJobs(handle, 0, 9999, 1))
        return [_job(info) for info in found]

    def job(self, printer: str, job_id: int) -> SpoolJob | None:
        with self._printer(printer) as handle:
            try:
                return _job(win32print.GetJob(handle, job_id, 1))
            except pywintypes.error as error:
                if error.winerror == ERROR_INVALID_PARAMETER:
                    return None
                raise SpoolerError(error.winerror, "GetJob") from None

    def printer(self, printer: str) -> SpoolPrinter | None:
        try:
            handle = win32print.OpenPrinter(printer)
        except pywintypes.error as error:
            if error.winerror == ERROR_INVALID_PRINTER_NAME:
                return None
            raise SpoolerError(error.winerror, "OpenPrinter") from None
        try:
            info = self._call("GetPrinter", lambda: win32print.GetPrinter(handle, 2))
        finally:
            win32print.ClosePrinter(handle)
        return SpoolPrinter(
            name=str(info.get("pPrinterName") or printer),
            status=int(info.get("Status", 0) or 0),
            attributes=int(info.get("Attributes", 0) or 0),
            jobs=int(info.get("cJobs", 0) or 0),
            comment=str(info.get("pComment") or ""),
        )

    def cancel(self, printer: str, job_id: int) -> None:
        with self._printer(printer) as handle:
            try:
                win32print.SetJob(handle, job_id, 0, None, win32print.JOB_CONTROL_DELETE)
            except pywintypes.error as error:
                if error.winerror != ERROR_INVALID_PARAMETER:
                    raise SpoolerError(error.winerror, "SetJob") from None
