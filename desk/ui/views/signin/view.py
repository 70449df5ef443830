"""Staff sign-in: choose your name, enter your PIN; or set up the first account on a new station."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.staff import SignInLocked, StaffMember
from desk.ui.jobs import Failure, JobRunner
from desk.ui.views.signin.actions import SignInActions
from desk.ui.widgets import WrapButton, error_label, fields, heading, hint, scrolling, show_error


def _pin_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setMaxLength(12)
    field.setAccessibleName(accessible)
    return field


class SignInView(QWidget):
    """Lists the staff, checks a PIN in the background, and says `signed_in(StaffMember)`."""

    signed_in = Signal(object)
    staff_loaded = Signal(int)
    sign_in_failed = Signal(str)

    def __init__(self, jobs: JobRunner, actions: SignInActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.setAccessibleName(self.tr("Staff sign-in"))
        # While a member of staff's sign-in is locked, the time left, once a second.
        self._locked_until: datetime | None = None
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._show_time_left)

        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_sign_in())
        self._pages.addWidget(self._build_first_run())
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(48, 32, 48, 32)
        row.addStretch(1)
        row.addWidget(self._pages, stretch=100)
        row.addStretch(1)
        # As wide as about 60 characters of text, whatever the text size.
        self._pages.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))

    # ------------------------------------------------------------------ building

    def _build_sign_in(self) -> QWidget:
        page = QWidget()
        self.heading = heading(self.tr("Sign in"))
        self.staff_list = QListWidget()
        self.staff_list.setAccessibleName(self.tr("Your name"))
        self.staff_list.setAccessibleDescription(self.tr("Choose your name, then enter your PIN"))
        self.pin = _pin_field(self.tr("PIN"))
        self.sign_in_button = WrapButton(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.error = error_label(self.tr("Sign-in problem"))

        choose = QLabel(self.tr("Choose your name"))
        choose.setBuddy(self.staff_list)
        pin_label = QLabel(self.tr("&PIN"))
        pin_label.setBuddy(self.pin)

        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(choose)
        layout.addWidget(self.staff_list, stretch=1)
        layout.addWidget(pin_label)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(self.sign_in_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.pin.returnPressed.connect(self._on_sign_in_clicked)
        self.staff_list.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.staff_list.currentRowChanged.connect(lambda _row: self._stop_lock_countdown())
        return page

    def _build_first_run(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Set up this station"))
        explanation = hint(
            self.tr(
                "No staff accounts exist yet. Create the first one: your name as colleagues "
                "know it, and a PIN of 4 to 12 digits."
            )
        )
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Your name"))
        self.new_pin = _pin_field(self.tr("New PIN"))
        self.new_pin_again = _pin_field(self.tr("New PIN again"))
        self.create_button = WrapButton(self.tr("Create account"))
        self.create_button.setAccessibleName(self.tr("Create account"))
        self.create_error = error_label(self.tr("Problem creating the account"))

        form = fields()
        form.addRow(self.tr("Your &name"), self.new_name)
        form.addRow(self.tr("&PIN"), self.new_pin)
        form.addRow(self.tr("PIN &again"), self.new_pin_again)

        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.create_error)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.new_pin_again.returnPressed.connect(self._on_create_clicked)
        return page

    # ------------------------------------------------------------------ behaviour

    @property
    def first_run(self) -> bool:
        """True while the station has no staff and shows the set-up form."""
        return self._pages.currentIndex() == 1

    def refresh(self) -> None:
        """Reload the staff list in the background."""
        self.staff_list.setEnabled(False)
        self._jobs.run(
            self._actions.list_staff,
            self._on_staff_listed,
            scope=self._jobs.scopes.app,
            on_error=self._on_staff_list_failed,
            name="list-staff",
        )

    def reset(self) -> None:
        """Clear the PIN and any message (after sign-out)."""
        self.pin.clear()
        self._stop_lock_countdown()
        self.error.hide()
        self.refresh()

    def sign_in_os_account(self) -> None:
        """Where configured, the PC's signed-in account signs its member of staff in; when it
        cannot, the screen says why (the PIN way still works)."""
        self._jobs.run(
            self._actions.sign_in_os_account,
            self.signed_in.emit,
            scope=self._jobs.scopes.app,
            on_error=lambda failure: self.show_problem(failure.message),
            name="sign-in-os-account",
        )

    def show_problem(self, message: str) -> None:
        """Say why sign-in did not happen by itself (the PIN way still works)."""
        show_error(self.error, message)

    def _on_staff_listed(self, members: Sequence[StaffMember]) -> None:
        self.staff_list.clear()
        for member in members:
            item = QListWidgetItem(member.display_name)
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.staff_list.addItem(item)
        self.staff_list.setEnabled(True)
        self._pages.setCurrentIndex(0 if members else 1)
        if members:
            self.staff_list.setCurrentRow(0)
            self.staff_list.setFocus()
        else:
            self.new_name.setFocus()
        self.staff_loaded.emit(len(members))

    def _on_staff_list_failed(self, failure: Failure) -> None:
        show_error(self.error, failure.message)
        self.staff_loaded.emit(-1)

    def _selected(self) -> StaffMember | None:
        item = self.staff_list.currentItem()
        member = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return member if isinstance(member, StaffMember) else None

    def _on_sign_in_clicked(self) -> None:
        member = self._selected()
        if member is None:
            show_error(self.error, self.tr("Choose your name from the list first."))
            return
        pin = self.pin.text()
        self.sign_in_button.setEnabled(False)
        self._jobs.run(
            lambda: self._actions.sign_in(member.id, pin),
            self._on_signed_in,
            scope=self._jobs.scopes.app,
            on_error=self._on_sign_in_refused,
            name="sign-in",
        )

    def _on_signed_in(self, member: StaffMember) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin.clear()
        self.error.hide()
        self.signed_in.emit(member)

    def _on_sign_in_refused(self, failure: Failure) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        show_error(self.error, failure.message)
        error = failure.error
        if isinstance(error, SignInLocked) and error.until is not None:
            self._locked_until = error.until
            self._show_time_left()
            self._lock_timer.start()
        self.sign_in_failed.emit(failure.message)

    def _show_time_left(self) -> None:
        """Count down a timed lock on the chosen name, then say the PIN may be tried again."""
        if self._locked_until is None:
            return
        left = int((self._locked_until - datetime.now(UTC)).total_seconds() + 0.999)
        if left <= 0:
            self._stop_lock_countdown()
            show_error(self.error, self.tr("You can enter your PIN again now."))
            return
        minutes, seconds = divmod(left, 60)
        until = self._locked_until.astimezone().strftime("%H:%M")
        show_error(
            self.error,
            self.tr(
                "Too many wrong PINs. You can try again in %1 (at %2), or ask a colleague to "
                "sign in."
            )
            .replace("%1", f"{minutes}:{seconds:02d}")
            .replace("%2", until),
        )

    def _stop_lock_countdown(self) -> None:
        if self._locked_until is not None:
            self._locked_until = None
            self._lock_timer.stop()
            self.error.hide()

    def _on_create_clicked(self) -> None:
        name, pin, again = (
            self.new_name.text().strip(),
            self.new_pin.text(),
            self.new_pin_again.text(),
        )
        if not name:
            show_error(self.create_error, self.tr("Enter your name."))
            return
        if pin != again:
            show_error(self.create_error, self.tr("The two PINs are different. Type them again."))
            self.new_pin.clear()
            self.new_pin_again.clear()
            self.new_pin.setFocus()
            return
        self.create_button.setEnabled(False)
        self._jobs.run(
            lambda: self._actions.add_first_staff(name, pin),
            self._on_first_staff_created,
            scope=self._jobs.scopes.app,
            on_error=self._on_create_failed,
            name="add-first-staff",
        )

    def _on_first_staff_created(self, member: StaffMember) -> None:
        self.create_button.setEnabled(True)
        self.new_pin.clear()
        self.new_pin_again.clear()
        self.create_error.hide()
        self.signed_in.emit(member)

    def _on_create_failed(self, failure: Failure) -> None:
        self.create_button.setEnabled(True)
        show_error(self.create_error, failure.message)
        self.sign_in_failed.emit(failure.message)
