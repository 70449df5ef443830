"""The Reports screen, for managers: the same figures as `desk report`, as a chart, with the
figures themselves one key press away (the table a screen reader reads), and a CSV to save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.reports import Period, Report
from desk.services.reports.common import ReportSite
from desk.services.reports.periods import today
from desk.ui.jobs import Failure, JobRunner, Progress
from desk.ui.views.reports.actions import ReportsActions
from desk.ui.views.reports.charts import ReportChart
from desk.ui.views.reports.figures import FiguresTable
from desk.ui.views.reports.filters import Preset, ReportFilters
from desk.ui.views.reports.labels import report_title, table_labels, translated
from desk.ui.widgets import (
    WrapCheckBox,
    add_field,
    button,
    drop_down,
    error_label,
    fields,
    flow,
    heading,
    hint,
    scrolling,
    show_error,
)

AskWhere = Callable[[QWidget, str], Path | None]
"""Asks where to save a file, suggesting a name; None when the person cancels."""


_FILE_KINDS = {
    ".csv": ("Save the figures as CSV", "CSV files (*.csv)"),
    ".xlsx": ("Save the figures as a spreadsheet", "Excel workbooks (*.xlsx)"),
    ".pdf": ("Save the report pack", "PDF documents (*.pdf)"),
}


def ask_where_to_save(parent: QWidget, suggested: str) -> Path | None:
    """The system's save dialog, in the Documents folder, for a file of the suggested kind
    (its suffix: .csv, .xlsx or .pdf)."""
    suffix = Path(suggested).suffix.lower()
    caption, file_filter = _FILE_KINDS[suffix]
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsView", caption),
        str(folder / suggested),
        QCoreApplication.translate("ReportsView", file_filter),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


# The dialog's words, for the translators (they are looked up by the English above).
_ = (
    QT_TRANSLATE_NOOP("ReportsView", "Save the figures as CSV"),
    QT_TRANSLATE_NOOP("ReportsView", "CSV files (*.csv)"),
    QT_TRANSLATE_NOOP("ReportsView", "Save the figures as a spreadsheet"),
    QT_TRANSLATE_NOOP("ReportsView", "Excel workbooks (*.xlsx)"),
    QT_TRANSLATE_NOOP("ReportsView", "Save the report pack"),
    QT_TRANSLATE_NOOP("ReportsView", "PDF documents (*.pdf)"),
)


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


class ReportsView(QWidget):
    """Choose a period, a site and a report; see its tables as charts, or their figures."""

    closed = Signal()
    refused = Signal()  # opened without a manager signed in: nothing is shown
    report_shown = Signal(object)  # Report
    exported = Signal(object)  # Path
    failed = Signal(str)

    def __init__(
        self,
        jobs: JobRunner,
        actions: ReportsActions,
        *,
        theme: str = "standard",
        ask_where: AskWhere = ask_where_to_save,
    ) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.ask_where = ask_where  # how Save asks where (a test answers it)
        self.report: Report | None = None
        self.setAccessibleName(self.tr("Reports"))
        self.back_button = button(self.tr("Back to home"), secondary=True)
        self.back_button.clicked.connect(self.closed)
        self.filters = ReportFilters()
        self.filters.preset_chosen.connect(self.make_report)
        self.make_button = button(self.tr("Make the report"))
        self.make_button.clicked.connect(self.make_report)
        self.figures_toggle = button(self.tr("Show the &figures"), secondary=True)
        self.figures_toggle.setAccessibleName(self.tr("Show the figures as a table"))
        self.figures_toggle.setCheckable(True)
        self.figures_toggle.toggled.connect(self._on_figures_toggled)
        self._make_saving()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working out the figures"))
        self.busy.setFormat(self.tr("Working out the figures…"))
        self.busy.hide()
        self._packing = False
        self.pack_progress = QProgressBar()
        self.pack_progress.setAccessibleName(self.tr("Making the report pack"))
        self.pack_progress.setFormat(self.tr("Making the report pack: %p%"))
        self.pack_progress.hide()
        self.error = error_label(self.tr("Problem"))
        self.about = hint()
        self.saved = hint(quiet=False)
        self.saved.hide()
        self.table_choice = drop_down()
        self.table_choice.setAccessibleName(self.tr("Table"))
        self.table_choice.currentIndexChanged.connect(lambda _i: self._show_chosen_table())
        self.chart = ReportChart(theme)
        self.figures = FiguresTable()
        self.figures.setAccessibleName(self.tr("Figures"))
        self.shown = QStackedWidget()
        self.shown.addWidget(self.chart)
        self.shown.addWidget(self.figures)
        self._build_layout()
        self._show_report(None)

    def _make_saving(self) -> None:
        """The buttons that save what is shown (CSV, spreadsheet) or the pack, and the box
        that says whether small counts are withheld."""
        self.export_button = button(self.tr("Save as &CSV…"), secondary=True)
        self.export_button.setAccessibleName(self.tr("Save the figures as a CSV file"))
        self.export_button.clicked.connect(lambda: self._on_export_clicked(".csv"))
        self.xlsx_button = button(self.tr("Save as spreadsheet (&xlsx)…"), secondary=True)
        self.xlsx_button.setAccessibleName(self.tr("Save the figures as a spreadsheet (xlsx)"))
        self.xlsx_button.clicked.connect(lambda: self._on_export_clicked(".xlsx"))
        self.pack_button = button(self.tr("Save report &pack (PDF)…"), secondary=True)
        self.pack_button.setAccessibleName(
            self.tr("Save the report pack: every report for the period, as a PDF")
        )
        self.pack_button.clicked.connect(self._on_pack_clicked)
        self.publish_box = WrapCheckBox(
            self.tr(
                "In the CSV and the spreadsheet, withhold small counts (for figures that leave "
                "the council; the pack always does)"
            )
        )
        self.publish_box.setAccessibleName(self.publish_box.text())

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Reports")), stretch=1)
        top.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignTop)
        table_form = fields()
        add_field(table_form, self.tr("T&able"), self.table_choice)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                self.tr(
                    "Figures from every station's records, the same as the desk report "
                    "command gives. Visits are anonymous; no report names a resident."
                )
            )
        )
        layout.addWidget(self.filters)
        layout.addLayout(
            flow(
                self.make_button,
                self.figures_toggle,
                self.export_button,
                self.xlsx_button,
                self.pack_button,
            )
        )
        layout.addWidget(self.publish_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.pack_progress)
        layout.addWidget(self.error)
        layout.addWidget(self.saved)
        layout.addWidget(self.about)
        layout.addLayout(table_form)
        layout.addWidget(self.shown, stretch=1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

    # ------------------------------------------------------------------ opening

    def open(self, *, on: date | None = None) -> bool:
        """Open the screen for the manager signed in: this month's footfall to begin with.
        Refused (nothing shown, `refused` emitted) unless a manager is signed in."""
        member = self._actions.signed_in()
        self._show_report(None)
        self.error.hide()
        self.saved.hide()
        if member is None or not member.is_manager:
            show_error(self.error, self.tr("Only a manager can see reports."))
            self.refused.emit()
            return False
        # The figures are the manager's: gone from the screen when their session ends.
        self._jobs.scopes.session.when_ended(lambda: self._show_report(None))
        self.filters.use_preset(Preset.THIS_MONTH, on or today())
        self._jobs.run(
            self._actions.sites,
            self._on_sites,
            scope=self._jobs.scopes.session,
            on_error=self._on_failure,
            name="report-sites",
        )
        self.make_report()
        self.filters.kind.setFocus()
        return True

    def _on_sites(self, sites: list[ReportSite]) -> None:
        self.filters.show_sites(sites)

    # ------------------------------------------------------------------ the report

    def make_report(self) -> None:
        """Work out the report chosen, in the background (one at a time)."""
        if self.busy.isVisible():
            return
        self.error.hide()
        self.saved.hide()
        first, last = self.filters.period_days()
        if last < first:
            show_error(
                self.error,
                self.tr("The period ends before it starts: choose a To day after the From day."),
            )
            return
        kind, by, sites = (
            self.filters.chosen_kind(),
            self.filters.chosen_by(),
            self.filters.chosen_sites(),
        )
        period = Period(first, last)
        self._set_busy(True)
        self._jobs.run(
            lambda: self._actions.make_report(kind, period, by=by, sites=sites),
            self._on_report,
            scope=self._jobs.scopes.session,
            on_error=self._on_failure,
            on_settled=lambda: self._set_busy(False),
            name="make-report",
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.make_button.setEnabled(not busy)
        for preset in self.filters.preset_buttons.values():
            preset.setEnabled(not busy)
        self._enable_saving()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _on_report(self, report: Report) -> None:
        self._show_report(report)
        self.report_shown.emit(report)

    def _on_failure(self, failure: Failure) -> None:
        show_error(self.error, failure.message)
        self.failed.emit(failure.message)

    def _show_report(self, report: Report | None) -> None:
        self.report = report
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        if report is not None:
            for table in report.tables:
                self.table_choice.addItem(table_labels(table, report).title, table.key)
        self.table_choice.blockSignals(False)
        self.table_choice.setEnabled(report is not None)
        self._enable_saving()
        self.figures_toggle.setEnabled(report is not None)
        if report is None:
            self.about.setText("")
        else:
            names = report.site_names
            sites = ", ".join(names.get(c, c) for c in report.sites) or self.tr("every site")
            period = self.tr("{first} to {last}, {sites}.").format(
                first=_day(report.period.first), last=_day(report.period.last), sites=sites
            )
            notes = [translated(note) for note in report.notes]
            self.about.setText(" ".join([report_title(report) + ":", period, *notes]))
        self.about.setAccessibleName(self.about.text())
        self._show_chosen_table()

    def _show_chosen_table(self) -> None:
        key = self.table_choice.currentData()
        report = self.report
        table = report.table(str(key)) if report is not None and key else None
        labels = table_labels(table, report) if table is not None and report is not None else None
        self.chart.show_table(table, labels)
        self.figures.show_table(table, labels)
        if labels is not None:
            self.figures.setAccessibleName(self.tr("Figures: {title}").format(title=labels.title))

    def _on_figures_toggled(self, on: bool) -> None:
        self.shown.setCurrentWidget(self.figures if on else self.chart)
        self.figures_toggle.setText(
            self.tr("Show the c&hart") if on else self.tr("Show the &figures")
        )
        self.figures_toggle.setAccessibleName(
            self.tr("Show the chart") if on else self.tr("Show the figures as a table")
        )
        if on:
            self.figures.setFocus()

    # ------------------------------------------------------------------ export

    def _enable_saving(self) -> None:
        ready = self.report is not None and not self.busy.isVisible()
        for save in (self.export_button, self.xlsx_button):
            save.setEnabled(ready)
        self.pack_button.setEnabled(not self.busy.isVisible() and not self._packing)

    def _on_export_clicked(self, suffix: str) -> None:
        """Save the report shown as CSV or xlsx, through the command's writers."""
        report = self.report
        if report is None:
            return
        suggested = (
            f"{report.kind.value}-{report.period.first.isoformat()}-"
            f"{report.period.last.isoformat()}{suffix}"
        )
        path = self.ask_where(self, suggested)
        if path is None:
            return
        published = self.publish_box.isChecked()
        write = self._actions.export_xlsx if suffix == ".xlsx" else self._actions.export_csv
        self.error.hide()
        self._jobs.run(
            lambda: write(report, path, published=published),
            self._on_exported,
            scope=self._jobs.scopes.session,
            on_error=self._on_failure,
            name="export-report",
        )

    def _on_pack_clicked(self) -> None:
        """Save the pack (every report, published, as a PDF) for the period and site chosen."""
        first, last = self.filters.period_days()
        if last < first:
            show_error(
                self.error,
                self.tr("The period ends before it starts: choose a To day after the From day."),
            )
            return
        period, sites = Period(first, last), self.filters.chosen_sites()
        path = self.ask_where(self, f"report-pack-{first.isoformat()}-{last.isoformat()}.pdf")
        if path is None:
            return
        self.error.hide()
        self.saved.hide()
        self._packing = True
        self.pack_progress.setValue(0)
        self.pack_progress.show()
        self._enable_saving()

        def settled() -> None:
            self._packing = False
            self.pack_progress.hide()
            self._enable_saving()

        self._jobs.run_reporting(
            lambda reporter: self._actions.export_pack(
                period,
                path,
                sites=sites,
                progress=reporter.report,
            ),
            self._on_exported,
            scope=self._jobs.scopes.session,
            on_error=self._on_failure,
            on_progress=self._on_pack_progress,
            on_settled=settled,
            name="export-pack",
        )

    def _on_pack_progress(self, progress: Progress) -> None:
        self.pack_progress.setRange(0, max(progress.total, 1))
        self.pack_progress.setValue(progress.done)

    def _on_exported(self, path: Path) -> None:
        self.saved.setText(self.tr("Saved the figures to {path}").format(path=str(path)))
        self.saved.setAccessibleName(self.saved.text())
        self.saved.show()
        self.exported.emit(path)
