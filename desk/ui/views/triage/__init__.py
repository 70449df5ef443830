"""The triage: `view` asks the questions and suggests signposts, `actions` is what it asks of the
services (`StationTriage` binds it to the station), and `flow` opens it from the visit and brings
the signposts back to it."""

from desk.ui.views.triage.actions import StationTriage, TriageActions
from desk.ui.views.triage.flow import TriageFlow
from desk.ui.views.triage.view import TriageView

__all__ = ["StationTriage", "TriageActions", "TriageFlow", "TriageView"]
