"""What the visit screen asks of the services, and those use cases bound to this station."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desk.domain.loans import DeviceKind
from desk.domain.visits import ModeOfHelp, NextTime, TaskOutcome, TaskType, VisitOutcome
from desk.errors import DeskError
from desk.runtime import Runtime
from desk.services import devices, loans, visits
from desk.services.devices import DeviceView
from desk.services.loans import LoanView
from desk.services.scans import VisitRecord, visit_record
from desk.services.staff import StaffMember
from desk.services.uploads import Uploads
from desk.services.visits import VisitSummary


class VisitActions(Protocol):
    """The use cases the visit screen calls (each runs in the background); the site, the
    station and who is signed in are already applied."""

    def add_task(self, visit_id: uuid.UUID, area: str, kind: TaskType) -> VisitSummary: ...

    def record_task(
        self,
        visit_id: uuid.UUID,
        task_id: uuid.UUID,
        *,
        outcome: TaskOutcome | None,
        next_time: NextTime | None,
    ) -> VisitSummary: ...

    def set_mode(self, visit_id: uuid.UUID, mode: ModeOfHelp) -> VisitSummary: ...

    def set_language(
        self, visit_id: uuid.UUID, language: str | None, *, interpreter_used: bool
    ) -> VisitSummary:
        """The resident's language for the visit (None: English) and the interpreter."""
        ...

    def end_visit(self, visit_id: uuid.UUID, outcome: VisitOutcome) -> VisitSummary: ...

    def available_devices(self, kind: DeviceKind) -> list[DeviceView]: ...

    def pair_device(self, visit_id: uuid.UUID, asset_tag: str) -> LoanView: ...

    def record(self, visit_id: uuid.UUID) -> VisitRecord: ...


class StationVisit:
    """The visit's use cases bound to this station, its database and who is signed in."""

    def __init__(
        self,
        runtime: Runtime,
        *,
        member: Callable[[], StaffMember | None],
        uploads: Callable[[], Uploads],
    ) -> None:
        """`member` runs in the background: who is signed in (None when nobody is); `uploads`
        too: the spool and outbox, opened on first use."""
        self._uow = runtime.uow_factory
        self._uploads = uploads
        self._site = runtime.station.site_id
        self._station = runtime.station.station_id
        self._member = member

    def add_task(self, visit_id: uuid.UUID, area: str, kind: TaskType) -> VisitSummary:
        signed_in = self._member()
        staff_id = signed_in.id if signed_in is not None else None
        return visits.add_task(self._uow, visit_id, area, kind, staff_id=staff_id)

    def record_task(
        self,
        visit_id: uuid.UUID,
        task_id: uuid.UUID,
        *,
        outcome: TaskOutcome | None,
        next_time: NextTime | None,
    ) -> VisitSummary:
        return visits.record_task(
            self._uow, visit_id, task_id, outcome=outcome, next_time=next_time
        )

    def set_mode(self, visit_id: uuid.UUID, mode: ModeOfHelp) -> VisitSummary:
        return visits.set_mode_of_help(self._uow, visit_id, mode)

    def set_language(
        self, visit_id: uuid.UUID, language: str | None, *, interpreter_used: bool
    ) -> VisitSummary:
        return visits.set_language(self._uow, visit_id, language, interpreter_used=interpreter_used)

    def end_visit(self, visit_id: uuid.UUID, outcome: VisitOutcome) -> VisitSummary:
        """End the visit and take back the devices lent in it."""
        signed_in = self._member()
        if signed_in is None:
            raise DeskError(
                QCoreApplication.translate("VisitView", "Sign in again to end the visit.")
            )
        return visits.finish_visit(
            self._uow, visit_id, outcome, staff_id=signed_in.id, station_id=self._station
        )

    def available_devices(self, kind: DeviceKind) -> list[DeviceView]:
        return devices.available_devices(self._uow, self._site, kind)

    def pair_device(self, visit_id: uuid.UUID, asset_tag: str) -> LoanView:
        """Lend a device to the resident for this visit."""
        signed_in = self._member()
        if signed_in is None:
            raise DeskError(
                QCoreApplication.translate("VisitView", "Sign in again to lend a device.")
            )
        return loans.pair_in_centre(
            self._uow, asset_tag, visit_id=visit_id, staff_id=signed_in.id, station_id=self._station
        )

    def record(self, visit_id: uuid.UUID) -> VisitRecord:
        """All the visit recorded that its screen shows: documents, signposts."""
        return visit_record(self._uploads(), self._uow, visit_id)
