"""The page limit on one print job: pages times copies, a limit and a size to confirm."""

from __future__ import annotations

import pytest

from desk.domain.printing import PrintLimits, PrintSize


@pytest.mark.parametrize(
    ("pages", "copies", "size"),
    [
        (1, 1, PrintSize.OK),
        (20, 1, PrintSize.OK),
        (10, 2, PrintSize.OK),
        (21, 1, PrintSize.CONFIRM),
        (25, 2, PrintSize.CONFIRM),
        (51, 1, PrintSize.TOO_MANY),
        (20_000, 99, PrintSize.TOO_MANY),
    ],
)
def test_the_default_limits(pages: int, copies: int, size: PrintSize) -> None:
    assert PrintLimits().judge(pages, copies) is size


def test_the_limits_are_settings() -> None:
    limits = PrintLimits(max_pages=500, confirm_pages=100)
    assert limits.judge(200, 2) is PrintSize.CONFIRM
    assert limits.judge(20_000, 99) is PrintSize.TOO_MANY
    assert "at most 500 pages" in limits.refusal(20_000, 99)
    assert "20000 pages × 99 copies = 1980000 pages" in limits.refusal(20_000, 99)
    assert "This job is 501 pages;" in limits.refusal(501, 1)
