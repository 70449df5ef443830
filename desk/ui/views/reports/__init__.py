"""The Reports screen, for managers: `view` shows a report as a chart and its figures,
`filters` is what the manager chooses, `charts` and `figures` draw a table, and `actions` is
what it asks of the reporting service (`StationReports` binds it to the station's database and
who is signed in)."""

from desk.ui.views.reports.actions import ReportsActions, StationReports
from desk.ui.views.reports.view import ReportsView

__all__ = ["ReportsActions", "ReportsView", "StationReports"]
