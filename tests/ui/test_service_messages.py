"""The staff screens show the services' and the devices' messages (a PIN lockout, a scanner
jam, a printer's errors) in the station's language: here the pseudo-locale, on the real
services, SANE's test driver and CUPS."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services.staff import (
    LOCKED_HELD,
    WRONG_PIN_TIMED,
    SignInLocked,
    SignInRefused,
)
from desk.ui.app import application
from desk.ui.i18n import PSEUDO_LOCALE, install_translation, pseudo, translations_dir
from desk.ui.main_window import MainWindow
from desk.ui.messages import CONTEXT, catalogue
from desk.ui.views.scan import ScanView
from printing.errors import JOB_STOPPED, STOPPED
from scanning.faults import FaultKind, fault_message
from tests.fixtures.cups import JAMMED, QUEUES, CupsScheduler, MakePdf
from tests.ui.test_scan_view import sane_scanner, view
from tests.ui.test_visit_flow import sign_in

__all__ = ["sane_scanner", "view"]


@pytest.fixture
def pseudo_locale() -> Iterator[None]:
    assert install_translation(application(), PSEUDO_LOCALE)
    yield
    install_translation(application(), "en")


def test_every_message_from_below_the_ui_is_in_the_translations() -> None:
    for text in (LOCKED_HELD, STOPPED, fault_message(FaultKind.JAMMED)):
        assert text in catalogue()
    root = ET.parse(translations_dir() / f"desk_{PSEUDO_LOCALE}.ts").getroot()
    translated = {
        message.findtext("source"): message.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }
    assert {text: translated.get(text) for text in catalogue()} == {
        text: pseudo(text) for text in catalogue()
    }, "run python -m desk.ui.i18n"


@pytest.mark.allow_log_warnings  # the lockouts are logged as warnings
def test_a_wrong_pin_and_a_lockout_are_in_the_stations_language(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    uow = runtime.uow_factory
    asha = staff_service.add_staff(uow, "Asha Patel", "2468")
    ben = staff_service.add_staff(uow, "Ben Okoro", "1357")
    # Ben's PIN was guessed at all afternoon: four locks, and now it holds for a manager.
    at = datetime.now(UTC) - timedelta(hours=3)
    while True:
        try:
            staff_service.sign_in(uow, ben.id, "0000", now=at)
        except SignInRefused:
            at += timedelta(seconds=2)
        except SignInLocked as locked:
            if locked.until is None:
                break
            at = locked.until
    install_translation(application(), PSEUDO_LOCALE)
    try:
        view = window.sign_in_view
        with qtbot.waitSignal(view.staff_loaded):
            view.refresh()

        view.staff_list.setCurrentRow(0)  # Asha, by name
        assert view.staff_list.currentItem().text() == asha.display_name
        qtbot.keyClicks(view.pin, "1111")
        with qtbot.waitSignal(view.sign_in_failed) as refused:
            qtbot.keyClick(view.pin, Qt.Key.Key_Return)
        wrong = pseudo(WRONG_PIN_TIMED).format(left=9, minutes=5)
        assert refused.args == [wrong]
        assert view.error.text() == wrong

        view.staff_list.setCurrentRow(1)  # Ben
        qtbot.keyClicks(view.pin, "1357")
        with qtbot.waitSignal(view.sign_in_failed) as refused:
            qtbot.keyClick(view.pin, Qt.Key.Key_Return)
        assert refused.args == [pseudo(LOCKED_HELD)]
        assert view.error.text() == pseudo(LOCKED_HELD)
    finally:
        install_translation(application(), "en")


@pytest.mark.sane
def test_a_scanner_jam_is_in_the_stations_language(
    qtbot: QtBot, view: ScanView, monkeypatch: pytest.MonkeyPatch, pseudo_locale: None
) -> None:
    monkeypatch.setenv("DESK_TEST_JAM_AFTER", "2")  # through the feeder, after two pages
    with qtbot.waitSignal(view.scan_ended, timeout=60_000) as ended:
        qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    jam = pseudo(fault_message(FaultKind.JAMMED))
    assert ended.args == [jam]
    assert view.fault.text() == jam


@pytest.mark.cups
def test_printer_errors_are_in_the_stations_language(
    qtbot: QtBot,
    runtime: Runtime,
    cups: CupsScheduler,
    qt_cups: CupsScheduler,
    window: MainWindow,
    make_pdf: MakePdf,
) -> None:
    cups.disable("front")
    sign_in(qtbot, runtime, window)
    install_translation(application(), PSEUDO_LOCALE)
    try:
        view = window.print_view
        with qtbot.waitSignal(view.printer_checked, timeout=20_000):
            window.show_print(make_pdf(1), "Print a document")
        stopped = pseudo(STOPPED).format(printer=QUEUES["front"])
        assert view.error.text() == stopped

        # A printer that takes the job, then aborts it.
        view.printer.setCurrentIndex(view.printer.findData(JAMMED))
        with qtbot.waitSignal(view.printer_checked, timeout=20_000):
            view.printer.activated.emit(view.printer.currentIndex())
        with qtbot.waitSignal(view.print_failed, timeout=60_000) as failed:
            qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
        assert failed.args == [pseudo(JOB_STOPPED)]
        assert view.error.text() == pseudo(JOB_STOPPED)
    finally:
        install_translation(application(), "en")
