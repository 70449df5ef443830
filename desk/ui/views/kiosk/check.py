"""The check step: the pages as pictures, one to remove, more to scan, and Send."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from desk.ui.views.kiosk.common import StepPage, big_button, title_label
from desk.ui.views.scan import THUMBNAIL
from desk.ui.widgets import flow


class CheckPage(StepPage):
    """The resident's pages, "Page 1", "Page 2"…, each with its picture once it is loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.title = title_label()
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(THUMBNAIL)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setMinimumHeight(THUMBNAIL.height() + 64)
        self.more_button = big_button(primary=False)
        self.remove_button = big_button(primary=False)
        self.send_button = big_button()
        self.column.addWidget(self.title)
        self.column.addWidget(self.thumbnails, stretch=1)
        self.column.addLayout(flow(self.more_button, self.remove_button))
        self.column.addWidget(self.send_button)

    error_at = 1  # under the title

    def next_action(self) -> QWidget:
        return self.send_button if self.send_button.isEnabled() else self.more_button

    def add_page(self, index: int, path: str) -> None:
        """A "Page n" item for the page at `path` (its picture comes with `show_picture`)."""
        item = QListWidgetItem(self.tr("Page {n}").format(n=index + 1))
        item.setSizeHint(QSize(THUMBNAIL.width() + 16, THUMBNAIL.height() + 48))
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.thumbnails.addItem(item)

    def show_picture(self, index: int, path: str, image: QImage) -> None:
        target = self.thumbnails.item(index)
        # The list may have been rebuilt meanwhile (both sides joined): only the same page.
        if target is not None and target.data(Qt.ItemDataRole.UserRole) == path:
            target.setIcon(QIcon(QPixmap.fromImage(image)))

    def remove_page(self, row: int) -> None:
        self.thumbnails.takeItem(row)
        for index in range(self.thumbnails.count()):
            item = self.thumbnails.item(index)
            if item is not None:
                item.setText(self.tr("Page {n}").format(n=index + 1))

    def set_ready(self, ready: bool) -> None:
        """Pages are there to send (or remove)."""
        self.send_button.setEnabled(ready)
        self.remove_button.setEnabled(ready)

    def set_sending(self) -> None:
        self.set_ready(False)
        self.title.setText(self.tr("Sending… please wait."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check your pages"))
        self.thumbnails.setAccessibleName(self.tr("Your pages"))
        self.thumbnails.setAccessibleDescription(
            self.tr("Choose a page to remove it, or send them all to the council")
        )
        self.more_button.setText(self.tr("Scan more pages"))
        self.remove_button.setText(self.tr("Remove the chosen page"))
        self.send_button.setText(self.tr("Send to the council"))
