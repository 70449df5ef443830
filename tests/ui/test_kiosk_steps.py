"""Finding the way on the kiosk: Back and Start again on its steps, the keyboard on the
resident's next action (never on the staff-only button), problems told next to the step's text
at its size and in the words of where the paper is, and the end of a session (take your papers,
the receipt printed or not, the seconds left to answer "Are you still there?"). On SANE's test
driver and CUPS."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk.runtime import Runtime
from desk.services import visits
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep, KioskView
from printing.model import JobResult
from scanning.faults import MESSAGES, FaultKind
from tests.ui.conftest import screenshot
from tests.ui.test_kiosk import kiosk, scan_to, start_scanning

__all__ = ["kiosk"]

pytestmark = [pytest.mark.sane, pytest.mark.cups]


@pytest.fixture
def settings_overrides(tmp_path: Path) -> list[str]:
    profiles = tmp_path / "profiles.toml"
    # Low resolutions keep the test driver quick: a statement through the feeder, a photo and
    # an ID card on the glass.
    profiles.write_text(
        "[profiles.statement]\nresolution = 75\n"
        "[profiles.photo]\nresolution = 75\n"
        "[profiles.id]\nresolution = 75\n",
        encoding="utf-8",
    )
    return ["scanner_device=test:0", f"scanner_profiles_file={profiles}"]


def focused() -> object:
    return QApplication.focusWidget()


# ---------------------------------------------------------------------- Back and Start again


def test_back_and_start_again_are_on_the_residents_steps(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = kiosk.kiosk_view
    assert not view.nav.isVisible()  # nothing to go back to on the welcome
    view_on = start_scanning(qtbot, kiosk, "photo")
    assert view_on.nav.isVisible()
    for widget in (view.back_button, view.start_again_button):
        assert widget.isVisibleTo(view) and widget.isEnabled()
        assert widget.objectName() == "kioskSecondary"
        assert widget.accessibleName() == widget.text()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert (view.back_button.text(), view.start_again_button.text()) == ("Back", "Start again")


def test_back_goes_to_the_step_before(qtbot: QtBot, runtime: Runtime, kiosk: MainWindow) -> None:
    view = start_scanning(qtbot, kiosk, "photo")  # the wrong kind of document
    visit_id = view.visit_id
    with qtbot.waitSignal(view.step_changed) as step:
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert step.args == [KioskStep.CHOOSE]
    assert view.visit_id == visit_id  # the same session
    qtbot.mouseClick(view.choose.profile_buttons["statement"], Qt.MouseButton.LeftButton)
    assert "feeder" in view.place.text.text()
    scan_to(qtbot, view, KioskStep.CHECK)
    pages = len(view.document)

    # From the pages: what is being sent; from there, the pages are still here.
    with qtbot.waitSignal(view.step_changed) as step:
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert step.args == [KioskStep.CHOOSE]
    qtbot.mouseClick(view.choose.profile_buttons["statement"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.step_changed) as step:
        qtbot.keyClick(view.back_button, Qt.Key.Key_Space)  # from the keyboard too
    assert step.args == [KioskStep.CHECK]
    assert len(view.document) == pages and view.check.send_button.isEnabled()
    screenshot(kiosk, "kiosk-check-with-back")

    # Back from the choice of document is back to the welcome: the session ends.
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.step is KioskStep.WELCOME and view.visit_id is None
    assert visit_id is not None
    assert visits.get_visit(runtime.uow_factory, visit_id).ended_at is not None


def test_start_again_and_back_are_not_offered_after_sending_or_to_staff(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    with qtbot.waitSignal(view.step_changed):
        qtbot.mouseClick(view.staff_button, Qt.MouseButton.LeftButton)
    assert view.step is KioskStep.STAFF
    assert not view.nav.isVisible()  # the staff step has its own Back
    with qtbot.waitSignal(view.reset_done, timeout=30_000):
        qtbot.mouseClick(view.staff.back_button, Qt.MouseButton.LeftButton)
    start_scanning(qtbot, kiosk, "photo")
    scan_to(qtbot, view, KioskStep.CHECK)
    with qtbot.waitSignal(view.sent, timeout=60_000):
        qtbot.mouseClick(view.check.send_button, Qt.MouseButton.LeftButton)
        assert not view.nav.isEnabled()  # no going back while the pages are on their way
    assert not view.nav.isVisible()  # sent: Finish is the way out


# ---------------------------------------------------------------------- the keyboard


def test_the_keyboard_is_on_the_residents_next_action_never_on_staff(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    view = kiosk.kiosk_view
    qtbot.waitUntil(lambda: focused() is view.welcome.start_button)
    view_on = start_scanning(qtbot, kiosk, "statement")
    assert focused() is view_on.place.scan_button
    with qtbot.waitSignal(view.pages_changed, timeout=60_000):
        qtbot.keyClick(view.place.scan_button, Qt.Key.Key_Space)
    # Scanning: the keyboard stays on the step (on what it is doing), not on Staff.
    assert focused() is view.place.status
    qtbot.waitUntil(lambda: view.step is KioskStep.CHECK, timeout=60_000)
    assert focused() is view.check.send_button
    # Tab goes through the step's controls, then Back and Start again, then Staff.
    first = view.check.thumbnails
    order: list[QWidget] = [first]
    widget = first.nextInFocusChain()
    while widget is not None and widget is not first and len(order) < 400:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy():
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert [w for w in order if view.isAncestorOf(w)] == [
        view.check.thumbnails,
        view.check.more_button,
        view.check.remove_button,
        view.check.send_button,
        view.back_button,
        view.start_again_button,
        view.staff_button,
    ]


# ---------------------------------------------------------------------- problems


def test_a_problem_is_told_next_to_the_steps_text_at_its_size(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    view = start_scanning(qtbot, kiosk, "photo")
    with qtbot.waitSignal(view.failed):
        kiosk.scan_controller.scan_faulted.emit(
            MESSAGES[FaultKind.COVER_OPEN], FaultKind.COVER_OPEN
        )
    page = view.place
    assert view.error.isVisible() and view.error.parentWidget() is page
    column = page.column
    assert column.indexOf(page.text) < column.indexOf(view.error) < column.indexOf(page.scan_button)
    assert QFontInfo(view.error.font()).pointSizeF() >= QFontInfo(page.text.font()).pointSizeF()
    assert "Close it and press Scan again" in view.error.text()
    screenshot(kiosk, "kiosk-problem-on-the-step")


@pytest.mark.parametrize(
    ("profile", "kind", "words", "never"),
    [
        ("photo", FaultKind.JAMMED, "ask a member of staff", "feeder"),
        ("photo", FaultKind.FEEDER_EMPTY, "on the glass", "feeder"),
        ("photo", FaultKind.NO_IMAGE, "on the glass", "feeder"),
        ("statement", FaultKind.JAMMED, "stuck in the feeder", "glass"),
        ("statement", FaultKind.FEEDER_EMPTY, "in the feeder", "glass"),
    ],
)
def test_scanner_problems_speak_of_where_the_paper_is(
    qtbot: QtBot, kiosk: MainWindow, profile: str, kind: FaultKind, words: str, never: str
) -> None:
    view = start_scanning(qtbot, kiosk, profile)
    with qtbot.waitSignal(view.failed) as failed:
        kiosk.scan_controller.scan_faulted.emit(MESSAGES[kind], kind)
    assert words in failed.args[0]
    assert never not in failed.args[0]
    assert "Continue" not in failed.args[0]


# ---------------------------------------------------------------------- the end


def sent(qtbot: QtBot, kiosk: MainWindow) -> KioskView:
    view = start_scanning(qtbot, kiosk, "photo")
    scan_to(qtbot, view, KioskStep.CHECK)
    with qtbot.waitSignal(view.sent, timeout=60_000):
        qtbot.mouseClick(view.check.send_button, Qt.MouseButton.LeftButton)
    return view


def test_the_end_reminds_the_resident_of_their_papers_and_says_the_receipt_printed(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    view = sent(qtbot, kiosk)
    assert view.done.papers.isVisible()
    assert view.done.papers.text() == "Remember to take your papers from the scanner."
    assert focused() is view.done.receipt_button
    with qtbot.waitSignal(kiosk.jobs.busy_changed, timeout=60_000, check_params_cb=lambda b: not b):
        qtbot.mouseClick(view.done.receipt_button, Qt.MouseButton.LeftButton)
    assert view.done.receipt_status.text() == (
        "Your receipt has printed. Take it from the printer."
    )
    assert not view.error.isVisible()
    assert focused() is view.done.finish_button  # the next thing to do
    screenshot(kiosk, "kiosk-receipt-printed")


def test_a_receipt_the_printer_gave_up_on_is_said_not_to_have_printed(
    qtbot: QtBot, kiosk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = sent(qtbot, kiosk)
    actions = view._actions
    real = actions.print_receipt

    def aborted(visit_id: object, reference: str) -> object:
        import dataclasses  # noqa: PLC0415

        job = real(visit_id, reference)  # type: ignore[arg-type]
        return dataclasses.replace(job, result=JobResult.ABORTED)

    monkeypatch.setattr(actions, "print_receipt", aborted)
    with qtbot.waitSignal(view.failed, timeout=60_000) as failed:
        qtbot.mouseClick(view.done.receipt_button, Qt.MouseButton.LeftButton)
    assert failed.args[0].startswith("The receipt could not be printed.")
    assert view.error.isVisible() and view.error.parentWidget() is view.done
    assert view.done.receipt_status.text() == ""
    assert view.done.receipt_button.isEnabled()


def test_are_you_still_there_counts_the_seconds_down(qtbot: QtBot, kiosk: MainWindow) -> None:
    view = start_scanning(qtbot, kiosk, "photo")
    view.idle.timeout.emit()  # the idle timer firing, without waiting for it
    question = view.still_there
    assert question.isVisible() and question.tick.isActive()
    assert question.countdown.text() == "Your pages will be deleted in 30 seconds."
    question.tick.timeout.emit()
    assert question.countdown.text() == "Your pages will be deleted in 29 seconds."
    for _ in range(28):
        question.tick.timeout.emit()
    assert question.countdown.text() == "Your pages will be deleted in 1 second."
    screenshot(kiosk, "kiosk-still-there")
    qtbot.mouseClick(question.button, Qt.MouseButton.LeftButton)
    assert not question.isVisible() and not question.tick.isActive()
    view.idle.timeout.emit()  # asked again: the full time again
    assert question.countdown.text() == "Your pages will be deleted in 30 seconds."
