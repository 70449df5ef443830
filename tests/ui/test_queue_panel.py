"""The queue on the champion's home screen: live from other stations, calling opens the visit
with check-in's details and measured arrival, "left" and "put back", and check-in in the app."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from desk.config import load_settings
from desk.domain.queue import TicketState
from desk.domain.visits import AccessibilitySupport, ServiceArea, TaskType, VisitOutcome
from desk.runtime import Runtime, open_runtime
from desk.services import queue
from desk.services.queue import CheckIn, TicketView
from desk.services.station import register_station
from desk.ui.app import application, build_window
from desk.ui.main_window import MainWindow
from desk.ui.views.visit.tasks import set_selected
from desk.ui.widgets import selected
from tests.e2e.conftest import DESK
from tests.ui.conftest import screenshot
from tests.ui.test_visit_flow import sign_in

SEEN_WITHIN_MS = 2_000
"""A check-in at another station shows within about two seconds."""


def check_in_elsewhere(runtime: Runtime, request: CheckIn) -> TicketView:
    """A resident checks in at another station of the centre (the same database)."""
    other = register_station(runtime.uow_factory, runtime.settings.site, "W-07")
    return queue.check_in(runtime.uow_factory, other.site_id, request, station_id=other.station_id)


def labels(listing: QListWidget) -> list[str]:
    return [listing.item(i).text().split(" · ")[0] for i in range(listing.count())]


def choose(listing: QListWidget, label: str) -> None:
    for index in range(listing.count()):
        if listing.item(index).text().startswith(f"{label} · "):
            listing.setCurrentRow(index)
            return
    raise AssertionError(f"{label} is not listed")


def test_a_check_in_at_another_station_appears_and_the_empty_queue_says_so(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    qtbot.waitUntil(lambda: panel.follower.running)
    qtbot.waitUntil(lambda: panel.queue is not None and panel.summary.text() != "")
    assert panel.summary.text() == "Nobody is waiting."
    assert not panel.waiting.isVisibleTo(panel)
    assert not panel.call_next_button.isEnabled()
    check_in_elsewhere(
        runtime,
        CheckIn(
            "housing",
            task_type=TaskType.PRINT,
            language="Polish",
            interpreter=True,
            access_needs=frozenset({AccessibilitySupport.LARGE_TEXT}),
        ),
    )
    qtbot.waitUntil(lambda: panel.waiting.count() == 1, timeout=SEEN_WITHIN_MS)
    line = panel.waiting.item(0).text()
    assert line.startswith("H1 · Housing · Print · in Polish with an interpreter · Large text")
    assert line.endswith("waited 0 min")
    assert panel.summary.text() == "1 waiting, the longest for 0 min."
    assert panel.call_next_button.isEnabled()
    screenshot(window, "queue-home")


def test_call_next_opens_the_visit_with_check_ins_details_and_measured_arrival(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    ticket = check_in_elsewhere(runtime, CheckIn("council_tax", language="Somali"))
    qtbot.waitUntil(lambda: panel.waiting.count() == 1, timeout=SEEN_WITHIN_MS)
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(panel.call_next_button, Qt.MouseButton.LeftButton)
    visit = started.args[0]
    assert window.screens.currentWidget() is window.visit_view
    assert window.visit_view.visit == visit
    assert visit.arrived_at == ticket.checked_in_at
    assert "Ticket C1, from the queue · help in Somali" in window.visit_view.check_in_note.text()
    # No task type at check-in: the service is ready to add as the visit's task.
    assert selected(window.visit_view.area, ServiceArea) is ServiceArea.COUNCIL_TAX
    with runtime.uow() as uow:
        record = uow.visits.get(visit.id)
        assert record is not None
        assert record.arrival_measured is True
        assert record.language == "Somali"
        assert record.station_id == runtime.station.station_id
    called = queue.find_ticket(runtime.uow_factory, runtime.station.site_id, "C1")
    assert called.state is TicketState.CALLED
    assert called.called_at_station == "W-03"
    assert called.visit_id == visit.id


def test_a_chosen_ticket_is_called_and_its_task_comes_with_it(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    check_in_elsewhere(runtime, CheckIn("housing"))
    check_in_elsewhere(runtime, CheckIn("school_admissions", task_type=TaskType.ONLINE_FORM))
    qtbot.waitUntil(lambda: panel.waiting.count() == 2, timeout=SEEN_WITHIN_MS)
    assert labels(panel.waiting) == ["H1", "S1"]
    choose(panel.waiting, "S1")
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
    tasks = started.args[0].tasks
    assert [(t.service_area, t.task_type) for t in tasks] == [
        ("school_admissions", TaskType.ONLINE_FORM)
    ]
    assert [row.task_id for row in window.visit_view.task_rows()] == [tasks[0].id]


def test_put_back_in_the_queue_then_left_before_being_seen(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    check_in_elsewhere(runtime, CheckIn("housing"))
    check_in_elsewhere(runtime, CheckIn("parking_blue_badge"))
    qtbot.waitUntil(lambda: panel.waiting.count() == 2, timeout=SEEN_WITHIN_MS)
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(panel.call_next_button, Qt.MouseButton.LeftButton)
    visit = started.args[0]
    qtbot.mouseClick(window.visit_view.home_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.called.count() == 1)
    assert panel.called.item(0).text().startswith("H1 · Housing · called to W-03 at ")
    assert labels(panel.waiting) == ["P1"]
    panel.called.setCurrentRow(0)
    with qtbot.waitSignal(panel.ticket_changed):
        qtbot.mouseClick(panel.recall_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.ticket_changed) as changed:
        qtbot.mouseClick(panel.requeue_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].state is TicketState.REQUEUED
    qtbot.waitUntil(lambda: labels(panel.waiting) == ["H1", "P1"])  # their place kept
    assert not panel.called.isVisibleTo(panel)
    with qtbot.waitSignal(window.visit_started) as again:
        qtbot.mouseClick(panel.call_next_button, Qt.MouseButton.LeftButton)
    assert again.args[0].id == visit.id  # the same visit goes on
    with qtbot.waitSignal(window.home_view.open_visits_shown) as listed:
        qtbot.mouseClick(window.visit_view.home_button, Qt.MouseButton.LeftButton)
    assert listed.args[0] == 1  # left open, to pick up
    qtbot.waitUntil(lambda: panel.called.count() == 1)
    panel.called.setCurrentRow(0)
    with qtbot.waitSignal(window.home_view.open_visits_shown) as listed:
        qtbot.mouseClick(panel.left_called_button, Qt.MouseButton.LeftButton)
    assert listed.args[0] == 0  # the visit their call opened has ended
    with runtime.uow() as uow:
        record = uow.visits.get(visit.id)
        assert record is not None
        assert record.outcome is VisitOutcome.LEFT_BEFORE_SEEN
    # A waiting resident who gave up.
    choose(panel.waiting, "P1")
    with qtbot.waitSignal(panel.ticket_changed) as gone:
        qtbot.mouseClick(panel.left_waiting_button, Qt.MouseButton.LeftButton)
    assert gone.args[0].state is TicketState.LEFT
    qtbot.waitUntil(lambda: panel.summary.text() == "Nobody is waiting.")
    events = queue.ticket_events(runtime.uow_factory, changed.args[0].id)
    assert [kind for kind, _at in events] == [
        "checked_in",
        "called",
        "recalled",
        "requeued",
        "called",
        "left",
    ]


def test_another_desk_calling_first_is_said_plainly(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    ticket = check_in_elsewhere(runtime, CheckIn("housing"))
    qtbot.waitUntil(lambda: panel.waiting.count() == 1, timeout=SEEN_WITHIN_MS)
    panel.follower.stop(wait=True)  # the list on screen stays as it was
    other = register_station(runtime.uow_factory, runtime.settings.site, "W-07")
    member = window.member
    assert member is not None
    queue.call_ticket(
        runtime.uow_factory, ticket.id, staff_id=member.id, station_id=other.station_id
    )
    choose(panel.waiting, "H1")
    with qtbot.waitSignal(panel.queue_shown):
        qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == "Ticket H1 has already been called to W-07."
    assert panel.waiting.count() == 0 and panel.called.count() == 1


def test_a_champion_checks_a_resident_in_and_sees_the_ticket_large(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    dialog = panel.open_check_in()
    qtbot.waitUntil(dialog.isVisible)
    set_selected(dialog.area, ServiceArea.BENEFITS_EVIDENCE)
    set_selected(dialog.task, TaskType.SCAN_AND_UPLOAD)
    qtbot.keyClicks(dialog.language, "Arabic")
    dialog.interpreter.setChecked(True)
    dialog.needs[AccessibilitySupport.HEARING_LOOP].setChecked(True)
    screenshot(dialog, "queue-check-in")
    with qtbot.waitSignal(panel.checked_in) as done:
        qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
    ticket = done.args[0]
    assert (ticket.label, ticket.service_area, ticket.task_type) == (
        "B1",
        "benefits_evidence",
        TaskType.SCAN_AND_UPLOAD,
    )
    assert (ticket.language, ticket.interpreter) == ("Arabic", True)
    assert ticket.access_needs == (AccessibilitySupport.HEARING_LOOP,)
    assert dialog.pages.currentIndex() == 1
    assert dialog.ticket.text() == "B1"
    assert dialog.ticket.font().pointSize() >= 48
    screenshot(dialog, "queue-ticket")
    qtbot.waitUntil(lambda: labels(panel.waiting) == ["B1"])
    qtbot.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and dialog.language.text() == ""
    dialog.reject()


def test_an_unknown_appointment_is_refused_in_the_form(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    dialog = panel.open_check_in()
    qtbot.keyClicks(dialog.appointment, "GRN-404")
    qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("No appointment with that reference at this centre.")
    assert dialog.pages.currentIndex() == 0
    dialog.reject()


def test_signing_out_stops_following_the_queue(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    qtbot.waitUntil(lambda: panel.follower.running)
    window.sign_out()
    qtbot.waitUntil(lambda: not panel.follower.running, timeout=5_000)
    assert not panel.clock.isActive()


@pytest.fixture
def pg_window(qtbot: QtBot, postgres_url: str) -> Iterator[tuple[Runtime, MainWindow]]:
    """The station app on a shared PostgreSQL (notifications, not polling)."""
    loaded = load_settings(
        overrides=[f"database_url={postgres_url}", "site=Woolwich Centre", "station=W-03"]
    )
    runtime = open_runtime(loaded, migrate=True)
    app = application()
    window = build_window(runtime, app)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.show()
    yield runtime, window
    app.removeEventFilter(window)
    window.close()
    window.jobs.wait()
    app.setStyleSheet("")
    runtime.close()


@pytest.mark.postgres
def test_a_check_in_by_another_process_on_postgresql_appears_within_2_seconds(
    qtbot: QtBot, pg_window: tuple[Runtime, MainWindow], postgres_url: str
) -> None:
    runtime, window = pg_window
    panel = window.queue_panel
    sign_in(qtbot, runtime, window)
    qtbot.waitUntil(lambda: panel.queue is not None and panel.summary.text() != "")
    other = subprocess.run(  # another station: a process of its own, the real command
        [*DESK, "queue", "checkin", "--service", "housing", "--language", "Tigrinya"],
        env={**os.environ, "DESK_DATABASE_URL": postgres_url, "DESK_SITE": "Woolwich Centre"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert other.returncode == 0, other.stderr
    qtbot.waitUntil(lambda: panel.waiting.count() == 1, timeout=SEEN_WITHIN_MS)
    assert "in Tigrinya" in panel.waiting.item(0).text()
