"""Loan devices and loans: kinds, states and the moves between them, wipes, borrowers, kit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class DeviceKind(StrEnum):
    """What kind of loan device."""

    LAPTOP = "laptop"
    TABLET = "tablet"
    MOBILE_HOTSPOT = "mobile_hotspot"


class DeviceState(StrEnum):
    """Where a loan device is in its cycle."""

    AVAILABLE = "available"
    IN_USE_IN_CENTRE = "in_use_in_centre"
    ON_LOAN = "on_loan"
    AWAITING_WIPE = "awaiting_wipe"
    IN_REPAIR = "in_repair"
    RETIRED = "retired"

    @property
    def can_go_out(self) -> bool:
        """Only an available device (wiped and checked) may be lent."""
        return self is DeviceState.AVAILABLE


class LoanKind(StrEnum):
    """In the centre for this visit, or taken home until a date."""

    IN_CENTRE = "in_centre"
    TAKE_HOME = "take_home"


class DeviceCondition(StrEnum):
    """The state of a device and its kit when it goes out and comes back."""

    GOOD = "good"
    WORN = "worn"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"


class IdTypeSeen(StrEnum):
    """The type of ID a staff member saw for a take-home loan (never a copy of it)."""

    PASSPORT = "passport"
    DRIVING_LICENCE = "driving_licence"
    RESIDENCE_PERMIT = "residence_permit"
    NATIONAL_ID_CARD = "national_id_card"
    COUNCIL_LETTER = "council_letter"
    OTHER = "other"


KIND_LABELS: dict[DeviceKind, str] = {
    DeviceKind.LAPTOP: "Laptop",
    DeviceKind.TABLET: "Tablet",
    DeviceKind.MOBILE_HOTSPOT: "Mobile hotspot",
}

STATE_PHRASES: dict[DeviceState, str] = {
    DeviceState.AVAILABLE: "available",
    DeviceState.IN_USE_IN_CENTRE: "in use in the centre",
    DeviceState.ON_LOAN: "on loan",
    DeviceState.AWAITING_WIPE: "awaiting a verified wipe",
    DeviceState.IN_REPAIR: "in repair",
    DeviceState.RETIRED: "retired",
}


def device_label(kind: DeviceKind, asset_tag: str) -> str:
    """How messages name a device: "Laptop LT-042"."""
    return f"{KIND_LABELS[kind]} {asset_tag}"


class DeviceEvent(StrEnum):
    """Something that happens to a device and may change its state."""

    PAIR_IN_CENTRE = "pair_in_centre"
    LEND_TAKE_HOME = "lend_take_home"
    RETURN = "return"
    VERIFY_WIPE = "verify_wipe"
    SEND_TO_REPAIR = "send_to_repair"
    BACK_FROM_REPAIR = "back_from_repair"
    RETIRE = "retire"


TRANSITIONS: dict[tuple[DeviceState, DeviceEvent], DeviceState] = {
    (DeviceState.AVAILABLE, DeviceEvent.PAIR_IN_CENTRE): DeviceState.IN_USE_IN_CENTRE,
    (DeviceState.AVAILABLE, DeviceEvent.LEND_TAKE_HOME): DeviceState.ON_LOAN,
    (DeviceState.IN_USE_IN_CENTRE, DeviceEvent.RETURN): DeviceState.AWAITING_WIPE,
    (DeviceState.ON_LOAN, DeviceEvent.RETURN): DeviceState.AWAITING_WIPE,
    (DeviceState.AWAITING_WIPE, DeviceEvent.VERIFY_WIPE): DeviceState.AVAILABLE,
    (DeviceState.AVAILABLE, DeviceEvent.SEND_TO_REPAIR): DeviceState.IN_REPAIR,
    (DeviceState.AWAITING_WIPE, DeviceEvent.SEND_TO_REPAIR): DeviceState.IN_REPAIR,
    (DeviceState.IN_REPAIR, DeviceEvent.BACK_FROM_REPAIR): DeviceState.AWAITING_WIPE,
    (DeviceState.AVAILABLE, DeviceEvent.RETIRE): DeviceState.RETIRED,
    (DeviceState.AWAITING_WIPE, DeviceEvent.RETIRE): DeviceState.RETIRED,
    (DeviceState.IN_REPAIR, DeviceEvent.RETIRE): DeviceState.RETIRED,
}
"""Every legal move: (state, event) -> new state. Anything else is refused.

A device out of repair goes back through a verified wipe, never straight to available.
"""

LEGAL_MOVES: frozenset[tuple[DeviceState, DeviceState]] = frozenset(
    (state, target) for (state, _event), target in TRANSITIONS.items()
)
"""Every (from, to) pair some event allows."""


def events_allowed(state: DeviceState) -> frozenset[DeviceEvent]:
    """What may happen to a device in `state` (for enabling the screens' buttons)."""
    return frozenset(event for (start, event) in TRANSITIONS if start is state)


class LoanRuleError(ValueError):
    """A loan or device rule was broken; the message is one plain line for the user."""


class IllegalTransition(LoanRuleError):
    """The device's state does not allow this event."""


def next_state(
    kind: DeviceKind, asset_tag: str, state: DeviceState, event: DeviceEvent
) -> DeviceState:
    """The state after `event`, or IllegalTransition saying why not."""
    target = TRANSITIONS.get((state, event))
    if target is None:
        raise IllegalTransition(refusal(device_label(kind, asset_tag), state, event))
    return target


def refusal(label: str, state: DeviceState, event: DeviceEvent) -> str:
    """Why `event` cannot happen to a device in `state`, in one line."""
    phrase = STATE_PHRASES[state]
    simple = {
        DeviceEvent.RETURN: f"{label} is {phrase}, not out, so there is nothing to return.",
        DeviceEvent.VERIFY_WIPE: (
            f"{label} is {phrase}, not awaiting a wipe, so there is no wipe to verify."
        ),
        DeviceEvent.BACK_FROM_REPAIR: f"{label} is {phrase}, not in repair.",
    }
    if event in simple:
        return simple[event]
    if event in {DeviceEvent.PAIR_IN_CENTRE, DeviceEvent.LEND_TAKE_HOME}:
        return _lend_refusal(label, state)
    if state is DeviceState.RETIRED:
        return f"{label} is retired; it cannot be lent, repaired or returned to use."
    action = "sending it for repair" if event is DeviceEvent.SEND_TO_REPAIR else "retiring it"
    if state in {DeviceState.ON_LOAN, DeviceState.IN_USE_IN_CENTRE}:
        return f"{label} is {phrase}: check it back in before {action}."
    return f"{label} is already {phrase}."


def _lend_refusal(label: str, state: DeviceState) -> str:
    if state is DeviceState.AWAITING_WIPE:
        return f"{label} is awaiting a verified wipe and cannot be lent until the wipe is checked."
    if state in {DeviceState.ON_LOAN, DeviceState.IN_USE_IN_CENTRE}:
        return f"{label} is already {STATE_PHRASES[state]}. Choose another device."
    return f"{label} is {STATE_PHRASES[state]} and cannot be lent. Choose another device."


class WipeStep(StrEnum):
    """One item of the wipe checklist; every step must be done before the wipe can be verified."""

    ACCOUNTS_REMOVED = "accounts_removed"
    FACTORY_RESET = "factory_reset"
    NO_PERSONAL_FILES = "no_personal_files"
    KIT_COMPLETE = "kit_complete"
    CLEANED = "cleaned"

    @property
    def label(self) -> str:
        """The checklist line staff tick."""
        return _WIPE_STEP_LABELS[self]


_WIPE_STEP_LABELS = {
    WipeStep.ACCOUNTS_REMOVED: "signed out of and removed every account the resident used",
    WipeStep.FACTORY_RESET: "reset to factory settings (or re-imaged)",
    WipeStep.NO_PERSONAL_FILES: "checked that no files, photos or downloads are left",
    WipeStep.KIT_COMPLETE: "kit checked and complete (or missing items recorded)",
    WipeStep.CLEANED: "cleaned and sanitised",
}


def check_wipe_steps(label: str, done: Iterable[WipeStep]) -> frozenset[WipeStep]:
    """The steps done, if that is every step; LoanRuleError naming the missing ones otherwise."""
    done_set = frozenset(done)
    missing = [step for step in WipeStep if step not in done_set]
    if missing:
        names = "; ".join(step.label for step in missing)
        raise LoanRuleError(
            f"The wipe of {label} is not complete: still to do: {names}. "
            "If a step cannot be done, send the device for repair."
        )
    return done_set


def encode_steps(steps: Iterable[WipeStep]) -> str:
    """Steps as stored: their codes in checklist order, comma-separated."""
    chosen = set(steps)
    return ",".join(step.value for step in WipeStep if step in chosen)


def decode_steps(text: str) -> frozenset[WipeStep]:
    """The steps stored by `encode_steps`."""
    return frozenset(WipeStep(code) for code in text.split(",") if code)


def check_second_pair_of_eyes(wiped_by: object, verifier: object) -> None:
    """The member of staff who verifies a wipe must not be the one who did it."""
    if wiped_by == verifier:
        raise LoanRuleError(
            "A different member of staff must verify this wipe: ask a colleague to check it."
        )


# ---------------------------------------------------------------- kit

KIT_SEPARATOR = ";"
MAX_KIT_CHARS = 200


def parse_kit(text: str) -> tuple[str, ...]:
    """Kit items from "charger; sleeve" (blank items dropped, spacing tidied, order kept)."""
    items: list[str] = []
    for raw in text.split(KIT_SEPARATOR):
        item = " ".join(raw.split())
        if item and item.casefold() not in {i.casefold() for i in items}:
            items.append(item)
    return tuple(items)


def format_kit(items: Iterable[str]) -> str:
    """Kit items as stored: "charger; sleeve"."""
    return f"{KIT_SEPARATOR} ".join(items)


def check_missing_items(label: str, kit: Sequence[str], missing: Iterable[str]) -> tuple[str, ...]:
    """The missing items as named in the kit; LoanRuleError if one is not part of the kit."""
    by_key = {item.casefold(): item for item in kit}
    found: list[str] = []
    for raw in missing:
        item = " ".join(raw.split())
        if not item:
            continue
        if item.casefold() not in by_key:
            has = ", ".join(kit) if kit else "nothing but the device itself"
            raise LoanRuleError(f"The kit for {label} has no {item!r}: it has {has}.")
        if by_key[item.casefold()] not in found:
            found.append(by_key[item.casefold()])
    return tuple(found)


def condition_in(condition: DeviceCondition, missing: Sequence[str]) -> DeviceCondition:
    """The condition to record: a device that came back without kit is never "good"."""
    if missing and condition is DeviceCondition.GOOD:
        return DeviceCondition.MISSING_PARTS
    return condition


def is_disputable(condition: DeviceCondition | None) -> bool:
    """A return that may lead to a dispute (damage, missing kit) keeps contact details longer."""
    return condition in {DeviceCondition.DAMAGED, DeviceCondition.MISSING_PARTS}


# ---------------------------------------------------------------- borrowers and take-home loans

MAX_NAME_CHARS = 120
MIN_CONTACT_DIGITS = 7
MAX_CONTACT_DIGITS = 15
MAX_TAKE_HOME = timedelta(days=90)
DEFAULT_TAKE_HOME = timedelta(days=28)
REFERRAL_FROM_LOAN = 3
"""On a resident's third take-home loan (and after) the champion is prompted to refer them on."""


def clean_name(name: str) -> str:
    """A borrower's name with spacing tidied; LoanRuleError if empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise LoanRuleError("Enter the borrower's name.")
    if len(cleaned) > MAX_NAME_CHARS:
        raise LoanRuleError(f"The borrower's name is longer than {MAX_NAME_CHARS} characters.")
    return cleaned


def clean_contact_number(number: str) -> str:
    """A phone number reduced to digits (and a leading +); LoanRuleError if it cannot be one."""
    stripped = number.strip()
    digits = "".join(ch for ch in stripped if ch.isdigit())
    allowed = set("0123456789 +-()")
    if not stripped or any(ch not in allowed for ch in stripped) or "+" in stripped[1:]:
        raise LoanRuleError("Enter a contact number using digits only (spaces are fine).")
    if not MIN_CONTACT_DIGITS <= len(digits) <= MAX_CONTACT_DIGITS:
        raise LoanRuleError(
            f"A contact number has {MIN_CONTACT_DIGITS} to {MAX_CONTACT_DIGITS} digits."
        )
    return ("+" if stripped.startswith("+") else "") + digits


def check_due(out_at: datetime, due_at: datetime) -> datetime:
    """A due time after the loan starts and at most MAX_TAKE_HOME later."""
    if due_at.tzinfo is None:
        raise LoanRuleError("The due date needs a time zone.")
    if due_at <= out_at:
        raise LoanRuleError("The due date must be after today.")
    if due_at - out_at > MAX_TAKE_HOME:
        raise LoanRuleError(
            f"A take-home loan lasts at most {MAX_TAKE_HOME.days} days: choose an earlier due date."
        )
    return due_at


def check_typed_name(typed: str, borrower_name: str) -> None:
    """Accepting the agreement means typing the borrower's name as given."""
    if " ".join(typed.split()).casefold() != " ".join(borrower_name.split()).casefold():
        raise LoanRuleError(
            "To accept the agreement, the borrower types their name exactly as given above."
        )


def offer_referral(take_home_loans: int) -> bool:
    """True from a resident's third take-home loan: offer a device bank, data bank or tariff."""
    return take_home_loans >= REFERRAL_FROM_LOAN


def is_overdue(due_at: datetime | None, back_at: datetime | None, now: datetime) -> bool:
    """A take-home loan not back by its due time."""
    return due_at is not None and back_at is None and now > due_at


def retention_over(reference: datetime, keep_for: timedelta, now: datetime) -> bool:
    """True once `keep_for` has passed since `reference` (the device coming back)."""
    return now >= reference + keep_for


# ---------------------------------------------------------------- inventory rows

CSV_COLUMNS = ("asset_tag", "serial", "kind", "model", "kit", "site", "state")
"""The inventory file's columns, in order; `serial`, `kit` and `state` may be blank."""

MAX_ASSET_TAG_CHARS = 32
MAX_SERIAL_CHARS = 64
MAX_MODEL_CHARS = 120
_ASSET_TAG_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
_LEGACY_ASSET_TAG_CHARS = _ASSET_TAG_CHARS | {"/"}
"""Tags once could hold `/`: a device already tagged so can still be found by it."""
IMPORTABLE_STATES = frozenset(
    {DeviceState.AVAILABLE, DeviceState.AWAITING_WIPE, DeviceState.IN_REPAIR, DeviceState.RETIRED}
)
"""States a device may be imported in: never out, because no loan record would match."""


def clean_asset_tag(tag: str) -> str:
    """An asset tag in capitals; LoanRuleError if it is empty, too long or has odd characters.

    This finds devices, so it still accepts the `/` older tags may hold; a new device's tag
    must also pass `check_new_asset_tag`.
    """
    cleaned = tag.strip().upper()
    if not cleaned:
        raise LoanRuleError("the asset tag is empty")
    if len(cleaned) > MAX_ASSET_TAG_CHARS:
        raise LoanRuleError(f"the asset tag is longer than {MAX_ASSET_TAG_CHARS} characters")
    if not set(cleaned) <= _LEGACY_ASSET_TAG_CHARS:
        raise LoanRuleError(f"the asset tag {cleaned!r} may only have letters, digits and - _ .")
    return cleaned


def check_new_asset_tag(tag: str) -> str:
    """A cleaned tag fit for a new device: no `/` (tags name files, such as reminder letters)."""
    if not set(tag) <= _ASSET_TAG_CHARS:
        raise LoanRuleError(
            f"the asset tag {tag!r} has a '/', which new tags may not have (they name files); "
            "use - or _ instead"
        )
    return tag


def parse_kind(text: str) -> DeviceKind:
    """A device kind from its code or label ("laptop", "Mobile hotspot")."""
    key = "_".join(text.strip().lower().replace("-", " ").split())
    try:
        return DeviceKind(key)
    except ValueError:
        codes = ", ".join(kind.value for kind in DeviceKind)
        raise LoanRuleError(f"the kind {text.strip()!r} is not one of {codes}") from None


def parse_state(text: str) -> DeviceState:
    """A device state from its code or phrase ("awaiting_wipe", "in repair")."""
    key = "_".join(text.strip().lower().replace("-", " ").split())
    try:
        return DeviceState(key)
    except ValueError:
        codes = ", ".join(state.value for state in DeviceState)
        raise LoanRuleError(f"the state {text.strip()!r} is not one of {codes}") from None


@dataclass(frozen=True)
class DeviceRow:
    """One device as read from an inventory file, checked."""

    asset_tag: str
    serial: str | None
    kind: DeviceKind
    model: str
    kit: tuple[str, ...]
    site: str
    state: DeviceState | None
    """None when the row leaves it blank: available for a new device, unchanged for a known one."""


def parse_device_row(row: Mapping[str, str | None]) -> DeviceRow:
    """Check one inventory row; LoanRuleError with the reason if it is not usable."""

    def field(name: str) -> str:
        return " ".join((row.get(name) or "").split())

    tag = clean_asset_tag(field("asset_tag"))
    serial = field("serial") or None
    if serial is not None and len(serial) > MAX_SERIAL_CHARS:
        raise LoanRuleError(f"the serial is longer than {MAX_SERIAL_CHARS} characters")
    if not field("kind"):
        raise LoanRuleError("the kind is empty")
    kind = parse_kind(field("kind"))
    model = field("model")
    if not model:
        raise LoanRuleError("the model is empty")
    if len(model) > MAX_MODEL_CHARS:
        raise LoanRuleError(f"the model is longer than {MAX_MODEL_CHARS} characters")
    kit = parse_kit(row.get("kit") or "")
    if len(format_kit(kit)) > MAX_KIT_CHARS:
        raise LoanRuleError(f"the kit list is longer than {MAX_KIT_CHARS} characters")
    site = field("site")
    if not site:
        raise LoanRuleError("the site is empty")
    state = parse_state(field("state")) if field("state") else None
    if state is not None and state not in IMPORTABLE_STATES:
        allowed = ", ".join(sorted(s.value for s in IMPORTABLE_STATES))
        raise LoanRuleError(
            f"a device cannot be imported as {state.value} (no loan would match); use {allowed}"
        )
    return DeviceRow(tag, serial, kind, model, kit, site, state)


class WaitlistOutcome(StrEnum):
    """How a place on the waitlist ended."""

    SERVED = "served"
    CANCELLED = "cancelled"
