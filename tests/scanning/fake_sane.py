"""A stand-in for pyinsane2's ctypes layer, for driver behaviour the virtual drivers lack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

BOOL, INT, FIXED, STRING = 0, 1, 2, 3
MM, DPI = 3, 4
RANGE, WORD_LIST, STRING_LIST = 1, 2, 3
ACTIVE = 1 | 4  # soft select, soft detect


class FakeSaneError(Exception):
    """Like pyinsane2's SaneException: carries a SANE status code."""

    def __init__(self, status: int) -> None:
        super().__init__(f"status {status}")
        self.status = status


@dataclass
class Option:
    name: str
    type: int
    value: Any
    constraint_type: int = 0
    constraint: Any = None
    unit: int = 0
    cap: int = ACTIVE
    # What the driver keeps when asked for a raw value (a clamping driver, say).
    keep: Callable[[Any], Any] | None = None


def fixed(mm: float) -> int:
    return round(mm * 65536)


def area_options(width_mm: float, height_mm: float) -> list[Option]:
    return [
        Option(name, FIXED, 0, RANGE, (0, fixed(limit), 0), MM)
        for name, limit in (
            ("tl-x", width_mm),
            ("tl-y", height_mm),
            ("br-x", width_mm),
            ("br-y", height_mm),
        )
    ]


@dataclass
class FakeRawApi:
    """Options, pages and start statuses for one fake scanner called `fake:0`."""

    options: list[Option]
    pages: int = 3
    page_size: tuple[int, int] = (40, 30)
    start_errors: list[int] = field(default_factory=list)
    started: int = 0
    calls: list[str] = field(default_factory=list)

    SaneException = FakeSaneError

    class SaneConstraintType:
        def __init__(self, kind: int) -> None:
            self.kind = kind

        def get_pyobj_constraint(self, constraint: Any) -> Any:
            return constraint

    def is_sane_available(self) -> bool:
        return True

    def sane_init(self) -> None:
        self.calls.append("init")

    def sane_get_devices(self, local_only: bool) -> list[SimpleNamespace]:
        return [SimpleNamespace(name=b"fake:0", vendor=b"Fake", model=b"Duplexer", type=b"ADF")]

    def sane_open(self, name: str) -> str:
        return "handle"

    def sane_close(self, handle: str) -> None:
        self.calls.append("close")

    def sane_cancel(self, handle: str) -> None:
        self.calls.append("cancel")

    def sane_get_option_descriptor(self, handle: str, index: int) -> SimpleNamespace:
        option = self.options[index - 1]
        return SimpleNamespace(
            name=option.name.encode(),
            type=option.type,
            unit=option.unit,
            cap=option.cap,
            constraint_type=option.constraint_type,
            constraint=option.constraint,
        )

    def sane_get_option_value(self, handle: str, index: int) -> Any:
        if index == 0:
            return len(self.options) + 1
        value = self.options[index - 1].value
        return value.encode() if isinstance(value, str) else value

    def sane_set_option_value(self, handle: str, index: int, value: Any) -> None:
        option = self.options[index - 1]
        self.calls.append(f"set {option.name}={value}")
        option.value = option.keep(value) if option.keep else value

    def option(self, name: str) -> Option:
        return next(o for o in self.options if o.name == name)

    def sane_start(self, handle: str) -> None:
        if self.start_errors:
            raise FakeSaneError(self.start_errors.pop(0))
        if self.started >= self.pages:
            raise StopIteration
        self.started += 1
        self._left = self.page_size[0] * self.page_size[1] * 3

    def sane_get_parameters(self, handle: str) -> SimpleNamespace:
        width, height = self.page_size
        return SimpleNamespace(
            format=1,
            last_frame=1,
            bytes_per_line=width * 3,
            pixels_per_line=width,
            lines=height,
            depth=8,
        )

    def sane_read(self, handle: str, size: int) -> bytes:
        if self._left <= 0:
            raise EOFError
        chunk = min(size, self._left, 1000)
        self._left -= chunk
        return bytes([200, 40, 60]) * (chunk // 3) + b"\x00" * (chunk % 3)
