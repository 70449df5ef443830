"""What a manager chooses on the Reports screen: the period (or a preset), a site, the report and
what each row is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from desk.services.reports import Grouping, ReportKind
from desk.services.reports.common import ReportSite
from desk.services.reports.periods import EARLIEST, LATEST
from desk.ui.widgets import FlowLayout, add_field, button, drop_down, fields, flow


class Preset(StrEnum):
    """A period a manager picks with one press."""

    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    LAST_12_MONTHS = "last_12_months"


def preset_period(preset: Preset, today: date) -> tuple[date, date, Grouping]:
    """A preset's first and last local dates, and the rows that suit it: this month so far and
    last month by day; the last 12 months (the eleven whole months before this one, and this
    one so far) by month."""
    month_start = today.replace(day=1)
    if preset is Preset.THIS_MONTH:
        return month_start, today, Grouping.DAY
    if preset is Preset.LAST_MONTH:
        last = month_start - timedelta(days=1)
        return last.replace(day=1), last, Grouping.DAY
    months = month_start.year * 12 + month_start.month - 1 - 11
    return date(months // 12, months % 12 + 1, 1), today, Grouping.MONTH


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportFilters(QWidget):
    """The period, site, report and rows, as a form; `preset_chosen` when a preset is pressed."""

    preset_chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.first = self._date_edit(self.tr("From (first day)"))
        self.last = self._date_edit(self.tr("To (last day)"))
        self.preset_buttons = {
            Preset.THIS_MONTH: button(self.tr("This month"), secondary=True),
            Preset.LAST_MONTH: button(self.tr("Last month"), secondary=True),
            Preset.LAST_12_MONTHS: button(self.tr("Last 12 months"), secondary=True),
        }
        self.site = drop_down()
        self.site.setAccessibleName(self.tr("Site"))
        self.show_sites([])
        self.kind = self._combo(
            self.tr("Report"),
            [
                (self.tr("Footfall: visits"), ReportKind.FOOTFALL),
                (self.tr("Waiting and time spent"), ReportKind.WAITS),
                (self.tr("What people came for"), ReportKind.SERVICES),
                (self.tr("Channel shift: who typed, and next time"), ReportKind.CHANNEL_SHIFT),
                (self.tr("Digital needs"), ReportKind.NEEDS),
                (self.tr("The stations' work"), ReportKind.WORK),
                (self.tr("Loan devices"), ReportKind.LOANS),
            ],
        )
        self.by = self._combo(
            self.tr("Each row is"),
            [
                (self.tr("A day"), Grouping.DAY),
                (self.tr("A week"), Grouping.WEEK),
                (self.tr("A month"), Grouping.MONTH),
                (self.tr("A day of the week"), Grouping.WEEKDAY),
                (self.tr("An hour of the day"), Grouping.HOUR),
            ],
        )
        presets: FlowLayout = flow(*self.preset_buttons.values())
        for preset, pressed in self.preset_buttons.items():
            pressed.clicked.connect(lambda _checked=False, p=preset: self._on_preset(p))
        form = fields()
        add_field(form, self.tr("Fro&m"), self.first)
        add_field(form, self.tr("&To"), self.last)
        add_field(form, self.tr("Or choose"), presets)
        add_field(form, self.tr("&Site"), self.site)
        add_field(form, self.tr("&Report"), self.kind)
        add_field(form, self.tr("&Each row is"), self.by)
        self.setLayout(form)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMMM yyyy")
        edit.setDateRange(_qdate(EARLIEST), _qdate(LATEST))
        return edit

    def _combo(self, name: str, choices: Sequence[tuple[str, object]]) -> QComboBox:
        combo = drop_down()
        combo.setAccessibleName(name)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def _on_preset(self, preset: Preset) -> None:
        self.use_preset(preset, date.today())
        self.preset_chosen.emit()

    def use_preset(self, preset: Preset, today: date) -> None:
        """Set the period (and the rows that suit it) to a preset."""
        first, last, by = preset_period(preset, today)
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.by.setCurrentIndex(self.by.findData(by))

    def show_sites(self, sites: Sequence[ReportSite]) -> None:
        """Offer every site, and every site at once (first); keeps the one chosen if it is there."""
        chosen = self.site.currentData()
        self.site.clear()
        self.site.addItem(self.tr("Every site"), "")
        for site in sites:
            self.site.addItem(site.name, site.code)
        index = self.site.findData(chosen) if chosen else 0
        self.site.setCurrentIndex(max(index, 0))

    def period_days(self) -> tuple[date, date]:
        """The first and last days chosen."""
        return _day(self.first.date()), _day(self.last.date())

    def chosen_kind(self) -> ReportKind:
        """The report chosen."""
        return ReportKind(self.kind.currentData())

    def chosen_by(self) -> Grouping:
        """What each row is."""
        return Grouping(self.by.currentData())

    def chosen_sites(self) -> tuple[str, ...]:
        """The site chosen (its code), or none for every site."""
        code = self.site.currentData()
        return (str(code),) if code else ()
