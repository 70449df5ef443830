"""The whole path in the app, on the real components: check-in → the display → call next →
the visit with check-in's details → its end, with the wait measured."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.queue import TicketState
from desk.domain.visits import NextTime, ServiceArea, TaskOutcome, TaskType, VisitOutcome
from desk.runtime import Runtime
from desk.services import queue
from desk.ui.jobs import JobRunner
from desk.ui.main_window import MainWindow
from desk.ui.views.display import DisplayView, StationDisplay
from desk.ui.views.visit.tasks import set_selected
from tests.ui.test_visit_flow import choose, sign_in


def test_check_in_display_call_visit_and_end(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    jobs = JobRunner()
    display = DisplayView(jobs, StationDisplay(lambda: runtime))
    jobs.setParent(display)
    qtbot.addWidget(display)
    display.resize(1920, 1080)
    display.show()
    with qtbot.waitSignal(display.waiting_shown):
        display.start()
    try:
        sign_in(qtbot, runtime, window)
        panel = window.queue_panel
        dialog = panel.open_check_in()
        set_selected(dialog.area, ServiceArea.HOUSING)
        set_selected(dialog.task, TaskType.SCAN_AND_UPLOAD)
        qtbot.keyClicks(dialog.language, "Polish")
        with qtbot.waitSignal(panel.checked_in) as checked:
            qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
        ticket = checked.args[0]
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.waiting.count() == 1)

        with qtbot.waitSignal(window.visit_started) as started:
            qtbot.mouseClick(panel.call_next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: display.rows[0].text() == "H1 — W-03", timeout=3_000)
        view = window.visit_view
        assert "help in Polish" in view.check_in_note.text()
        (row,) = view.task_rows()
        choose(qtbot, view, row.outcome, TaskOutcome.DONE_WITH_HELP)
        choose(qtbot, view, row.next_time, NextTime.SOME_HELP)
        view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
        with qtbot.waitSignal(view.visit_ended):
            qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        assert window.screens.currentWidget() is window.home_view

        with runtime.uow() as uow:
            visit = uow.visits.get(started.args[0].id)
            assert visit is not None
            assert visit.arrival_measured is True
            assert visit.arrived_at == ticket.checked_in_at
            assert visit.language == "Polish"
            assert visit.outcome is VisitOutcome.COMPLETED
        # Came to the desk: the ticket is seen and leaves the display.
        qtbot.waitUntil(lambda: panel.called.count() == 1)
        panel.called.setCurrentRow(0)
        with qtbot.waitSignal(display.waiting_shown, timeout=3_000):
            qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)
        seen = queue.find_ticket(runtime.uow_factory, runtime.station.site_id, "H1")
        assert seen.state is TicketState.SEEN
    finally:
        assert display.stop(wait=True)
        jobs.shutdown(5_000)
