"""The sign-in screen: `view` lists the staff and checks a PIN, or sets up the first account;
`actions` is what it asks of the services (`StationSignIn` binds it to the station)."""

from desk.ui.views.signin.actions import SignInActions, StationSignIn
from desk.ui.views.signin.view import SignInView

__all__ = ["SignInActions", "SignInView", "StationSignIn"]
