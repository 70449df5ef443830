"""Station Desk: the staff and kiosk application for a council's self-serve stations."""

import time

#: When the process started running our code (self-test measures time to first window from it).
STARTED_AT = time.perf_counter()

APP_NAME = "StationDesk"


def __getattr__(name: str) -> str:
    """`desk.__version__`, read from the installed metadata only when asked for (it is slow)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("station-desk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"
