"""The waiting-area display: a called ticket and where to go, live; "Please wait to be called"
when the database is away (and again when it is back); nothing personal; both themes at
1920 x 1080."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desk.config import load_settings
from desk.domain.queue import TicketState
from desk.runtime import Runtime, open_runtime
from desk.services import queue
from desk.services import staff as staff_service
from desk.services.queue import CheckIn, QueueView, TicketView
from desk.ui.app import application, build_display
from desk.ui.jobs import JobRunner
from desk.ui.theme import apply_theme
from desk.ui.views.display import DisplayView, StationDisplay
from tests.fixtures.postgres import StoppablePostgres
from tests.ui.conftest import screenshot
from tests.ui.test_contrast import contrast

FULL_HD = (1920, 1080)


@pytest.fixture
def make_display(qtbot: QtBot) -> Iterator[Callable[..., DisplayView]]:
    made: list[tuple[DisplayView, StationDisplay]] = []

    def make(open_runtime: Callable[[], Runtime], *, chime: bool = False) -> DisplayView:
        jobs = JobRunner()
        actions = StationDisplay(open_runtime)
        view = DisplayView(jobs, actions, chime=chime)
        jobs.setParent(view)
        qtbot.addWidget(view)
        view.resize(*FULL_HD)
        view.show()
        made.append((view, actions))
        return view

    yield make
    for view, actions in made:
        assert view.stop(wait=True)
        view.jobs.shutdown(5_000)
        actions.close()


def call(runtime: Runtime, area: str = "housing") -> TicketView:
    """A resident checks in and a champion at this station calls them."""
    member = staff_service.add_staff(
        runtime.uow_factory, f"Champion {uuid.uuid4().hex[:6]}", "2468"
    )
    site = runtime.station.site_id
    queue.check_in(runtime.uow_factory, site, CheckIn(area, language="Polish"))
    return queue.call_next(
        runtime.uow_factory, site, staff_id=member.id, station_id=runtime.station.station_id
    ).ticket


def test_the_display_shows_a_called_ticket_and_where_to_go(
    qtbot: QtBot, runtime: Runtime, make_display: Callable[..., DisplayView]
) -> None:
    display = make_display(lambda: runtime, chime=True)
    with qtbot.waitSignal(display.waiting_shown):
        display.start()
    assert display.message.isVisible()
    assert display.message.text() == "Please wait to be called"
    with qtbot.waitSignal(display.chimed, timeout=3_000) as chimed:
        ticket = call(runtime)
    assert chimed.args[0].id == ticket.id
    assert display.rows[0].text() == "H1 — W-03"
    assert display.rows[0].accessibleName() == "Ticket H1, please go to W-03"
    assert not display.message.isVisible()
    # Nothing personal: a ticket and a desk, never the language or the service.
    shown = " ".join(row.text() for row in display.rows)
    assert "Polish" not in shown and "Housing" not in shown
    with qtbot.waitSignal(display.chimed, timeout=3_000):
        queue.recall(runtime.uow_factory, ticket.id)  # called again: the chime again
    with qtbot.waitSignal(display.waiting_shown, timeout=3_000):
        queue.mark_seen(runtime.uow_factory, ticket.id)  # at the desk: off the display


def test_old_calls_leave_the_display_and_the_newest_is_first(
    qtbot: QtBot, make_display: Callable[..., DisplayView]
) -> None:
    display = make_display(lambda: pytest.fail("not asked"))
    now = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)
    display.show_queue(
        QueueView(
            waiting=(),
            called=(
                ticket("B4", "W-01", now - timedelta(minutes=1)),
                ticket("H2", "W-03", now - timedelta(minutes=5)),
                ticket("H1", "W-02", now - timedelta(minutes=40)),
            ),
        ),
        now=now,
    )
    assert [r.text() for r in display.rows if r.isVisibleTo(display)] == ["B4 — W-01", "H2 — W-03"]


def ticket(label: str, station: str, called_at: datetime) -> TicketView:
    return TicketView(
        id=uuid.uuid4(),
        label=label,
        service_day=called_at.date(),
        service_area="housing",
        task_type=None,
        language=None,
        interpreter=False,
        access_needs=(),
        appointment_at=None,
        state=TicketState.CALLED,
        checked_in_at=called_at - timedelta(minutes=10),
        called_at=called_at,
        called_by=None,
        called_at_station=station,
        recalled_at=None,
        seen_at=None,
        left_at=None,
        requeued_at=None,
        visit_id=None,
        waited_minutes=10,
    )


def test_a_display_started_without_its_database_asks_residents_to_wait(
    qtbot: QtBot, tmp_path: Path, make_display: Callable[..., DisplayView]
) -> None:
    loaded = load_settings(
        overrides=[
            "database_url=postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=1",
            "site=Woolwich Centre",
        ]
    )
    tries: list[int] = []

    def opener() -> Runtime:
        tries.append(1)
        return open_runtime(loaded)

    display = make_display(opener)
    display.start()
    qtbot.waitUntil(lambda: len(tries) >= 2, timeout=10_000)  # it keeps trying
    assert display.message.isVisible() and display.message.text() == "Please wait to be called"
    assert not any(row.isVisible() for row in display.rows)


@pytest.mark.postgres
def test_the_display_keeps_working_while_the_database_is_stopped(
    qtbot: QtBot,
    tmp_path: Path,
    stoppable_postgres: StoppablePostgres,
    make_display: Callable[..., DisplayView],
) -> None:
    loaded = load_settings(
        overrides=[
            f"database_url={stoppable_postgres.url}",
            "site=Woolwich Centre",
            "station=W-03",
            "queue_poll_seconds=0.2",
        ]
    )
    runtime = open_runtime(loaded, migrate=True)
    try:
        display = make_display(lambda: runtime)
        with qtbot.waitSignal(display.waiting_shown):
            display.start()
        call(runtime)
        qtbot.waitUntil(lambda: display.rows[0].text() == "H1 — W-03", timeout=3_000)
        stoppable_postgres.stop()
        qtbot.waitUntil(display.message.isVisible, timeout=10_000)
        assert not display.rows[0].isVisible()
        assert display.message.text() == "Please wait to be called"
        stoppable_postgres.start()
        call(runtime, "council_tax")
        qtbot.waitUntil(lambda: display.rows[0].text() == "C1 — W-03", timeout=10_000)
        assert display.rows[1].text() == "H1 — W-03"
    finally:
        display.stop(wait=True)
        runtime.close()


@pytest.mark.parametrize("theme", ["standard", "high-contrast"])
def test_the_display_at_full_hd_in_both_themes(
    qtbot: QtBot, theme: str, make_display: Callable[..., DisplayView]
) -> None:
    app = application()
    apply_theme(app, theme, 1.0)
    try:
        display = make_display(lambda: pytest.fail("not asked"))
        display.show_waiting()
        qtbot.waitExposed(display)
        screenshot(display, f"display-waiting-{theme}")
        now = datetime.now(UTC)
        display.show_queue(
            QueueView(
                waiting=(),
                called=(
                    ticket("H12", "W-03", now),
                    ticket("B4", "W-01", now - timedelta(minutes=2)),
                    ticket("C7", "W-02", now - timedelta(minutes=3)),
                ),
            )
        )
        assert display.size().width() == FULL_HD[0]
        path = screenshot(display, f"display-{theme}")
        assert path.exists()
        latest = display.rows[0]
        assert latest.font().pixelSize() >= FULL_HD[1] // 8  # readable across the room
        image = latest.grab().toImage()
        found = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        colours = [QColor(name) for name in found]
        best = max(contrast(a, b) for a in colours for b in colours)
        assert best >= 7, f"{theme}: the newest call is {best:.1f}:1"
    finally:
        app.setStyleSheet("")


def test_desk_display_builds_the_themed_display_without_the_database(qtbot: QtBot) -> None:
    settings = load_settings(overrides=["theme=high-contrast", "queue_display_chime=true"]).settings
    view, actions = build_display(settings, lambda: pytest.fail("not opened yet"), application())
    qtbot.addWidget(view)
    try:
        assert view.windowTitle() == "Station Desk — waiting area"
        assert view.message.isVisibleTo(view)
    finally:
        application().setStyleSheet("")
        actions.close()
