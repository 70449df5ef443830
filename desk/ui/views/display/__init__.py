"""The waiting-area display (`desk display`): `view` shows the tickets called and where to go,
`actions` is what it asks of the services (`StationDisplay` opens the database when it can)."""

from desk.ui.views.display.actions import DisplayActions, StationDisplay
from desk.ui.views.display.view import DisplayView

__all__ = ["DisplayActions", "DisplayView", "StationDisplay"]
