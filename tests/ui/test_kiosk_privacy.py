"""The kiosk never carries one resident into the next: every way out of a session (Staff then
Back, Back to the welcome, Start again, the idle question left unanswered, staff taking the
station back, an error, the app closing) ends that session: its pages are wiped from disk, its
visit is ended with how it went, and the next resident starts with nothing of it. Results that
land late (a page from a scan that was stopped, a join, a send) never reach the next session.
On SANE's test driver and CUPS."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desk.domain.visits import TaskOutcome, VisitOutcome
from desk.runtime import Runtime
from desk.services import visits
from desk.ui.app import application, build_window
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep, KioskView
from tests.ui.conftest import screenshot
from tests.ui.test_kiosk import kiosk, scan_to

__all__ = ["kiosk"]

pytestmark = [pytest.mark.sane, pytest.mark.cups]

PIN = "2468"  # the PIN `sign_in` gives the member of staff


@pytest.fixture
def settings_overrides(tmp_path: Path) -> list[str]:
    profiles = tmp_path / "profiles.toml"
    # Low resolutions keep the test driver quick; a letter comes through the feeder.
    profiles.write_text(
        "[profiles.letter]\nresolution = 75\n[profiles.statement]\nresolution = 75\n",
        encoding="utf-8",
    )
    return ["scanner_device=test:0", f"scanner_profiles_file={profiles}"]


# ---------------------------------------------------------------------- helpers


def folder_of(runtime: Runtime, visit_id: uuid.UUID) -> Path:
    return runtime.settings.spool_path / "visits" / str(visit_id)


def start(qtbot: QtBot, view: KioskView) -> uuid.UUID:
    """Press Start and wait for the visit."""
    with qtbot.waitSignal(view.step_changed, check_params_cb=lambda step: step == KioskStep.CHOOSE):
        qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    assert view.visit_id is not None
    return view.visit_id


def session_with_pages(
    qtbot: QtBot, runtime: Runtime, view: KioskView, profile: str = "letter"
) -> uuid.UUID:
    """Start → a letter → its pages from the feeder, on the check step; the pages are on disk."""
    visit_id = start(qtbot, view)
    qtbot.mouseClick(view.choose.profile_buttons[profile], Qt.MouseButton.LeftButton)
    scan_to(qtbot, view, KioskStep.CHECK)
    assert len(view.document) > 1
    assert any(folder_of(runtime, visit_id).iterdir())
    return visit_id


def texts(view: KioskView) -> list[str]:
    """Every text the kiosk holds, shown or not."""
    labels = [label.text() for label in view.findChildren(QLabel)]
    items = [view.check.thumbnails.item(i).text() for i in range(view.check.thumbnails.count())]
    return labels + items


def assert_next_session_starts_empty(
    qtbot: QtBot, view: KioskView, previous: uuid.UUID, reference: str = ""
) -> uuid.UUID:
    """The welcome, then a fresh session: no pages, no reference, no document kind, no error."""
    assert view.step == KioskStep.WELCOME
    assert view.visit_id is None
    assert not view.still_there.isVisible()
    assert not view.error.isVisible() and view.error.text() == ""
    visit_id = start(qtbot, view)
    assert visit_id != previous
    # The last resident's kind of document is not lit up by the keyboard focus either.
    assert QApplication.focusWidget() is not view.choose.profile_buttons["letter"]
    assert view.document.pages == ()
    assert view.check.thumbnails.count() == 0
    assert view.reference == ""
    assert view.profile is None and view.sides is None and not view.turning_over
    assert not view.error.isVisible() and view.error.text() == ""
    assert view.place.status.text() == ""
    if reference:
        assert not any(reference in text for text in texts(view))
    # Nothing of the last session comes back on the later steps either.
    qtbot.mouseClick(view.choose.profile_buttons["letter"], Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.place
    assert view.document.pages == () and view.check.thumbnails.count() == 0
    return visit_id


def assert_ended(
    runtime: Runtime, visit_id: uuid.UUID, outcome: VisitOutcome, task: TaskOutcome
) -> None:
    """The visit is over with how it went, its pages are gone, and nobody can pick it up."""
    visit = visits.get_visit(runtime.uow_factory, visit_id)
    assert visit.ended_at is not None
    assert visit.outcome is outcome
    assert [t.outcome for t in visit.tasks] == [task]
    assert not folder_of(runtime, visit_id).exists()
    assert visit_id not in {v.id for v in visits.open_visits(runtime.uow_factory, runtime.station)}


def continue_buttons(window: MainWindow) -> list[str]:
    """The "Continue the visit…" offers on the champion's home screen."""
    return [
        b.text()
        for b in window.home_view.findChildren(QPushButton)
        if b.text().startswith("Continue the visit")
    ]


def leave_to_staff(qtbot: QtBot, window: MainWindow) -> None:
    """A member of staff takes the station back with their PIN; their home screen shows."""
    view = window.kiosk_view
    with qtbot.waitSignal(view.step_changed, check_params_cb=lambda step: step == KioskStep.STAFF):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.staff.pin, PIN)
    with qtbot.waitSignal(view.staff_exit, timeout=30_000):
        qtbot.keyClick(view.staff.pin, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.home_view
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=30_000)


def hand_over(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.kiosk_started):
        qtbot.mouseClick(window.home_view.kiosk_button, Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------------- the exits


def staff_then_back(qtbot: QtBot, window: MainWindow) -> None:
    view = window.kiosk_view
    with qtbot.waitSignal(view.step_changed, check_params_cb=lambda step: step == KioskStep.STAFF):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.staff.back_button, Qt.MouseButton.LeftButton)


def still_there_unanswered(qtbot: QtBot, window: MainWindow) -> None:
    view = window.kiosk_view
    view.idle.timeout.emit()  # the idle timer firing, without waiting for it
    assert view.still_there.isVisible()
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        view.warning.timeout.emit()  # nobody answered


def idle_on_the_staff_step(qtbot: QtBot, window: MainWindow) -> None:
    """Somebody pressed Staff and walked away."""
    view = window.kiosk_view
    with qtbot.waitSignal(view.step_changed, check_params_cb=lambda step: step == KioskStep.STAFF):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    still_there_unanswered(qtbot, window)


def after_an_error(qtbot: QtBot, window: MainWindow) -> None:
    """The scanner fails on the next run; the resident gives up and walks away."""
    view = window.kiosk_view
    qtbot.mouseClick(view.check.more_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.failed):
        window.scan_controller.scan_faulted.emit("jammed", None)
    assert view.error.isVisible()
    still_there_unanswered(qtbot, window)


def start_again(qtbot: QtBot, window: MainWindow) -> None:
    view = window.kiosk_view
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.start_again_button, Qt.MouseButton.LeftButton)


def back_to_the_welcome(qtbot: QtBot, window: MainWindow) -> None:
    """Back from the pages to what is being sent, then Back to the welcome."""
    view = window.kiosk_view
    with qtbot.waitSignal(view.step_changed, check_params_cb=lambda s: s == KioskStep.CHOOSE):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)


def staff_take_it_back(qtbot: QtBot, window: MainWindow) -> None:
    leave_to_staff(qtbot, window)
    assert continue_buttons(window) == []
    hand_over(qtbot, window)


EXITS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "staff-then-back": staff_then_back,
    "still-there-unanswered": still_there_unanswered,
    "idle-on-the-staff-step": idle_on_the_staff_step,
    "after-an-error": after_an_error,
    "staff-take-it-back": staff_take_it_back,
    "start-again": start_again,
    "back-to-the-welcome": back_to_the_welcome,
}


@pytest.mark.parametrize("leave", list(EXITS.values()), ids=list(EXITS))
def test_every_way_out_ends_the_session_and_the_next_starts_empty(
    qtbot: QtBot,
    runtime: Runtime,
    kiosk: MainWindow,
    leave: Callable[[QtBot, MainWindow], None],
) -> None:
    view = kiosk.kiosk_view
    first = session_with_pages(qtbot, runtime, view)

    leave(qtbot, kiosk)

    assert_ended(runtime, first, VisitOutcome.NOT_COMPLETED, TaskOutcome.PARTLY_DONE)
    second = assert_next_session_starts_empty(qtbot, view, first)
    screenshot(kiosk, f"kiosk-next-after-{leave.__name__}")
    # The champion's home screen offers neither session to continue.
    leave_to_staff(qtbot, kiosk)
    assert continue_buttons(kiosk) == []
    assert_ended(runtime, second, VisitOutcome.NOT_COMPLETED, TaskOutcome.PARTLY_DONE)


@pytest.mark.parametrize("leave", ["finish", "staff", "idle"])
def test_a_session_that_sent_ends_as_completed_and_leaves_no_reference(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow, leave: str
) -> None:
    view = kiosk.kiosk_view
    first = session_with_pages(qtbot, runtime, view)
    with qtbot.waitSignal(view.sent, timeout=60_000) as sent:
        qtbot.mouseClick(view.check.send_button, Qt.MouseButton.LeftButton)
    reference = sent.args[0]
    assert reference and any(reference in text for text in texts(view))

    if leave == "finish":
        with qtbot.waitSignal(view.reset_done, timeout=30_000):
            qtbot.mouseClick(view.done.finish_button, Qt.MouseButton.LeftButton)
    elif leave == "staff":  # the resident has gone; staff take the station back
        staff_take_it_back(qtbot, kiosk)
    else:
        still_there_unanswered(qtbot, kiosk)

    assert_ended(runtime, first, VisitOutcome.COMPLETED, TaskOutcome.DONE_INDEPENDENTLY)
    assert_next_session_starts_empty(qtbot, view, first, reference)


def test_closing_the_app_ends_the_session_and_wipes_its_pages(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    first = session_with_pages(qtbot, runtime, view)

    kiosk.close()

    assert_ended(runtime, first, VisitOutcome.NOT_COMPLETED, TaskOutcome.PARTLY_DONE)
    # The station starts again: nothing of that resident is offered to continue or shown.
    app = application()
    app.removeEventFilter(kiosk)
    again = build_window(runtime, app)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.sign_in_view.staff_loaded):
        again.show()
    qtbot.keyClicks(again.sign_in_view.pin, PIN)
    with qtbot.waitSignal(again.sign_in_view.signed_in):
        qtbot.keyClick(again.sign_in_view.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.jobs.running == 0, timeout=30_000)
    assert continue_buttons(again) == []
    hand_over(qtbot, again)
    assert_next_session_starts_empty(qtbot, again.kiosk_view, first)
    app.removeEventFilter(again)
    again.close()
    again.jobs.wait()


def test_closing_the_app_mid_scan_wipes_every_page(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    first = start(qtbot, view)
    qtbot.mouseClick(view.choose.profile_buttons["letter"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.pages_changed, timeout=60_000):
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    kiosk.close()  # the feeder still has pages in it
    assert not kiosk.scan_controller.busy
    assert_ended(runtime, first, VisitOutcome.NOT_COMPLETED, TaskOutcome.PARTLY_DONE)


# ---------------------------------------------------------------------- late results


def test_a_page_that_lands_after_the_reset_never_reaches_the_next_session(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    first = session_with_pages(qtbot, runtime, view)
    late = view.document.pages[-1]
    still_there_unanswered(qtbot, kiosk)
    assert_next_session_starts_empty(qtbot, view, first)
    assert view.step == KioskStep.PLACE

    # The scan worker reports a page of the last resident's run only now.
    kiosk.scan_controller.page_scanned.emit(late)
    kiosk.scan_controller.page_scanned.emit(
        dataclasses.replace(late, path=str(folder_of(runtime, first) / "late.png"))
    )
    kiosk.scan_controller.scan_finished.emit(1, False)
    assert view.document.pages == ()
    assert view.check.thumbnails.count() == 0
    assert view.step == KioskStep.PLACE
    assert view.place.status.text() == ""


def test_a_scan_stopped_by_the_reset_leaves_no_page_on_disk_or_on_screen(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    first = start(qtbot, view)
    qtbot.mouseClick(view.choose.profile_buttons["letter"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.pages_changed, timeout=60_000):
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    assert kiosk.scan_controller.busy  # more pages are coming from the feeder

    # The reset ends the visit only once the worker has stopped writing into its folder.
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        view.reset()
    assert not kiosk.scan_controller.busy
    assert_ended(runtime, first, VisitOutcome.NOT_COMPLETED, TaskOutcome.PARTLY_DONE)
    assert_next_session_starts_empty(qtbot, view, first)


def test_a_join_that_lands_after_the_reset_is_dropped_and_wiped(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    first = start(qtbot, view)
    qtbot.mouseClick(view.choose.profile_buttons["id"], Qt.MouseButton.LeftButton)
    scan_to(qtbot, view, KioskStep.PLACE)  # the front; now the back
    with qtbot.waitSignal(
        kiosk.scan_controller.scan_finished, timeout=60_000
    ):  # the back is in: joining both sides starts in the background
        qtbot.mouseClick(view.place.scan_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        view.reset()
    assert_ended(runtime, first, VisitOutcome.NOT_COMPLETED, TaskOutcome.PARTLY_DONE)
    qtbot.waitUntil(lambda: kiosk.jobs.running == 0, timeout=30_000)
    assert not folder_of(runtime, first).exists()
    assert_next_session_starts_empty(qtbot, view, first)


def test_a_double_tap_on_start_leaves_no_visit_open(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.step == KioskStep.CHOOSE and kiosk.jobs.running == 0, timeout=30_000
    )
    assert [v.id for v in visits.open_visits(runtime.uow_factory, runtime.station)] == [
        view.visit_id
    ]


@pytest.mark.parametrize(
    "settings_overrides", [["scanner_device=test:0", "language=en_XA"]], ids=["pseudo"]
)
def test_the_next_resident_sees_the_stations_language(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    station_words = view.welcome.start_button.text()
    qtbot.mouseClick(view.welcome.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert view.welcome.start_button.text() != station_words  # the resident reads English now
    first = start(qtbot, view)
    still_there_unanswered(qtbot, kiosk)
    assert view.welcome.start_button.text() == station_words
    assert view.step == KioskStep.WELCOME and view.visit_id is None
    visits_left = visits.open_visits(runtime.uow_factory, runtime.station)
    assert first not in {v.id for v in visits_left}


def test_a_send_under_way_when_the_resident_leaves_is_kept_and_counted(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    first = session_with_pages(qtbot, runtime, view)
    qtbot.mouseClick(view.check.send_button, Qt.MouseButton.LeftButton)
    # Left at once (the idle question unanswered): the visit ends once the send is over,
    # as sent, and its folder is wiped only then.
    with qtbot.waitSignal(view.reset_done, timeout=60_000):
        view.reset()
    assert_ended(runtime, first, VisitOutcome.COMPLETED, TaskOutcome.DONE_INDEPENDENTLY)
    assert list(runtime.settings.upload_folder.rglob("*.pdf"))
    assert_next_session_starts_empty(qtbot, view, first)
    assert view.step == KioskStep.PLACE  # the late "Sent" never shows over the next resident


def test_a_residents_pages_never_reach_the_champions_scan_screen(
    qtbot: QtBot, runtime: Runtime, kiosk: MainWindow
) -> None:
    session_with_pages(qtbot, runtime, kiosk.kiosk_view)
    assert kiosk.scan_view.document.pages == ()
    assert kiosk.scan_view.pages.count() == 0
