"""The Returns tab: check a device back in, with its condition and any kit missing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from desk.domain.loans import DeviceCondition
from desk.services.loans import CheckedIn, LoanView
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.loans.actions import LoansActions
from desk.ui.views.loans.common import (
    LoansTab,
    add_shown,
    checkbox,
    current_key,
    day,
    device_name,
    empty_now,
    fill,
    lay_out,
    note,
    section,
    table,
)
from desk.ui.widgets import button, enum_combo, error_label, fields, flow, hint, selected


class ReturnsTab(LoansTab):
    """The devices out, and checking one back in; a device back goes to be wiped."""

    loans_listed = Signal(int)
    checked_in = Signal(object)  # CheckedIn
    wipe_now = Signal()  # staff go on to wipe the device just checked in

    def __init__(
        self, jobs: JobRunner, actions: LoansActions, failed: Callable[[str], None]
    ) -> None:
        super().__init__(jobs, failed)
        self._actions = actions
        self._loans: dict[str, LoanView] = {}
        self.loans = table(
            self.tr("Devices out"),
            [self.tr("Asset tag"), self.tr("Kind"), self.tr("Loan"), self.tr("Due back")],
            stretch=2,
        )
        self.loans.setMaximumHeight(260)
        self.loans.itemSelectionChanged.connect(self._show_missing_kit)
        self.no_loans = hint(self.tr("No device is out."))
        self.no_loans.hide()
        self.condition = enum_combo(DeviceCondition, self.tr("Condition it came back in"))
        self.missing_box = QVBoxLayout()
        self.missing_boxes: dict[str, QCheckBox] = {}
        self.check_in_button = button(self.tr("Check in"))
        self.check_in_button.setEnabled(False)
        self.check_in_button.clicked.connect(self._on_check_in_clicked)
        checking = fields()
        checking.addRow(self.tr("Condition"), self.condition)
        checking.addRow(self.tr("Kit missing"), self.missing_box)
        self.returns_note = hint()
        self.returns_note.setAccessibleName(self.tr("What happened"))
        self.returns_note.hide()
        self.returns_error = error_label(self.tr("Problem with the return"))
        self.wipe_now_button = button(self.tr("Do the wipe checklist now"), secondary=True)
        self.wipe_now_button.clicked.connect(self._on_wipe_now_clicked)
        self.wipe_now_button.hide()
        lay_out(
            self,
            section(self.tr("Check a device back in")),
            self.loans,
            self.no_loans,
            checking,
            flow(self.check_in_button),
            footer=(self.returns_error, self.returns_note, flow(self.wipe_now_button)),
        )

    def refresh(self) -> None:
        """List the devices out."""
        self.run(self._actions.open_loans, self._show_loans, "list-loans", self.returns_error)

    def _show_loans(self, loans: list[LoanView]) -> None:
        self._loans = {loan.device.asset_tag: loan for loan in loans}
        fill(
            self.loans,
            [
                [
                    loan.device.asset_tag,
                    label(loan.device.kind),
                    label(loan.kind),
                    day(loan.due_at) or self.tr("end of the visit"),
                ]
                for loan in loans
            ],
            [loan.device.asset_tag for loan in loans],
        )
        self._show_missing_kit()
        self.no_loans.setVisible(not loans)
        self.loans_listed.emit(len(loans))

    def select_loan(self, asset_tag: str) -> None:
        """Select a device that is out (for the keyboard and for tests)."""
        if asset_tag in self._loans:
            self.loans.selectRow(list(self._loans).index(asset_tag))

    def _chosen_loan(self) -> LoanView | None:
        key = current_key(self.loans)
        return self._loans.get(key) if isinstance(key, str) else None

    def _show_missing_kit(self) -> None:
        empty_now(self.missing_box)
        self.missing_boxes = {}
        loan = self._chosen_loan()
        for item in loan.kit_out if loan is not None else ():
            box = checkbox(self.tr("{item} is missing").format(item=item))
            self.missing_boxes[item] = box
            add_shown(self.missing_box, box)
        if loan is None:
            add_shown(self.missing_box, hint(self.tr("Choose the device that came back.")))
        elif not loan.kit_out:
            add_shown(self.missing_box, hint(self.tr("No kit went out with it.")))
        self.enable()

    def enable(self) -> None:
        """Check in only a device chosen from those out."""
        self.check_in_button.setEnabled(self._chosen_loan() is not None)

    def _on_check_in_clicked(self) -> None:
        loan = self._chosen_loan()
        condition = selected(self.condition, DeviceCondition) or DeviceCondition.GOOD
        if loan is None:
            return
        missing = tuple(item for item, box in self.missing_boxes.items() if box.isChecked())
        tag = loan.device.asset_tag
        self.check_in_button.setEnabled(False)
        self.returns_error.hide()
        self.returns_note.hide()
        self.wipe_now_button.hide()

        def done(result: CheckedIn) -> None:
            back = result.loan
            note(
                self.returns_note,
                self.tr("{device} is back ({condition}). It now needs a wipe.").format(
                    device=device_name(back.device),
                    condition=label(back.condition_in or DeviceCondition.GOOD).lower(),
                ),
            )
            self.condition.setCurrentIndex(0)
            self.checked_in.emit(result)
            self.wipe_now_button.show()
            self.refresh()

        self.run(
            lambda: self._actions.check_in(tag, condition, missing),
            done,
            "check-in",
            self.returns_error,
        )

    def _on_wipe_now_clicked(self) -> None:
        self.wipe_now_button.hide()
        self.wipe_now.emit()
