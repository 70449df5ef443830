"""The Inventory tab: every device and its state, and the moves staff make (repair, retire)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal

from desk.domain.loans import DeviceEvent, DeviceState
from desk.services.devices import DeviceView
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.loans.actions import LoansActions
from desk.ui.views.loans.common import (
    LoansTab,
    current_key,
    device_name,
    fill,
    lay_out,
    table,
)
from desk.ui.widgets import button, enum_combo, error_label, fields, flow, hint, selected


class InventoryTab(LoansTab):
    """What there is, in the state chosen, with the moves the chosen device allows."""

    devices_listed = Signal(int)
    device_changed = Signal(object)  # DeviceView

    def __init__(
        self, jobs: JobRunner, actions: LoansActions, failed: Callable[[str], None]
    ) -> None:
        super().__init__(jobs, failed)
        self._actions = actions
        self._devices: dict[str, DeviceView] = {}
        self.state_filter = enum_combo(
            DeviceState, self.tr("Show devices in this state"), placeholder=self.tr("All states")
        )
        self.state_filter.activated.connect(self.refresh)
        self.devices = table(
            self.tr("Devices"),
            [self.tr("Asset tag"), self.tr("Kind"), self.tr("Model"), self.tr("State")],
            stretch=2,
        )
        self.devices.itemSelectionChanged.connect(self.enable)
        self.repair_button = button(self.tr("Send for repair"), secondary=True)
        self.repaired_button = button(self.tr("Back from repair"), secondary=True)
        self.retire_button = button(self.tr("Retire"), secondary=True)
        self._event_buttons = {
            DeviceEvent.SEND_TO_REPAIR: self.repair_button,
            DeviceEvent.BACK_FROM_REPAIR: self.repaired_button,
            DeviceEvent.RETIRE: self.retire_button,
        }
        for event, widget in self._event_buttons.items():
            widget.setEnabled(False)
            widget.clicked.connect(lambda _checked=False, e=event: self._on_event_clicked(e))
        self.inventory_note = hint()
        self.inventory_error = error_label(self.tr("Problem with the inventory"))
        filter_row = fields()
        filter_row.addRow(self.tr("Show"), self.state_filter)
        lay_out(
            self,
            filter_row,
            self.devices,
            flow(self.repair_button, self.repaired_button, self.retire_button),
            hint(
                self.tr(
                    "A device back from repair is wiped and checked again before it can go out."
                )
            ),
            footer=(self.inventory_note, self.inventory_error),
        )

    def refresh(self) -> None:
        """List the devices in the state chosen (all by default)."""
        state = selected(self.state_filter, DeviceState)
        self.run(
            lambda: self._actions.list_devices(state),
            self._show_devices,
            "list-devices",
            self.inventory_error,
        )

    def _show_devices(self, devices: list[DeviceView]) -> None:
        chosen = current_key(self.devices)
        self._devices = {d.asset_tag: d for d in devices}
        fill(
            self.devices,
            [[d.asset_tag, label(d.kind), d.model, label(d.state)] for d in devices],
            [d.asset_tag for d in devices],
        )
        if chosen in self._devices:
            self.devices.selectRow(list(self._devices).index(str(chosen)))
        self.enable()
        self.devices_listed.emit(len(devices))

    def select_device(self, asset_tag: str) -> None:
        """Select a device in the table (for the keyboard and for tests)."""
        if asset_tag in self._devices:
            self.devices.selectRow(list(self._devices).index(asset_tag))

    def _chosen_device(self) -> DeviceView | None:
        key = current_key(self.devices)
        return self._devices.get(key) if isinstance(key, str) else None

    def enable(self) -> None:
        """Offer only the moves the chosen device allows."""
        device = self._chosen_device()
        allowed = device.events_allowed if device is not None else frozenset()
        for event, widget in self._event_buttons.items():
            widget.setEnabled(event in allowed)

    def _on_event_clicked(self, event: DeviceEvent) -> None:
        device = self._chosen_device()
        if device is None:
            return
        for widget in self._event_buttons.values():
            widget.setEnabled(False)
        self.inventory_error.hide()

        def done(changed: DeviceView) -> None:
            self.inventory_note.setText(
                self.tr("{device} is now: {state}.").format(
                    device=device_name(changed), state=label(changed.state).lower()
                )
            )
            self.device_changed.emit(changed)
            self.refresh()

        tag = device.asset_tag
        self.run(
            lambda: self._actions.change_state(tag, event),
            done,
            "change-device-state",
            self.inventory_error,
        )
