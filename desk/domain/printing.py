"""How much one print job may print: a limit, and a lower size that asks to be confirmed.

A public station prints forms, letters and a few statements for a resident; a whole long
report is rare, and a 20,000-page file sent 99 times by mistake empties the paper trays and
blocks the printer for everyone. So a job is counted as its pages times its copies (what comes
out of the printer), refused above `max_pages` (50 by default: a 25-page form twice), and asked
about above `confirm_pages` (20 by default) in the app. IT can raise both in [printer].
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_MAX_PAGES = 50
DEFAULT_CONFIRM_PAGES = 20


class PrintSize(StrEnum):
    """What a job's size calls for."""

    OK = "ok"
    CONFIRM = "confirm"
    """Bigger than usual: the app asks before printing it."""
    TOO_MANY = "too_many"
    """More than this station prints in one job: refused."""


@dataclass(frozen=True)
class PrintLimits:
    """The station's limits on one job, in pages printed (document pages times copies)."""

    max_pages: int = DEFAULT_MAX_PAGES
    confirm_pages: int = DEFAULT_CONFIRM_PAGES

    def judge(self, pages: int, copies: int) -> PrintSize:
        """Whether a job of `pages` pages, `copies` times, may print, or needs a yes first."""
        total = pages * copies
        if total > self.max_pages:
            return PrintSize.TOO_MANY
        if total > self.confirm_pages:
            return PrintSize.CONFIRM
        return PrintSize.OK

    def refusal(self, pages: int, copies: int) -> str:
        """The plain-English reason a job is refused (for the command line and the record)."""
        total = pages * copies
        size = (
            f"{pages} pages × {copies} copies = {total} pages" if copies > 1 else f"{pages} pages"
        )
        return (
            f"This job is {size}; this station prints at most {self.max_pages} pages in one job. "
            "Print fewer copies or only the pages needed, or ask IT to raise [printer] max_pages."
        )
