"""The queue on the champion's home screen: `panel` shows it live and calls residents, `checkin`
is the check-in form, `follow` follows the centre's queue on a thread of its own, `actions` is
what they ask of the services (`StationQueue` binds it to the station and who is signed in)."""

from desk.ui.views.queue.actions import CalledVisit, QueueActions, StationQueue, Watch
from desk.ui.views.queue.checkin import CheckInDialog
from desk.ui.views.queue.follow import QueueFollower
from desk.ui.views.queue.panel import QueuePanel

__all__ = [
    "CalledVisit",
    "CheckInDialog",
    "QueueActions",
    "QueueFollower",
    "QueuePanel",
    "StationQueue",
    "Watch",
]
