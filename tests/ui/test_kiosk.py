"""The resident kiosk on real components: big steps from choosing to the receipt, the idle
warning that wipes and resets, the staff PIN that is the only way out, and both sides of an ID
card (turn it over, then one page; or no back at all)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.documents import UploadState
from desk.domain.visits import ModeOfHelp, TaskOutcome, VisitOutcome
from desk.runtime import Runtime
from desk.services import visits
from desk.ui.i18n import left_to_right
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep, KioskView
from tests.fixtures.cups import CupsScheduler
from tests.fixtures.sane import SaneEnv
from tests.ui.conftest import screenshot
from tests.ui.test_visit_flow import sign_in

pytestmark = [pytest.mark.sane, pytest.mark.cups]


@pytest.fixture
def settings_overrides(tmp_path: Path) -> list[str]:
    profiles = tmp_path / "profiles.toml"
    # Low resolutions keep the test driver quick; the ID profile keeps its two sides on one page,
    # and an IT profile keeps them as two pages.
    profiles.write_text(
        "[profiles.statement]\nresolution = 75\n"
        "[profiles.id]\nresolution = 75\n"
        "[profiles.photo]\nresolution = 75\n"
        '[profiles.card]\ntitle = "Card, both sides"\nsource = "flatbed"\nmode = "color"\n'
        "resolution = 75\nsides = 2\nsides_on_one_page = false\n",
        encoding="utf-8",
    )
    return ["scanner_device=test:0", f"scanner_profiles_file={profiles}"]


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    runtime: Runtime,
    window: MainWindow,
    sane_env: SaneEnv,
    cups: CupsScheduler,
    qt_cups: CupsScheduler,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    for key, value in sane_env.env.items():
        monkeypatch.setenv(key, value)
    sign_in(qtbot, runtime, window)
    with qtbot.waitSignal(window.kiosk_started):
        qtbot.mouseClick(window.home_view.kiosk_button, Qt.MouseButton.LeftButton)
    assert window.member is None
    return window


def test_a_resident_sends_a_statement_alone(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow, cups: CupsScheduler
) -> None:
    view = kiosk.kiosk_view
    assert view.step == KioskStep.WELCOME
    screenshot(kiosk, "kiosk-welcome")
    with qtbot.waitSignal(view.step_changed) as step:
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    assert step.args == [KioskStep.CHOOSE]
    visit_id = view.visit_id
    assert visit_id is not None
    screenshot(kiosk, "kiosk-choose")
    qtbot.mouseClick(view.choose.profile_buttons["statement"], Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.place
    assert "feeder" in view.place.text.text()
    with qtbot.waitSignal(view.step_changed, timeout=60_000) as step:
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    assert step.args == [KioskStep.CHECK]
    assert len(view.document) == 10
    view.check.thumbnails.setCurrentRow(9)
    qtbot.mouseClick(view.check.remove_button, Qt.MouseButton.LeftButton)
    assert len(view.document) == 9
    screenshot(kiosk, "kiosk-check")
    with qtbot.waitSignal(view.sent, timeout=60_000) as sent:
        qtbot.mouseClick(view.check.send_button, Qt.MouseButton.LeftButton)
    reference = sent.args[0]
    assert reference
    assert reference in view.done.text.text()
    screenshot(kiosk, "kiosk-done")
    with qtbot.waitSignal(kiosk.jobs.busy_changed, timeout=60_000, check_params_cb=lambda b: not b):
        qtbot.mouseClick(view.done.receipt_button, Qt.MouseButton.LeftButton)
    assert cups.printed("front")

    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.done.finish_button, Qt.MouseButton.LeftButton)
    assert view.step == KioskStep.WELCOME
    assert not (runtime.settings.spool_path / "visits" / str(visit_id)).exists()
    visit = visits.get_visit(runtime.uow_factory, visit_id)
    assert visit.mode_of_help is ModeOfHelp.RESIDENT_ALONE
    assert visit.outcome is VisitOutcome.COMPLETED
    (task,) = visit.tasks
    assert (task.outcome, task.pages_scanned, task.documents_uploaded) == (
        TaskOutcome.DONE_INDEPENDENTLY,
        9,
        1,
    )
    with runtime.uow() as uow:
        (document,) = uow.documents.list_for_visit(visit_id)
        assert document.state is UploadState.CONFIRMED
        assert document.page_count == 9


def test_a_receipt_printer_that_is_off_is_told_in_the_residents_words(
    qtbot: QtBot, kiosk: MainWindow, cups: CupsScheduler
) -> None:
    view = start_scanning(qtbot, kiosk, "statement")
    scan_to(qtbot, view, KioskStep.CHECK)
    with qtbot.waitSignal(view.sent, timeout=60_000) as sent:
        qtbot.mouseClick(view.check.send_button, Qt.MouseButton.LeftButton)
    reference = sent.args[0]
    cups.disable("front")  # switched off
    with qtbot.waitSignal(view.failed, timeout=60_000) as failed:
        qtbot.mouseClick(view.done.receipt_button, Qt.MouseButton.LeftButton)
    assert failed.args == [
        "The receipt could not be printed. Please write down your reference, "
        f"{left_to_right(reference)}, or ask a member of staff to print it for you."
    ]
    assert view.error.isVisible() and view.error.text() == failed.args[0]
    assert view.done.receipt_button.isEnabled()  # staff can switch it on and try again
    assert not cups.printed("front")
    screenshot(kiosk, "kiosk-receipt-printer-off")


def test_idle_warns_then_wipes_and_resets(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    visit_id = view.visit_id
    assert visit_id is not None
    qtbot.mouseClick(view.choose.profile_buttons["statement"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.step_changed, timeout=60_000):
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    folder = runtime.settings.spool_path / "visits" / str(visit_id)
    assert any(folder.iterdir())

    view.idle.timeout.emit()  # the idle timer firing, without waiting for it
    assert view.still_there.isVisible()
    assert view.warning.isActive()
    qtbot.mouseClick(view.still_there.button, Qt.MouseButton.LeftButton)
    assert not view.still_there.isVisible()
    assert view.step == KioskStep.CHECK  # "still here" keeps the pages

    view.idle.timeout.emit()
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        view.warning.timeout.emit()  # nobody answered
    assert view.pages.currentWidget() is view.welcome
    assert view.document.pages == ()
    assert not folder.exists()
    visit = visits.get_visit(runtime.uow_factory, visit_id)
    assert visit.outcome is VisitOutcome.NOT_COMPLETED


def test_only_a_staff_pin_leaves_the_kiosk(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = kiosk.kiosk_view
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    assert view.step == KioskStep.STAFF
    qtbot.keyClicks(view.staff.pin, "0000")
    with qtbot.waitSignal(view.failed) as refused:
        qtbot.keyClick(view.staff.pin, Qt.Key.Key_Return)
    assert "PIN is not right" in refused.args[0]
    assert kiosk.screens.currentWidget() is view
    qtbot.keyClicks(view.staff.pin, "2468")
    with qtbot.waitSignal(view.staff_exit):
        qtbot.keyClick(view.staff.pin, Qt.Key.Key_Return)
    assert kiosk.screens.currentWidget() is kiosk.home_view
    assert kiosk.member is not None


def test_staff_taking_the_station_back_mid_visit_end_it_and_wipe_it(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = start_scanning(qtbot, kiosk, "statement")
    visit_id = view.visit_id
    assert visit_id is not None
    folder = runtime.settings.spool_path / "visits" / str(visit_id)
    qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.step == KioskStep.STAFF)
    qtbot.keyClicks(view.staff.pin, "2468")
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.keyClick(view.staff.pin, Qt.Key.Key_Return)
    # Recorded in the name of the champion who handed it over, though they have it back now.
    visit = visits.get_visit(runtime.uow_factory, visit_id)
    assert visit.outcome is VisitOutcome.NOT_COMPLETED
    assert not folder.exists()


def test_a_visit_that_starts_after_a_reset_is_ended_not_shown(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    view.reset()  # before the visit's start comes back (the idle timer, staff taking over)

    def ended() -> bool:
        with runtime.uow() as uow:
            now = datetime.now(UTC)
            started = uow.visits.list_arrived_between(
                runtime.station.site_id, now - timedelta(hours=1), now + timedelta(hours=1)
            )
            return len(started) == 1 and not uow.visits.list_open(runtime.station.station_id)

    qtbot.waitUntil(ended, timeout=30_000)
    assert view.step == KioskStep.WELCOME
    assert view.visit_id is None


def start_scanning(qtbot: QtBot, kiosk: MainWindow, profile: str) -> KioskView:
    view = kiosk.kiosk_view
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.choose.profile_buttons[profile], Qt.MouseButton.LeftButton)
    assert view.step == KioskStep.PLACE
    assert not view.place.no_back_button.isVisible()
    return view


def scan_to(qtbot: QtBot, view: KioskView, step: KioskStep) -> None:
    """Press Scan and wait until the run (and any joining) has landed on `step`."""
    with qtbot.waitSignal(
        view.step_changed, timeout=60_000, check_params_cb=lambda name: name == step
    ):
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)


def test_an_id_card_is_turned_over_and_both_sides_become_one_page(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    view = start_scanning(qtbot, kiosk, "id")
    scan_to(qtbot, view, KioskStep.PLACE)
    (front,) = view.document.pages
    assert "turn the card over" in view.place.text.text()
    assert view.place.no_back_button.isVisible() and view.place.no_back_button.isEnabled()
    assert view.place.no_back_button.accessibleName() == view.place.no_back_button.text()
    assert view.place.no_back_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.place.scan_button.isEnabled()
    text = view.place.text
    qtbot.waitUntil(lambda: text.height() >= text.heightForWidth(text.width()))  # laid out again
    screenshot(kiosk, "kiosk-turn-over")

    scan_to(qtbot, view, KioskStep.CHECK)
    (page,) = view.document.pages
    assert page.height > front.height
    assert view.check.thumbnails.count() == 1
    item = view.check.thumbnails.item(0)
    assert item is not None and item.text() == "Page 1"
    qtbot.waitUntil(lambda: not item.icon().isNull(), timeout=30_000)
    assert not view.place.no_back_button.isVisible()
    assert view.check.send_button.isEnabled()

    # The next card starts again from its front.
    qtbot.mouseClick(view.check.more_button, Qt.MouseButton.LeftButton)
    assert view.step == KioskStep.PLACE
    assert "turn the card over" not in view.place.text.text()
    scan_to(qtbot, view, KioskStep.PLACE)
    assert len(view.document) == 2
    assert view.place.no_back_button.isVisible()


def test_a_passport_has_no_back(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = start_scanning(qtbot, kiosk, "id")
    scan_to(qtbot, view, KioskStep.PLACE)
    assert view.place.no_back_button.isVisible()
    with qtbot.waitSignal(view.step_changed) as step:
        qtbot.keyClick(view.place.no_back_button, Qt.Key.Key_Space)  # from the keyboard
    assert step.args == [KioskStep.CHECK]
    assert len(view.document) == 1
    assert view.check.thumbnails.count() == 1
    # Another document goes on the glass from its front.
    qtbot.mouseClick(view.check.more_button, Qt.MouseButton.LeftButton)
    assert not view.place.no_back_button.isVisible()
    assert "turn the card over" not in view.place.text.text()


def test_it_can_keep_the_two_sides_as_two_pages(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = start_scanning(qtbot, kiosk, "card")
    scan_to(qtbot, view, KioskStep.PLACE)
    assert view.place.no_back_button.isVisible()
    scan_to(qtbot, view, KioskStep.CHECK)
    assert len(view.document) == 2
    assert view.check.thumbnails.count() == 2


def test_a_one_sided_document_goes_straight_to_check(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = start_scanning(qtbot, kiosk, "photo")
    scan_to(qtbot, view, KioskStep.CHECK)
    assert len(view.document) == 1
    assert view.check.thumbnails.count() == 1
    assert not view.place.no_back_button.isVisible()
