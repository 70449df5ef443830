"""Small pictures of scanned pages, for the scan screen and the kiosk."""

from __future__ import annotations

import io

from PIL import Image, ImageOps
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

THUMBNAIL = QSize(150, 200)


def thumbnail(data: bytes, rotation: int) -> QImage:
    """A small picture of a page (runs in the background: QImage, unlike QPixmap, may)."""
    with Image.open(io.BytesIO(data)) as page:
        page.draft("L", (THUMBNAIL.width() * 2, THUMBNAIL.height() * 2))
        small = ImageOps.contain(page.convert("L"), (THUMBNAIL.width(), THUMBNAIL.height()))
    if rotation:
        small = small.rotate(-rotation, expand=True)
    return QImage(
        small.tobytes(), small.width, small.height, small.width, QImage.Format.Format_Grayscale8
    ).copy()
