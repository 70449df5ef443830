"""The visit screen: what the resident came to do, how each task went, who typed, and the end."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.domain.documents import BackOfficeStatus, DocumentKind, UploadState
from desk.domain.loans import DeviceKind
from desk.domain.triage import ReferralKind
from desk.domain.visits import (
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.services.devices import DeviceView
from desk.services.loans import LoanView
from desk.services.scans import VisitRecord
from desk.services.uploads import OutboxEntry
from desk.services.visits import VisitSummary
from desk.ui.jobs import Failure, JobRunner
from desk.ui.labels import label
from desk.ui.views.visit.actions import VisitActions
from desk.ui.views.visit.language import LanguageRow
from desk.ui.views.visit.tasks import TaskRow, set_selected
from desk.ui.widgets import (
    button,
    clear_layout,
    drop_down,
    enum_combo,
    error_label,
    fields,
    flow,
    heading,
    hint,
    scrolling,
    selected,
    show_error,
    wrap,
)


class VisitView(QWidget):
    """Shows one open visit; every change is saved in the background as it is made."""

    visit_changed = Signal(object)  # VisitSummary
    devices_listed = Signal(int)
    device_paired = Signal(object)  # LoanView
    triage_requested = Signal(object)  # visit id
    print_requested = Signal(object)  # visit id
    scan_requested = Signal(object)  # visit id
    receipt_requested = Signal(object)  # visit id
    visit_ended = Signal(object)  # VisitSummary
    home_requested = Signal()  # back to the home screen, the visit left open
    action_failed = Signal(str)
    record_shown = Signal(object)  # VisitRecord, once a visit opened shows all it recorded

    def __init__(self, jobs: JobRunner, actions: VisitActions) -> None:
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self.visit: VisitSummary | None = None
        self._shown_for: uuid.UUID | None = None  # the visit the screen was last cleared for
        self.setAccessibleName(self.tr("Visit"))

        self.title = heading(self.tr("Visit"))
        self.times = hint()
        self.check_in_note = hint(quiet=False)
        self.check_in_note.hide()
        self.mode = enum_combo(ModeOfHelp, self.tr("Who typed?"), placeholder=self.tr("Choose…"))
        self.mode.activated.connect(self._on_mode_chosen)
        self.language = LanguageRow()
        self.language.changed.connect(self._on_language_chosen)

        self.tasks_box = QVBoxLayout()
        self.no_tasks = hint(self.tr("No tasks yet. Add what the resident came to do."))

        self.area = enum_combo(ServiceArea, self.tr("Service"))
        self.task_type = enum_combo(TaskType, self.tr("Task"))
        self.add_button = button(self.tr("Add task"))
        self.add_button.clicked.connect(self._on_add_clicked)

        self.triage_button = button(self.tr("Digital needs and where to get help"), secondary=True)
        self.triage_button.clicked.connect(self._on_triage_clicked)
        self.signposts = hint()
        self.device_kind = enum_combo(DeviceKind, self.tr("Kind of device to lend"))
        self.device_kind.activated.connect(self._list_devices)
        self.device = drop_down()
        self.device.setAccessibleName(self.tr("Device to lend"))
        self.pair_button = button(self.tr("Lend for this visit"), secondary=True)
        self.pair_button.clicked.connect(self._on_pair_clicked)
        self.paired = hint()
        self.scan_button = button(self.tr("Scan documents"))
        self.scan_button.clicked.connect(self._on_scan_clicked)
        self.documents = hint()
        self.documents.setAccessibleName(self.tr("Documents sent from this visit"))
        self.receipt_button = button(self.tr("Print the receipt"), secondary=True)
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        self.print_button = button(self.tr("Print a document…"), secondary=True)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.outcome = enum_combo(
            VisitOutcome, self.tr("How did the visit end?"), placeholder=self.tr("Choose…")
        )
        self.end_button = button(self.tr("End visit"))
        self.home_button = button(self.tr("Back to home (the visit stays open)"), secondary=True)
        self.home_button.clicked.connect(self.home_requested)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.error = error_label(self.tr("Problem with this visit"))

        self._lay_out()

    def _lay_out(self) -> None:
        adding = QGridLayout()
        adding.addWidget(QLabel(self.tr("Service")), 0, 0)
        adding.addWidget(self.area, 0, 1)
        adding.addWidget(QLabel(self.tr("Task")), 1, 0)
        adding.addWidget(self.task_type, 1, 1)
        adding.addWidget(self.add_button, 2, 1, alignment=Qt.AlignmentFlag.AlignLeft)
        adding.setColumnStretch(1, 1)

        ending = QHBoxLayout()
        ending.addWidget(self.outcome, stretch=1)
        ending.addWidget(self.end_button)

        mode_row = fields()
        mode_row.addRow(self.tr("Who typed?"), self.mode)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.times)
        column.addWidget(self.check_in_note)
        column.addLayout(mode_row)
        column.addWidget(self.language)
        column.addWidget(self.triage_button, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.signposts)
        column.addLayout(flow(self.scan_button, self.receipt_button, self.print_button))
        column.addWidget(self.documents)
        lend_label = QLabel(self.tr("Lend a device here:"))
        wrap(lend_label)
        column.addWidget(lend_label)
        column.addLayout(flow(self.device_kind, self.device, self.pair_button))
        column.addWidget(self.paired)
        column.addWidget(heading(self.tr("Tasks")))
        column.addWidget(self.no_tasks)
        column.addLayout(self.tasks_box)
        column.addLayout(adding)
        column.addSpacing(16)
        column.addWidget(heading(self.tr("End the visit")))
        column.addLayout(ending)
        column.addWidget(self.home_button, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.error)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(scrolling(content, max_chars=100))

    # ------------------------------------------------------------------ showing

    def open(self, visit: VisitSummary) -> None:
        """Show a visit just started or picked up, then all that it recorded (its documents,
        with their references, and its triage's signposts), loaded in the background: a visit
        picked up again after a restart or a sign-out shows them too."""
        self.show_visit(visit)
        self.show_signposts(())
        self._jobs.run(
            lambda: self._actions.record(visit.id),
            self._show_record,
            scope=self._jobs.scopes.visit,
            on_error=lambda failure: show_error(self.error, failure.message),
            name="visit-record",
        )

    def _show_record(self, record: VisitRecord) -> None:
        self.show_documents(record.documents)
        self.show_signposts(record.referrals)
        self.record_shown.emit(record)

    def show_visit(self, visit: VisitSummary) -> None:
        """Show `visit` as it now is."""
        self.visit = visit
        arrived = visit.arrived_at.astimezone().strftime("%H:%M")
        waited = visit.wait_minutes
        self.times.setText(
            self.tr("Arrived at {time} · waited {minutes} minutes").format(
                time=arrived, minutes=waited if waited is not None else 0
            )
        )
        set_selected(self.mode, visit.mode_of_help)
        self.language.show_language(visit.language, visit.interpreter_used)
        focused = self._focused_in_tasks()
        clear_layout(self.tasks_box)
        for task in visit.tasks:
            row = TaskRow(task)
            row.changed.connect(self._on_task_changed)
            self.tasks_box.addWidget(row)
            if focused is not None and focused[0] == task.id:
                # The row is new: the keyboard stays where it was, not back at the top.
                (row.outcome if focused[1] == "outcome" else row.next_time).setFocus()
        self._order_tasks()
        self.no_tasks.setVisible(not visit.tasks)
        self.error.hide()
        if visit.id != self._shown_for:
            self._clear_for(visit.id)

    def show_check_in(self, note: str, area: ServiceArea | None) -> None:
        """What check-in recorded for the resident just called (their needs), and the service
        they came for, ready to add as a task."""
        self.check_in_note.setText(note)
        self.check_in_note.show()
        if area is not None and self.visit is not None and not self.visit.tasks:
            set_selected(self.area, area)

    def _focused_in_tasks(self) -> tuple[uuid.UUID, str] | None:
        """The task row, and which of its fields, that has the keyboard, if any."""
        focused = QApplication.focusWidget()
        for index in range(self.tasks_box.count()):
            item = self.tasks_box.itemAt(index)
            row = item.widget() if item is not None else None
            if isinstance(row, TaskRow):
                if row.outcome is focused:
                    return row.task_id, "outcome"
                if row.next_time is focused:
                    return row.task_id, "next_time"
        return None

    def _clear_for(self, visit_id: uuid.UUID) -> None:
        """Another resident's visit: nothing the champion chose or was told for the last one
        stays (the task being added, the device, how it ended, what was lent or sent)."""
        self._shown_for = visit_id
        for combo in (self.area, self.task_type, self.device_kind, self.outcome):
            combo.setCurrentIndex(0)
        self.paired.clear()
        self.paired.hide()
        self.check_in_note.hide()
        self.show_signposts(())
        self.show_documents([])
        self._list_devices()

    def _order_tasks(self) -> None:
        """Tab goes through the task rows where they are on screen (they are made after the
        rest of the screen, so would otherwise come last, after "End visit")."""
        previous: QWidget = self.pair_button
        for row in self.task_rows():
            QWidget.setTabOrder(previous, row.outcome)
            QWidget.setTabOrder(row.outcome, row.next_time)
            previous = row.next_time

    def task_rows(self) -> list[TaskRow]:
        """The rows now shown, in order (for the keyboard and for tests)."""
        rows = []
        for index in range(self.tasks_box.count()):
            item = self.tasks_box.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, TaskRow):
                rows.append(widget)
        return rows

    # ------------------------------------------------------------------ actions

    def _save(
        self, fn: Callable[[], VisitSummary], done: Callable[[VisitSummary], None], name: str
    ) -> None:
        """Save a change to the visit in the background; `done` gets the visit as it now is."""
        self._jobs.run(fn, done, scope=self._jobs.scopes.visit, on_error=self._on_failed, name=name)

    def _on_saved(self, visit: VisitSummary) -> None:
        self.show_visit(visit)
        self.visit_changed.emit(visit)

    def _on_failed(self, failure: Failure) -> None:
        show_error(self.error, failure.message)
        self.action_failed.emit(failure.message)

    def _on_mode_chosen(self) -> None:
        mode, visit = selected(self.mode, ModeOfHelp), self.visit
        if visit is not None and mode is not None:
            self._save(lambda: self._actions.set_mode(visit.id, mode), self._on_saved, "visit-mode")

    def _on_language_chosen(self, language: object, interpreter: bool) -> None:
        visit, code = self.visit, language if isinstance(language, str) else None
        if visit is not None:
            self._save(
                lambda: self._actions.set_language(visit.id, code, interpreter_used=interpreter),
                self._on_saved,
                "visit-language",
            )

    def _on_add_clicked(self) -> None:
        visit, area = self.visit, selected(self.area, ServiceArea)
        kind = selected(self.task_type, TaskType)
        if visit is None or area is None or kind is None:
            return
        self._save(
            lambda: self._actions.add_task(visit.id, area.value, kind), self._on_saved, "add-task"
        )

    def _on_task_changed(self, task_id: object, outcome: object, next_time: object) -> None:
        visit = self.visit
        if visit is None or not isinstance(task_id, uuid.UUID):
            return
        self._save(
            lambda: self._actions.record_task(
                visit.id,
                task_id,
                outcome=outcome if isinstance(outcome, TaskOutcome) else None,
                next_time=next_time if isinstance(next_time, NextTime) else None,
            ),
            self._on_saved,
            "record-task",
        )

    def _list_devices(self) -> None:
        kind = selected(self.device_kind, DeviceKind)
        if kind is None:
            return
        self.pair_button.setEnabled(False)

        def show(devices: list[DeviceView]) -> None:
            self.device.clear()
            for device in devices:
                self.device.addItem(f"{device.asset_tag} · {device.model}", device.asset_tag)
            if not devices:
                self.device.addItem(self.tr("None free at the moment"), None)
            self.pair_button.setEnabled(bool(devices))
            self.devices_listed.emit(len(devices))

        self._jobs.run(
            lambda: self._actions.available_devices(kind),
            show,
            scope=self._jobs.scopes.visit,
            on_error=self._on_failed,
            name="available-devices",
        )

    def _on_pair_clicked(self) -> None:
        visit, tag = self.visit, self.device.currentData()
        if visit is None or not isinstance(tag, str):
            return
        self.pair_button.setEnabled(False)

        def paired(loan: LoanView) -> None:
            self.paired.setText(
                self.tr(
                    "{device} is lent for this visit; it comes back when the visit ends."
                ).format(device=f"{label(loan.device.kind)} {loan.device.asset_tag}")
            )
            self.paired.show()
            self.device_paired.emit(loan)
            self._list_devices()

        self._jobs.run(
            lambda: self._actions.pair_device(visit.id, tag),
            paired,
            scope=self._jobs.scopes.visit,
            on_error=self._on_failed,
            name="pair-device",
        )

    def show_signposts(self, referrals: Iterable[ReferralKind]) -> None:
        """Say which signposts were chosen at triage (they go on the visit summary)."""
        names = [label(kind) for kind in referrals]
        self.signposts.setText(
            self.tr("Signposted to: {names}").format(names=", ".join(names)) if names else ""
        )
        self.signposts.setVisible(bool(names))

    def show_documents(self, entries: Sequence[OutboxEntry]) -> None:
        """Where each document of this visit stands: sending, sent with its reference, or what
        to do."""
        lines = [
            f"{label(DocumentKind(e.kind))} ({e.page_count}): {self._document_state(e)}"
            for e in entries
        ]
        self.documents.setText("\n".join(lines))
        self.documents.setVisible(bool(lines))
        self.receipt_button.setEnabled(any(e.reference for e in entries))

    def _document_state(self, entry: OutboxEntry) -> str:
        if entry.state is UploadState.CONFIRMED:
            sent = self.tr("sent, reference {reference}").format(reference=entry.reference)
            return sent + self._back_office_says(entry)
        if entry.state is UploadState.REJECTED:
            return self.tr("refused: {message}").format(message=entry.message or "")
        if entry.state is UploadState.FAILED:
            return self.tr("not sent yet, will try again ({message})").format(
                message=entry.message or ""
            )
        return self.tr("sending…")

    def _back_office_says(self, entry: OutboxEntry) -> str:
        said = entry.back_office_status
        if said is BackOfficeStatus.RECEIVED:
            return self.tr("; the service has received it")
        if said is BackOfficeStatus.ACCEPTED:
            return self.tr("; the service has accepted it")
        if said is BackOfficeStatus.REJECTED:
            return self.tr("; the service rejected it: {reason}. Scan it again").format(
                reason=entry.back_office_reason or self.tr("no reason given")
            )
        return ""

    def _on_scan_clicked(self) -> None:
        if self.visit is not None:
            self.scan_requested.emit(self.visit.id)

    def _on_receipt_clicked(self) -> None:
        if self.visit is not None:
            self.receipt_requested.emit(self.visit.id)

    def _on_print_clicked(self) -> None:
        if self.visit is not None:
            self.print_requested.emit(self.visit.id)

    def _on_triage_clicked(self) -> None:
        if self.visit is not None:
            self.triage_requested.emit(self.visit.id)

    def _on_end_clicked(self) -> None:
        visit, outcome = self.visit, selected(self.outcome, VisitOutcome)
        if visit is None:
            return
        if outcome is None:
            show_error(self.error, self.tr("Choose how the visit ended first."))
            self.outcome.setFocus()
            return
        self._save(lambda: self._actions.end_visit(visit.id, outcome), self._on_ended, "end-visit")

    def _on_ended(self, visit: VisitSummary) -> None:
        self.visit = None
        self.outcome.setCurrentIndex(0)
        self.visit_ended.emit(visit)
