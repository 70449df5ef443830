"""The home screen a champion sees once signed in: start a visit, or pick up an open one."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desk.domain.visits import EntryRoute
from desk.services.staff import StaffMember
from desk.services.visits import VisitSummary
from desk.ui.jobs import JobRunner
from desk.ui.labels import label
from desk.ui.views.home.actions import HomeActions
from desk.ui.widgets import (
    FlowLayout,
    button,
    clear_layout,
    error_label,
    flow,
    heading,
    hint,
    scrolling,
    show_error,
    wrap,
)


class HomeView(QWidget):
    """Greets the champion; starting a visit asks how the resident came and when they arrived."""

    sign_out_requested = Signal()
    visit_started = Signal(object)  # VisitSummary, for the resident who has just come in
    resume_visit_requested = Signal(object)  # VisitSummary
    kiosk_requested = Signal()
    loans_requested = Signal()
    reports_requested = Signal()  # offered to managers only
    open_visits_shown = Signal(int)  # how many visits are offered to pick up

    def __init__(
        self,
        jobs: JobRunner,
        actions: HomeActions,
        *,
        site: str,
        station: str,
        hidden: Callable[[], Collection[uuid.UUID]] = frozenset,
    ) -> None:
        """`hidden` names open visits never offered to pick up (the kiosk's)."""
        super().__init__()
        self._jobs = jobs
        self._actions = actions
        self._hidden = hidden
        self.setAccessibleName(self.tr("Home"))
        self.greeting = heading("")
        self.place = hint(self.tr("{site} · station {station}").format(site=site, station=station))
        self.sign_out_button = button(self.tr("Sign out"), secondary=True)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        start = QLabel(self.tr("Start a visit: how did the resident come?"))
        wrap(start)
        self.route_buttons = {}
        routes = QGridLayout()
        for index, route in enumerate(EntryRoute):
            choice = button(label(route))
            choice.clicked.connect(lambda _checked=False, r=route: self._on_route_chosen(r))
            routes.addWidget(choice, index // 2, index % 2)
            self.route_buttons[route] = choice

        arrival = self._build_arrival()

        self.open_visits_label = hint(self.tr("Visits not yet ended at this station:"))
        self.open_visits_box = QVBoxLayout()
        self.error = error_label(self.tr("Problem"))
        self.kiosk_button = button(
            self.tr("Hand the station to a resident (self-service scanning)"), secondary=True
        )
        self.kiosk_button.clicked.connect(self.kiosk_requested)

        top = QHBoxLayout()
        top.addWidget(self.greeting, stretch=1)
        top.addWidget(self.sign_out_button, alignment=Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        layout = self._column = QVBoxLayout(content)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(self.place)
        layout.addSpacing(16)
        layout.addLayout(arrival)
        layout.addWidget(start)
        layout.addLayout(routes)
        layout.addWidget(self.error)
        layout.addSpacing(16)
        layout.addWidget(self.kiosk_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._build_other_screens())
        layout.addSpacing(16)
        layout.addWidget(self.open_visits_label)
        layout.addLayout(self.open_visits_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        self.show_open_visits([])

    def show_queue(self, panel: QWidget) -> None:
        """Show the centre's queue under the greeting."""
        self._column.insertWidget(self._column.indexOf(self.place) + 1, panel)

    def _build_other_screens(self) -> QVBoxLayout:
        """The loan devices, and for managers the reports (shown when one signs in)."""
        self.loans_button = button(self.tr("Loan devices: lend, returns, wipes"), secondary=True)
        self.loans_button.clicked.connect(self.loans_requested)
        self.reports_button = button(self.tr("Reports: visits, waits, what works"), secondary=True)
        self.reports_button.clicked.connect(self.reports_requested)
        self.reports_button.hide()
        others = QVBoxLayout()
        others.setContentsMargins(0, 0, 0, 0)
        for other in (self.loans_button, self.reports_button):
            others.addWidget(other, alignment=Qt.AlignmentFlag.AlignLeft)
        return others

    def _build_arrival(self) -> FlowLayout:
        """How long ago the resident arrived, so that the wait time is known."""
        self.waited = QSpinBox()
        self.waited.setRange(0, 480)
        self.waited.setSuffix(self.tr(" minutes ago"))
        self.waited.setAccessibleName(self.tr("The resident arrived this many minutes ago"))
        arrived = QLabel(self.tr("They &arrived"))
        arrived.setBuddy(self.waited)
        return flow(arrived, self.waited)

    def show_member(self, member: StaffMember) -> None:
        """Greet the champion who signed in."""
        self.greeting.setText(self.tr("Hello, {name}").format(name=member.first_name))
        self.greeting.setAccessibleName(self.greeting.text())
        self.reports_button.setVisible(member.is_manager)
        self.clear_arrival()
        self.error.hide()

    def clear_arrival(self) -> None:
        """Forget when the last resident arrived: each visit's wait is told afresh."""
        self.waited.setValue(0)

    def show_open_visits(self, visits: Sequence[VisitSummary]) -> None:
        """Offer to pick up visits left open (after a sign-out or a crash)."""
        clear_layout(self.open_visits_box)
        for visit in visits:
            when = visit.arrived_at.astimezone().strftime("%H:%M")
            resume = button(
                self.tr("Continue the visit that started at {time}").format(time=when),
                secondary=True,
            )
            resume.clicked.connect(
                lambda _checked=False, v=visit: self.resume_visit_requested.emit(v)
            )
            self.open_visits_box.addWidget(resume, alignment=Qt.AlignmentFlag.AlignLeft)
        self.open_visits_label.setVisible(bool(visits))
        self.open_visits_shown.emit(len(visits))

    def show_problem(self, message: str) -> None:
        """Say what went wrong starting a visit."""
        show_error(self.error, message)

    def refresh_open_visits(self) -> None:
        """List the visits not yet ended at this station (in the background)."""

        def show(found: list[VisitSummary]) -> None:
            hidden = self._hidden()
            self.show_open_visits([v for v in found if v.id not in hidden])

        self._jobs.run(
            self._actions.open_visits,
            show,
            scope=self._jobs.scopes.session,
            on_error=lambda failure: self.show_problem(failure.message),
            name="open-visits",
        )

    def _on_route_chosen(self, route: EntryRoute) -> None:
        """Start a visit for the resident who has just come in (in the background)."""
        self.error.hide()
        member, minutes_ago = self._actions.signed_in(), self.waited.value()
        if member is None:
            return

        def started(visit: VisitSummary) -> None:
            self.clear_arrival()  # that resident's arrival is recorded
            self.visit_started.emit(visit)

        # Shown only in the session that asked for it: after a sign-out, or the kiosk, the
        # visit waits in the open visits to pick up.
        self._jobs.run(
            lambda: self._actions.start_visit(route, staff_id=member.id, minutes_ago=minutes_ago),
            started,
            scope=self._jobs.scopes.session,
            on_error=lambda failure: self.show_problem(failure.message),
            on_late=lambda _visit: self.clear_arrival(),
            name="start-visit",
        )
