"""Loan-device inventory: list, add, import and export devices, repair and retire, wipe checks."""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from desk.domain import csvcells
from desk.domain import loans as rules
from desk.domain.loans import DeviceEvent, DeviceKind, DeviceState, WipeStep
from desk.domain.records import AuditAction, AuditDetailValue, RecordType, check_audit_details
from desk.errors import DeskError
from desk.services.imports import FileRefused, RowProblem
from desk.services.ports import UnitOfWork, UowFactory
from desk.services.station import site_code
from desk.storage.errors import RecordConflict
from desk.storage.models import AuditEvent, Device, DeviceWipe, Site

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


MANUAL_EVENTS = frozenset(
    {DeviceEvent.SEND_TO_REPAIR, DeviceEvent.BACK_FROM_REPAIR, DeviceEvent.RETIRE}
)
"""State changes staff make directly; lending, returns and wipes have their own actions."""


class DeviceRefused(DeskError):
    """A device rule refused the action (wrong state, unknown tag, incomplete wipe...)."""


class DeviceNotFound(DeviceRefused):
    """No device has this asset tag."""


class ImportRefused(FileRefused, DeviceRefused):
    """An inventory file had bad rows; nothing was imported. `problems` lists every one."""


@dataclass(frozen=True)
class DeviceView:
    """What the screens show about a loan device."""

    id: uuid.UUID
    asset_tag: str
    serial: str | None
    kind: DeviceKind
    model: str
    kit: tuple[str, ...]
    site_id: uuid.UUID
    site_name: str
    state: DeviceState

    @property
    def label(self) -> str:
        """ "Laptop LT-042"."""
        return rules.device_label(self.kind, self.asset_tag)

    @property
    def events_allowed(self) -> frozenset[DeviceEvent]:
        """What may happen to the device now (for enabling buttons)."""
        return rules.events_allowed(self.state)

    @classmethod
    def of(cls, device: Device) -> DeviceView:
        """The plain view of a device record."""
        return cls(
            id=device.id,
            asset_tag=device.asset_tag,
            serial=device.serial,
            kind=device.kind,
            model=device.model,
            kit=rules.parse_kit(device.accessories),
            site_id=device.site_id,
            site_name=device.site.name,
            state=device.state,
        )

    def as_dict(self) -> dict[str, str | list[str] | None]:
        """A JSON-ready mapping (for `--json`)."""
        return {
            "id": str(self.id),
            "asset_tag": self.asset_tag,
            "serial": self.serial,
            "kind": self.kind.value,
            "model": self.model,
            "kit": list(self.kit),
            "site": self.site_name,
            "state": self.state.value,
        }


@dataclass(frozen=True)
class ImportResult:
    """How many devices an import added and how many it updated."""

    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class WipeView:
    """A wipe checklist done, and whether (and when) a second member of staff verified it."""

    id: uuid.UUID
    device: DeviceView
    loan_id: uuid.UUID | None
    steps: frozenset[WipeStep]
    wiped_by: uuid.UUID
    wiped_at: datetime
    verified_by: uuid.UUID | None
    verified_at: datetime | None

    @classmethod
    def of(cls, wipe: DeviceWipe) -> WipeView:
        """The plain view of a wipe record."""
        return cls(
            id=wipe.id,
            device=DeviceView.of(wipe.device),
            loan_id=wipe.loan_id,
            steps=rules.decode_steps(wipe.steps),
            wiped_by=wipe.wiped_by,
            wiped_at=wipe.wiped_at,
            verified_by=wipe.verified_by,
            verified_at=wipe.verified_at,
        )


@dataclass(frozen=True)
class WipeVerified:
    """A wipe verified: the device is available again; `waiting` people wait for its kind."""

    wipe: WipeView
    device: DeviceView
    waiting: int


# ---------------------------------------------------------------- shared helpers


def audit(
    uow: UnitOfWork,
    action: AuditAction,
    record_type: RecordType,
    record_id: uuid.UUID | None,
    *,
    staff_id: uuid.UUID | None,
    station_id: uuid.UUID | None,
    at: datetime,
    details: Mapping[str, AuditDetailValue] | None = None,
) -> None:
    """Stage an audit event: ids and codes only, never a person's details."""
    uow.audit.add(
        AuditEvent(
            action=action,
            record_type=record_type,
            record_id=record_id,
            station_id=station_id,
            staff_id=staff_id,
            at=at,
            details=check_audit_details(details) if details else None,
        )
    )


def device_by_tag(uow: UnitOfWork, asset_tag: str) -> Device:
    """The device with this asset tag (any letter case), or DeviceNotFound."""
    try:
        tag = rules.clean_asset_tag(asset_tag)
    except rules.LoanRuleError:
        raise DeviceNotFound(f"{asset_tag.strip()!r} is not a valid asset tag.") from None
    device = uow.devices.get_by_asset_tag(tag)
    if device is None:
        raise DeviceNotFound(f"No device has the asset tag {tag}. Check the label on the device.")
    return device


def apply_event(
    uow: UnitOfWork,
    device: Device,
    event: DeviceEvent,
    *,
    staff_id: uuid.UUID | None,
    station_id: uuid.UUID | None,
    at: datetime,
) -> DeviceState:
    """Move a device through `event` (DeviceRefused if illegal) and audit the change."""
    before = device.state
    try:
        after = rules.next_state(device.kind, device.asset_tag, before, event)
    except rules.LoanRuleError as error:
        raise DeviceRefused(str(error)) from None
    device.state = after
    audit(
        uow,
        AuditAction.DEVICE_STATE_CHANGED,
        RecordType.DEVICE,
        device.id,
        staff_id=staff_id,
        station_id=station_id,
        at=at,
        details={"from": before.value, "to": after.value, "event": event.value},
    )
    log.info("device state changed device=%s from=%s to=%s", device.id, before.value, after.value)
    return after


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


# ---------------------------------------------------------------- inventory


def list_devices(
    uow_factory: UowFactory,
    *,
    site_id: uuid.UUID | None = None,
    state: DeviceState | None = None,
    kind: DeviceKind | None = None,
) -> list[DeviceView]:
    """Devices by asset tag, optionally at one site, in one state and of one kind."""
    with uow_factory() as uow:
        devices = uow.devices.list(site_id=site_id, state=state)
        return [DeviceView.of(d) for d in devices if kind is None or d.kind is kind]


def get_device(uow_factory: UowFactory, asset_tag: str) -> DeviceView:
    """One device by asset tag, or DeviceNotFound."""
    with uow_factory() as uow:
        return DeviceView.of(device_by_tag(uow, asset_tag))


def available_devices(
    uow_factory: UowFactory, site_id: uuid.UUID, kind: DeviceKind
) -> list[DeviceView]:
    """Devices of a kind at a site free to lend now (empty: offer the waitlist)."""
    with uow_factory() as uow:
        return [
            DeviceView.of(d) for d in uow.devices.list_kind(site_id, kind, DeviceState.AVAILABLE)
        ]


def add_device(
    uow_factory: UowFactory,
    *,
    asset_tag: str,
    kind: DeviceKind,
    model: str,
    site_id: uuid.UUID,
    serial: str | None = None,
    kit: Iterable[str] = (),
    staff_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> DeviceView:
    """Add one device to the inventory, available to lend."""
    at = _now(now)
    with uow_factory() as uow:
        site = uow.sites.get(site_id)
        if site is None:
            raise DeviceRefused("That site is not in the database. Reload and try again.")
        try:
            row = rules.parse_device_row(
                {
                    "asset_tag": asset_tag,
                    "serial": serial,
                    "kind": kind.value,
                    "model": model,
                    "kit": rules.format_kit(kit),
                    "site": site.name,
                }
            )
            rules.check_new_asset_tag(row.asset_tag)
        except rules.LoanRuleError as error:
            raise DeviceRefused(f"Cannot add the device: {error}.") from None
        if uow.devices.get_by_asset_tag(row.asset_tag) is not None:
            raise DeviceRefused(f"A device with the asset tag {row.asset_tag} already exists.")
        device = _new_device(uow, row, site, staff_id=staff_id, station_id=station_id, at=at)
        uow.commit()
        return DeviceView.of(device)


def _new_device(
    uow: UnitOfWork,
    row: rules.DeviceRow,
    site: Site,
    *,
    staff_id: uuid.UUID | None,
    station_id: uuid.UUID | None,
    at: datetime,
) -> Device:
    device = uow.devices.add(
        Device(
            asset_tag=row.asset_tag,
            serial=row.serial,
            kind=row.kind,
            model=row.model,
            accessories=rules.format_kit(row.kit),
            site_id=site.id,
            state=row.state or DeviceState.AVAILABLE,
        )
    )
    device.site = site
    audit(
        uow,
        AuditAction.DEVICE_ADDED,
        RecordType.DEVICE,
        device.id,
        staff_id=staff_id,
        station_id=station_id,
        at=at,
        details={"kind": device.kind.value, "state": device.state.value},
    )
    return device


def import_devices(
    uow_factory: UowFactory,
    source: TextIO,
    *,
    source_name: str = "the inventory file",
    staff_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Add new devices and update the details of known ones from CSV, all or nothing.

    Every bad row is reported by line number; if there is any, nothing is written. The state
    column applies to new devices only: an existing device's state changes through its actions.
    """
    at = _now(now)
    rows, problems = _read_rows(source)
    with uow_factory() as uow:
        known_sites = uow.sites.list()
        sites = {site_code(s.name): s for s in known_sites} | {s.code: s for s in known_sites}
        planned: list[tuple[int, rules.DeviceRow, Site, Device | None]] = []
        for line, row in rows:
            site = sites.get(site_code(row.site))
            if site is None:
                known = ", ".join(sorted({s.name for s in sites.values()})) or "none yet"
                problems.append(RowProblem(line, f"no site called {row.site!r} (known: {known})"))
                continue
            existing = uow.devices.get_by_asset_tag(row.asset_tag)
            if existing is None:
                try:
                    rules.check_new_asset_tag(row.asset_tag)
                except rules.LoanRuleError as error:
                    problems.append(RowProblem(line, str(error)))
                    continue
            if existing is not None and row.state not in {None, existing.state}:
                problems.append(
                    RowProblem(
                        line,
                        f"{row.asset_tag} is {existing.state.value} here, not {row.state}; "
                        "an import never changes the state of a known device",
                    )
                )
                continue
            planned.append((line, row, site, existing))
        if problems:
            raise ImportRefused(source_name, sorted(problems, key=lambda p: p.line))
        added = updated = unchanged = 0
        for _line, row, site, existing in planned:
            if existing is None:
                _new_device(uow, row, site, staff_id=staff_id, station_id=station_id, at=at)
                added += 1
            elif _update_details(existing, row, site):
                updated += 1
            else:
                unchanged += 1
        try:
            uow.commit()
        except RecordConflict:
            raise DeviceRefused(
                f"{source_name}: another station added some of these devices at the same time; "
                "nothing was imported. Run the import again."
            ) from None
    log.info("devices imported added=%d updated=%d unchanged=%d", added, updated, unchanged)
    return ImportResult(added, updated, unchanged)


def _read_rows(source: TextIO) -> tuple[list[tuple[int, rules.DeviceRow]], list[RowProblem]]:
    reader = csv.DictReader(source)
    problems: list[RowProblem] = []
    rows: list[tuple[int, rules.DeviceRow]] = []
    try:
        header = [name.strip().lstrip("\ufeff").lower() for name in reader.fieldnames or []]
    except csv.Error as error:
        return [], [RowProblem(1, f"not a CSV file ({error})")]
    reader.fieldnames = header
    required = {"asset_tag", "kind", "model", "site"}
    missing = [name for name in rules.CSV_COLUMNS if name in required and name not in header]
    unknown = [name for name in header if name not in rules.CSV_COLUMNS]
    if missing or unknown or not header:
        parts = []
        if missing or not header:
            parts.append(f"missing the columns {', '.join(missing or sorted(required))}")
        if unknown:
            parts.append(f"unknown columns {', '.join(repr(n) for n in unknown)}")
        expected = ",".join(rules.CSV_COLUMNS)
        return [], [RowProblem(1, f"the header is {' and '.join(parts)} (expected {expected})")]
    seen: dict[str, int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if not any(
                (value or "").strip() for value in record.values() if isinstance(value, str)
            ):
                continue
            if None in record:
                problems.append(RowProblem(line, "the row has more values than the header"))
                continue
            try:
                row = rules.parse_device_row(
                    {
                        k: csvcells.restore_cell(v) if isinstance(v, str) else v
                        for k, v in record.items()
                    }
                )
            except rules.LoanRuleError as error:
                problems.append(RowProblem(line, str(error)))
                continue
            if row.asset_tag in seen:
                problems.append(
                    RowProblem(line, f"{row.asset_tag} is already on line {seen[row.asset_tag]}")
                )
                continue
            seen[row.asset_tag] = line
            rows.append((line, row))
    except csv.Error as error:
        problems.append(RowProblem(reader.line_num, f"the CSV is malformed ({error})"))
    return rows, problems


def _update_details(device: Device, row: rules.DeviceRow, site: Site) -> bool:
    wanted = {
        "serial": row.serial,
        "kind": row.kind,
        "model": row.model,
        "accessories": rules.format_kit(row.kit),
        "site_id": site.id,
    }
    changed = False
    for name, value in wanted.items():
        if getattr(device, name) != value:
            setattr(device, name, value)
            changed = True
    if changed:
        device.site = site
    return changed


def export_devices(
    uow_factory: UowFactory, target: TextIO, *, site_id: uuid.UUID | None = None
) -> int:
    """Write the inventory as CSV (the columns `import_devices` reads); return the row count."""
    devices = list_devices(uow_factory, site_id=site_id)
    # Opened in a spreadsheet: cells that would run as formulas are neutralised (and an
    # import reads them back as they were).
    writer = csvcells.writer(target, lineterminator="\n")
    writer.writerow(rules.CSV_COLUMNS)
    for device in devices:
        writer.writerow(
            [
                device.asset_tag,
                device.serial or "",
                device.kind.value,
                device.model,
                rules.format_kit(device.kit),
                device.site_name,
                device.state.value,
            ]
        )
    return len(devices)


def export_devices_text(uow_factory: UowFactory, *, site_id: uuid.UUID | None = None) -> str:
    """The inventory CSV as a string."""
    buffer = io.StringIO()
    export_devices(uow_factory, buffer, site_id=site_id)
    return buffer.getvalue()


def change_device_state(
    uow_factory: UowFactory,
    asset_tag: str,
    event: DeviceEvent,
    *,
    staff_id: uuid.UUID | None,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> DeviceView:
    """Send a device for repair, take it back from repair (to be wiped), or retire it."""
    if event not in MANUAL_EVENTS:
        raise DeviceRefused("Lend, return and verify wipes through their own steps.")
    at = _now(now)
    with uow_factory() as uow:
        device = device_by_tag(uow, asset_tag)
        apply_event(uow, device, event, staff_id=staff_id, station_id=station_id, at=at)
        uow.commit()
        return DeviceView.of(device)


# ---------------------------------------------------------------- wipes


def record_wipe(
    uow_factory: UowFactory,
    asset_tag: str,
    steps: Iterable[WipeStep],
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> WipeView:
    """Record the wipe checklist of a device awaiting a wipe; a colleague then verifies it."""
    at = _now(now)
    with uow_factory() as uow:
        device = device_by_tag(uow, asset_tag)
        wipe = stage_wipe(uow, device, steps, staff_id=staff_id, loan_id=None, at=at)
        uow.commit()
        return WipeView.of(wipe)


def stage_wipe(
    uow: UnitOfWork,
    device: Device,
    steps: Iterable[WipeStep],
    *,
    staff_id: uuid.UUID,
    loan_id: uuid.UUID | None,
    at: datetime,
) -> DeviceWipe:
    """Check and stage a wipe checklist for a device awaiting a wipe."""
    label = rules.device_label(device.kind, device.asset_tag)
    if device.state is not DeviceState.AWAITING_WIPE:
        raise DeviceRefused(f"{label} is {rules.STATE_PHRASES[device.state]}, not awaiting a wipe.")
    try:
        done = rules.check_wipe_steps(label, steps)
    except rules.LoanRuleError as error:
        raise DeviceRefused(str(error)) from None
    if uow.devices.pending_wipe(device.id) is not None:
        raise DeviceRefused(
            f"The wipe of {label} is already recorded and waits for a colleague to verify it."
        )
    if loan_id is None:
        last = next(iter(uow.loans.list_for_device(device.id)), None)
        if last is not None and last.back_at is not None and last.wipe_verified_at is None:
            loan_id = last.id
    wipe = uow.devices.add_wipe(
        DeviceWipe(
            device_id=device.id,
            loan_id=loan_id,
            steps=rules.encode_steps(done),
            wiped_by=staff_id,
            wiped_at=at,
        )
    )
    wipe.device = device
    return wipe


def pending_wipes(uow_factory: UowFactory, site_id: uuid.UUID | None = None) -> list[WipeView]:
    """Wipes done and waiting for a second member of staff, oldest first."""
    with uow_factory() as uow:
        found: list[WipeView] = []
        for device in uow.devices.list(site_id=site_id, state=DeviceState.AWAITING_WIPE):
            wipe = uow.devices.pending_wipe(device.id)
            if wipe is not None:
                found.append(WipeView.of(wipe))
        return sorted(found, key=lambda w: w.wiped_at)


def verify_wipe(
    uow_factory: UowFactory,
    asset_tag: str,
    *,
    staff_id: uuid.UUID,
    station_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> WipeVerified:
    """A second member of staff checks the wipe; the device is then available to lend again."""
    at = _now(now)
    with uow_factory() as uow:
        device = device_by_tag(uow, asset_tag)
        label = rules.device_label(device.kind, device.asset_tag)
        if device.state is not DeviceState.AWAITING_WIPE:
            raise DeviceRefused(rules.refusal(label, device.state, DeviceEvent.VERIFY_WIPE))
        wipe = uow.devices.pending_wipe(device.id)
        if wipe is None:
            raise DeviceRefused(
                f"No wipe of {label} has been recorded yet: do the wipe checklist first."
            )
        try:
            rules.check_second_pair_of_eyes(wipe.wiped_by, staff_id)
        except rules.LoanRuleError as error:
            raise DeviceRefused(str(error)) from None
        wipe.verified_by = staff_id
        wipe.verified_at = at
        if wipe.loan_id is not None:
            loan = uow.loans.get(wipe.loan_id)
            if loan is not None:
                loan.wipe_verified_by = staff_id
                loan.wipe_verified_at = at
        apply_event(
            uow, device, DeviceEvent.VERIFY_WIPE, staff_id=staff_id, station_id=station_id, at=at
        )
        audit(
            uow,
            AuditAction.DEVICE_WIPE_VERIFIED,
            RecordType.DEVICE,
            device.id,
            staff_id=staff_id,
            station_id=station_id,
            at=at,
            details={"wipe_id": str(wipe.id), "loan_id": str(wipe.loan_id or "")},
        )
        waiting = len(uow.devices.list_waiting(device.site_id, device.kind))
        uow.commit()
        return WipeVerified(WipeView.of(wipe), DeviceView.of(device), waiting)
