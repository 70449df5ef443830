"""The place step: how to put the document on the scanner (the feeder or the glass; a card's
back after its front), and Scan."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk.ui.views.kiosk.common import StepPage, big_button, text_label, title_label
from scanning.profiles import Profile


class PlacePage(StepPage):
    """Scan, and while a card is turned over, a way to say it has no back (a passport)."""

    def __init__(self) -> None:
        super().__init__()
        self.profile: Profile | None = None
        self.turning_over = False
        self.title = title_label()
        self.text = text_label()
        self.scan_button = big_button()
        self.no_back_button = big_button(primary=False)
        self.no_back_button.hide()
        self.status = text_label()
        self.column.addWidget(self.title)
        self.column.addWidget(self.text)
        self.column.addWidget(self.scan_button)
        self.column.addWidget(self.no_back_button)
        self.column.addWidget(self.status)
        self.column.addStretch(1)

    error_at = 2  # under what to do, above Scan

    def next_action(self) -> QWidget:
        return self.scan_button

    def show_for(self, profile: Profile | None, *, turning_over: bool) -> None:
        """Say how to place `profile`'s document, or (`turning_over`) the card's other side."""
        self.profile, self.turning_over = profile, turning_over
        self.no_back_button.setVisible(turning_over)
        self.retranslate()

    def set_scanning(self, scanning: bool) -> None:
        if scanning and self.scan_button.hasFocus():
            # The keyboard stays on this step (on what it is doing), not on the next button.
            self.status.setFocus()
        self.scan_button.setEnabled(not scanning)
        self.no_back_button.setEnabled(not scanning)

    @property
    def feeder(self) -> bool:
        """The pages go through the feeder (else on the glass)."""
        return self.profile is not None and self.profile.source.value != "flatbed"

    def retranslate(self) -> None:
        self.scan_button.setText(self.tr("Scan"))
        self.no_back_button.setText(self.tr("It has no back – check my pages"))
        if self.turning_over:
            self.title.setText(self.tr("The other side"))
            self.text.setText(
                self.tr(
                    "Now turn the card over and put the other side face down on the glass. "
                    "Then press Scan."
                )
            )
            return
        self.title.setText(self.tr("Put your pages on the scanner"))
        self.text.setText(
            self.tr("Put the pages face down in the feeder on top of the scanner.")
            if self.feeder
            else self.tr("Lift the lid, put the page face down on the glass, and close the lid.")
        )
