"""The Wine round trip runs on demand (DESK_TEST_WINE=1, with wine64 installed), like a benchmark:
it is left out of the normal run rather than shown as a skip."""

from __future__ import annotations

import os

collect_ignore = [] if os.environ.get("DESK_TEST_WINE") == "1" else ["test_wine_roundtrip.py"]
