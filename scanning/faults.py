"""Scanner faults: one kind per thing that can go wrong, each with what staff should do next."""

from __future__ import annotations

import enum


class FaultKind(enum.StrEnum):
    """Every fault a scan can end with."""

    JAMMED = "jammed"
    COVER_OPEN = "cover_open"
    FEEDER_EMPTY = "feeder_empty"
    FEEDER_EMPTY_MID_PAGE = "feeder_empty_mid_page"
    BUSY = "busy"
    IO_ERROR = "io_error"
    UNPLUGGED = "unplugged"
    HUNG = "hung"
    CRASHED = "crashed"
    ACCESS_DENIED = "access_denied"
    LOCKED = "locked"
    WARMING_UP = "warming_up"
    OUT_OF_MEMORY = "out_of_memory"
    UNSUPPORTED = "unsupported"
    NO_IMAGE = "no_image"
    NO_SCANNER_SOFTWARE = "no_scanner_software"
    NOT_A_SCANNER = "not_a_scanner"
    CERTIFICATE_REFUSED = "certificate_refused"
    INTERNAL = "internal"


MESSAGES: dict[FaultKind, str] = {
    FaultKind.JAMMED: (
        "The scanner has a paper jam. Clear the jam, put the remaining pages back in the feeder "
        "and press Continue."
    ),
    FaultKind.COVER_OPEN: (
        "The scanner's cover is open. Close the cover, check the pages are in place "
        "and press Continue."
    ),
    FaultKind.FEEDER_EMPTY: (
        "Put the pages in the feeder, first page on top, then press Continue."
    ),
    FaultKind.FEEDER_EMPTY_MID_PAGE: (
        "The scanner lost a page partway through. Put the remaining pages back in the feeder, "
        "starting with the page that was being scanned, and press Continue."
    ),
    FaultKind.BUSY: (
        "The scanner is busy. Wait until it has finished, close any other scanning program "
        "and press Continue."
    ),
    FaultKind.IO_ERROR: (
        "The scanner stopped talking to the computer. Check its cable and power, "
        "then press Continue."
    ),
    FaultKind.UNPLUGGED: (
        "The scanner cannot be found. Check it is plugged in and switched on, then press Continue."
    ),
    FaultKind.HUNG: (
        "The scanner stopped responding. Switch it off and on again, wait for it to be ready, "
        "then press Continue."
    ),
    FaultKind.CRASHED: (
        "Scanning stopped unexpectedly. The pages scanned so far are kept; "
        "put the remaining pages back and press Continue."
    ),
    FaultKind.ACCESS_DENIED: (
        "Station Desk is not allowed to use this scanner. Ask IT to check the scanner's "
        "permissions."
    ),
    FaultKind.LOCKED: (
        "The scanner's transport lock is on. Release the lock (see the label on the scanner) "
        "and press Continue."
    ),
    FaultKind.WARMING_UP: ("The scanner is still warming up. Wait a minute and press Continue."),
    FaultKind.OUT_OF_MEMORY: (
        "The scanner ran out of memory. Scan fewer pages at a time or choose a lower "
        "resolution, then press Continue."
    ),
    FaultKind.UNSUPPORTED: (
        "The scanner cannot scan with these settings. Choose another source, mode or "
        "resolution and try again."
    ),
    FaultKind.NO_IMAGE: (
        "The scanner sent no image. Check the page is on the glass or in the feeder "
        "and press Continue."
    ),
    FaultKind.NO_SCANNER_SOFTWARE: (
        "This computer has no scanner software that Station Desk can use. Ask IT to install it."
    ),
    FaultKind.NOT_A_SCANNER: (
        "The network address set for this scanner does not answer as a scanner. Ask IT to check "
        "the scanner's address in Station Desk's settings."
    ),
    FaultKind.CERTIFICATE_REFUSED: (
        "Station Desk did not scan: the network scanner's security certificate is not the one "
        "it trusts for that scanner. Ask IT to check the scanner before it is used."
    ),
    FaultKind.INTERNAL: (
        "Scanning failed because of a problem in Station Desk. The pages scanned so far are "
        "kept. Tell IT if it happens again."
    ),
}

# SANE status codes (sane.h) to the fault they mean for staff.
SANE_STATUS_FAULTS: dict[int, FaultKind] = {
    1: FaultKind.UNSUPPORTED,
    3: FaultKind.BUSY,
    4: FaultKind.UNSUPPORTED,
    6: FaultKind.JAMMED,
    7: FaultKind.FEEDER_EMPTY,
    8: FaultKind.COVER_OPEN,
    9: FaultKind.IO_ERROR,
    10: FaultKind.OUT_OF_MEMORY,
    11: FaultKind.ACCESS_DENIED,
    12: FaultKind.WARMING_UP,
    13: FaultKind.LOCKED,
}

# Faults after which pressing Continue on the same device makes sense.
RESUMABLE: frozenset[FaultKind] = frozenset(
    set(FaultKind)
    - {
        FaultKind.ACCESS_DENIED,
        FaultKind.UNSUPPORTED,
        FaultKind.NO_SCANNER_SOFTWARE,
        FaultKind.NOT_A_SCANNER,
        FaultKind.CERTIFICATE_REFUSED,
        FaultKind.INTERNAL,
    }
)

# Faults whose detail is part of what staff are told (it says what changed, for IT).
DETAIL_SHOWN: frozenset[FaultKind] = frozenset({FaultKind.CERTIFICATE_REFUSED})


# The same faults on a scan from the glass: no word of a feeder that was not used.
FLATBED_MESSAGES: dict[FaultKind, str] = {
    FaultKind.JAMMED: (
        "The scanner reported a paper jam. Lift the lid, check nothing is caught, put the page "
        "back face down on the glass and press Continue."
    ),
    FaultKind.FEEDER_EMPTY: (
        "The scanner found no page on the glass. Put the page face down on the glass, close the "
        "lid, then press Continue."
    ),
    FaultKind.FEEDER_EMPTY_MID_PAGE: (
        "The scanner lost the page partway through. Check it is face down on the glass, close "
        "the lid and press Continue."
    ),
    FaultKind.NO_IMAGE: (
        "The scanner sent no image. Check the page is face down on the glass and press Continue."
    ),
}


def fault_message(
    kind: FaultKind, detail: str = "", *, flatbed: bool = False, then: str = "Continue"
) -> str:
    """What to tell staff about a fault of `kind`: its message, and for some kinds the detail.

    `flatbed`: the scan was from the glass, so the words are about the glass, not a feeder;
    `then`: the button on screen that carries on from here (Continue unless told otherwise)."""
    text = FLATBED_MESSAGES.get(kind, MESSAGES[kind]) if flatbed else MESSAGES[kind]
    if then != "Continue":
        text = text.replace("press Continue", f"press {then}")
    if kind in DETAIL_SHOWN and detail:
        return f"{text} {detail}"
    return text


def fault_templates() -> list[str]:
    """Every line `fault_message` can say before a detail (on the glass or not, with Continue or
    Scan to press): the texts translators translate."""
    return sorted(
        {
            fault_message(kind, flatbed=flatbed, then=then)
            for kind in FaultKind
            for flatbed in (False, True)
            for then in ("Continue", "Scan")
        }
    )


class ScanFault(Exception):
    """A scan ended because of `kind`; `str(fault)` is the plain-English line for staff."""

    def __init__(self, kind: FaultKind, detail: str = "") -> None:
        super().__init__(fault_message(kind, detail))
        self.kind = kind
        self.detail = detail

    @property
    def message(self) -> str:
        """What to tell staff, with what to do next."""
        return fault_message(self.kind, self.detail)

    @property
    def resumable(self) -> bool:
        """True when Continue on the same scanner can carry on the document."""
        return self.kind in RESUMABLE

    def __reduce__(self) -> tuple[type[ScanFault], tuple[FaultKind, str]]:
        return (type(self), (self.kind, self.detail))


def fault_for_sane_status(status: int, detail: str = "") -> ScanFault:
    """The fault a SANE status code means (an unknown code is an I/O error)."""
    return ScanFault(SANE_STATUS_FAULTS.get(status, FaultKind.IO_ERROR), detail)
