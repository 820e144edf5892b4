"""A grid of photo thumbnails that paints at once and fills its pictures in later.

Lists of photos arrive as metadata only; the grid shows a neutral tile with the view and date
immediately and swaps in each picture when its bytes arrive from a background task. That is
what keeps opening a record with a hundred photos fast (architecture rule 4).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from scardesk.domain.photos import VIEW_TEXT, PhotoInfo
from scardesk.domain.time import to_muscat
from scardesk.ui.labels import day_text
from scardesk.ui.style import BACKGROUND, LINE
from scardesk.ui.tr import _t

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole
TILE = QSize(150, 150)


def view_label(info: PhotoInfo) -> str:
    return _t(VIEW_TEXT[info.view])


def photo_caption(info: PhotoInfo) -> str:
    return f"{view_label(info)}\n{day_text(to_muscat(info.taken_at).date())}"


def _placeholder() -> QIcon:
    pixmap = QPixmap(TILE)
    pixmap.fill(QColor(BACKGROUND))
    painter = QPainter(pixmap)
    painter.setPen(QColor(LINE))
    painter.drawRect(0, 0, TILE.width() - 1, TILE.height() - 1)
    painter.end()
    return QIcon(pixmap)


def _fitted(data: bytes) -> QIcon | None:
    """The thumbnail centred on a fixed tile, so portrait and landscape line up in the grid."""
    image = QPixmap()
    if not image.loadFromData(data):
        return None
    scaled = image.scaled(
        TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    tile = QPixmap(TILE)
    tile.fill(QColor(BACKGROUND))
    painter = QPainter(tile)
    painter.drawPixmap(
        (TILE.width() - scaled.width()) // 2, (TILE.height() - scaled.height()) // 2, scaled
    )
    painter.end()
    return QIcon(tile)


class ThumbnailGrid(QListWidget):
    """Signals ``photo_activated(photo_id)`` on double-click or Enter."""

    photo_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, strip: bool = False) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(TILE)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(8)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if strip:
            self.setFlow(QListView.Flow.LeftToRight)
            self.setWrapping(False)
            self.setFixedHeight(TILE.height() + 70)
        self._placeholder = _placeholder()
        self._items: dict[int, QListWidgetItem] = {}
        self._infos: dict[int, PhotoInfo] = {}
        self.itemActivated.connect(lambda item: self.photo_activated.emit(item.data(PHOTO_ID_ROLE)))

    def set_photos(self, photos: list[PhotoInfo]) -> None:
        self.clear()
        self._items.clear()
        self._infos = {p.id: p for p in photos}
        for info in photos:
            item = QListWidgetItem(self._placeholder, photo_caption(info))
            item.setData(PHOTO_ID_ROLE, info.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(photo_caption(info).replace("\n", " · "))
            self.addItem(item)
            self._items[info.id] = item

    def photo_ids(self) -> list[int]:
        return list(self._items)

    def info(self, photo_id: int) -> PhotoInfo:
        return self._infos[photo_id]

    def set_thumbnails(self, thumbnails: dict[int, bytes]) -> None:
        for photo_id, data in thumbnails.items():
            item = self._items.get(photo_id)
            icon = _fitted(data) if item is not None else None
            if item is not None and icon is not None:
                item.setIcon(icon)
                item.setData(PHOTO_ID_ROLE + 1, True)

    def loaded_ids(self) -> list[int]:
        """Photos whose picture has arrived (the rest still show the neutral tile)."""
        return [pid for pid, item in self._items.items() if item.data(PHOTO_ID_ROLE + 1)]

    def selected_ids(self) -> list[int]:
        return [item.data(PHOTO_ID_ROLE) for item in self.selectedItems()]
