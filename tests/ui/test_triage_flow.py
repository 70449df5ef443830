"""Triage from the visit screen: answers suggest signposts; saving records them on the visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from desk.domain.triage import Barrier, InclusionLevel, ReferralKind
from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.ui.main_window import MainWindow
from tests.ui.conftest import screenshot
from tests.ui.test_visit_flow import sign_in


def press_space(qtbot: QtBot, box: QCheckBox) -> None:
    """Toggle a tick box from the keyboard, as a keyboard-only user would."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_triage_suggests_and_records_signposts(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    sign_in(qtbot, runtime, window)
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
    visit_id = started.args[0].id
    view = window.triage_view
    qtbot.mouseClick(window.visit_view.triage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is view)
    assert view.chosen_referrals() == []

    view.level.setCurrentIndex(view.level.findData(InclusionLevel.WILLING_AND_UNABLE))
    press_space(qtbot, view.barriers[Barrier.NO_DEVICE])
    press_space(qtbot, view.barriers[Barrier.CANNOT_AFFORD_DATA])
    assert view.needs_device.isChecked()
    assert view.needs_data.isChecked()
    assert not view.needs_skills.isChecked()
    assert view.chosen_referrals() == [
        ReferralKind.DEVICE_BANK,
        ReferralKind.DATA_BANK,
        ReferralKind.SOCIAL_TARIFF,
    ]
    # Staff can take a suggestion away.
    press_space(qtbot, view.referrals[ReferralKind.SOCIAL_TARIFF])
    screenshot(window, "triage")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.visit_view
    assert "Device bank" in window.visit_view.signposts.text()

    with runtime.uow() as uow:
        visit = uow.visits.get(visit_id)
        assert visit is not None
        assert visit.triage is not None
        assert visit.triage.inclusion_level == 3
        assert set(visit.triage.barriers) == {Barrier.NO_DEVICE, Barrier.CANNOT_AFFORD_DATA}
        assert [r.kind for r in visit.referrals] == [
            ReferralKind.DEVICE_BANK,
            ReferralKind.DATA_BANK,
        ]
        assert not any(r.contact_passed_on for r in visit.referrals)


def test_a_triage_that_loads_after_the_champion_left_does_not_open(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    sign_in(qtbot, runtime, window)
    with qtbot.waitSignal(window.visit_started):
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
    qtbot.mouseClick(window.visit_view.triage_button, Qt.MouseButton.LeftButton)
    # Before the triage has loaded: signed out, and the same champion straight back in.
    member = window.member
    window.sign_out()
    window.sign_in_view.signed_in.emit(member)
    assert window.screens.currentWidget() is window.home_view
    # The last job's result has been handled when the runner says it is idle.
    with qtbot.waitSignal(window.jobs.busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert window.screens.currentWidget() is window.home_view
