"""The Overdue and waitlist tab: who to call about a device, and who is waiting for one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desk.domain.loans import DeviceKind, LoanKind, WaitlistOutcome
from desk.services.devices import DeviceView
from desk.services.loans import OverdueLoan, WaitlistPlace
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.loans.actions import LoansActions
from desk.ui.views.loans.common import LoansTab, day, day_and_time, fill, lay_out, section, table
from desk.ui.widgets import (
    button,
    enum_combo,
    error_label,
    fields,
    flow,
    hint,
    selected,
    show_error,
)


@dataclass(frozen=True)
class _Waitlist:
    free: list[DeviceView]
    places: list[WaitlistPlace]


class WaitingTab(LoansTab):
    """Overdue loans with the borrower's number to call, and the waitlist of each kind."""

    overdue_listed = Signal(int)
    waitlist_listed = Signal(int)
    waitlist_joined = Signal(object)  # WaitlistPlace
    waitlist_closed = Signal(object)  # the place's id

    def __init__(
        self, jobs: JobRunner, actions: LoansActions, failed: Callable[[str], None]
    ) -> None:
        super().__init__(jobs, failed)
        self._actions = actions
        self.overdue = table(
            self.tr("Overdue loans"),
            [
                self.tr("Asset tag"),
                self.tr("Borrower"),
                self.tr("Contact number"),
                self.tr("Was due"),
                self.tr("Days overdue"),
            ],
            stretch=1,
        )
        self.overdue.setMaximumHeight(200)
        self.no_overdue = hint(self.tr("Nothing is overdue."))
        self.wait_kind = enum_combo(DeviceKind, self.tr("Kind of device wanted"))
        self.wait_kind.currentIndexChanged.connect(self.refresh_waitlist)
        self.wait_loan_kind = enum_combo(LoanKind, self.tr("For use"))
        self.wait_loan_kind.setCurrentIndex(self.wait_loan_kind.findData(LoanKind.TAKE_HOME))
        self.free_now = hint()
        self.free_now.setAccessibleName(self.tr("Devices free now"))
        self.join_button = button(self.tr("Add to the waitlist"), secondary=True)
        self.join_button.setEnabled(False)
        self.join_button.clicked.connect(self._on_join_clicked)
        self.waitlist = QListWidget()
        self.waitlist.setAccessibleName(self.tr("Waitlist"))
        self.waitlist.setMaximumHeight(140)
        self.served_button = button(self.tr("Served: they have a device"), secondary=True)
        self.served_button.clicked.connect(lambda: self._close_place(WaitlistOutcome.SERVED))
        self.cancel_place_button = button(self.tr("No longer needed"), secondary=True)
        self.cancel_place_button.clicked.connect(
            lambda: self._close_place(WaitlistOutcome.CANCELLED)
        )
        self.overdue_error = error_label(self.tr("Problem with the overdue list or waitlist"))
        wanted = fields()
        wanted.addRow(self.tr("Kind of device"), self.wait_kind)
        wanted.addRow(self.tr("For use"), self.wait_loan_kind)
        lay_out(
            self,
            section(self.tr("Overdue: who to call")),
            self.overdue,
            self.no_overdue,
            section(self.tr("Waitlist")),
            hint(
                self.tr(
                    "When no device of a kind is free, add the resident to the waitlist. "
                    "No personal details are kept on it."
                )
            ),
            wanted,
            self.free_now,
            flow(self.join_button),
            self.waitlist,
            flow(self.served_button, self.cancel_place_button),
            footer=(self.overdue_error,),
        )

    def refresh(self) -> None:
        """List the overdue loans, and the waitlist for the kind chosen."""
        self.run(self._actions.list_overdue, self._show_overdue, "list-overdue", self.overdue_error)
        self.refresh_waitlist()

    def _show_overdue(self, overdue: list[OverdueLoan]) -> None:
        fill(
            self.overdue,
            [
                [
                    item.loan.device.asset_tag,
                    (item.borrower.name or "") if item.borrower else "",
                    (item.borrower.contact_number or "") if item.borrower else "",
                    day(item.loan.due_at),
                    str(item.days_overdue),
                ]
                for item in overdue
            ],
            [item.loan.id for item in overdue],
        )
        self.no_overdue.setVisible(not overdue)
        self.overdue_listed.emit(len(overdue))

    def refresh_waitlist(self) -> None:
        """Count the devices of the chosen kind free now, and list who is waiting for one."""
        kind = selected(self.wait_kind, DeviceKind)
        if kind is None:
            return
        actions = self._actions

        def load() -> _Waitlist:
            return _Waitlist(actions.available_devices(kind), actions.list_waitlist(kind))

        self.run(load, self._show_waitlist, "list-waitlist", self.overdue_error)

    def _show_waitlist(self, loaded: _Waitlist) -> None:
        kind = selected(self.wait_kind, DeviceKind)
        kind_name = label(kind).lower() if kind is not None else ""
        if loaded.free:
            self.free_now.setText(
                self.tr("{count} free now: lend one instead of adding to the waitlist.").format(
                    count=len(loaded.free)
                )
            )
        else:
            self.free_now.setText(self.tr("No {kind} is free now.").format(kind=kind_name))
        self.join_button.setEnabled(not loaded.free)
        self.waitlist.clear()
        for place in loaded.places:
            item = QListWidgetItem(
                self.tr("{position}. {kind}, {use}, since {when}").format(
                    position=place.position,
                    kind=label(place.kind),
                    use=label(place.loan_kind).lower(),
                    when=day_and_time(place.joined_at),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, place.id)
            self.waitlist.addItem(item)
        if not loaded.places:
            self.waitlist.addItem(self.tr("Nobody is waiting."))
        self.waitlist_listed.emit(len(loaded.places))

    def _close_place(self, outcome: WaitlistOutcome) -> None:
        """Take the chosen place off the waitlist: served, or no longer needed."""
        item = self.waitlist.currentItem()
        place = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(place, uuid.UUID):
            show_error(self.overdue_error, self.tr("Choose a place on the waitlist first."))
            return

        def done(_result: None) -> None:
            self.waitlist_closed.emit(place)
            self.refresh_waitlist()

        self.run(
            lambda: self._actions.close_waitlist_place(place, outcome),
            done,
            "close-waitlist-place",
            self.overdue_error,
        )

    def _on_join_clicked(self) -> None:
        kind = selected(self.wait_kind, DeviceKind)
        use = selected(self.wait_loan_kind, LoanKind) or LoanKind.TAKE_HOME
        if kind is None:
            return
        self.join_button.setEnabled(False)

        def done(place: WaitlistPlace) -> None:
            self.waitlist_joined.emit(place)
            self.refresh_waitlist()

        self.run(
            lambda: self._actions.join_waitlist(kind, use),
            done,
            "join-waitlist",
            self.overdue_error,
        )
