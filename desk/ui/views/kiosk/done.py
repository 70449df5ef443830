"""The done step: the reference, the receipt, and Finish."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.ui.views.kiosk.common import big_button, text_label, title_label


class DonePage(QWidget):
    """What was sent and how to keep its reference."""

    def __init__(self) -> None:
        super().__init__()
        self.reference = ""
        self.title = title_label()
        self.text = text_label()
        self.receipt_button = big_button()
        self.finish_button = big_button(primary=False)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.title)
        self.column.addWidget(self.text)
        self.column.addWidget(self.receipt_button)
        self.column.addWidget(self.finish_button)
        self.column.addStretch(1)

    def show_reference(self, reference: str) -> None:
        """The reference ("" while the document waits to be sent) and what to do with it."""
        self.reference = reference
        self.receipt_button.setVisible(bool(reference))
        self.receipt_button.setEnabled(True)
        self.text.setText(
            self.tr("Your reference is {reference}. Print your receipt and keep it.").format(
                reference=self.reference
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
        self.receipt_button.setEnabled(True)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sent"))
        self.receipt_button.setText(self.tr("Print my receipt"))
        self.finish_button.setText(self.tr("Finish"))
