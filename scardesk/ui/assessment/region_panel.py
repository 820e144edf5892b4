"""Scars counted per facial region and type, picked on the face map.

Most patients have mixed scar types, so counts are kept per region and per type (clinical
reference §2), never one label per patient. The map's badges show each region's total, so
the practitioner sees at a glance which regions are done.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSpinBox, QWidget

from scardesk.domain.assessment import RegionCount, ecca_suggestion
from scardesk.domain.enums import FacialRegion, ScarType
from scardesk.ui.assessment import texts
from scardesk.ui.assessment.parts import count_box
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.face_map import FaceMapWidget, region_name

RegionKey = tuple[FacialRegion, ScarType]


class RegionCountsPanel(Card):
    """The face map, and beside it the counts per scar type of the region picked on it."""

    changed = Signal()
    ecca_suggested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("Scars by facial region"), parent)
        self._counts: dict[RegionKey, int] = {}
        self.face = FaceMapWidget()
        self.face.setMinimumSize(300, 375)
        self.face.region_clicked.connect(self.select_region)
        self.body.addWidget(self.face, 1)
        self.hint = plain_label(
            _t("Click a region of the face to count its scars."), muted=True, wrap=True
        )
        self.body.addWidget(self.hint)
        self.region_title = plain_label()
        self.region_title.setStyleSheet("font-weight: 700;")
        self.body.addWidget(self.region_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.boxes: dict[ScarType, QSpinBox] = {}
        for index, scar_type in enumerate(ScarType):
            box = count_box()
            box.setAccessibleName(texts.scar_type_label(scar_type))
            box.setToolTip(texts.scar_type_hint(scar_type))
            box.valueChanged.connect(lambda value, t=scar_type: self._edited(t, value))
            label = plain_label(texts.scar_type_label(scar_type), wrap=True)
            label.setToolTip(texts.scar_type_hint(scar_type))
            label.setBuddy(box)
            self.boxes[scar_type] = box
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.counts_box = QWidget()
        self.counts_box.setLayout(grid)
        self.body.addWidget(self.counts_box)
        self.suggest_button = QPushButton(_t("Fill ECCA counts from the map"))
        self.suggest_button.setToolTip(
            _t(
                "Adds up the map's counts per ECCA item; hypertrophic scars need their age, "
                "so enter them yourself."
            )
        )
        self.suggest_button.clicked.connect(self._suggest)
        self.body.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish()
        self.select_region(None)

    # --- state --------------------------------------------------------------------------------
    def counts(self) -> dict[RegionKey, int]:
        """Non-zero counts keyed by (region, scar type)."""
        return {key: n for key, n in self._counts.items() if n}

    def set_counts(self, counts: dict[RegionKey, int]) -> None:
        self._counts = {key: n for key, n in counts.items() if n}
        self._refresh_badges()
        self.select_region(self.face.selected_region())

    def region_counts(self) -> tuple[RegionCount, ...]:
        return tuple(RegionCount(region, scar, n) for (region, scar), n in self.counts().items())

    def selected_region(self) -> FacialRegion | None:
        return self.face.selected_region()

    def select_region(self, region: FacialRegion | None) -> None:
        self.face.set_selected_region(region)
        self.counts_box.setEnabled(region is not None)
        self.hint.setVisible(region is None)
        self.region_title.setText(
            _t("{region}: scars by type").format(region=region_name(region)) if region else ""
        )
        self.region_title.setVisible(region is not None)
        for scar_type, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setValue(self._counts.get((region, scar_type), 0) if region else 0)

    # --- events -------------------------------------------------------------------------------
    def _edited(self, scar_type: ScarType, value: int) -> None:
        region = self.face.selected_region()
        if region is None:
            return
        self._counts[(region, scar_type)] = value
        self._refresh_badges()
        self.error.set_message("")
        self.changed.emit()

    def _refresh_badges(self) -> None:
        totals: dict[FacialRegion, int] = {}
        for (region, _scar), n in self._counts.items():
            totals[region] = totals.get(region, 0) + n
        self.face.set_region_counts(totals)

    def _suggest(self) -> None:
        self.ecca_suggested.emit(ecca_suggestion(self.region_counts()))
