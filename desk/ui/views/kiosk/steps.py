"""The kiosk's steps, in the order a resident meets them."""

from __future__ import annotations

from enum import StrEnum


class KioskStep(StrEnum):
    """A step of the kiosk (its value names it in signals and logs)."""

    WELCOME = "welcome"  # choose a language, then Start
    CHOOSE = "choose"  # what are you sending?
    PLACE = "place"  # put it on the scanner (a card's back after its front), then Scan
    CHECK = "check"  # check the pages, remove one, scan more, send
    DONE = "done"  # sent: the reference and the receipt
    STAFF = "staff"  # a member of staff's name and PIN: the only way out
