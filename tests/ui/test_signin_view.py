"""The sign-in screen against fake services: background calls, messages, first-run set-up."""

from __future__ import annotations

import re
import threading
import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.errors import DeskError
from desk.services.staff import SignInLocked, StaffMember
from desk.ui.jobs import JobRunner
from desk.ui.views.signin import SignInView

ASHA = StaffMember(uuid.uuid4(), "Asha Patel", "Asha")
BEN = StaffMember(uuid.uuid4(), "Ben Okoro", "Ben")


class FakeStaff:
    """The sign-in screen's actions on a list of staff kept here; the right PIN is 2468."""

    def __init__(self, members: list[StaffMember]) -> None:
        self.members = members
        self.threads: set[str] = set()

    def list_staff(self) -> list[StaffMember]:
        self.threads.add(threading.current_thread().name)
        return list(self.members)

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> StaffMember:
        self.threads.add(threading.current_thread().name)
        member = next(m for m in self.members if m.id == staff_id)
        if pin != "2468":
            raise DeskError("That PIN is not right. Try again.")
        return member

    def add_first_staff(self, name: str, pin: str) -> StaffMember:
        member = StaffMember(uuid.uuid4(), name, name.split(maxsplit=1)[0])
        self.members.append(member)
        return member

    def sign_in_os_account(self) -> StaffMember:
        raise DeskError("This PC's account is not linked to a member of staff.")


def make_view(qtbot: QtBot, fake: FakeStaff) -> SignInView:
    jobs = JobRunner()
    view = SignInView(jobs, fake)
    jobs.setParent(view)  # its pending results die with the view
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.staff_loaded):
        view.refresh()
    return view


def test_lists_staff_off_the_gui_thread(qtbot: QtBot) -> None:
    fake = FakeStaff([ASHA, BEN])
    view = make_view(qtbot, fake)
    assert [view.staff_list.item(i).text() for i in range(view.staff_list.count())] == [
        "Asha Patel",
        "Ben Okoro",
    ]
    assert not view.first_run
    assert threading.current_thread().name not in fake.threads


def test_right_pin_signs_in_by_keyboard_alone(qtbot: QtBot) -> None:
    view = make_view(qtbot, FakeStaff([ASHA, BEN]))
    view.staff_list.setCurrentRow(1)
    qtbot.keyClicks(view.pin, "2468")
    with qtbot.waitSignal(view.signed_in) as signed:
        qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    assert signed.args == [BEN]
    assert view.pin.text() == ""


def test_wrong_pin_shows_the_message_and_keeps_focus_on_the_pin(qtbot: QtBot) -> None:
    view = make_view(qtbot, FakeStaff([ASHA]))
    qtbot.keyClicks(view.pin, "1111")
    with qtbot.waitSignal(view.sign_in_failed), qtbot.assertNotEmitted(view.signed_in):
        qtbot.mouseClick(view.sign_in_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisible()
    assert view.error.text() == "That PIN is not right. Try again."
    assert view.pin.text() == ""
    assert view.sign_in_button.isEnabled()


def test_a_new_station_offers_to_create_the_first_account(qtbot: QtBot) -> None:
    fake = FakeStaff([])
    view = make_view(qtbot, fake)
    assert view.first_run
    qtbot.keyClicks(view.new_name, "Chidi Obi")
    qtbot.keyClicks(view.new_pin, "1357")
    qtbot.keyClicks(view.new_pin_again, "1375")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert view.create_error.text() == "The two PINs are different. Type them again."
    assert fake.members == []
    qtbot.keyClicks(view.new_pin, "1357")
    qtbot.keyClicks(view.new_pin_again, "1357")
    with qtbot.waitSignal(view.signed_in) as signed:
        qtbot.keyClick(view.new_pin_again, Qt.Key.Key_Return)
    assert isinstance(signed.args[0], StaffMember)
    assert signed.args[0].first_name == "Chidi"


def test_every_control_is_named_for_screen_readers(qtbot: QtBot) -> None:
    view = make_view(qtbot, FakeStaff([ASHA]))
    for widget in (
        view.staff_list,
        view.pin,
        view.sign_in_button,
        view.new_name,
        view.new_pin,
        view.new_pin_again,
        view.create_button,
    ):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


class LockedStaff(FakeStaff):
    """Sign-in is locked for a couple of seconds, as the service says after ten wrong PINs."""

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> StaffMember:
        until = datetime.now(UTC) + timedelta(seconds=2)
        raise SignInLocked("Too many wrong PINs. Sign-in is locked for 1 minute more.", until)


def test_a_lock_counts_down_on_the_screen_and_ends(qtbot: QtBot) -> None:
    view = make_view(qtbot, LockedStaff([ASHA, BEN]))
    qtbot.keyClicks(view.pin, "0000")
    with qtbot.waitSignal(view.sign_in_failed):
        qtbot.mouseClick(view.sign_in_button, Qt.MouseButton.LeftButton)
    assert re.search(r"try again in 0:0[12] \(at \d\d:\d\d\)", view.error.text())
    assert view.error.accessibleDescription() == view.error.text()
    qtbot.waitUntil(lambda: "again now" in view.error.text(), timeout=5_000)
    assert view.error.isVisible()


def test_choosing_another_name_clears_the_countdown(qtbot: QtBot) -> None:
    view = make_view(qtbot, LockedStaff([ASHA, BEN]))
    qtbot.keyClicks(view.pin, "0000")
    with qtbot.waitSignal(view.sign_in_failed):
        qtbot.mouseClick(view.sign_in_button, Qt.MouseButton.LeftButton)
    assert "try again in" in view.error.text()
    view.staff_list.setCurrentRow(1)
    assert not view.error.isVisible()
