"""The small IPP codec and how the scheduler's address is found."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from printing import PrinterState, ipp
from printing.cups import CupsPrinters
from printing.ipp import Attribute, Server


def test_encode_puts_charset_and_language_first() -> None:
    data = ipp.encode(ipp.GET_JOBS, [Attribute.of(ipp.KEYWORD, "which-jobs", "all")], request_id=7)
    assert data[:8] == struct.pack(">BBHI", 1, 1, ipp.GET_JOBS, 7)
    assert data.index(b"attributes-charset") < data.index(b"which-jobs")
    assert data.endswith(bytes([ipp.TAG_END]))


def test_decode_reads_groups_multiple_values_and_skips_collections() -> None:
    body = bytearray(struct.pack(">BBHI", 1, 1, 0x0000, 1))
    body.append(ipp.TAG_PRINTER)

    def put(tag: int, name: str, value: bytes) -> None:
        body.extend(struct.pack(">BH", tag, len(name)) + name.encode())
        body.extend(struct.pack(">H", len(value)) + value)

    put(ipp.NAME, "printer-name", b"front")
    put(ipp.ENUM, "printer-state", struct.pack(">i", 5))
    put(ipp.BOOLEAN, "printer-is-accepting-jobs", b"\x00")
    put(ipp.KEYWORD, "sides-supported", b"one-sided")
    put(ipp.KEYWORD, "", b"two-sided-long-edge")
    put(0x34, "media-col-default", b"")
    put(0x4A, "", b"media-size")
    put(0x34, "", b"")
    put(0x4A, "", b"x-dimension")
    put(ipp.INTEGER, "", struct.pack(">i", 21000))
    put(0x37, "", b"")
    put(0x37, "", b"")
    put(0x33, "copies-supported", struct.pack(">ii", 1, 99))
    body.append(ipp.TAG_END)

    response = ipp.decode(bytes(body))

    assert response.ok
    printer = response.group(ipp.TAG_PRINTER)
    assert printer["printer-name"] == ("front",)
    assert printer["printer-state"] == (5,)
    assert printer["printer-is-accepting-jobs"] == (False,)
    assert printer["sides-supported"] == ("one-sided", "two-sided-long-edge")
    assert printer["copies-supported"] == ((1, 99),)
    assert "x-dimension" not in printer


def test_decode_refuses_truncated_data() -> None:
    with pytest.raises(ipp.IppTransportError):
        ipp.decode(b"\x01\x01")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("127.0.0.1:8631", Server("127.0.0.1", 8631)),
        ("printhost", Server("printhost", 631)),
        ("[::1]:8631", Server("::1", 8631)),
        ("/run/cups/cups.sock", Server("localhost", 631, "/run/cups/cups.sock")),
    ],
)
def test_server_names(name: str, expected: Server) -> None:
    assert Server.parse(name) == expected


def test_server_from_environment_then_client_conf(tmp_path: Path) -> None:
    assert Server.from_environment({"CUPS_SERVER": "10.0.0.5:631"}).host == "10.0.0.5"
    (tmp_path / ".cups").mkdir()
    (tmp_path / ".cups" / "client.conf").write_text("ServerName print.example:1631\n")
    server = Server.from_environment({"HOME": str(tmp_path)})
    assert (server.host, server.port) == ("print.example", 1631)
    assert Server("::1", 631).uri("/printers/a") == "ipp://[::1]:631/printers/a"


def printer_group(**values: tuple[ipp.Value, ...]) -> dict[str, tuple[ipp.Value, ...]]:
    group: dict[str, tuple[ipp.Value, ...]] = {
        "printer-name": ("front",),
        "printer-state": (3,),
        "printer-is-accepting-jobs": (True,),
        "printer-state-reasons": ("none",),
        "media-supported": ("iso_a4_210x297mm", "custom_min_3x5in", "na_letter_8.5x11in"),
        "sides-supported": ("one-sided",),
    }
    group.update({key.replace("_", "-"): value for key, value in values.items()})
    return group


@pytest.mark.parametrize(
    ("changes", "state"),
    [
        ({}, PrinterState.READY),
        ({"printer_state": (4,)}, PrinterState.PRINTING),
        ({"printer_state": (5,), "printer_is_accepting_jobs": (False,)}, PrinterState.STOPPED),
        ({"printer_is_accepting_jobs": (False,)}, PrinterState.NOT_ACCEPTING),
        ({"printer_state_reasons": ("offline-report",)}, PrinterState.UNREACHABLE),
    ],
)
def test_printer_state_from_ipp(
    changes: dict[str, tuple[ipp.Value, ...]], state: PrinterState
) -> None:
    printer = CupsPrinters(Server("127.0.0.1", 9))._printer(printer_group(**changes), "front")
    assert printer.state is state
    assert printer.is_default
    assert printer.capabilities.paper_sizes == ("A4", "Letter")
    assert not printer.capabilities.duplex
