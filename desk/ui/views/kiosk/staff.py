"""The staff step: a member of staff's name and PIN, the only way out of the kiosk."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk.services.staff import StaffMember
from desk.ui.jobs import JobRunner
from desk.ui.views.kiosk.actions import KioskActions
from desk.ui.views.kiosk.common import StepPage, big_button, title_label
from desk.ui.widgets import drop_down


class StaffPage(StepPage):
    """Choose your name, enter your PIN, leave the kiosk; or Back."""

    def __init__(self) -> None:
        super().__init__()
        self.title = title_label()
        self.name = drop_down()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        self.ok_button = big_button()
        self.back_button = big_button(primary=False)
        self.column.addWidget(self.title)
        self.column.addWidget(self.name_label)
        self.column.addWidget(self.name)
        self.column.addWidget(self.pin_label)
        self.column.addWidget(self.pin)
        self.column.addWidget(self.ok_button)
        self.column.addWidget(self.back_button)
        self.column.addStretch(1)

    error_at = 1  # under the title

    def next_action(self) -> QWidget:
        return self.pin

    def show_staff(self, staff: Sequence[StaffMember]) -> None:
        self.name.clear()
        for member in staff:
            self.name.addItem(member.display_name, member.id)
        self.pin.clear()

    def chosen(self) -> tuple[uuid.UUID, str] | None:
        """Who is leaving and their PIN (the field is emptied); None with no name chosen."""
        staff_id, pin = self.name.currentData(), self.pin.text()
        if not isinstance(staff_id, uuid.UUID):
            return None
        self.pin.clear()
        return staff_id, pin

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff: choose your name and enter your PIN"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name_label.setText(self.tr("Your &name"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_label.setText(self.tr("&PIN"))
        self.ok_button.setText(self.tr("Leave the kiosk"))
        self.back_button.setText(self.tr("Back"))


class StaffExit(QObject):
    """A member of staff leaving the kiosk: the names to choose from, then their PIN."""

    listed = Signal()  # the names are on the staff page
    signed_in = Signal(object)  # StaffMember
    failed = Signal(object)  # Failure, in the service's words (for staff)

    def __init__(
        self, parent: QObject, jobs: JobRunner, actions: KioskActions, page: StaffPage
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._actions = actions
        self._page = page
        page.pin.returnPressed.connect(self._sign_in)
        page.ok_button.clicked.connect(self._sign_in)

    def ask(self) -> None:
        self._jobs.run(
            self._actions.list_staff,
            self._listed,
            scope=self._jobs.scopes.resident,
            on_error=self.failed.emit,
            name="kiosk-staff",
        )

    def _listed(self, staff: Sequence[StaffMember]) -> None:
        self._page.show_staff(staff)
        self.listed.emit()

    def _sign_in(self) -> None:
        chosen = self._page.chosen()
        if chosen is None:
            return
        staff_id, pin = chosen
        self._jobs.run(
            lambda: self._actions.sign_in(staff_id, pin),
            self.signed_in.emit,
            scope=self._jobs.scopes.resident,
            on_error=self.failed.emit,
            name="kiosk-exit",
        )
