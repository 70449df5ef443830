"""The loan screen: its five tabs, each refreshed when it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.ui.jobs import JobRunner
from desk.ui.views.loans.actions import LoansActions
from desk.ui.views.loans.common import LoansTab
from desk.ui.views.loans.inventory import InventoryTab
from desk.ui.views.loans.lend import LendTab
from desk.ui.views.loans.returns import ReturnsTab
from desk.ui.views.loans.waiting import WaitingTab
from desk.ui.views.loans.wipes import WipesTab
from desk.ui.widgets import heading


class LoansView(QWidget):
    """Loan devices: what there is, lending, returns and wipes, and who to call."""

    action_failed = Signal(str)

    def __init__(self, jobs: JobRunner, actions: LoansActions) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Loan devices"))
        failed = self.action_failed.emit
        self.inventory = InventoryTab(jobs, actions, failed)
        self.lend = LendTab(jobs, actions, failed)
        self.returns = ReturnsTab(jobs, actions, failed)
        self.wipes = WipesTab(jobs, actions, failed)
        self.waiting = WaitingTab(jobs, actions, failed)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Loan devices"))
        # At large text sizes the tabs do not fit: they scroll, whole, rather than lose words.
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.inventory, self.tr("Inventory"))
        self.tabs.addTab(self.lend, self.tr("Lend to take home"))
        self.tabs.addTab(self.returns, self.tr("Returns"))
        self.tabs.addTab(self.wipes, self.tr("Wipes"))
        self.tabs.addTab(self.waiting, self.tr("Overdue and waitlist"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.returns.checked_in.connect(
            lambda checked: self.wipes.prefer(checked.loan.device.asset_tag)
        )
        self.returns.wipe_now.connect(self._on_wipe_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(heading(self.tr("Loan devices")))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Reload what the tab on show shows (call when the screen is shown)."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, LoansTab):
            tab.refresh()

    def _on_wipe_now(self) -> None:
        self.tabs.setCurrentWidget(self.wipes)
        self.wipes.start_checklist()
