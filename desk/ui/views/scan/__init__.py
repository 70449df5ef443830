"""The scan screen: `view` shows the pages as they arrive and lets them be fixed, `actions` is
what it asks of the services (`StationScan` binds it to the station's scanner and spool), `flow`
opens it for the visit on screen and sends what it scanned; `profiles` and `thumbnails` are
shared with the kiosk."""

from desk.ui.views.scan.actions import ScanActions, StationScan, find_scanner
from desk.ui.views.scan.flow import ScanFlow
from desk.ui.views.scan.profiles import PROFILE_KINDS, load_scan_profiles
from desk.ui.views.scan.thumbnails import THUMBNAIL, thumbnail
from desk.ui.views.scan.view import ScanView

__all__ = [
    "PROFILE_KINDS",
    "THUMBNAIL",
    "ScanActions",
    "ScanFlow",
    "ScanView",
    "StationScan",
    "find_scanner",
    "load_scan_profiles",
    "thumbnail",
]
