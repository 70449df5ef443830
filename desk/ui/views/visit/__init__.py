"""The visit screen: `view` shows the visit and saves each change, `tasks` is one task's row,
`actions` is what it asks of the services (`StationVisit` binds it to the station), and `flow`
makes the visit's papers (the receipt, the summary) for the print screen."""

from desk.ui.views.visit.actions import StationVisit, VisitActions
from desk.ui.views.visit.flow import VisitPapersFlow
from desk.ui.views.visit.tasks import TaskRow
from desk.ui.views.visit.view import VisitView

__all__ = ["StationVisit", "TaskRow", "VisitActions", "VisitPapersFlow", "VisitView"]
