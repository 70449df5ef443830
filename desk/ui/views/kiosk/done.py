"""The done step: the reference, a reminder to take the papers, the receipt, and Finish."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk.ui.i18n import left_to_right
from desk.ui.views.kiosk.common import StepPage, big_button, text_label, title_label


class DonePage(StepPage):
    """What was sent and how to keep its reference."""

    def __init__(self) -> None:
        super().__init__()
        self.reference = ""
        self.title = title_label()
        self.text = text_label()
        self.papers = text_label()  # the resident's own papers are still on the scanner
        self.papers.setObjectName("kioskReminder")
        self.receipt_button = big_button()
        self.receipt_status = text_label()  # the receipt printed (a failure is an error)
        self.finish_button = big_button(primary=False)
        self.column.addWidget(self.title)
        self.column.addWidget(self.text)
        self.column.addWidget(self.papers)
        self.column.addWidget(self.receipt_button)
        self.column.addWidget(self.receipt_status)
        self.column.addWidget(self.finish_button)
        self.column.addStretch(1)

    error_at = 3  # under the reference and the reminder, above the receipt

    def next_action(self) -> QWidget:
        ready = not self.receipt_button.isHidden() and not self.receipt_status.text()
        return self.receipt_button if ready else self.finish_button

    def printing(self) -> None:
        self.receipt_button.setEnabled(False)
        self.receipt_status.setText(self.tr("Printing your receipt…"))

    def printed(self) -> None:
        """The printer has printed the receipt: say where it is; Finish is next."""
        self.receipt_button.setEnabled(True)
        self.receipt_status.setText(self.tr("Your receipt has printed. Take it from the printer."))
        self.finish_button.setFocus()

    def not_printed(self) -> None:
        """The receipt did not print (the error says what to do): the resident may try again."""
        self.receipt_button.setEnabled(True)
        self.receipt_status.clear()

    def show_reference(self, reference: str) -> None:
        """The reference ("" while the document waits to be sent) and what to do with it."""
        self.reference = reference
        self.receipt_button.setVisible(bool(reference))
        self.receipt_button.setEnabled(True)
        self.receipt_status.clear()
        self.text.setText(
            self.tr("Your reference is {reference}. Print your receipt and keep it.").format(
                reference=left_to_right(self.reference)  # a reference reads left to right
            )
            if self.reference
            else self.tr(
                "Your documents are safe here and will be sent as soon as the connection is "
                "back. A member of staff can give you the reference."
            )
        )

    def clear(self) -> None:
        self.reference = ""
        self.text.clear()
        self.receipt_status.clear()
        self.receipt_button.setEnabled(True)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sent"))
        self.papers.setText(self.tr("Remember to take your papers from the scanner."))
        self.receipt_button.setText(self.tr("Print my receipt"))
        self.finish_button.setText(self.tr("Finish"))
