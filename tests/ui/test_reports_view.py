"""The Reports screen: managers only, the same figures as `desk report`, every control and every
figure reached by the keyboard, and the CSV the command writes."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.records import StaffRole
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services.reports import Grouping, Period, Report, ReportKind, make_report, publish
from desk.services.reports.labels import column_label, row_label, table_title
from desk.services.reports.output import as_csv
from desk.services.reports.pack import SECTIONS
from desk.services.reports.tables import SMALL
from desk.services.staff import StaffMember
from desk.ui.i18n import PSEUDO_LOCALE, install_translation, pseudo
from desk.ui.main_window import MainWindow
from desk.ui.views.reports import StationReports
from desk.ui.views.reports.figures import shown
from desk.ui.views.reports.filters import Preset, preset_period
from desk.ui.views.reports.labels import table_labels
from tests.reports.fixture import build
from tests.ui.conftest import screenshot
from tests.ui.test_accessibility import controls

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def sign_in(qtbot: QtBot, window: MainWindow, member: StaffMember) -> None:
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(member)
    qtbot.waitUntil(lambda: window.jobs.running == 0)


def open_reports(qtbot: QtBot, window: MainWindow) -> None:
    """Press Reports on the home screen and wait for this month's figures."""
    with qtbot.waitSignal(window.reports_view.report_shown, timeout=20_000):
        qtbot.mouseClick(window.home_view.reports_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.reports_view
    qtbot.waitUntil(lambda: window.jobs.running == 0)


def choose(window: MainWindow, kind: ReportKind, by: Grouping, period: Period = YEAR) -> None:
    filters = window.reports_view.filters
    filters.first.setDate(QDate(period.first.year, period.first.month, period.first.day))
    filters.last.setDate(QDate(period.last.year, period.last.month, period.last.day))
    filters.kind.setCurrentIndex(filters.kind.findData(kind))
    filters.by.setCurrentIndex(filters.by.findData(by))


def make(qtbot: QtBot, window: MainWindow) -> Report:
    with qtbot.waitSignal(window.reports_view.report_shown, timeout=20_000) as shown_report:
        qtbot.mouseClick(window.reports_view.make_button, Qt.MouseButton.LeftButton)
    report = shown_report.args[0]
    assert isinstance(report, Report)
    return report


@pytest.fixture
def manager(runtime: Runtime) -> StaffMember:
    build(runtime.uow_factory)
    return staff_service.add_staff(runtime.uow_factory, "Kemi Ade", "1357", role=StaffRole.MANAGER)


def test_a_champion_sees_no_reports_and_the_screen_refuses_them(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    champion = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    sign_in(qtbot, window, champion)
    assert window.home_view.loans_button.isVisible()
    assert not window.home_view.reports_button.isVisible()
    with qtbot.waitSignal(window.reports_view.refused):
        window.home_view.reports_requested.emit()  # reached some other way
    assert window.screens.currentWidget() is window.home_view
    assert window.jobs.running == 0 and window.reports_view.report is None
    assert "Only a manager" in window.reports_view.error.text()
    with pytest.raises(DeskError, match="Only a manager"):
        StationReports(runtime, member=lambda: champion).make_report(
            ReportKind.FOOTFALL, YEAR, by=Grouping.MONTH, sites=()
        )


def test_a_manager_sees_the_same_figures_as_the_report_service(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, manager: StaffMember
) -> None:
    sign_in(qtbot, window, manager)
    assert window.home_view.reports_button.isVisible()
    open_reports(qtbot, window)
    view = window.reports_view
    for kind, by in (
        (ReportKind.FOOTFALL, Grouping.MONTH),
        (ReportKind.WAITS, Grouping.HOUR),
        (ReportKind.SERVICES, Grouping.WEEK),
        (ReportKind.NEEDS, Grouping.MONTH),
    ):
        choose(window, kind, by)
        report = make(qtbot, window)
        expected = make_report(runtime.engine, kind, YEAR, by=by)
        assert report.tables == expected.tables
        for index, table in enumerate(expected.tables):
            view.table_choice.setCurrentIndex(index)
            figures = view.figures
            assert figures.figures.rowCount() == len(table.rows) + 1  # and the totals
            labels = table_labels(table, expected)
            # The PDF's wording: the same title, row and column labels as the pack prints.
            assert view.table_choice.currentText() == table_title(table, expected)
            assert view.chart.chart().title() == table_title(table, expected)
            assert [figures.column_header(c) for c in range(len(table.columns))] == [
                column_label(table, expected, c) for c in table.columns
            ]
            for r, row in enumerate(table.rows):
                assert figures.row_header(r) == labels.rows[r]
                assert figures.row_header(r) == row_label(table, expected, row.label)
                cells = [*row.values, *([row.total] if table.row_totals else [])]
                assert [figures.cell_text(r, c) for c in range(len(cells))] == [
                    shown(v) for v in cells
                ]
            last = len(table.rows)
            totals = [*table.totals, *([table.grand_total] if table.row_totals else [])]
            assert [figures.cell_text(last, c) for c in range(len(totals))] == [
                shown(v) for v in totals
            ]
            assert view.chart.chart().series(), f"{table.key} has no chart"
        if kind is ReportKind.FOOTFALL:
            view.table_choice.setCurrentIndex(0)  # by site: sites by name, months in words
            assert view.figures.row_header(5) == "Jun 2026"
            assert {view.figures.column_header(c) for c in range(2)} == {
                "Woolwich Centre",
                "Eltham Centre",
            }
            series = view.chart.chart().series()[0]
            assert isinstance(series, QAbstractBarSeries)
            assert {bars.label() for bars in series.barSets()} == {
                "Woolwich Centre",
                "Eltham Centre",
            }
    # One site: the site chosen reaches the service.
    qtbot.waitUntil(lambda: view.filters.site.count() > 1)
    view.filters.site.setCurrentIndex(view.filters.site.findData("eltham"))
    choose(window, ReportKind.FOOTFALL, Grouping.MONTH)
    report = make(qtbot, window)
    assert report.sites == ("eltham",)
    assert (
        report.tables
        == make_report(runtime.engine, ReportKind.FOOTFALL, YEAR, sites=["eltham"]).tables
    )
    # Signing out takes the manager's figures off the screen.
    window.sign_out()
    assert view.report is None and view.figures.figures.rowCount() == 0
    assert not view.chart.chart().series()


def test_a_bad_period_and_a_failed_report_are_said_on_the_screen(
    qtbot: QtBot, window: MainWindow, manager: StaffMember, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(qtbot, window, manager)
    open_reports(qtbot, window)
    view = window.reports_view
    view.filters.first.setDate(QDate(2026, 6, 2))
    view.filters.last.setDate(QDate(2026, 6, 1))
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisibleTo(view) and "ends before it starts" in view.error.text()
    assert window.jobs.running == 0

    def unreachable(*_args: object, **_kwargs: object) -> Report:
        raise DeskError("The shared database cannot be reached.")

    monkeypatch.setattr(StationReports, "make_report", unreachable)
    choose(window, ReportKind.FOOTFALL, Grouping.MONTH)
    with qtbot.waitSignal(view.failed) as failed:
        qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["The shared database cannot be reached."]
    assert view.error.text() == "The shared database cannot be reached."
    qtbot.waitUntil(lambda: not view.busy.isVisibleTo(view) and view.make_button.isEnabled())


def test_the_busy_state_shows_while_the_figures_are_worked_out(
    qtbot: QtBot, window: MainWindow, manager: StaffMember
) -> None:
    sign_in(qtbot, window, manager)
    open_reports(qtbot, window)
    view = window.reports_view
    with qtbot.waitSignal(view.report_shown, timeout=20_000):
        qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
        assert view.busy.isVisibleTo(view) and not view.make_button.isEnabled()
    qtbot.waitUntil(lambda: not view.busy.isVisibleTo(view))
    assert view.make_button.isEnabled()


def test_the_keyboard_reaches_every_control_and_the_figures(
    qtbot: QtBot, window: MainWindow, manager: StaffMember
) -> None:
    sign_in(qtbot, window, manager)
    window.home_view.reports_button.setFocus()
    with qtbot.waitSignal(window.reports_view.report_shown, timeout=20_000):
        qtbot.keyClick(window.home_view.reports_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.jobs.running == 0)
    view = window.reports_view
    expected = controls(view)
    unnamed = [type(w).__name__ for w in expected if not w.accessibleName()]
    assert unnamed == []
    reached: set[QWidget] = set()
    expected[0].setFocus()
    for _ in range(len(expected) * 2 + 5):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert [w.accessibleName() for w in expected if w not in reached] == []
    # One key press on the toggle: the figures, with the focus in them, named for what they are.
    view.figures_toggle.setFocus()
    qtbot.keyClick(view.figures_toggle, Qt.Key.Key_Space)
    assert view.figures.isVisible() and not view.chart.isVisible()
    assert QApplication.focusWidget() is view.figures
    assert view.figures.accessibleName().startswith("Figures: ")
    qtbot.keyClick(view.figures, Qt.Key.Key_Down)
    assert view.figures.currentIndex().row() == 1
    qtbot.keyClick(view.figures, Qt.Key.Key_Tab)  # and on out of the table
    assert QApplication.focusWidget() is not view.figures
    # The toggle's access key: Alt+H back to the chart now, Alt+F to the figures again.
    assert view.figures_toggle.shortcut() == QKeySequence("Alt+H")
    qtbot.keyClick(view.figures_toggle, Qt.Key.Key_Space)
    assert view.chart.isVisible() and view.figures_toggle.shortcut() == QKeySequence("Alt+F")


def test_saving_writes_the_csv_the_command_writes(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, manager: StaffMember, tmp_path: Path
) -> None:
    sign_in(qtbot, window, manager)
    open_reports(qtbot, window)
    view = window.reports_view
    asked: list[str] = []

    def where(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    view.ask_where = where
    choose(window, ReportKind.CHANNEL_SHIFT, Grouping.MONTH)
    make(qtbot, window)
    with qtbot.waitSignal(view.exported) as saved:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["channel-shift-2026-01-01-2026-12-31.csv"]
    path = saved.args[0]
    expected = make_report(runtime.engine, ReportKind.CHANNEL_SHIFT, YEAR)
    assert path.read_bytes() == as_csv(expected).encode("utf-8-sig")
    assert str(path) in view.saved.text()
    view.publish_box.setChecked(True)
    with qtbot.waitSignal(view.exported) as saved:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    published = saved.args[0].read_text(encoding="utf-8-sig")
    assert published == as_csv(publish(expected))
    assert "<5" in published


def test_the_presets() -> None:
    assert preset_period(Preset.THIS_MONTH, date(2026, 3, 30)) == (
        date(2026, 3, 1),
        date(2026, 3, 30),
        Grouping.DAY,
    )
    assert preset_period(Preset.LAST_MONTH, date(2026, 1, 15)) == (
        date(2025, 12, 1),
        date(2025, 12, 31),
        Grouping.DAY,
    )
    assert preset_period(Preset.LAST_12_MONTHS, date(2026, 12, 4)) == (
        date(2026, 1, 1),
        date(2026, 12, 4),
        Grouping.MONTH,
    )
    assert preset_period(Preset.LAST_12_MONTHS, date(2026, 3, 31))[0] == date(2025, 4, 1)


@pytest.mark.parametrize(
    "settings_overrides",
    [["text_scale=2.0"], ["text_scale=2.0", "theme=high-contrast"]],
    ids=["standard", "high-contrast"],
)
def test_screenshots_at_double_text_size(
    qtbot: QtBot, window: MainWindow, manager: StaffMember, settings_overrides: list[str]
) -> None:
    theme = "high-contrast" if "theme=high-contrast" in settings_overrides else "standard"
    window.resize(1024, 720)
    sign_in(qtbot, window, manager)
    screenshot(window, f"reports-home-{theme}")
    open_reports(qtbot, window)
    choose(window, ReportKind.FOOTFALL, Grouping.MONTH)
    make(qtbot, window)
    view = window.reports_view
    QApplication.processEvents()  # the chart's scene redraws on the event loop
    screenshot(window, f"reports-top-{theme}")
    area = view.findChild(QScrollArea)
    assert area is not None
    area.ensureWidgetVisible(view.shown)
    QApplication.processEvents()
    screenshot(window, f"reports-chart-{theme}")
    view.figures_toggle.click()
    QApplication.processEvents()
    screenshot(window, f"reports-figures-{theme}")
    choose(window, ReportKind.WAITS, Grouping.HOUR)
    make(qtbot, window)
    view.figures_toggle.click()
    QApplication.processEvents()
    screenshot(view.shown, f"reports-waits-chart-{theme}")


def test_saving_a_spreadsheet_and_the_pack_uses_the_commands_writers(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, manager: StaffMember, tmp_path: Path
) -> None:
    sign_in(qtbot, window, manager)
    open_reports(qtbot, window)
    view = window.reports_view
    asked: list[str] = []

    def where(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    view.ask_where = where
    choose(window, ReportKind.SERVICES, Grouping.MONTH)
    make(qtbot, window)
    # Keyboard-reachable and named: Alt+X and Alt+P, and names a screen reader reads.
    assert view.xlsx_button.shortcut() == QKeySequence("Alt+X")
    assert view.pack_button.shortcut() == QKeySequence("Alt+P")
    assert "spreadsheet" in view.xlsx_button.accessibleName()
    assert "report pack" in view.pack_button.accessibleName()
    view.publish_box.setChecked(True)
    view.xlsx_button.setFocus()
    with qtbot.waitSignal(view.exported, timeout=20_000) as saved:
        qtbot.keyClick(view.xlsx_button, Qt.Key.Key_Space)
    assert asked[-1] == "services-2026-01-01-2026-12-31.xlsx"
    book = load_workbook(saved.args[0])
    expected = publish(make_report(runtime.engine, ReportKind.SERVICES, YEAR))
    sheet = book[expected.tables[0].key]
    assert sheet.cell(1, 1).value == expected.tables[0].title
    assert any(cell.value == SMALL for row in sheet.iter_rows() for cell in row)
    assert dict(book["About"].iter_rows(min_row=3, max_col=2, values_only=True))["Published"] == (
        "yes: small numbers withheld"
    )
    # The pack: every report, published, written in the background while the screen answers.
    progress: list[int] = []
    view.pack_progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(view.exported, timeout=60_000) as saved:
        qtbot.mouseClick(view.pack_button, Qt.MouseButton.LeftButton)
        assert view.pack_progress.isVisibleTo(view) and not view.pack_button.isEnabled()
    assert asked[-1] == "report-pack-2026-01-01-2026-12-31.pdf"
    pdf = saved.args[0]
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert all(section.heading in text for section in SECTIONS)
    assert "Woolwich Centre" in text
    assert progress and max(progress) >= len(SECTIONS) - 1
    qtbot.waitUntil(lambda: view.pack_button.isEnabled() and not view.pack_progress.isVisible())
    assert str(pdf) in view.saved.text()


def test_titles_and_headings_are_translated(
    qtbot: QtBot, window: MainWindow, manager: StaffMember
) -> None:
    app = QApplication.instance()
    assert app is not None
    assert install_translation(app, PSEUDO_LOCALE)
    try:
        sign_in(qtbot, window, manager)
        open_reports(qtbot, window)
        view = window.reports_view
        choose(window, ReportKind.CHANNEL_SHIFT, Grouping.MONTH)
        report = make(qtbot, window)
        english = table_title(report.tables[0], report)
        assert view.table_choice.currentText() == pseudo(english)
        assert view.chart.chart().title() == pseudo(english)
        assert view.figures.column_header(0) == pseudo("Resident alone")
        assert view.figures.row_header(5) == f"{pseudo('Jun')} 2026"
    finally:
        install_translation(app, "en")
