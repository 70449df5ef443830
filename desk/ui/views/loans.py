"""The loan screens: inventory, lending to take home, returns and wipes, overdue, waitlist."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.loans import (
    MAX_TAKE_HOME,
    DeviceCondition,
    DeviceEvent,
    DeviceKind,
    DeviceState,
    IdTypeSeen,
    LoanKind,
    WaitlistOutcome,
    WipeStep,
)
from desk.domain.triage import ReferralKind
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
    due_at_end_of,
)
from desk.services.staff import StaffMember
from desk.services.uploads import Uploads
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.print import PrintFlow
from desk.ui.widgets import (
    FlowLayout,
    WrapCheckBox,
    add_field,
    button,
    clear_layout,
    drop_down,
    enum_combo,
    error_label,
    fields,
    flow,
    heading,
    hint,
    scrolling,
    selected,
    show_error,
    wrap,
)
from printing.documents import LoanAgreement, compose_loan_agreement, load_texts


@dataclass(frozen=True)
class LoansActions:
    """The use cases the loan screens call (each runs in the background).

    The site, the station and the signed-in member of staff are already applied.
    """

    list_devices: Callable[[DeviceState | None], list[DeviceView]]
    change_state: Callable[[str, DeviceEvent], DeviceView]
    current_agreement: Callable[[], Agreement]
    default_due: Callable[[], datetime]
    lend_take_home: Callable[
        [str, BorrowerDetails, datetime, str, str, tuple[str, ...]], LentOut
    ]  # asset tag, borrower, due, typed name, agreement version, kit handed over
    open_loans: Callable[[], list[LoanView]]
    check_in: Callable[[str, DeviceCondition, tuple[str, ...]], CheckedIn]
    record_wipe: Callable[[str, frozenset[WipeStep]], WipeView]
    pending_wipes: Callable[[], list[WipeView]]
    verify_wipe: Callable[[str], WipeVerified]
    list_overdue: Callable[[], list[OverdueLoan]]
    available_devices: Callable[[DeviceKind], list[DeviceView]]
    join_waitlist: Callable[[DeviceKind, LoanKind], WaitlistPlace]
    list_waitlist: Callable[[DeviceKind | None], list[WaitlistPlace]]
    close_waitlist_place: Callable[[uuid.UUID, WaitlistOutcome], None]


@dataclass(frozen=True)
class AgreementToPrint:
    """What the printed agreement needs: the loan, its borrower and the wording they accepted."""

    lent: LentOut
    agreement: Agreement


REFERRALS = (ReferralKind.DEVICE_BANK, ReferralKind.DATA_BANK, ReferralKind.SOCIAL_TARIFF)


def _check(text: str) -> QCheckBox:
    box = WrapCheckBox(text)
    box.setAccessibleName(text)
    return box


def _table(accessible: str, columns: Sequence[str], stretch: int) -> QTableWidget:
    """A read-only table chosen a row at a time; column `stretch` takes the spare width."""
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[object]) -> None:
    """Replace a table's rows; each row's first cell keeps its key for `_current_key`."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(row, column, item)


def _current_key(table: QTableWidget) -> object:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _day(when: datetime | None) -> str:
    """A date in station time, in the user's language: "7 Dec 2026"."""
    return _local(when, "d MMM yyyy") if when is not None else ""


def _when(when: datetime) -> str:
    """A day and time in station time: "7 Dec 14:05"."""
    return _local(when, "d MMM HH:mm")


def _local(when: datetime, pattern: str) -> str:
    local = when.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, pattern)


def _name(device: DeviceView) -> str:
    """How the screens name a device: "Laptop LT-042", with the kind translated."""
    return f"{label(device.kind)} {device.asset_tag}"


def _items(found: object, kind: type[Any]) -> list[Any]:
    return [item for item in found if isinstance(item, kind)] if isinstance(found, list) else []


def _page(
    *parts: QWidget | QLayout,
    footer: Sequence[QWidget | QLayout] = (),
) -> QWidget:
    """One tab: a column of parts, scrolling when the window is small, and a footer (messages,
    results) that stays in view."""
    content = QWidget()
    column = QVBoxLayout(content)
    for part in parts:
        if isinstance(part, QWidget):
            column.addWidget(part)
        else:
            column.addLayout(part)
    column.addStretch(1)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(scrolling(content, max_chars=110), stretch=1)
    for part in footer:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return page


def _section(text: str) -> QLabel:
    """A heading within a tab: bold, a little larger than the text."""
    widget = QLabel(text)
    wrap(widget)
    widget.setAccessibleName(text)
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    widget.setFont(font)
    return widget


def _clear(layout: QVBoxLayout) -> None:
    """Empty a layout at once: hidden now, deleted when Qt next gets round to it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
    clear_layout(layout)


def _add_shown(layout: QVBoxLayout, widget: QWidget) -> None:
    """Add a widget to a layout already on screen and show it now, not on the next event."""
    layout.addWidget(widget)
    widget.show()


def _row(*widgets: QWidget) -> FlowLayout:
    return flow(*widgets)


class LoansView(QWidget):
    """Loan devices: what there is, lending, returns and wipes, and who to call."""

    devices_listed = Signal(int)
    device_changed = Signal(object)  # DeviceView
    lend_ready = Signal(int)  # devices free to lend
    lent = Signal(object)  # LentOut
    agreement_ready = Signal(object)  # AgreementToPrint
    loans_listed = Signal(int)
    checked_in = Signal(object)  # CheckedIn
    wipes_listed = Signal(int, int)  # devices to wipe, wipes waiting for a colleague
    wipe_recorded = Signal(object)  # WipeView
    wipe_verified = Signal(object)  # WipeVerified
    overdue_listed = Signal(int)
    waitlist_listed = Signal(int)
    waitlist_joined = Signal(object)  # WaitlistPlace
    waitlist_closed = Signal(object)  # the place's id
    action_failed = Signal(str)

    def __init__(self, jobs: JobRunner, actions: LoansActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self._devices: dict[str, DeviceView] = {}
        self._free: dict[str, DeviceView] = {}
        self._agreement: Agreement | None = None
        self._last_lent: LentOut | None = None
        self._due_set = False
        self._wipe_next: str | None = None
        self._loans: dict[str, LoanView] = {}
        self.setAccessibleName(self.tr("Loan devices"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Loan devices"))
        self.tabs.addTab(self._build_inventory(), self.tr("Inventory"))
        self.tabs.addTab(self._build_lend(), self.tr("Lend to take home"))
        self.tabs.addTab(self._build_returns(), self.tr("Returns"))
        self.tabs.addTab(self.wipes_page, self.tr("Wipes"))
        self.tabs.addTab(self._build_overdue(), self.tr("Overdue and waitlist"))
        self.tabs.currentChanged.connect(self._refresh_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(heading(self.tr("Loan devices")))
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------------ building

    def _build_inventory(self) -> QWidget:
        self.state_filter = enum_combo(
            DeviceState, self.tr("Show devices in this state"), placeholder=self.tr("All states")
        )
        self.state_filter.activated.connect(self.refresh_inventory)
        self.devices = _table(
            self.tr("Devices"),
            [self.tr("Asset tag"), self.tr("Kind"), self.tr("Model"), self.tr("State")],
            stretch=2,
        )
        self.devices.itemSelectionChanged.connect(self._enable_device_buttons)
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
        return _page(
            filter_row,
            self.devices,
            _row(self.repair_button, self.repaired_button, self.retire_button),
            hint(
                self.tr(
                    "A device back from repair is wiped and checked again before it can go out."
                )
            ),
            footer=(self.inventory_note, self.inventory_error),
        )

    def _build_lend(self) -> QWidget:
        self.lend_device = drop_down()
        self.lend_device.setAccessibleName(self.tr("Device to lend"))
        self.lend_device.currentIndexChanged.connect(self._show_kit)
        self.borrower_name = QLineEdit()
        self.borrower_name.setAccessibleName(self.tr("Borrower's name"))
        self.contact_number = QLineEdit()
        self.contact_number.setAccessibleName(self.tr("Contact number"))
        self.contact_number.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.id_seen = enum_combo(
            IdTypeSeen, self.tr("Type of ID seen"), placeholder=self.tr("Choose…")
        )
        self.due = QDateEdit()
        self.due.setAccessibleName(self.tr("Due back on"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMMM yyyy")
        self.kit_box = QVBoxLayout()
        self.kit_none = hint(self.tr("No kit: just the device."))
        self.kit_boxes: dict[str, QCheckBox] = {}
        self.agreement_title = QLabel()
        wrap(self.agreement_title)
        self.agreement_text = QPlainTextEdit()
        self.agreement_text.setReadOnly(True)
        self.agreement_text.setAccessibleName(self.tr("Loan agreement"))
        self.agreement_text.setTabChangesFocus(True)
        self.agreement_text.setMinimumHeight(120)
        self.agreement_text.setMaximumHeight(200)
        self.typed_name = QLineEdit()
        self.typed_name.setAccessibleName(self.tr("Borrower types their name to accept"))
        self.lend_button = button(self.tr("Lend"))
        self.lend_button.clicked.connect(self._on_lend_clicked)
        self._build_lend_result()

        # Labels that wrap: long in some languages at the largest text size.
        form = fields()
        add_field(form, self.tr("Device"), self.lend_device)
        add_field(form, self.tr("Borrower's name"), self.borrower_name)
        add_field(form, self.tr("Contact number"), self.contact_number)
        add_field(form, self.tr("ID seen"), self.id_seen)
        add_field(form, self.tr("Due back on"), self.due)
        kit = QVBoxLayout()
        kit.addWidget(self.kit_none)
        kit.addLayout(self.kit_box)
        add_field(form, self.tr("Kit handed over"), kit)
        accept = fields()
        add_field(accept, self.tr("Borrower types their name"), self.typed_name)
        return _page(
            form,
            hint(self.tr("Look at the ID only: never copy it or write down its number.")),
            self.agreement_title,
            self.agreement_text,
            accept,
            _row(self.lend_button),
            footer=(self.lend_error, self.lend_result, self.referral, _row(self.print_button)),
        )

    def _build_lend_result(self) -> None:
        self.lend_result = hint()
        self.lend_result.setAccessibleName(self.tr("Loan made"))
        self.lend_result.hide()
        self.referral = QLabel()
        wrap(self.referral)
        self.referral.setAccessibleName(self.tr("Offer a referral"))
        bold = QFont(self.referral.font())
        bold.setBold(True)
        self.referral.setFont(bold)
        self.referral.hide()
        self.print_button = button(self.tr("Print the agreement"), secondary=True)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.print_button.hide()
        self.lend_error = error_label(self.tr("Problem lending the device"))

    def _build_returns(self) -> QWidget:
        self.loans = _table(
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

        self.to_wipe = drop_down()
        self.to_wipe.setAccessibleName(self.tr("Device to wipe"))
        self.wipe_steps: dict[WipeStep, QCheckBox] = {
            step: _check(label(step)) for step in WipeStep
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
        self.returns_note = hint()
        self.returns_note.setAccessibleName(self.tr("What happened"))
        self.returns_note.hide()
        self.returns_error = error_label(self.tr("Problem with the return"))
        self.wipe_now_button = button(self.tr("Do the wipe checklist now"), secondary=True)
        self.wipe_now_button.clicked.connect(self._on_wipe_now_clicked)
        self.wipe_now_button.hide()
        self.wipes_note = hint()
        self.wipes_note.setAccessibleName(self.tr("What happened"))
        self.wipes_note.hide()
        self.wipes_error = error_label(self.tr("Problem with the wipe"))
        wipe_choice = fields()
        wipe_choice.addRow(self.tr("Device"), self.to_wipe)
        self.wipes_page = _page(
            _section(self.tr("Wipe checklist")),
            wipe_choice,
            hint(
                self.tr(
                    "Tick each step as you do it. If a step cannot be done, send it for repair."
                )
            ),
            steps,
            _row(self.wipe_button),
            _section(self.tr("Verify a wipe")),
            hint(
                self.tr(
                    "A different member of staff checks each wipe: sign in as yourself to verify "
                    "a colleague's wipe."
                )
            ),
            self.pending,
            self.no_pending,
            _row(self.verify_button),
            footer=(self.wipes_error, self.wipes_note),
        )
        return _page(
            _section(self.tr("Check a device back in")),
            self.loans,
            self.no_loans,
            checking,
            _row(self.check_in_button),
            footer=(self.returns_error, self.returns_note, _row(self.wipe_now_button)),
        )

    def _build_overdue(self) -> QWidget:
        self.overdue = _table(
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
        return _page(
            _section(self.tr("Overdue: who to call")),
            self.overdue,
            self.no_overdue,
            _section(self.tr("Waitlist")),
            hint(
                self.tr(
                    "When no device of a kind is free, add the resident to the waitlist. "
                    "No personal details are kept on it."
                )
            ),
            wanted,
            self.free_now,
            _row(self.join_button),
            self.waitlist,
            _row(self.served_button, self.cancel_place_button),
            footer=(self.overdue_error,),
        )

    # ------------------------------------------------------------------ running

    def _run(
        self, fn: Callable[[], Any], done: Callable[[Any], None], name: str, where: QLabel
    ) -> None:
        self._jobs.run(fn, on_done=done, on_error=lambda e: self._failed(where, e), name=name)

    def _failed(self, where: QLabel, error: Exception) -> None:
        show_error(where, str(error))
        self.action_failed.emit(str(error))
        self._enable_device_buttons()
        self._enable_lend()
        self._enable_returns()

    def refresh(self) -> None:
        """Reload what the current section shows (call when the screen is shown)."""
        self._refresh_tab(self.tabs.currentIndex())

    def _refresh_tab(self, index: int) -> None:
        refreshers = (
            self.refresh_inventory,
            self.refresh_lend,
            self.refresh_returns,
            self.refresh_returns,
            self.refresh_overdue,
        )
        if 0 <= index < len(refreshers):
            refreshers[index]()

    # ------------------------------------------------------------------ inventory

    def refresh_inventory(self) -> None:
        """List the devices in the state chosen (all by default)."""
        state = selected(self.state_filter, DeviceState)
        self._run(
            lambda: self._actions.list_devices(state),
            self._show_devices,
            "list-devices",
            self.inventory_error,
        )

    def _show_devices(self, found: object) -> None:
        devices: list[DeviceView] = _items(found, DeviceView)
        chosen = _current_key(self.devices)
        self._devices = {d.asset_tag: d for d in devices}
        _fill(
            self.devices,
            [[d.asset_tag, label(d.kind), d.model, label(d.state)] for d in devices],
            [d.asset_tag for d in devices],
        )
        if chosen in self._devices:
            self.devices.selectRow(list(self._devices).index(str(chosen)))
        self._enable_device_buttons()
        self.devices_listed.emit(len(devices))

    def select_device(self, asset_tag: str) -> None:
        """Select a device in the inventory table (for the keyboard and for tests)."""
        if asset_tag in self._devices:
            self.devices.selectRow(list(self._devices).index(asset_tag))

    def _chosen_device(self) -> DeviceView | None:
        key = _current_key(self.devices)
        return self._devices.get(key) if isinstance(key, str) else None

    def _enable_device_buttons(self) -> None:
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

        def done(changed: object) -> None:
            if isinstance(changed, DeviceView):
                self.inventory_note.setText(
                    self.tr("{device} is now: {state}.").format(
                        device=_name(changed), state=label(changed.state).lower()
                    )
                )
                self.device_changed.emit(changed)
            self.refresh_inventory()

        tag = device.asset_tag
        self._run(
            lambda: self._actions.change_state(tag, event),
            done,
            "change-device-state",
            self.inventory_error,
        )

    # ------------------------------------------------------------------ lending

    def refresh_lend(self) -> None:
        """Load the devices free to lend, the agreement in force and the usual due date."""
        actions = self._actions

        def load() -> tuple[list[DeviceView], Agreement, datetime]:
            return (
                actions.list_devices(DeviceState.AVAILABLE),
                actions.current_agreement(),
                actions.default_due(),
            )

        self._run(load, self._show_lend, "load-lend", self.lend_error)

    def _show_lend(self, loaded: object) -> None:
        if not isinstance(loaded, tuple):
            return
        found, agreement, due = loaded
        devices: list[DeviceView] = _items(found, DeviceView)
        chosen = self.lend_device.currentData()
        self._free = {d.asset_tag: d for d in devices}
        self.lend_device.blockSignals(True)
        self.lend_device.clear()
        for device in devices:
            self.lend_device.addItem(
                f"{device.asset_tag} · {label(device.kind)} · {device.model}", device.asset_tag
            )
        if not devices:
            self.lend_device.addItem(self.tr("None free at the moment"), None)
        self.lend_device.setCurrentIndex(max(self.lend_device.findData(chosen), 0))
        self.lend_device.blockSignals(False)
        self._show_kit()
        if isinstance(agreement, Agreement):
            self._agreement = agreement
            self.agreement_title.setText(
                self.tr("{title} (version {version})").format(
                    title=agreement.title, version=agreement.version
                )
            )
            self.agreement_text.setPlainText(agreement.text)
        if isinstance(due, datetime):
            today = QDate.currentDate()
            self.due.setDateRange(today.addDays(1), today.addDays(MAX_TAKE_HOME.days))
            if not self._due_set:
                self._due_set = True
                local = due.astimezone().date()
                self.due.setDate(QDate(local.year, local.month, local.day))
        self._enable_lend()
        self.lend_ready.emit(len(devices))

    def _show_kit(self) -> None:
        _clear(self.kit_box)
        self.kit_boxes = {}
        tag = self.lend_device.currentData()
        device = self._free.get(tag) if isinstance(tag, str) else None
        for item in device.kit if device is not None else ():
            box = _check(item)
            box.setChecked(True)
            self.kit_boxes[item] = box
            _add_shown(self.kit_box, box)
        self.kit_none.setVisible(not self.kit_boxes)

    def _enable_lend(self) -> None:
        self.lend_button.setEnabled(
            isinstance(self.lend_device.currentData(), str) and self._agreement is not None
        )

    def _on_lend_clicked(self) -> None:
        tag, agreement = self.lend_device.currentData(), self._agreement
        if not isinstance(tag, str) or agreement is None:
            return
        id_seen = selected(self.id_seen, IdTypeSeen)
        if id_seen is None:
            show_error(self.lend_error, self.tr("Choose the type of ID you saw."))
            self.id_seen.setFocus()
            return
        borrower = BorrowerDetails(self.borrower_name.text(), self.contact_number.text(), id_seen)
        picked = self.due.date()
        due = due_at_end_of(date(picked.year(), picked.month(), picked.day()))
        typed = self.typed_name.text()
        kit = tuple(item for item, box in self.kit_boxes.items() if box.isChecked())
        self.lend_button.setEnabled(False)
        for widget in (self.lend_error, self.lend_result, self.referral, self.print_button):
            widget.hide()
        self._run(
            lambda: self._actions.lend_take_home(tag, borrower, due, typed, agreement.version, kit),
            self._on_lent,
            "lend-take-home",
            self.lend_error,
        )

    def _on_lent(self, result: object) -> None:
        if not isinstance(result, LentOut):
            return
        self._last_lent = result
        loan = result.loan
        self.lend_result.setText(
            self.tr("{device} is lent to {name} until {due}.").format(
                device=_name(loan.device), name=result.borrower.name or "", due=_day(loan.due_at)
            )
        )
        self.lend_result.show()
        if result.offer_referral:
            self.referral.setText(
                self.tr(
                    "This is their loan number {count}. Offer to refer them for something of "
                    "their own: {options}."
                ).format(
                    count=result.take_home_loans,
                    options="; ".join(label(kind) for kind in REFERRALS),
                )
            )
        self.referral.setVisible(result.offer_referral)
        self.print_button.show()
        for field in (self.borrower_name, self.contact_number, self.typed_name):
            field.clear()
        self.id_seen.setCurrentIndex(0)
        self._due_set = False
        self.lent.emit(result)
        self.print_button.setFocus()
        self.refresh_lend()

    def _on_print_clicked(self) -> None:
        if self._last_lent is not None and self._agreement is not None:
            self.agreement_ready.emit(AgreementToPrint(self._last_lent, self._agreement))

    # ------------------------------------------------------------------ returns and wipes

    def refresh_returns(self) -> None:
        """List the devices out, the devices to wipe and the wipes waiting to be verified."""
        actions = self._actions

        def load() -> tuple[list[LoanView], list[DeviceView], list[WipeView]]:
            return (
                actions.open_loans(),
                actions.list_devices(DeviceState.AWAITING_WIPE),
                actions.pending_wipes(),
            )

        where = (
            self.wipes_error if self.tabs.currentWidget() is self.wipes_page else self.returns_error
        )
        self._run(load, self._show_returns, "load-returns", where)

    def _show_returns(self, loaded: object) -> None:
        if not isinstance(loaded, tuple):
            return
        found_loans, found_awaiting, found_pending = loaded
        loans: list[LoanView] = _items(found_loans, LoanView)
        awaiting: list[DeviceView] = _items(found_awaiting, DeviceView)
        pending: list[WipeView] = _items(found_pending, WipeView)
        self._loans = {loan.device.asset_tag: loan for loan in loans}
        _fill(
            self.loans,
            [
                [
                    loan.device.asset_tag,
                    label(loan.device.kind),
                    label(loan.kind),
                    _day(loan.due_at) or self.tr("end of the visit"),
                ]
                for loan in loans
            ],
            [loan.device.asset_tag for loan in loans],
        )
        self._show_missing_kit()

        recorded = {wipe.device.asset_tag for wipe in pending}
        to_wipe = [d for d in awaiting if d.asset_tag not in recorded]
        chosen = self._wipe_next or self.to_wipe.currentData()
        self._wipe_next = None
        self.to_wipe.clear()
        for device in to_wipe:
            self.to_wipe.addItem(f"{device.asset_tag} · {device.model}", device.asset_tag)
        if not to_wipe:
            self.to_wipe.addItem(self.tr("Nothing to wipe"), None)
        self.to_wipe.setCurrentIndex(max(self.to_wipe.findData(chosen), 0))
        self.wipe_button.setEnabled(bool(to_wipe))

        self.pending.clear()
        for wipe in pending:
            item = QListWidgetItem(
                self.tr("{device} · wiped {when}").format(
                    device=_name(wipe.device),
                    when=_when(wipe.wiped_at),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, wipe.device.asset_tag)
            self.pending.addItem(item)
        self.verify_button.setEnabled(self.pending.currentRow() >= 0)
        self.no_pending.setVisible(not pending)
        self.to_wipe.setEnabled(bool(to_wipe))
        self.no_loans.setVisible(not loans)
        self.loans_listed.emit(len(loans))
        self.wipes_listed.emit(len(to_wipe), len(pending))

    def select_loan(self, asset_tag: str) -> None:
        """Select a device that is out (for the keyboard and for tests)."""
        if asset_tag in self._loans:
            self.loans.selectRow(list(self._loans).index(asset_tag))

    def _chosen_loan(self) -> LoanView | None:
        key = _current_key(self.loans)
        return self._loans.get(key) if isinstance(key, str) else None

    def _show_missing_kit(self) -> None:
        _clear(self.missing_box)
        self.missing_boxes = {}
        loan = self._chosen_loan()
        for item in loan.kit_out if loan is not None else ():
            box = _check(self.tr("{item} is missing").format(item=item))
            self.missing_boxes[item] = box
            _add_shown(self.missing_box, box)
        if loan is None:
            _add_shown(self.missing_box, hint(self.tr("Choose the device that came back.")))
        elif not loan.kit_out:
            _add_shown(self.missing_box, hint(self.tr("No kit went out with it.")))
        self.check_in_button.setEnabled(loan is not None)

    def _enable_returns(self) -> None:
        self.check_in_button.setEnabled(self._chosen_loan() is not None)
        self.wipe_button.setEnabled(isinstance(self.to_wipe.currentData(), str))
        self.verify_button.setEnabled(self.pending.currentRow() >= 0)

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

        def done(result: object) -> None:
            if isinstance(result, CheckedIn):
                back = result.loan
                note = self.tr("{device} is back ({condition}). It now needs a wipe.")
                self._note(
                    self.returns_note,
                    note.format(
                        device=_name(back.device),
                        condition=label(back.condition_in or DeviceCondition.GOOD).lower(),
                    ),
                )
                self.condition.setCurrentIndex(0)
                self.checked_in.emit(result)
                self._wipe_next = tag
                self.wipe_now_button.show()
            self.refresh_returns()

        self._run(
            lambda: self._actions.check_in(tag, condition, missing),
            done,
            "check-in",
            self.returns_error,
        )

    def _on_wipe_clicked(self) -> None:
        tag = self.to_wipe.currentData()
        if not isinstance(tag, str):
            return
        steps = frozenset(step for step, box in self.wipe_steps.items() if box.isChecked())
        self.wipe_button.setEnabled(False)
        self.wipes_error.hide()
        self.wipes_note.hide()

        def done(result: object) -> None:
            if isinstance(result, WipeView):
                self._note(
                    self.wipes_note,
                    self.tr(
                        "The wipe of {device} is recorded. A colleague now verifies it."
                    ).format(device=_name(result.device)),
                )
                for box in self.wipe_steps.values():
                    box.setChecked(False)
                self.wipe_recorded.emit(result)
            self.refresh_returns()

        self._run(
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

        def done(result: object) -> None:
            if isinstance(result, WipeVerified):
                text = self.tr("{device} is wiped, checked and available to lend.").format(
                    device=_name(result.device)
                )
                if result.waiting:
                    text += " " + self.tr(
                        "{count} waiting for a {kind}: call the next one on the waitlist."
                    ).format(count=result.waiting, kind=label(result.device.kind).lower())
                self._note(self.wipes_note, text)
                self.wipe_verified.emit(result)
            self.refresh_returns()

        self._run(lambda: self._actions.verify_wipe(tag), done, "verify-wipe", self.wipes_error)

    def select_pending(self, asset_tag: str) -> None:
        """Select a wipe waiting to be verified (for the keyboard and for tests)."""
        for row in range(self.pending.count()):
            item = self.pending.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == asset_tag:
                self.pending.setCurrentRow(row)

    @staticmethod
    def _note(where: QLabel, text: str) -> None:
        where.setText(text)
        where.setAccessibleDescription(text)
        where.show()

    def _on_wipe_now_clicked(self) -> None:
        self.wipe_now_button.hide()
        self.tabs.setCurrentWidget(self.wipes_page)
        self.wipe_steps[WipeStep.ACCOUNTS_REMOVED].setFocus()

    # ------------------------------------------------------------------ overdue and waitlist

    def refresh_overdue(self) -> None:
        """List the overdue loans, and the waitlist for the kind chosen."""
        self._run(
            self._actions.list_overdue, self._show_overdue, "list-overdue", self.overdue_error
        )
        self.refresh_waitlist()

    def _show_overdue(self, found: object) -> None:
        overdue: list[OverdueLoan] = _items(found, OverdueLoan)
        _fill(
            self.overdue,
            [
                [
                    item.loan.device.asset_tag,
                    (item.borrower.name or "") if item.borrower else "",
                    (item.borrower.contact_number or "") if item.borrower else "",
                    _day(item.loan.due_at),
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

        def load() -> tuple[list[DeviceView], list[WaitlistPlace]]:
            return actions.available_devices(kind), actions.list_waitlist(kind)

        self._run(load, self._show_waitlist, "list-waitlist", self.overdue_error)

    def _show_waitlist(self, loaded: object) -> None:
        if not isinstance(loaded, tuple):
            return
        found_free, found_places = loaded
        free: list[DeviceView] = _items(found_free, DeviceView)
        places: list[WaitlistPlace] = _items(found_places, WaitlistPlace)
        kind = selected(self.wait_kind, DeviceKind)
        kind_name = label(kind).lower() if kind is not None else ""
        if free:
            self.free_now.setText(
                self.tr("{count} free now: lend one instead of adding to the waitlist.").format(
                    count=len(free)
                )
            )
        else:
            self.free_now.setText(self.tr("No {kind} is free now.").format(kind=kind_name))
        self.join_button.setEnabled(not free)
        self.waitlist.clear()
        for place in places:
            item = QListWidgetItem(
                self.tr("{position}. {kind}, {use}, since {when}").format(
                    position=place.position,
                    kind=label(place.kind),
                    use=label(place.loan_kind).lower(),
                    when=_when(place.joined_at),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, place.id)
            self.waitlist.addItem(item)
        if not places:
            self.waitlist.addItem(self.tr("Nobody is waiting."))
        self.waitlist_listed.emit(len(places))

    def _close_place(self, outcome: WaitlistOutcome) -> None:
        """Take the chosen place off the waitlist: served, or no longer needed."""
        item = self.waitlist.currentItem()
        place = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(place, uuid.UUID):
            show_error(self.overdue_error, self.tr("Choose a place on the waitlist first."))
            return

        def done(_result: object) -> None:
            self.waitlist_closed.emit(place)
            self.refresh_waitlist()

        self._run(
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

        def done(place: object) -> None:
            if isinstance(place, WaitlistPlace):
                self.waitlist_joined.emit(place)
            self.refresh_waitlist()

        self._run(
            lambda: self._actions.join_waitlist(kind, use),
            done,
            "join-waitlist",
            self.overdue_error,
        )


def bind_loans_actions(
    runtime: Runtime,
    *,
    staff_id: Callable[[], uuid.UUID],
    now: Callable[[], datetime | None] = lambda: None,
) -> LoansActions:
    """The loan use cases bound to this station: its site, its database, who is signed in."""
    uow = runtime.uow_factory
    site, station = runtime.station.site_id, runtime.station.station_id
    folder = runtime.settings.documents_dir
    return LoansActions(
        list_devices=lambda state: devices.list_devices(uow, site_id=site, state=state),
        change_state=lambda tag, event: devices.change_device_state(
            uow, tag, event, staff_id=staff_id(), station_id=station
        ),
        current_agreement=lambda: loans.current_agreement(folder),
        default_due=loans.default_due,
        lend_take_home=lambda tag, borrower, due, typed, version, kit: loans.lend_take_home(
            uow,
            tag,
            borrower,
            due_at=due,
            typed_name=typed,
            agreement_version=version,
            kit_handed_over=kit,
            staff_id=staff_id(),
            station_id=station,
            agreement_folder=folder,
        ),
        open_loans=lambda: loans.list_open_loans(uow, site),
        check_in=lambda tag, condition, missing: loans.check_in(
            uow,
            tag,
            staff_id=staff_id(),
            station_id=station,
            condition=condition,
            missing_items=missing,
        ),
        record_wipe=lambda tag, steps: devices.record_wipe(
            uow, tag, steps, staff_id=staff_id(), station_id=station
        ),
        pending_wipes=lambda: devices.pending_wipes(uow, site),
        verify_wipe=lambda tag: devices.verify_wipe(
            uow, tag, staff_id=staff_id(), station_id=station
        ),
        list_overdue=lambda: loans.list_overdue(uow, now(), site_id=site),
        available_devices=lambda kind: devices.available_devices(uow, site, kind),
        join_waitlist=lambda kind, use: loans.join_waitlist(
            uow, site, kind, loan_kind=use, staff_id=staff_id()
        ),
        list_waitlist=lambda kind: loans.list_waitlist(uow, site, kind),
        close_waitlist_place=lambda place, outcome: loans.close_waitlist_place(
            uow, place, outcome, now=now()
        ),
    )


class AgreementPrinting(QObject):
    """The signed loan agreement (two copies), composed in the background and opened on the print
    screen. It names the borrower, so it is made in a working folder of its own, wiped when the
    print screen closes on it or the champion's session ends: sign-out or kiosk (the print
    screen's flow owns that)."""

    def __init__(
        self,
        parent: QObject,
        runtime: Runtime,
        *,
        view: LoansView,
        uploads: Callable[[], Uploads],
        member: Callable[[], StaffMember | None],
        printing: PrintFlow,
        back: Callable[[], None],
    ) -> None:
        """`back` shows the loan screens again once the agreement is printed."""
        super().__init__(parent)
        self._runtime = runtime
        self._view = view
        self._uploads = uploads
        self._member = member
        self._printing = printing
        self._back = back
        view.agreement_ready.connect(self._on_agreement_ready)

    def _on_agreement_ready(self, item: object) -> None:
        """Compose the signed agreement (two copies) and open it for printing."""
        member = self._member()
        if not isinstance(item, AgreementToPrint) or member is None:
            return
        settings, loan = self._runtime.settings, item.lent.loan
        agreement = LoanAgreement(
            borrower_name=item.lent.borrower.name or "",
            device=f"{label(loan.device.kind)} {loan.device.model}",
            asset_tag=loan.device.asset_tag,
            serial_number=loan.device.serial or "",
            kit=loan.kit_out,
            lent_on=loan.out_at.astimezone().date(),
            due_on=(loan.due_at or loan.out_at).astimezone().date(),
            site=settings.site,
            champion_first_name=member.first_name,
            loan_reference=str(loan.id)[:8].upper(),
        )

        def compose() -> Path:
            output = self._uploads().spool.visit_dir(loan.id) / "loan-agreement.pdf"
            texts = load_texts(settings.documents_dir) if settings.documents_dir else load_texts()
            compose_loan_agreement(
                agreement,
                output,
                texts=texts,
                translate=lambda text: QCoreApplication.translate("documents", text),
            )
            return output

        self._printing.compose(
            compose,
            title=self.tr("Print the loan agreement"),
            back=self._back,
            folder=loan.id,
            failed=lambda error: self._view.action_failed.emit(str(error)),
            name="loan-agreement",
        )
