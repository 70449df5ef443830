"""What the loan tabs ask of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from desk.domain.loans import (
    DeviceCondition,
    DeviceEvent,
    DeviceKind,
    DeviceState,
    LoanKind,
    WaitlistOutcome,
    WipeStep,
)
from desk.runtime import Runtime
from desk.services import devices, loans
from desk.services.devices import DeviceView, WipeVerified, WipeView
from desk.services.loans import (
    Agreement,
    BorrowerDetails,
    CheckedIn,
    LentOut,
    LoanView,
    OverdueLoan,
    WaitlistPlace,
)


class LoansActions(Protocol):
    """The use cases the loan tabs call (each runs in the background); the site, the station
    and the signed-in member of staff are already applied."""

    def list_devices(self, state: DeviceState | None) -> list[DeviceView]: ...

    def change_state(self, asset_tag: str, event: DeviceEvent) -> DeviceView: ...

    def current_agreement(self) -> Agreement: ...

    def default_due(self) -> datetime: ...

    def lend_take_home(
        self,
        asset_tag: str,
        borrower: BorrowerDetails,
        *,
        due_at: datetime,
        typed_name: str,
        agreement_version: str,
        kit_handed_over: tuple[str, ...],
    ) -> LentOut: ...

    def open_loans(self) -> list[LoanView]: ...

    def check_in(
        self, asset_tag: str, condition: DeviceCondition, missing_items: tuple[str, ...]
    ) -> CheckedIn: ...

    def record_wipe(self, asset_tag: str, steps: frozenset[WipeStep]) -> WipeView: ...

    def pending_wipes(self) -> list[WipeView]: ...

    def verify_wipe(self, asset_tag: str) -> WipeVerified: ...

    def list_overdue(self) -> list[OverdueLoan]: ...

    def available_devices(self, kind: DeviceKind) -> list[DeviceView]: ...

    def join_waitlist(self, kind: DeviceKind, loan_kind: LoanKind) -> WaitlistPlace: ...

    def list_waitlist(self, kind: DeviceKind | None) -> list[WaitlistPlace]: ...

    def close_waitlist_place(self, place_id: uuid.UUID, outcome: WaitlistOutcome) -> None: ...


class StationLoans:
    """The loan use cases bound to this station: its site, its database, who is signed in."""

    def __init__(
        self,
        runtime: Runtime,
        *,
        staff_id: Callable[[], uuid.UUID],
        now: Callable[[], datetime | None] = lambda: None,
    ) -> None:
        """`staff_id` runs in the background: who is signed in (it raises when nobody is)."""
        self._uow = runtime.uow_factory
        self._site = runtime.station.site_id
        self._station = runtime.station.station_id
        self._folder = runtime.settings.documents_dir
        self._staff_id = staff_id
        self._now = now

    def list_devices(self, state: DeviceState | None) -> list[DeviceView]:
        return devices.list_devices(self._uow, site_id=self._site, state=state)

    def change_state(self, asset_tag: str, event: DeviceEvent) -> DeviceView:
        return devices.change_device_state(
            self._uow, asset_tag, event, staff_id=self._staff_id(), station_id=self._station
        )

    def current_agreement(self) -> Agreement:
        return loans.current_agreement(self._folder)

    def default_due(self) -> datetime:
        return loans.default_due()

    def lend_take_home(
        self,
        asset_tag: str,
        borrower: BorrowerDetails,
        *,
        due_at: datetime,
        typed_name: str,
        agreement_version: str,
        kit_handed_over: tuple[str, ...],
    ) -> LentOut:
        return loans.lend_take_home(
            self._uow,
            asset_tag,
            borrower,
            due_at=due_at,
            typed_name=typed_name,
            agreement_version=agreement_version,
            kit_handed_over=kit_handed_over,
            staff_id=self._staff_id(),
            station_id=self._station,
            agreement_folder=self._folder,
        )

    def open_loans(self) -> list[LoanView]:
        return loans.list_open_loans(self._uow, self._site)

    def check_in(
        self, asset_tag: str, condition: DeviceCondition, missing_items: tuple[str, ...]
    ) -> CheckedIn:
        return loans.check_in(
            self._uow,
            asset_tag,
            staff_id=self._staff_id(),
            station_id=self._station,
            condition=condition,
            missing_items=missing_items,
        )

    def record_wipe(self, asset_tag: str, steps: frozenset[WipeStep]) -> WipeView:
        return devices.record_wipe(
            self._uow, asset_tag, steps, staff_id=self._staff_id(), station_id=self._station
        )

    def pending_wipes(self) -> list[WipeView]:
        return devices.pending_wipes(self._uow, self._site)

    def verify_wipe(self, asset_tag: str) -> WipeVerified:
        return devices.verify_wipe(
            self._uow, asset_tag, staff_id=self._staff_id(), station_id=self._station
        )

    def list_overdue(self) -> list[OverdueLoan]:
        return loans.list_overdue(self._uow, self._now(), site_id=self._site)

    def available_devices(self, kind: DeviceKind) -> list[DeviceView]:
        return devices.available_devices(self._uow, self._site, kind)

    def join_waitlist(self, kind: DeviceKind, loan_kind: LoanKind) -> WaitlistPlace:
        return loans.join_waitlist(
            self._uow, self._site, kind, loan_kind=loan_kind, staff_id=self._staff_id()
        )

    def list_waitlist(self, kind: DeviceKind | None) -> list[WaitlistPlace]:
        return loans.list_waitlist(self._uow, self._site, kind)

    def close_waitlist_place(self, place_id: uuid.UUID, outcome: WaitlistOutcome) -> None:
        loans.close_waitlist_place(self._uow, place_id, outcome, now=self._now())
