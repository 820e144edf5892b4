"""Two photos of the same view at two dates, side by side, zoom and pan kept in step.

Both pictures are shown at the same scene width, so one transform and one pair of scroll
positions mean "the same part of the face" on both sides: zooming (wheel) or panning (drag)
either side moves the other with it. Full images are fetched in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPixmap, QShowEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.photos import PhotoImage, PhotoInfo
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import moment_text
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.widgets.screen_fit import fit_size
from scardesk.ui.widgets.thumbnails import view_label

SCENE_WIDTH = 1000.0
ZOOM_STEP = 1.25
MAX_ZOOM = 12.0


class SyncedView(QGraphicsView):
    """A photo view that reports every zoom and pan so its twin can follow."""

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumSize(320, 320)
        self.setStyleSheet("background: #1f2933; border: none;")
        self.horizontalScrollBar().valueChanged.connect(self.moved)
        self.verticalScrollBar().valueChanged.connect(self.moved)

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        factor = SCENE_WIDTH / max(1, pixmap.width())
        self.item.setScale(factor)
        self.scene().setSceneRect(0, 0, SCENE_WIDTH, pixmap.height() * factor)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(0.05, min(MAX_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())
        self.moved.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def follow(self, other: SyncedView) -> None:
        """Take ``other``'s zoom and scroll position."""
        if self.transform() != other.transform():
            self.setTransform(QTransform(other.transform()))
        self.horizontalScrollBar().setValue(other.horizontalScrollBar().value())
        self.verticalScrollBar().setValue(other.verticalScrollBar().value())


class ComparePane(QWidget):
    def __init__(self, heading: str, photos: list[PhotoInfo]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(heading)
        title.setStyleSheet("font-weight: 700;")
        top.addWidget(title)
        self.chooser = QComboBox()
        for info in photos:
            self.chooser.addItem(moment_text(info.taken_at), info.id)
        top.addWidget(self.chooser, 1)
        layout.addLayout(top)
        self.view = SyncedView()
        layout.addWidget(self.view, 1)

    def photo_id(self) -> int:
        return int(self.chooser.currentData())


class CompareDialog(QDialog):
    """Open with ``open()``; both sides list every photo of ``view`` so any two dates can be set."""

    def __init__(
        self,
        context: ScreenContext,
        photos: list[PhotoInfo],
        earlier: PhotoInfo,
        later: PhotoInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._errors = ErrorPresenter(self)
        self._syncing = False
        same_view = sorted(
            (p for p in photos if p.view is earlier.view), key=lambda p: (p.taken_at, p.id)
        )
        self.setWindowTitle(_t("Compare photos: {view}").format(view=view_label(earlier)))
        fit_size(self, 1200, 760)
        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        hint = QLabel(_t("Scroll to zoom, drag to pan: both sides follow."))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.left = ComparePane(_t("Before"), same_view)
        self.right = ComparePane(_t("After"), same_view)
        row.addWidget(self.left, 1)
        row.addWidget(self.right, 1)
        layout.addLayout(row, 1)
        bar = QHBoxLayout()
        self.fit_button = QPushButton(_t("Fit"))
        self.fit_button.clicked.connect(self.fit)
        self.zoom_in_button = QPushButton(_t("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.left.view.zoom_by(ZOOM_STEP))
        self.zoom_out_button = QPushButton(_t("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.left.view.zoom_by(1 / ZOOM_STEP))
        close = QPushButton(_t("Close"))
        close.clicked.connect(self.accept)
        for button in (self.fit_button, self.zoom_in_button, self.zoom_out_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        for pane, info in ((self.left, earlier), (self.right, later)):
            pane.chooser.setCurrentIndex(max(0, pane.chooser.findData(info.id)))
            pane.chooser.currentIndexChanged.connect(lambda _i, p=pane: self._load(p))
        self.left.view.moved.connect(lambda: self._sync(self.right.view, self.left.view))
        self.right.view.moved.connect(lambda: self._sync(self.left.view, self.right.view))
        self._load(self.left)
        self._load(self.right)

    def _sync(self, follower: SyncedView, leader: SyncedView) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            follower.follow(leader)
        finally:
            self._syncing = False

    def _load(self, pane: ComparePane) -> None:
        photos = self.context.services.photos
        actor = self.context.signed_in.actor
        photo_id = pane.photo_id()
        # Each full image shown is a logged read (photo.view)
        run_logged_read(
            self.context.runner,
            lambda: photos.image(actor, photo_id),
            lambda image: self._show(pane, image),
            lambda error: self._errors.show(error, self),
        )

    def _show(self, pane: ComparePane, image: PhotoImage) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(image.data)
        pane.view.set_pixmap(pixmap)
        self.fit()

    def fit(self) -> None:
        view = self.left.view
        view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._sync(self.right.view, view)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()
