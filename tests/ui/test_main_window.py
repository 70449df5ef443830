"""The main window on a real database: first-run set-up, sign-in, lockout, idle sign-out."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.records import AuditAction
from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.services.staff import SignInLocked, SignInRefused
from desk.ui.main_window import MainWindow
from tests.ui.conftest import screenshot


def test_first_run_creates_an_account_and_signs_in(qtbot: QtBot, window: MainWindow) -> None:
    view = window.sign_in_view
    assert view.first_run
    screenshot(window, "first-run")
    qtbot.keyClicks(view.new_name, "Asha Patel")
    qtbot.keyClicks(view.new_pin, "2468")
    qtbot.keyClicks(view.new_pin_again, "2468")
    with qtbot.waitSignal(view.signed_in):
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.home_view
    assert window.home_view.greeting.text() == "Hello, Asha"
    screenshot(window, "home")


def test_sign_in_then_sign_out(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> None:
    staff_service.add_staff(runtime.uow_factory, "Ben Okoro", "1357")
    view = window.sign_in_view
    with qtbot.waitSignal(view.staff_loaded):
        view.refresh()
    screenshot(window, "sign-in")
    qtbot.keyClicks(view.pin, "1357")
    with qtbot.waitSignal(view.signed_in):
        qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    assert window.member is not None and window.member.first_name == "Ben"
    with qtbot.waitSignal(view.staff_loaded):
        qtbot.mouseClick(window.home_view.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.member is None
    assert window.screens.currentWidget() is view


@pytest.mark.parametrize("settings_overrides", [["idle_timeout_seconds=30"]])
def test_idle_timeout_signs_out(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> None:
    staff_service.add_staff(runtime.uow_factory, "Ben Okoro", "1357")
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    qtbot.keyClicks(window.sign_in_view.pin, "1357")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)
    assert window.idle_timer.interval() == 30_000
    assert window.idle_timer.isActive()
    member = window.member
    assert member is not None
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    window.visit_view.show_visit(visit)
    folder = window.uploads().spool.visit_dir(visit.id)
    (folder / "page-1.jpg").write_bytes(b"encrypted page")
    with qtbot.waitSignal(window.signed_out_idle), qtbot.waitSignal(window.visit_wiped) as wiped:
        window.idle_timer.timeout.emit()  # the timer firing, without waiting 30 s
    assert window.member is None
    assert wiped.args[0].ok
    assert not folder.exists()
    assert visits.get_visit(runtime.uow_factory, visit.id).is_open  # it can be picked up again


def test_a_visit_started_just_before_the_kiosk_does_not_show_over_it(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff_service.add_staff(runtime.uow_factory, "Ben Okoro", "1357")
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    qtbot.keyClicks(window.sign_in_view.pin, "1357")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)
    entered, release = threading.Event(), threading.Event()
    start_visit = visits.start_visit

    def held(*args: Any, **kwargs: Any) -> visits.VisitSummary:
        entered.set()
        assert release.wait(30), "the test never released the job"
        return start_visit(*args, **kwargs)

    monkeypatch.setattr(visits, "start_visit", held)
    try:
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(entered.is_set)  # the visit is being started
        with qtbot.waitSignal(window.kiosk_started):
            qtbot.mouseClick(window.home_view.kiosk_button, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=30_000)

    # The champion's screens stay behind the kiosk; the visit waits to be picked up again.
    assert window.screens.currentWidget() is window.kiosk_view
    assert window.visit_view.visit is None
    (left_open,) = visits.open_visits(runtime.uow_factory, runtime.station)
    assert left_open.is_open


@pytest.mark.allow_log_warnings
def test_ten_wrong_pins_in_five_minutes_lock_and_the_lock_ends_on_time(runtime: Runtime) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Ben Okoro", "1357")
    # After the staff record is added (now): the audit trail lists events in time order.
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
    for attempt in range(9):
        with pytest.raises(SignInRefused, match=f"{9 - attempt} tr"):
            staff_service.sign_in(
                runtime.uow_factory, member.id, "0000", now=start + timedelta(seconds=attempt * 20)
            )
    tenth = start + timedelta(seconds=180)
    with pytest.raises(SignInLocked, match="Too many wrong PINs"):
        staff_service.sign_in(runtime.uow_factory, member.id, "0000", now=tenth)
    # Even the right PIN is refused while locked.
    with pytest.raises(SignInLocked):
        staff_service.sign_in(
            runtime.uow_factory, member.id, "1357", now=tenth + timedelta(seconds=60)
        )
    # The lock ends five minutes after the tenth wrong PIN.
    unlocked_at = tenth + timedelta(minutes=5)
    assert staff_service.sign_in(runtime.uow_factory, member.id, "1357", now=unlocked_at) == member
    with runtime.uow() as uow:
        actions = [e.action for e in uow.audit.list()]
    assert actions.count(AuditAction.STAFF_SIGN_IN_FAILED) == 10
    assert actions.count(AuditAction.STAFF_LOCKED_OUT) == 1
    assert actions[-1] == AuditAction.STAFF_SIGNED_IN


@pytest.mark.parametrize("settings_overrides", [["staff_sign_in=os-account"]])
def test_the_pcs_account_signs_its_member_of_staff_in(
    qtbot: QtBot, runtime: Runtime, settings_overrides: list[str]
) -> None:
    from desk.ui.app import application, build_window  # noqa: PLC0415

    staff_service.add_staff(
        runtime.uow_factory, "Asha Patel", "2468", os_account=staff_service.current_os_account()
    )
    app = application()
    window = build_window(runtime, app)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.member is not None, timeout=10_000)
    assert window.member is not None
    assert window.member.first_name == "Asha"
    assert window.screens.currentWidget() is window.home_view
    app.removeEventFilter(window)
    window.jobs.wait()
    app.setStyleSheet("")


@pytest.mark.parametrize("settings_overrides", [["staff_sign_in=os-account"]])
def test_an_unlinked_account_falls_back_to_the_pin(
    qtbot: QtBot, runtime: Runtime, settings_overrides: list[str]
) -> None:
    from desk.ui.app import application, build_window  # noqa: PLC0415

    staff_service.add_staff(runtime.uow_factory, "Ben Okoro", "1357", os_account="rbg\\ben.okoro")
    app = application()
    window = build_window(runtime, app)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.sign_in_view.error.isVisible, timeout=10_000)
    assert "not linked to a member of staff" in window.sign_in_view.error.text()
    assert window.member is None
    app.removeEventFilter(window)
    window.jobs.wait()
    app.setStyleSheet("")


def test_the_upload_folder_s_old_documents_go_at_start_up_and_daily(
    qtbot: QtBot, runtime: Runtime
) -> None:
    import os  # noqa: PLC0415
    import uuid  # noqa: PLC0415

    from desk.ui.app import application, build_window  # noqa: PLC0415
    from desk.ui.upkeep import RETENTION_INTERVAL_MS  # noqa: PLC0415

    folder = runtime.settings.upload_folder
    folder.mkdir(parents=True)
    keep_days = runtime.settings.upload_folder_keep_days
    assert keep_days is not None

    def stored(days_ago: float) -> str:
        name = f"{uuid.uuid4()}.pdf"
        (folder / name).write_bytes(b"%PDF-1.7")
        when = (datetime.now(UTC) - timedelta(days=days_ago)).timestamp()
        os.utime(folder / name, (when, when))
        return name

    stored(keep_days + 1)
    recent = stored(keep_days - 1)
    app = application()
    win = build_window(runtime, app)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.upload_folder_purged) as first:
            pass
        assert first.args[0].deleted == 1
        assert [p.name for p in folder.iterdir()] == [recent]

        assert win.upkeep.retention_timer.isActive()
        assert win.upkeep.retention_timer.interval() == RETENTION_INTERVAL_MS
        later = stored(keep_days + 2)
        with qtbot.waitSignal(win.upload_folder_purged) as daily:
            win.upkeep.retention_timer.timeout.emit()
        assert daily.args[0].deleted == 1
        assert not (folder / later).exists()
    finally:
        app.removeEventFilter(win)
        win.jobs.wait()


def test_after_sign_in_the_keyboard_is_on_the_next_residents_arrival(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    from tests.ui.test_visit_flow import sign_in  # noqa: PLC0415

    sign_in(qtbot, runtime, window)
    assert window.screens.currentWidget() is window.home_view
    # Not "Sign out": the first thing to do is say when the resident came in, then how.
    assert window.focusWidget() is window.home_view.waited
