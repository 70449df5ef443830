"""The Wipes tab: the wipe checklist for a device that came back, and a colleague's check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QVBoxLayout

from desk.domain.loans import DeviceState, WipeStep
from desk.services.devices import DeviceView, WipeVerified, WipeView
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.loans.actions import LoansActions
from desk.ui.views.loans.common import (
    LoansTab,
    checkbox,
    day_and_time,
    device_name,
    lay_out,
    note,
    section,
)
from desk.ui.widgets import button, drop_down, error_label, fields, flow, hint


@dataclass(frozen=True)
class _Wipes:
    awaiting: list[DeviceView]
    pending: list[WipeView]


class WipesTab(LoansTab):
    """Record a wipe step by step; a different member of staff verifies it."""

    wipes_listed = Signal(int, int)  # devices to wipe, wipes waiting for a colleague
    wipe_recorded = Signal(object)  # WipeView
    wipe_verified = Signal(object)  # WipeVerified

    def __init__(
        self, jobs: JobRunner, actions: LoansActions, failed: Callable[[str], None]
    ) -> None:
        super().__init__(jobs, failed)
        self._actions = actions
        self._wipe_next: str | None = None
        self.to_wipe = drop_down()
        self.to_wipe.setAccessibleName(self.tr("Device to wipe"))
        self.wipe_steps: dict[WipeStep, QCheckBox] = {
            step: checkbox(label(step)) for step in WipeStep
        }
        steps = QVBoxLayout()
        for box in self.wipe_steps.values():
            steps.addWidget(box)
        self.wipe_button = button(self.tr("Record the wipe"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self._on_wipe_clicked)
        self.pending = QListWidget()
        self.pending.setAccessibleName(self.tr("Wipes waiting for a colleague to verify"))
        self.pending.setMaximumHeight(140)
        self.no_pending = hint(self.tr("No wipe is waiting to be verified."))
        self.verify_button = button(self.tr("Verify wipe"))
        self.verify_button.setEnabled(False)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.pending.currentRowChanged.connect(lambda row: self.verify_button.setEnabled(row >= 0))
        self.wipes_note = hint()
        self.wipes_note.setAccessibleName(self.tr("What happened"))
        self.wipes_note.hide()
        self.wipes_error = error_label(self.tr("Problem with the wipe"))
        wipe_choice = fields()
        wipe_choice.addRow(self.tr("Device"), self.to_wipe)
        lay_out(
            self,
            section(self.tr("Wipe checklist")),
            wipe_choice,
            hint(
                self.tr(
                    "Tick each step as you do it. If a step cannot be done, send it for repair."
                )
            ),
            steps,
            flow(self.wipe_button),
            section(self.tr("Verify a wipe")),
            hint(
                self.tr(
                    "A different member of staff checks each wipe: sign in as yourself to verify "
                    "a colleague's wipe."
                )
            ),
            self.pending,
            self.no_pending,
            flow(self.verify_button),
            footer=(self.wipes_error, self.wipes_note),
        )

    def prefer(self, asset_tag: str) -> None:
        """Choose `asset_tag` for the checklist at the next refresh (a device just back)."""
        self._wipe_next = asset_tag

    def start_checklist(self) -> None:
        """Put the keyboard on the checklist's first step."""
        self.wipe_steps[WipeStep.ACCOUNTS_REMOVED].setFocus()

    def refresh(self) -> None:
        """List the devices to wipe and the wipes waiting to be verified."""
        actions = self._actions

        def load() -> _Wipes:
            return _Wipes(actions.list_devices(DeviceState.AWAITING_WIPE), actions.pending_wipes())

        self.run(load, self._show_wipes, "list-wipes", self.wipes_error)

    def _show_wipes(self, loaded: _Wipes) -> None:
        recorded = {wipe.device.asset_tag for wipe in loaded.pending}
        to_wipe = [d for d in loaded.awaiting if d.asset_tag not in recorded]
        chosen = self._wipe_next or self.to_wipe.currentData()
        self._wipe_next = None
        self.to_wipe.clear()
        for device in to_wipe:
            self.to_wipe.addItem(f"{device.asset_tag} · {device.model}", device.asset_tag)
        if not to_wipe:
            self.to_wipe.addItem(self.tr("Nothing to wipe"), None)
        self.to_wipe.setCurrentIndex(max(self.to_wipe.findData(chosen), 0))
        self.to_wipe.setEnabled(bool(to_wipe))
        self.pending.clear()
        for wipe in loaded.pending:
            item = QListWidgetItem(
                self.tr("{device} · wiped {when}").format(
                    device=device_name(wipe.device), when=day_and_time(wipe.wiped_at)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, wipe.device.asset_tag)
            self.pending.addItem(item)
        self.no_pending.setVisible(not loaded.pending)
        self.enable()
        self.wipes_listed.emit(len(to_wipe), len(loaded.pending))

    def enable(self) -> None:
        """Record a wipe of a device chosen; verify a wipe chosen."""
        self.wipe_button.setEnabled(isinstance(self.to_wipe.currentData(), str))
        self.verify_button.setEnabled(self.pending.currentRow() >= 0)

    def _on_wipe_clicked(self) -> None:
        tag = self.to_wipe.currentData()
        if not isinstance(tag, str):
            return
        steps = frozenset(step for step, box in self.wipe_steps.items() if box.isChecked())
        self.wipe_button.setEnabled(False)
        self.wipes_error.hide()
        self.wipes_note.hide()

        def done(result: WipeView) -> None:
            note(
                self.wipes_note,
                self.tr("The wipe of {device} is recorded. A colleague now verifies it.").format(
                    device=device_name(result.device)
                ),
            )
            for box in self.wipe_steps.values():
                box.setChecked(False)
            self.wipe_recorded.emit(result)
            self.refresh()

        self.run(
            lambda: self._actions.record_wipe(tag, steps), done, "record-wipe", self.wipes_error
        )

    def _on_verify_clicked(self) -> None:
        item = self.pending.currentItem()
        tag = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(tag, str):
            return
        self.verify_button.setEnabled(False)
        self.wipes_error.hide()
        self.wipes_note.hide()

        def done(result: WipeVerified) -> None:
            text = self.tr("{device} is wiped, checked and available to lend.").format(
                device=device_name(result.device)
            )
            if result.waiting:
                text += " " + self.tr(
                    "{count} waiting for a {kind}: call the next one on the waitlist."
                ).format(count=result.waiting, kind=label(result.device.kind).lower())
            note(self.wipes_note, text)
            self.wipe_verified.emit(result)
            self.refresh()

        self.run(lambda: self._actions.verify_wipe(tag), done, "verify-wipe", self.wipes_error)

    def select_pending(self, asset_tag: str) -> None:
        """Select a wipe waiting to be verified (for the keyboard and for tests)."""
        for row in range(self.pending.count()):
            item = self.pending.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == asset_tag:
                self.pending.setCurrentRow(row)
