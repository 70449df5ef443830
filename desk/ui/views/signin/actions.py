"""What the sign-in screen asks of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from typing import Protocol

from desk.runtime import Runtime
from desk.services import staff
from desk.services.staff import StaffMember


class SignInActions(Protocol):
    """The use cases the sign-in screen calls (each runs in the background)."""

    def list_staff(self) -> list[StaffMember]: ...

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> StaffMember: ...

    def add_first_staff(self, name: str, pin: str) -> StaffMember: ...

    def sign_in_os_account(self) -> StaffMember: ...


class StationSignIn:
    """Signing staff in at this station."""

    def __init__(self, runtime: Runtime) -> None:
        self._uow = runtime.uow_factory
        self._station = runtime.station.station_id

    def list_staff(self) -> list[StaffMember]:
        return staff.list_staff(self._uow)

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> StaffMember:
        return staff.sign_in(self._uow, staff_id, pin, station_id=self._station)

    def add_first_staff(self, name: str, pin: str) -> StaffMember:
        """The station's first account (refused once there is one)."""
        return staff.add_first_staff(self._uow, name, pin, station_id=self._station)

    def sign_in_os_account(self) -> StaffMember:
        """The member of staff linked to the PC's signed-in account."""
        return staff.sign_in_os_account(
            self._uow, staff.current_os_account(), station_id=self._station
        )
