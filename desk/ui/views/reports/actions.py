"""What the Reports screen asks of the reporting service, and those calls bound to the station."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services.reports import Grouping, Period, Report, ReportKind, make_report, publish
from desk.services.reports.common import ReportSite, report_sites
from desk.services.reports.output import write_csv
from desk.services.staff import StaffMember


class ReportsActions(Protocol):
    """What the Reports screen calls: `signed_in` on the GUI thread when the screen opens; the
    others in the background, each refused unless a manager is signed in."""

    def signed_in(self) -> StaffMember | None: ...

    def sites(self) -> list[ReportSite]: ...

    def make_report(
        self, kind: ReportKind, period: Period, *, by: Grouping, sites: Sequence[str]
    ) -> Report: ...

    def export_csv(self, report: Report, path: Path, *, published: bool) -> Path: ...

    def export_xlsx(self, report: Report, path: Path, *, published: bool) -> Path: ...

    def export_pack(
        self,
        period: Period,
        path: Path,
        *,
        sites: Sequence[str],
        progress: Callable[[int, int], None],
    ) -> Path: ...


class StationReports:
    """The reporting service on this station's database, for the manager signed in."""

    def __init__(self, runtime: Runtime, *, member: Callable[[], StaffMember | None]) -> None:
        self._engine = runtime.engine
        self._texts = runtime.settings.documents_dir
        self._member = member

    def signed_in(self) -> StaffMember | None:
        """On the GUI thread: who is signed in now."""
        return self._member()

    def _require_manager(self) -> None:
        member = self._member()
        if member is None or not member.is_manager:
            raise DeskError(
                QCoreApplication.translate(
                    "ReportsView", "Only a manager can see reports. Sign in as a manager."
                )
            )

    def sites(self) -> list[ReportSite]:
        """Every site, to filter by."""
        self._require_manager()
        return report_sites(self._engine)

    def make_report(
        self, kind: ReportKind, period: Period, *, by: Grouping, sites: Sequence[str]
    ) -> Report:
        """The report, from the same service as `desk report`."""
        self._require_manager()
        return make_report(self._engine, kind, period, by=by, sites=sites)

    def export_csv(self, report: Report, path: Path, *, published: bool) -> Path:
        """Write the report as `desk report --format csv` does (small counts withheld when
        `published`)."""
        self._require_manager()
        write_csv(publish(report) if published else report, path)
        return path

    def export_xlsx(self, report: Report, path: Path, *, published: bool) -> Path:
        """Write the report as `desk report --format xlsx` does (small counts withheld when
        `published`)."""
        self._require_manager()
        from desk.services.reports.xlsx import write_xlsx  # noqa: PLC0415  (openpyxl: lazily)

        write_xlsx(publish(report) if published else report, path, made_at=datetime.now(UTC))
        return path

    def export_pack(
        self,
        period: Period,
        path: Path,
        *,
        sites: Sequence[str],
        progress: Callable[[int, int], None],
    ) -> Path:
        """Make every report for the period and sites and write the pack, as `desk report
        pack` does (always published); `progress(done, total)` after each report."""
        self._require_manager()
        from desk.services.reports.pack import SECTIONS, make_pack  # noqa: PLC0415
        from printing.documents import load_texts  # noqa: PLC0415

        order = [section.kind for section in SECTIONS]
        texts = load_texts(self._texts) if self._texts is not None else load_texts()
        make_pack(
            self._engine,
            period,
            path,
            sites=sites,
            texts=texts,
            progress=lambda kind: progress(order.index(kind), len(order)),
        )
        return path
