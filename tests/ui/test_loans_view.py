"""The loan screens on the real services: inventory, lending, returns, wipes, overdue, waitlist."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.loans import (
    DeviceCondition,
    DeviceKind,
    DeviceState,
    IdTypeSeen,
    LoanKind,
    WipeStep,
)
from desk.domain.records import RetentionClass
from desk.runtime import Runtime
from desk.services import devices, loans
from desk.services import staff as staff_service
from desk.services.loans import BorrowerDetails
from desk.ui.app import application
from desk.ui.jobs import JobRunner
from desk.ui.theme import apply_theme
from desk.ui.views.loans import AgreementToPrint, LoansView, StationLoans
from tests.ui.conftest import screenshot
from tests.ui.test_accessibility import controls
from tests.ui.test_triage_flow import press_space

INVENTORY, LEND, RETURNS, WIPES, OVERDUE = range(5)


@dataclass
class Desk:
    """Who is signed in at the station, and the clock the overdue list reads (None: now)."""

    staff_id: uuid.UUID
    now: datetime | None = None


@dataclass
class Screen:
    view: LoansView
    jobs: JobRunner
    desk: Desk
    asha: uuid.UUID
    ben: uuid.UUID


@pytest.fixture
def screen(qtbot: QtBot, runtime: Runtime) -> Iterator[Screen]:
    app = application()
    apply_theme(app, runtime.settings.theme, runtime.settings.text_scale)
    asha = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468").id
    ben = staff_service.add_staff(runtime.uow_factory, "Ben Okoro", "1357").id
    site = runtime.station.site_id
    devices.add_device(
        runtime.uow_factory,
        asset_tag="LT-042",
        kind=DeviceKind.LAPTOP,
        model="Lenovo ThinkPad E14",
        site_id=site,
        kit=("charger", "sleeve"),
    )
    devices.add_device(
        runtime.uow_factory,
        asset_tag="TB-7",
        kind=DeviceKind.TABLET,
        model="Samsung Galaxy Tab A9",
        site_id=site,
        kit=("charger",),
    )
    desk = Desk(asha)
    jobs = JobRunner()
    jobs.scopes.begin_session()  # a champion is signed in
    view = LoansView(
        jobs,
        StationLoans(runtime, staff_id=lambda: desk.staff_id, now=lambda: desk.now),
    )
    qtbot.addWidget(view)
    view.resize(1100, 860)
    with qtbot.waitSignal(view.inventory.devices_listed):
        view.show()
        view.refresh()
    yield Screen(view, jobs, desk, asha, ben)
    jobs.wait()
    app.setStyleSheet("")


def settle(qtbot: QtBot, screen: Screen) -> None:
    """Wait until every background job (and the reloads they start) has reported back."""
    qtbot.waitUntil(lambda: screen.jobs.running == 0)


def open_tab(qtbot: QtBot, screen: Screen, index: int) -> None:
    screen.view.tabs.setCurrentIndex(index)
    settle(qtbot, screen)


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def state_of(runtime: Runtime, tag: str) -> DeviceState:
    return devices.get_device(runtime.uow_factory, tag).state


def fill_lend_form(qtbot: QtBot, view: LoansView, name: str, typed: str) -> None:
    view.lend.lend_device.setCurrentIndex(view.lend.lend_device.findData("LT-042"))
    qtbot.keyClicks(view.lend.borrower_name, name)
    qtbot.keyClicks(view.lend.contact_number, "07700 900123")
    view.lend.id_seen.setCurrentIndex(view.lend.id_seen.findData(IdTypeSeen.COUNCIL_LETTER))
    qtbot.keyClicks(view.lend.typed_name, typed)


def test_inventory_lists_devices_and_offers_only_the_allowed_moves(
    qtbot: QtBot, runtime: Runtime, screen: Screen
) -> None:
    view = screen.view
    assert view.inventory.devices.rowCount() == 2
    assert not view.inventory.repair_button.isEnabled()

    view.inventory.select_device("TB-7")
    assert view.inventory.repair_button.isEnabled()
    assert view.inventory.retire_button.isEnabled()
    assert not view.inventory.repaired_button.isEnabled()
    with qtbot.waitSignal(view.inventory.device_changed) as changed:
        click(qtbot, view.inventory.repair_button)
    assert changed.args[0].state is DeviceState.IN_REPAIR
    settle(qtbot, screen)
    assert state_of(runtime, "TB-7") is DeviceState.IN_REPAIR
    assert "is now: in repair" in view.inventory.inventory_note.text()

    view.inventory.select_device("TB-7")
    assert view.inventory.repaired_button.isEnabled()
    assert not view.inventory.repair_button.isEnabled()
    with qtbot.waitSignal(view.inventory.device_changed):
        click(qtbot, view.inventory.repaired_button)
    settle(qtbot, screen)
    # Out of repair, a device is wiped and checked again before it can go out.
    assert state_of(runtime, "TB-7") is DeviceState.AWAITING_WIPE

    view.inventory.state_filter.setCurrentIndex(
        view.inventory.state_filter.findData(DeviceState.AWAITING_WIPE)
    )
    with qtbot.waitSignal(view.inventory.devices_listed) as listed:
        view.inventory.state_filter.activated.emit(view.inventory.state_filter.currentIndex())
    assert listed.args == [1]
    view.inventory.state_filter.setCurrentIndex(0)
    with qtbot.waitSignal(view.inventory.devices_listed):
        view.inventory.state_filter.activated.emit(0)
    view.inventory.select_device("LT-042")
    screenshot(view, "loans-inventory")


def test_lend_return_wipe_and_verify_by_a_colleague(
    qtbot: QtBot, runtime: Runtime, screen: Screen
) -> None:
    view = screen.view
    open_tab(qtbot, screen, LEND)
    assert view.lend.lend_device.count() == 2
    agreement = loans.current_agreement(runtime.settings.documents_dir)
    assert agreement.version in view.lend.agreement_title.text()
    assert view.lend.agreement_text.toPlainText() == agreement.text
    default = loans.default_due().astimezone().date()
    assert view.lend.due.date() == QDate(default.year, default.month, default.day)

    fill_lend_form(qtbot, view, "Maria  Lopez", "maria lopez")
    assert set(view.lend.kit_boxes) == {"charger", "sleeve"}
    press_space(qtbot, view.lend.kit_boxes["sleeve"])  # only the charger goes home
    view.lend.due.setDate(QDate.currentDate().addDays(14))
    screenshot(view, "loans-lend")
    with qtbot.waitSignal(view.lend.lent) as lent:
        click(qtbot, view.lend.lend_button)
    settle(qtbot, screen)
    result = lent.args[0]
    assert not result.offer_referral
    assert "Laptop LT-042 is lent to Maria Lopez" in view.lend.lend_result.text()
    assert view.lend.print_button.isVisible()
    assert view.lend.borrower_name.text() == ""
    assert view.lend.lend_device.count() == 1  # the tablet is still free
    with qtbot.waitSignal(view.lend.agreement_ready) as ready:
        click(qtbot, view.lend.print_button)
    printed = ready.args[0]
    assert isinstance(printed, AgreementToPrint)
    assert printed.agreement.version == agreement.version
    assert printed.lent.borrower.name == "Maria Lopez"
    screenshot(view, "loans-lent")

    with runtime.uow() as uow:
        device = uow.devices.get_by_asset_tag("LT-042")
        assert device is not None
        assert device.state is DeviceState.ON_LOAN
        loan = uow.loans.open_for_device(device.id)
        assert loan is not None
        assert loan.kind is LoanKind.TAKE_HOME
        assert loan.agreement_version == agreement.version
        assert loan.agreement_accepted_at is not None
        assert loan.kit_out == "charger"
        assert loan.due_at == loans.due_at_end_of(date.today() + timedelta(days=14))
        assert loan.borrower is not None
        assert loan.borrower.contact_number == "07700900123"
        assert loan.borrower.id_type_seen is IdTypeSeen.COUNCIL_LETTER

    # It comes back without its charger.
    open_tab(qtbot, screen, RETURNS)
    assert view.returns.loans.rowCount() == 1
    view.returns.select_loan("LT-042")
    assert set(view.returns.missing_boxes) == {"charger"}  # only what went out
    press_space(qtbot, view.returns.missing_boxes["charger"])
    screenshot(view, "loans-returns")
    with qtbot.waitSignal(view.returns.checked_in) as back:
        click(qtbot, view.returns.check_in_button)
    settle(qtbot, screen)
    assert back.args[0].loan.condition_in is DeviceCondition.MISSING_PARTS
    assert back.args[0].loan.missing_items == ("charger",)
    assert view.returns.loans.rowCount() == 0
    assert "It now needs a wipe" in view.returns.returns_note.text()
    assert view.returns.no_loans.isVisible()
    click(qtbot, view.returns.wipe_now_button)
    assert view.tabs.currentWidget() is view.wipes
    settle(qtbot, screen)
    assert view.wipes.to_wipe.currentData() == "LT-042"
    assert state_of(runtime, "LT-042") is DeviceState.AWAITING_WIPE
    with runtime.uow() as uow:
        borrower = uow.borrowers.find_returning("Maria Lopez", "07700900123")
        assert borrower is not None
        assert borrower.retention_class is RetentionClass.LOAN_DISPUTE

    # A wipe with a step left undone is refused with the service's message.
    for step in list(WipeStep)[:-1]:
        press_space(qtbot, view.wipes.wipe_steps[step])
    with qtbot.waitSignal(view.action_failed) as refused:
        click(qtbot, view.wipes.wipe_button)
    assert "still to do: cleaned and sanitised" in refused.args[0]
    assert view.wipes.wipes_error.isVisible()
    settle(qtbot, screen)
    press_space(qtbot, view.wipes.wipe_steps[WipeStep.CLEANED])
    with qtbot.waitSignal(view.wipes.wipe_recorded):
        click(qtbot, view.wipes.wipe_button)
    settle(qtbot, screen)
    assert view.wipes.pending.count() == 1
    assert not any(box.isChecked() for box in view.wipes.wipe_steps.values())

    # The one who wiped cannot verify; a colleague can.
    view.wipes.select_pending("LT-042")
    with qtbot.waitSignal(view.action_failed) as refused:
        click(qtbot, view.wipes.verify_button)
    assert refused.args == [
        "A different member of staff must verify this wipe: ask a colleague to check it."
    ]
    assert view.wipes.wipes_error.text() == refused.args[0]
    assert state_of(runtime, "LT-042") is DeviceState.AWAITING_WIPE
    screenshot(view, "loans-wipes")

    screen.desk.staff_id = screen.ben
    with qtbot.waitSignal(view.wipes.wipe_verified) as verified:
        click(qtbot, view.wipes.verify_button)
    settle(qtbot, screen)
    assert verified.args[0].device.state is DeviceState.AVAILABLE
    assert "available to lend" in view.wipes.wipes_note.text()
    assert not view.wipes.wipes_error.isVisible()
    assert view.wipes.pending.count() == 0
    with runtime.uow() as uow:
        loans_of = uow.loans.list_for_device(result.loan.device.id)
        assert loans_of[0].wipe_verified_by == screen.ben
    screenshot(view, "loans-verified")


def test_a_refused_loan_shows_why(qtbot: QtBot, screen: Screen) -> None:
    view = screen.view
    open_tab(qtbot, screen, LEND)
    fill_lend_form(qtbot, view, "Maria Lopez", "Someone Else")
    with qtbot.waitSignal(view.action_failed) as refused:
        click(qtbot, view.lend.lend_button)
    assert refused.args == [
        "To accept the agreement, the borrower types their name exactly as given above."
    ]
    assert view.lend.lend_error.isVisible()
    assert view.lend.lend_button.isEnabled()

    view.lend.id_seen.setCurrentIndex(0)
    click(qtbot, view.lend.lend_button)
    assert view.lend.lend_error.text() == "Choose the type of ID you saw."


def test_a_third_loan_prompts_a_referral(qtbot: QtBot, runtime: Runtime, screen: Screen) -> None:
    borrower = BorrowerDetails("Maria Lopez", "07700 900123", IdTypeSeen.PASSPORT)
    version = loans.current_agreement().version
    for _ in range(2):
        loans.lend_take_home(
            runtime.uow_factory,
            "LT-042",
            borrower,
            due_at=loans.default_due(),
            typed_name="Maria Lopez",
            agreement_version=version,
            staff_id=screen.asha,
        )
        loans.check_in(runtime.uow_factory, "LT-042", staff_id=screen.asha, wipe_steps=WipeStep)
        devices.verify_wipe(runtime.uow_factory, "LT-042", staff_id=screen.ben)
    view = screen.view
    open_tab(qtbot, screen, LEND)
    fill_lend_form(qtbot, view, "Maria Lopez", "Maria Lopez")
    with qtbot.waitSignal(view.lend.lent) as lent:
        click(qtbot, view.lend.lend_button)
    settle(qtbot, screen)
    assert lent.args[0].offer_referral
    assert view.lend.referral.isVisible()
    assert "loan number 3" in view.lend.referral.text()
    assert "Device bank" in view.lend.referral.text()
    screenshot(view, "loans-referral")


def test_overdue_shows_who_to_call_and_the_waitlist_when_none_is_free(
    qtbot: QtBot, runtime: Runtime, screen: Screen
) -> None:
    earlier = datetime.now(UTC) - timedelta(days=40)
    loans.lend_take_home(
        runtime.uow_factory,
        "LT-042",
        BorrowerDetails("Maria Lopez", "07700 900123", IdTypeSeen.PASSPORT),
        due_at=earlier + timedelta(days=28),
        typed_name="Maria Lopez",
        agreement_version=loans.current_agreement().version,
        staff_id=screen.asha,
        now=earlier,
    )
    view = screen.view
    open_tab(qtbot, screen, OVERDUE)
    assert view.waiting.overdue.rowCount() == 1
    items = [view.waiting.overdue.item(0, col) for col in range(view.waiting.overdue.columnCount())]
    cells = [item.text() if item is not None else "" for item in items]
    assert cells[:3] == ["LT-042", "Maria Lopez", "07700900123"]
    assert cells[4] in {"11", "12"}
    assert not view.waiting.no_overdue.isVisible()

    # The only laptop is out: the resident can wait for the next one.
    assert view.waiting.wait_kind.currentData() == DeviceKind.LAPTOP
    assert view.waiting.join_button.isEnabled()
    assert "No laptop is free now." in view.waiting.free_now.text()
    with qtbot.waitSignal(view.waiting.waitlist_joined) as joined:
        click(qtbot, view.waiting.join_button)
    settle(qtbot, screen)
    assert joined.args[0].position == 1
    assert joined.args[0].loan_kind is LoanKind.TAKE_HOME
    assert view.waiting.waitlist.count() == 1
    assert view.waiting.waitlist.item(0).text().startswith("1. Laptop, to take home")
    assert [p.kind for p in loans.list_waitlist(runtime.uow_factory, runtime.station.site_id)] == [
        DeviceKind.LAPTOP
    ]
    screenshot(view, "loans-overdue")

    # The resident got a device elsewhere: their place comes off the list.
    view.waiting.waitlist.setCurrentRow(0)
    with qtbot.waitSignal(view.waiting.waitlist_closed) as closed:
        click(qtbot, view.waiting.served_button)
    settle(qtbot, screen)
    assert closed.args == [joined.args[0].id]
    assert loans.list_waitlist(runtime.uow_factory, runtime.station.site_id) == []
    assert view.waiting.waitlist.item(0).text() == "Nobody is waiting."

    # A tablet is free: lend that instead.
    view.waiting.wait_kind.setCurrentIndex(view.waiting.wait_kind.findData(DeviceKind.TABLET))
    settle(qtbot, screen)
    assert not view.waiting.join_button.isEnabled()
    assert view.waiting.free_now.text().startswith("1 free now")

    # Nothing is overdue yet by a clock before the due date.
    screen.desk.now = earlier + timedelta(days=1)
    with qtbot.waitSignal(view.waiting.overdue_listed) as listed:
        view.waiting.refresh()
    settle(qtbot, screen)
    assert listed.args == [0]
    assert view.waiting.no_overdue.isVisible()


def test_every_control_is_named_and_reachable(qtbot: QtBot, screen: Screen) -> None:
    view = screen.view
    for index in range(view.tabs.count()):
        open_tab(qtbot, screen, index)
        page = view.tabs.currentWidget()
        found: list[QWidget] = controls(page)
        assert found
        unnamed = [
            type(w).__name__
            for w in found
            if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
        ]
        assert unnamed == []
        unreachable = [
            w.accessibleName()
            for w in found
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus
        ]
        assert unreachable == []
        assert all(isinstance(box, QCheckBox) for box in view.wipes.wipe_steps.values())


def test_the_kit_comes_before_lend_on_the_keyboard(qtbot: QtBot, screen: Screen) -> None:
    view = screen.view
    open_tab(qtbot, screen, LEND)
    lend = view.lend
    lend.lend_device.setCurrentIndex(lend.lend_device.findData("LT-042"))
    assert set(lend.kit_boxes) == {"charger", "sleeve"}
    order: list[QWidget] = []
    widget: QWidget = lend.due
    for _ in range(40):
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        inner = widget.objectName().startswith("qt_")  # a date field's own line edit
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(lend)
            and not inner
        ):
            order.append(widget)
        if widget is lend.lend_button:
            break
    kit = list(lend.kit_boxes.values())
    assert order[: len(kit)] == kit, "after the due date, the kit handed over"
    assert order.index(lend.typed_name) < order.index(lend.lend_button)
    assert all(order.index(box) < order.index(lend.lend_button) for box in kit)
