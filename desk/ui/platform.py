"""Can the window open? The Qt platform plugin a real start will use, and whether it loads.

Offscreen, `desk self-test` proves little about the real window: on Linux the `xcb` plugin needs
X libraries (libxcb-icccm4, libxcb-keysyms1, ...) that the offscreen one does not, and without
them Qt aborts the real start. Loading the plugin library, as Qt itself would, finds that out
without opening a window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QPluginLoader

PLATFORM_VARIABLE = "QT_QPA_PLATFORM"


@dataclass(frozen=True)
class PlatformCheck:
    """Which plugin the real start uses, and why it cannot load (None when it can)."""

    platform: str
    problem: str | None


def real_platforms(environ: Mapping[str, str] | None = None) -> list[str]:
    """The platform plugins a real start would try, in Qt's order (the first that loads wins)."""
    env = os.environ if environ is None else environ
    chosen = env.get(PLATFORM_VARIABLE, "").strip()
    if chosen:
        # "wayland;xcb" tries each in turn; "vnc:size=800x600" has arguments after the colon.
        return [name.split(":")[0] for name in chosen.split(";") if name]
    if sys.platform == "win32":
        return ["windows"]
    if sys.platform == "darwin":
        return ["cocoa"]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def _plugin_dirs(env: Mapping[str, str]) -> list[Path]:
    dirs = [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    dirs += [Path(p) / "platforms" for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    return dirs


def _plugin_file(platform: str, folder: Path) -> Path | None:
    names = (f"libq{platform}.so", f"q{platform}.dll", f"libq{platform}.dylib")
    return next((folder / name for name in names if (folder / name).is_file()), None)


def _load_problem(platform: str, env: Mapping[str, str]) -> str | None:
    plugin = next(
        (found for folder in _plugin_dirs(env) if (found := _plugin_file(platform, folder))),
        None,
    )
    if plugin is None:
        return f"Qt has no '{platform}' platform plugin (see {PLATFORM_VARIABLE})"
    loader = QPluginLoader(str(plugin))
    if loader.load():
        return None
    # "Cannot load library /…/libqxcb.so: (libxcb-icccm.so.4: cannot open shared object file:
    # No such file or directory)": what follows the plugin's path is what is wrong.
    reason = loader.errorString().split(f"{plugin}:", 1)[-1].strip().strip("()")
    return f"Qt's '{platform}' platform plugin cannot load ({reason})"


def check_platform(environ: Mapping[str, str] | None = None) -> PlatformCheck:
    """Load the real start's platform plugin library (opening no window) and say what fails."""
    env = os.environ if environ is None else environ
    platforms = real_platforms(env)
    problems: list[str] = []
    for platform in platforms:
        if platform in {"offscreen", "minimal"}:
            return PlatformCheck(platform, None)
        problem = _load_problem(platform, env)
        if problem is None:
            return PlatformCheck(platform, None)
        problems.append(problem)
    return PlatformCheck(platforms[0] if platforms else "", problems[0] if problems else None)


def window_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """One line for a person when the real window cannot open, else None."""
    check = check_platform(environ)
    if check.problem is None:
        return None
    hint = (
        "install the system libraries it needs (scripts/bootstrap app does it on Debian/Ubuntu)"
        if sys.platform.startswith("linux")
        else "repair the installation"
    )
    return f"the window cannot open: {check.problem}. To fix it, {hint}."
