"""The home screen: `view` greets the champion, starts a visit and offers the open ones; `actions`
is what it asks of the services (`StationHome` binds it to the station and who is signed in)."""

from desk.ui.views.home.actions import HomeActions, StationHome
from desk.ui.views.home.view import HomeView

__all__ = ["HomeActions", "HomeView", "StationHome"]
