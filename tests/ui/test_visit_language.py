"""The champion sets the resident's language for the visit: it is recorded on the visit with the
interpreter, and the visit's printed documents are worded in it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.domain.visits import EntryRoute
from desk.runtime import Runtime
from desk.services import staff as staff_service
from desk.services import visits
from desk.ui.i18n import resident_wording
from desk.ui.main_window import MainWindow


def test_the_champion_records_the_language_and_the_interpreter(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    with qtbot.waitSignal(window.sign_in_view.signed_in):
        window.sign_in_view.signed_in.emit(member)
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    view = window.visit_view
    window.jobs.scopes.begin_visit()
    window.screens.setCurrentWidget(view)
    view.show_visit(visit)
    row = view.language
    assert row.language.currentText() == "English"
    assert row.language.accessibleName() == "Resident's language"
    index = row.language.findData("ne")
    assert row.language.itemText(index) == "नेपाली (Nepali)"
    row.interpreter.setChecked(True)
    row.language.setCurrentIndex(index)
    row.language.activated.emit(index)  # as a choice from the list
    qtbot.waitUntil(lambda: visits.get_visit(runtime.uow_factory, visit.id).language == "ne")
    stored = visits.get_visit(runtime.uow_factory, visit.id)
    assert stored.interpreter_used is True
    qtbot.waitUntil(lambda: view.visit is not None and view.visit.language == "ne")
    QApplication.processEvents()
    assert row.language.currentData() == "ne"
    assert row.interpreter.isChecked()


def test_check_in_words_show_as_they_are_and_a_shipped_name_is_matched(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    member = staff_service.add_staff(runtime.uow_factory, "Asha Patel", "2468")
    visit = visits.start_visit(runtime.uow_factory, runtime.station, member.id, EntryRoute.WALK_IN)
    somali = visits.set_language(runtime.uow_factory, visit.id, "Somali", interpreter_used=True)
    window.visit_view.show_visit(somali)
    assert window.visit_view.language.language.currentText() == "Somali"
    polish = visits.set_language(runtime.uow_factory, visit.id, "Polish", interpreter_used=False)
    window.visit_view.show_visit(polish)
    assert window.visit_view.language.language.currentData() == "pl"


def test_the_documents_are_worded_in_the_visit_language() -> None:
    assert resident_wording("ne").documents("Your upload receipt") == "कागजात पठाएको रसिद"
    assert resident_wording("Polish").documents("What we sent") == "Co wysłaliśmy"
    assert resident_wording("ar").label("Proof of address") == "إثبات العنوان"
    # none recorded, or one with no translation: the station's language (English here)
    assert resident_wording(None).documents("What we sent") == "What we sent"
    assert resident_wording("Somali").documents("What we sent") == "What we sent"
