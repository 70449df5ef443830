"""The Lend tab: a device to take home, the borrower's details, the agreement they accept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.loans import MAX_TAKE_HOME, DeviceState, IdTypeSeen
from desk.domain.triage import ReferralKind
from desk.services.devices import DeviceView
from desk.services.loans import Agreement, BorrowerDetails, LentOut, due_at_end_of
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.loans.actions import LoansActions
from desk.ui.views.loans.common import (
    LoansTab,
    add_shown,
    checkbox,
    day,
    device_name,
    empty_now,
    lay_out,
)
from desk.ui.widgets import (
    add_field,
    button,
    drop_down,
    enum_combo,
    error_label,
    fields,
    flow,
    hint,
    selected,
    show_error,
    wrap,
)

REFERRALS = (ReferralKind.DEVICE_BANK, ReferralKind.DATA_BANK, ReferralKind.SOCIAL_TARIFF)


@dataclass(frozen=True)
class AgreementToPrint:
    """What the printed agreement needs: the loan, its borrower and the wording they accepted."""

    lent: LentOut
    agreement: Agreement


@dataclass(frozen=True)
class _LendForm:
    devices: list[DeviceView]
    agreement: Agreement
    due: datetime


class LendTab(LoansTab):
    """Lend a free device to take home; the borrower accepts the agreement by typing their name."""

    lend_ready = Signal(int)  # devices free to lend
    lent = Signal(object)  # LentOut
    agreement_ready = Signal(object)  # AgreementToPrint

    def __init__(
        self, jobs: JobRunner, actions: LoansActions, failed: Callable[[str], None]
    ) -> None:
        super().__init__(jobs, failed)
        self._actions = actions
        self._free: dict[str, DeviceView] = {}
        self._agreement: Agreement | None = None
        self._last_lent: LentOut | None = None
        self._due_set = False
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
        self._build_result()

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
        lay_out(
            self,
            form,
            hint(self.tr("Look at the ID only: never copy it or write down its number.")),
            self.agreement_title,
            self.agreement_text,
            accept,
            flow(self.lend_button),
            footer=(self.lend_error, self.lend_result, self.referral, flow(self.print_button)),
        )

    def _build_result(self) -> None:
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

    def refresh(self) -> None:
        """Load the devices free to lend, the agreement in force and the usual due date."""
        actions = self._actions

        def load() -> _LendForm:
            return _LendForm(
                actions.list_devices(DeviceState.AVAILABLE),
                actions.current_agreement(),
                actions.default_due(),
            )

        self.run(load, self._show_form, "load-lend", self.lend_error)

    def _show_form(self, loaded: _LendForm) -> None:
        devices = loaded.devices
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
        agreement = self._agreement = loaded.agreement
        self.agreement_title.setText(
            self.tr("{title} (version {version})").format(
                title=agreement.title, version=agreement.version
            )
        )
        self.agreement_text.setPlainText(agreement.text)
        today = QDate.currentDate()
        self.due.setDateRange(today.addDays(1), today.addDays(MAX_TAKE_HOME.days))
        if not self._due_set:
            self._due_set = True
            local = loaded.due.astimezone().date()
            self.due.setDate(QDate(local.year, local.month, local.day))
        self.enable()
        self.lend_ready.emit(len(devices))

    def _show_kit(self) -> None:
        empty_now(self.kit_box)
        self.kit_boxes = {}
        tag = self.lend_device.currentData()
        device = self._free.get(tag) if isinstance(tag, str) else None
        for item in device.kit if device is not None else ():
            box = checkbox(item)
            box.setChecked(True)
            self.kit_boxes[item] = box
            add_shown(self.kit_box, box)
        self.kit_none.setVisible(not self.kit_boxes)
        # Boxes added now would come last on Tab, after Lend: put them where they are seen,
        # between the due date and the agreement.
        previous: QWidget = self.due
        for box in self.kit_boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.agreement_text)

    def enable(self) -> None:
        """Lend only a device that is free, under an agreement that is loaded."""
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
        self.run(
            lambda: self._actions.lend_take_home(
                tag,
                borrower,
                due_at=due,
                typed_name=typed,
                agreement_version=agreement.version,
                kit_handed_over=kit,
            ),
            self._on_lent,
            "lend-take-home",
            self.lend_error,
        )

    def _on_lent(self, result: LentOut) -> None:
        self._last_lent = result
        loan = result.loan
        self.lend_result.setText(
            self.tr("{device} is lent to {name} until {due}.").format(
                device=device_name(loan.device),
                name=result.borrower.name or "",
                due=day(loan.due_at),
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
        self.refresh()

    def _on_print_clicked(self) -> None:
        if self._last_lent is not None and self._agreement is not None:
            self.agreement_ready.emit(AgreementToPrint(self._last_lent, self._agreement))
