"""What the file imports (device inventories, appointment lists) share: a problem per line,
and one refusal naming them all when nothing was imported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desk.errors import DeskError

MAX_PROBLEMS_SHOWN = 5


@dataclass(frozen=True)
class RowProblem:
    """Why one line (or calendar event) of an imported file could not be taken."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class FileRefused(DeskError):
    """A file had bad rows; nothing was imported. `problems` lists every one; the message
    names the first few."""

    def __init__(self, source: str, problems: Iterable[RowProblem]) -> None:
        self.problems = tuple(problems)
        shown = "; ".join(str(p) for p in self.problems[:MAX_PROBLEMS_SHOWN])
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        tail = f"; and {more} more" if more > 0 else ""
        count = len(self.problems)
        super().__init__(
            f"{source}: nothing was imported, {count} "
            f"{'problem' if count == 1 else 'problems'} to fix: {shown}{tail}"
        )
