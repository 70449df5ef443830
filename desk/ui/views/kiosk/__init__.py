"""The resident kiosk: one module per step, the steps' shared work beside them.

`view` puts the steps together and runs a resident's session; `steps` names them; `actions`
is what the kiosk asks of the services (`KioskActions`) and their binding to the station
(`StationKiosk`); `scanning` builds the resident's document; `visits` ends each visit once its
folder is free; `idle` asks "Are you still there?"; `common` holds the kiosk's big widgets.
"""

from desk.ui.views.kiosk.actions import KioskActions, ResidentMessage, StationKiosk
from desk.ui.views.kiosk.steps import KioskStep
from desk.ui.views.kiosk.view import KioskView

__all__ = ["KioskActions", "KioskStep", "KioskView", "ResidentMessage", "StationKiosk"]
