"""WIA 2 (Windows Image Acquisition) scanners: `WiaBackend`, loaded as the "wia" backend.

`backend` holds the logic and `port` the small protocols it needs of WIA; `com` implements them
with comtypes and is imported on Windows only, so nothing here loads COM on Linux.
"""

from scanning.backends.wia.backend import WiaBackend, WiaScanner

__all__ = ["WiaBackend", "WiaScanner"]
