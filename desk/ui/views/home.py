"""The home screen a champion sees once signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.staff import StaffMember


class HomeView(QWidget):
    """Greets the champion and offers sign-out; visits, scanning and loans start from here."""

    sign_out_requested = Signal()

    def __init__(self, site: str, station: str) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Home"))
        self.greeting = QLabel()
        self.greeting.setObjectName("heading")
        self.place = QLabel(
            self.tr("{site} · station {station}").format(site=site, station=station)
        )
        self.place.setObjectName("hint")
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.setProperty("secondary", True)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        top = QHBoxLayout()
        top.addWidget(self.greeting, stretch=1)
        top.addWidget(self.sign_out_button, alignment=Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(self.place)
        layout.addStretch(1)

    def show_member(self, member: StaffMember) -> None:
        """Greet the champion who signed in."""
        self.greeting.setText(self.tr("Hello, {name}").format(name=member.first_name))
