"""File names made from record fields (asset tags, names): safe on every system, inside a folder.

Every file whose name comes from a record goes through here: the name keeps letters, digits,
`-`, `_` and inner dots; anything else (path separators, `..`, control characters, spaces,
characters Windows refuses) becomes `_`; Windows' reserved device names (CON, NUL, COM1, ...)
are avoided; and `UniqueNames` gives each file of one batch a name of its own, so two records
whose fields differ only in such characters never overwrite each other's file.
"""

from __future__ import annotations

import re
from pathlib import Path

MAX_NAME_CHARS = 100
"""Longest stem kept (well within every file system's 255, with room for a suffix)."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def safe_file_stem(text: str, *, fallback: str = "file") -> str:
    """`text` as a file name stem with no path in it (`A/../../X` -> `A_.._.._X`)."""
    stem = _UNSAFE.sub("_", text).strip("._ ")[:MAX_NAME_CHARS].rstrip("._ ")
    if not stem:
        stem = fallback
    if stem.split(".", 1)[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


class UniqueNames:
    """Names for the files of one batch in `folder`: safe, inside it, never the same twice.

    The comparison ignores letter case, as Windows and macOS do.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._taken: set[str] = set()

    def path(self, stem: str, suffix: str) -> Path:
        """`folder / <safe stem><suffix>`, with `-2`, `-3`, ... when that name is taken."""
        base = safe_file_stem(stem)
        name = f"{base}{suffix}"
        number = 1
        while name.lower() in self._taken:
            number += 1
            name = f"{base}-{number}{suffix}"
        self._taken.add(name.lower())
        path = self.folder / name
        if path.parent != self.folder:  # pragma: no cover  (a safe stem has no separator)
            raise ValueError(f"not a plain file name: {name!r}")
        return path
