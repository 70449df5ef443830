"""Printing in a visit (real CUPS): preview, printer state, copies, outcome, records, summary."""

from __future__ import annotations

import subprocess
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.documents import DocumentKind, UploadState
from desk.domain.documents import PrintOutcome as Recorded
from desk.domain.loans import DeviceKind, IdTypeSeen
from desk.domain.triage import ReferralKind
from desk.domain.visits import (
    EntryRoute,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.runtime import Runtime
from desk.services import devices, triage, visits
from desk.services import documents as documents_service
from desk.services.ports import UowFactory
from desk.services.scans import visit_receipt_pdf
from desk.services.triage import TriageAnswers
from desk.services.uploads import Uploads
from desk.storage.models import Document as DocumentRecord
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import StationKiosk
from desk.ui.views.kiosk import actions as kiosk_screen
from desk.ui.views.visit import flow as visit_flow
from printing.fake import FakePrinters
from tests.components import require_tools
from tests.fixtures.cups import JAMMED, QUEUES, CupsScheduler, MakePdf
from tests.ui.conftest import screenshot
from tests.ui.test_visit_flow import sign_in

pytestmark = pytest.mark.cups

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def cups_window(cups: CupsScheduler, qt_cups: CupsScheduler, window: MainWindow) -> MainWindow:
    return window


def start_visit(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> visits.VisitSummary:
    sign_in(qtbot, runtime, window)
    return start_signed_in_visit(qtbot, runtime, window)


def start_signed_in_visit(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> visits.VisitSummary:
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
    visit: visits.VisitSummary = started.args[0]
    return visits.add_task(runtime.uow_factory, visit.id, ServiceArea.COUNCIL_TAX, TaskType.PRINT)


def test_a_document_prints_for_the_visit_and_is_counted(
    qtbot: QtBot,
    runtime: Runtime,
    cups: CupsScheduler,
    cups_window: MainWindow,
    make_pdf: MakePdf,
) -> None:
    window = cups_window
    visit = start_visit(qtbot, runtime, window)
    window.visit_view.show_visit(visit)
    view = window.print_view
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        window.show_print(make_pdf(2), "Print a document")
    assert view.pages.text() == "2 pages"
    assert view.printer.currentData() == "front"  # the default queue
    assert view.state.text() == "Ready"
    assert view.print_button.isEnabled()
    view.copies.setValue(2)
    screenshot(window, "print")
    with qtbot.waitSignal(view.printed, timeout=60_000) as printed:
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert printed.args[0].pages == 4
    assert "Printed 4 pages. Hand them to the resident." in view.result.text()
    assert cups.printed("front")

    with runtime.uow() as uow:
        (job,) = uow.print_jobs.list_for_station(runtime.station.station_id, since=EPOCH)
        assert (job.visit_id, job.outcome, job.pages, job.copies) == (
            visit.id,
            Recorded.COMPLETED,
            4,
            2,
        )
    assert visits.get_visit(runtime.uow_factory, visit.id).tasks[0].pages_printed == 4
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.screens.currentWidget() is window.visit_view


def test_a_stopped_printer_is_reported_before_sending(
    qtbot: QtBot,
    runtime: Runtime,
    cups: CupsScheduler,
    cups_window: MainWindow,
    make_pdf: MakePdf,
) -> None:
    cups.disable("front")
    window = cups_window
    sign_in(qtbot, runtime, window)
    view = window.print_view
    with qtbot.waitSignal(view.printer_checked, timeout=20_000) as checked:
        window.show_print(make_pdf(1), "Print a document")
    assert isinstance(checked.args[0], str)
    assert view.state.text() == "Not ready"
    assert view.error.isVisible()
    assert not view.print_button.isEnabled()


def test_ending_a_visit_offers_its_summary_with_the_signposts(
    qtbot: QtBot,
    runtime: Runtime,
    cups: CupsScheduler,
    cups_window: MainWindow,
) -> None:
    require_tools("poppler", "pdftotext")
    window = cups_window
    visit = start_visit(qtbot, runtime, window)
    uow = runtime.uow_factory
    triage.record_triage(
        uow,
        visit.id,
        TriageAnswers(None, frozenset(), needs_device=True, needs_data=False, needs_skills=False),
        [ReferralKind.DEVICE_BANK],
    )
    task = visit.tasks[0]
    visit = visits.record_task(
        uow, visit.id, task.id, outcome=TaskOutcome.DONE_WITH_HELP, next_time=NextTime.ALONE
    )
    window.visit_view.show_visit(visit)
    view = window.visit_view
    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    with qtbot.waitSignal(window.print_view.printers_listed, timeout=30_000):
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.print_view
    assert window.print_view.title.text() == "Print the visit summary"
    pdf = window.print_view.pdf
    assert pdf is not None
    assert pdf.parent.name == str(visit.id)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Council Tax: Print (done with help)" in text
    assert "Device bank" in text
    qtbot.waitUntil(lambda: window.print_view.state.text() == "Ready", timeout=20_000)
    screenshot(window, "visit-summary")
    window.print_view.closed.emit()
    assert window.screens.currentWidget() is window.home_view


@pytest.fixture
def held_queue(cups: CupsScheduler) -> Iterator[str]:
    """A queue that holds every job until released: a printer that is slow to start."""
    cups.add_queue("held", "Held desk")
    cups.run("lpadmin", "-p", "held", "-o", "job-hold-until-default=indefinite")
    yield "held"
    cups.remove_queue("held")


def test_a_job_waiting_at_the_printer_can_be_stopped(
    qtbot: QtBot, runtime: Runtime, cups_window: MainWindow, make_pdf: MakePdf, held_queue: str
) -> None:
    window = cups_window
    sign_in(qtbot, runtime, window)
    view = window.print_view
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        window.show_print(make_pdf(1), "Print a document")
    view.printer.setCurrentIndex(view.printer.findData(held_queue))
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        view.printer.activated.emit(view.printer.currentIndex())
    with qtbot.waitSignal(view.printing_started):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isVisible()
    with qtbot.waitSignal(view.print_failed, timeout=60_000) as failed:
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["The print job was cancelled."]
    assert not view.cancel_button.isVisible()
    with runtime.uow() as uow:
        (job,) = uow.print_jobs.list_for_station(runtime.station.station_id, since=EPOCH)
        assert (job.printer, job.outcome) == (held_queue, Recorded.CANCELLED)


def test_the_printer_line_says_the_last_job_stopped_until_a_job_prints(
    qtbot: QtBot, runtime: Runtime, cups_window: MainWindow, make_pdf: MakePdf
) -> None:
    # The jammed queue aborts every job and is idle again at once: asked again, it looks ready.
    window = cups_window
    sign_in(qtbot, runtime, window)
    view = window.print_view
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        window.show_print(make_pdf(1), "Print a document")
    view.printer.setCurrentIndex(view.printer.findData(JAMMED))
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        view.printer.activated.emit(view.printer.currentIndex())
    assert view.state.text() == "Ready"
    with qtbot.waitSignal(view.print_failed, timeout=60_000):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.state.text() == "Not ready: the last job stopped"
    assert view.print_button.isEnabled()  # staff may clear the jam and press Print again

    first = view.printer.findData(next(iter(QUEUES)))
    view.printer.setCurrentIndex(first)
    with qtbot.waitSignal(view.printer_checked, timeout=20_000):
        view.printer.activated.emit(first)
    with qtbot.waitSignal(view.printed, timeout=60_000):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.state.text() == "Ready", timeout=20_000)


def lend_to_take_home(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> None:
    """Sign in and lend a laptop to take home: its agreement is ready to print."""
    devices.add_device(
        runtime.uow_factory,
        asset_tag="LT-042",
        kind=DeviceKind.LAPTOP,
        model="E14",
        site_id=runtime.station.site_id,
        serial="PF3X9K2",
        kit=("charger",),
    )
    sign_in(qtbot, runtime, window)
    qtbot.mouseClick(window.home_view.loans_button, Qt.MouseButton.LeftButton)
    view = window.loans_view
    with qtbot.waitSignal(view.lend.lend_ready):
        view.tabs.setCurrentIndex(1)
    view.lend.lend_device.setCurrentIndex(view.lend.lend_device.findData("LT-042"))
    qtbot.keyClicks(view.lend.borrower_name, "Maria Lopez")
    qtbot.keyClicks(view.lend.contact_number, "07700 900123")
    view.lend.id_seen.setCurrentIndex(view.lend.id_seen.findData(IdTypeSeen.COUNCIL_LETTER))
    qtbot.keyClicks(view.lend.typed_name, "Maria Lopez")
    with qtbot.waitSignal(view.lend.lent):
        qtbot.mouseClick(view.lend.lend_button, Qt.MouseButton.LeftButton)


def open_the_agreement(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> Path:
    """Sign in, lend a laptop to take home and open its agreement on the print screen."""
    lend_to_take_home(qtbot, runtime, window)
    with qtbot.waitSignal(window.print_view.printer_checked, timeout=30_000):
        qtbot.mouseClick(window.loans_view.lend.print_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.print_view
    pdf = window.print_view.pdf
    assert pdf is not None
    return pdf


def end_the_visit(qtbot: QtBot, runtime: Runtime, window: MainWindow) -> Path:
    """Start a visit (signed in), print in it, end it: its summary opens on the print screen.
    Returns the ended visit's working folder, with a scanned page left in it."""
    visit = start_signed_in_visit(qtbot, runtime, window)
    visit = visits.record_task(
        runtime.uow_factory,
        visit.id,
        visit.tasks[0].id,
        outcome=TaskOutcome.DONE_WITH_HELP,
        next_time=NextTime.ALONE,
    )
    window.visit_view.show_visit(visit)
    folder = window.uploads().spool.visit_dir(visit.id)
    (folder / "page-1.jpg").write_bytes(b"encrypted page")
    view = window.visit_view
    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    with qtbot.waitSignal(window.print_view.printers_listed, timeout=30_000):
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert window.print_view.title.text() == "Print the visit summary"
    return folder


def sign_in_again(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sign_in_view.staff_loaded):
        window.sign_in_view.refresh()
    qtbot.keyClicks(window.sign_in_view.pin, "2468")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)


def test_a_take_home_loan_prints_its_agreement_and_leaves_no_copy_behind(
    qtbot: QtBot,
    runtime: Runtime,
    cups: CupsScheduler,
    cups_window: MainWindow,
) -> None:
    require_tools("poppler", "pdftotext")
    window = cups_window
    pdf = open_the_agreement(qtbot, runtime, window)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Maria Lopez" in text
    assert "PF3X9K2" in text
    assert "LA-2026-01" in text
    with qtbot.waitSignal(window.visit_wiped, timeout=30_000) as wiped:
        window.print_view.closed.emit()
    assert wiped.args[0].ok
    assert not pdf.exists()
    assert window.screens.currentWidget() is window.loans_page


def test_signing_out_for_idle_wipes_the_agreement_on_the_print_screen(
    qtbot: QtBot, runtime: Runtime, cups_window: MainWindow
) -> None:
    window = cups_window
    agreement = open_the_agreement(qtbot, runtime, window)
    with (
        qtbot.waitSignal(window.signed_out_idle),
        qtbot.waitSignal(window.visit_wiped, timeout=30_000) as wiped,
    ):
        window.idle_timer.timeout.emit()  # the timer firing, without waiting for it
    assert wiped.args[0].visits == (agreement.parent.name,)
    assert wiped.args[0].ok
    assert not agreement.parent.exists()  # the borrower's name is gone with the session
    assert window.print_view.pdf is None
    assert window.print_flow.pending_folder is None

    # The next document on the print screen is its own: the summary of a visit ended after
    # signing in again goes home when closed, and wipes that visit's files.
    sign_in_again(qtbot, window)
    folder = end_the_visit(qtbot, runtime, window)
    with qtbot.waitSignal(window.visit_wiped, timeout=30_000) as wiped:
        window.print_view.closed.emit()
    assert wiped.args[0].visits == (folder.name,)
    assert not folder.exists()
    assert window.screens.currentWidget() is window.home_view


def test_signing_out_for_idle_wipes_the_ended_visit_whose_summary_is_on_screen(
    qtbot: QtBot, runtime: Runtime, cups_window: MainWindow
) -> None:
    window = cups_window
    sign_in(qtbot, runtime, window)
    folder = end_the_visit(qtbot, runtime, window)
    assert window.screens.currentWidget() is window.print_view
    with (
        qtbot.waitSignal(window.signed_out_idle),
        qtbot.waitSignal(window.visit_wiped, timeout=30_000) as wiped,
    ):
        window.idle_timer.timeout.emit()
    assert wiped.args[0].visits == (folder.name,)
    assert not folder.exists()
    assert window.screens.currentWidget() is window.sign_in_view
    assert window.print_flow.pending_folder is None


class Gate:
    """Holds a background job inside a function until released, so that the test can act while
    the job is still running."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        real: Callable[..., Any] = getattr(module, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            assert self.release.wait(30), "the test never released the job"
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, held)


def hand_over_to_the_kiosk(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.kiosk_started):
        qtbot.mouseClick(window.home_view.kiosk_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.kiosk_view


def test_a_summary_still_being_made_when_the_kiosk_starts_is_wiped_never_shown(
    qtbot: QtBot, runtime: Runtime, cups_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = cups_window
    gate = Gate(monkeypatch, visit_flow, "visit_summary_pdf")
    visit = start_visit(qtbot, runtime, window)
    visit = visits.record_task(
        runtime.uow_factory,
        visit.id,
        visit.tasks[0].id,
        outcome=TaskOutcome.DONE_WITH_HELP,
        next_time=NextTime.ALONE,
    )
    window.visit_view.show_visit(visit)
    folder = window.uploads().spool.visit_dir(visit.id)
    (folder / "page-1.jpg").write_bytes(b"encrypted page")
    view = window.visit_view
    view.outcome.setCurrentIndex(view.outcome.findData(VisitOutcome.COMPLETED))
    try:
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(gate.entered.is_set, timeout=30_000)  # the summary is being made
        assert window.screens.currentWidget() is window.home_view
        hand_over_to_the_kiosk(qtbot, window)
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=30_000)  # made, and dealt with

    # The resident at the kiosk never sees the previous resident's summary; it is wiped.
    assert window.screens.currentWidget() is window.kiosk_view
    assert window.print_view.pdf is None
    assert window.print_view.document.pageCount() == 0
    assert window.print_flow.pending_folder is None
    assert not folder.exists()


def test_an_agreement_still_being_made_when_the_kiosk_starts_is_wiped_never_shown(
    qtbot: QtBot, runtime: Runtime, cups_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = cups_window
    gate = Gate(monkeypatch, documents_service, "compose_loan_agreement")
    lend_to_take_home(qtbot, runtime, window)
    try:
        qtbot.mouseClick(window.loans_view.lend.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(gate.entered.is_set, timeout=30_000)  # the agreement is being made
        folder = window.print_flow.pending_folder
        assert folder is not None
        qtbot.mouseClick(window.loans_back, Qt.MouseButton.LeftButton)
        hand_over_to_the_kiosk(qtbot, window)
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=30_000)

    assert window.screens.currentWidget() is window.kiosk_view
    assert window.print_view.pdf is None
    assert window.print_flow.pending_folder is None
    assert (
        not window.uploads().spool.visit_dir(folder, create=False).exists()
    )  # the borrower's name is gone


def test_the_champion_and_the_kiosk_print_the_same_receipt(
    qtbot: QtBot,
    runtime: Runtime,
    cups_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_tools("poppler", "pdftotext")
    window = cups_window
    built: list[tuple[uuid.UUID, str]] = []

    def build(
        uploads: Uploads, uow_factory: UowFactory, visit_id: uuid.UUID, **options: Any
    ) -> Path:
        built.append((visit_id, options["champion_first_name"]))
        return visit_receipt_pdf(uploads, uow_factory, visit_id, **options)

    # One function builds the receipt, wherever it is printed from.
    monkeypatch.setattr(visit_flow, "visit_receipt_pdf", build)
    monkeypatch.setattr(kiosk_screen, "visit_receipt_pdf", build)
    visit = start_visit(qtbot, runtime, window)
    with runtime.uow() as uow:
        uow.documents.add(
            DocumentRecord(
                visit_id=visit.id,
                station_id=runtime.station.station_id,
                kind=DocumentKind.BANK_STATEMENT,
                page_count=3,
                size_bytes=40_000,
                sha256="0" * 64,
                state=UploadState.CONFIRMED,
                destination="folder",
                destination_ref="RBG-7Q2K9",
                uploaded_at=datetime.now(UTC),
            )
        )
        uow.commit()

    with qtbot.waitSignal(window.print_view.printer_checked, timeout=30_000):
        window.visit_view.receipt_requested.emit(visit.id)
    assert window.print_view.title.text() == "Print the receipt"
    pdf = window.print_view.pdf
    assert pdf is not None
    champion = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    window.print_view.closed.emit()
    assert window.screens.currentWidget() is window.visit_view

    kiosk = StationKiosk(
        runtime, uploads=window.uploads, printers=FakePrinters(), owner=lambda: window.member
    )
    kiosk.print_receipt(visit.id, "RBG-7Q2K9")
    resident = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout

    assert built == [(visit.id, "Asha"), (visit.id, "self-service")]
    for text in (champion, resident):
        assert "RBG-7Q2K9" in text
        assert "Woolwich Centre" in text
        assert "Bank statement" in text
    assert "Asha" in champion
    assert "self-service" in resident
