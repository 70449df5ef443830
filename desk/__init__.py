"""Station Desk: the staff and kiosk application for a council's self-serve stations."""

import time
from importlib.metadata import PackageNotFoundError, version

#: When the process started running our code (self-test measures time to first window from it).
STARTED_AT = time.perf_counter()

try:
    __version__ = version("station-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "StationDesk"
