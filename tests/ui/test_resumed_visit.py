"""A visit picked up again (after a restart or a sign-out) shows at once all it recorded."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.domain.documents import BackOfficeStatus, DocumentKind, UploadState
from desk.domain.triage import ReferralKind
from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import triage, visits
from desk.services.scans import send_scan
from desk.services.triage import TriageAnswers
from desk.ui.main_window import MainWindow
from scanning.document import Document
from scanning.model import Encoding, PageKind, ScannedPage


def test_a_visit_picked_up_again_shows_its_documents_references_and_signposts(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    # Earlier in the visit (before the app was restarted): a letter sent, a triage recorded.
    uploads = window.uploads()
    page = io.BytesIO()
    Image.new("L", (200, 280), 255).save(page, "JPEG")
    path = uploads.spool.page_sink(visit.id).write("page-1.jpg", page.getvalue())
    letter = Document().extend(
        [ScannedPage(str(path), 0, Encoding.JPEG, PageKind.GRAY, 200, 280, 75, 100, False)]
    )
    sent = send_scan(
        uploads,
        runtime.uow_factory,
        letter,
        DocumentKind.PROOF_OF_ADDRESS,
        visit_id=visit.id,
        read_page=uploads.spool.read,
    )
    assert sent.state is UploadState.CONFIRMED and sent.reference
    answers = TriageAnswers(
        None, frozenset(), needs_device=False, needs_data=True, needs_skills=False
    )
    triage.record_triage(runtime.uow_factory, visit.id, answers, [ReferralKind.DATA_BANK])

    window.sign_in_view.signed_in.emit(member)
    with qtbot.waitSignal(window.visit_view.record_shown):
        window.home_view.resume_visit_requested.emit(visit)  # "Continue the visit…"

    view = window.visit_view
    assert sent.reference in view.documents.text()
    assert view.receipt_button.isEnabled(), "the receipt can be printed at once"
    assert view.signposts.isVisibleTo(view) and "data" in view.signposts.text().lower()


def test_a_visit_can_be_left_open_and_picked_up_again(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    window.sign_in_view.signed_in.emit(member)
    with qtbot.waitSignal(window.visit_started) as started:
        qtbot.mouseClick(
            window.home_view.route_buttons[EntryRoute.WALK_IN], Qt.MouseButton.LeftButton
        )
    visit = started.args[0]
    view = window.visit_view
    assert view.home_button.isEnabled() and view.home_button.accessibleName()
    with qtbot.waitSignal(window.home_view.open_visits_shown) as shown:
        qtbot.mouseClick(view.home_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.home_view
    assert visits.get_visit(runtime.uow_factory, visit.id).ended_at is None
    assert shown.args == [1], "it is offered to continue"


def test_the_back_offices_word_shows_on_the_visit(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    uploads = window.uploads()
    sent = []
    for kind in (DocumentKind.BANK_STATEMENT, DocumentKind.PAYSLIP):
        page = io.BytesIO()
        Image.new("L", (200, 280), 255).save(page, "JPEG")
        path = uploads.spool.page_sink(visit.id).write(f"{kind}.jpg", page.getvalue())
        document = Document().extend(
            [ScannedPage(str(path), 0, Encoding.JPEG, PageKind.GRAY, 200, 280, 75, 100, False)]
        )
        sent.append(
            send_scan(
                uploads, runtime.uow_factory, document, kind, visit_id=visit.id,
                read_page=uploads.spool.read,
            )
        )  # fmt: skip
    # What the poll of the status endpoint records (tests/uploads/test_back_office_status.py).
    with runtime.uow_factory() as uow:
        for entry, (status, reason) in zip(
            sent,
            [(BackOfficeStatus.ACCEPTED, None), (BackOfficeStatus.REJECTED, "page 2 unreadable")],
            strict=True,
        ):
            record = uow.documents.get(entry.id)
            assert record is not None
            record.back_office_status, record.back_office_reason = status, reason
        uow.commit()

    window.sign_in_view.signed_in.emit(member)
    with qtbot.waitSignal(window.visit_view.record_shown):
        window.home_view.resume_visit_requested.emit(visit)
    text = window.visit_view.documents.text()
    assert "Bank statement (1): sent, reference" in text
    assert "the service has accepted it" in text
    assert "the service rejected it: page 2 unreadable. Scan it again" in text
