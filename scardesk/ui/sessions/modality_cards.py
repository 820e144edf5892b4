"""One card per modality entry of a session: microneedling, fractional laser, chemical peel.

Each card records exactly the parameters of clinical reference §6 for its modality and turns
them into the domain's input record; the domain validates, and its messages come back keyed
by field (``device``, ``needle_depth_mm``…) to be shown under that field. The toxin card
(``toxin_card.py``) shares the base class.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import FacialRegion, Modality, PeelDepth
from scardesk.domain.sessions import (
    EnergyUnit,
    LaserInput,
    MicroneedlingInput,
    ModalityInput,
    PeelInput,
)
from scardesk.ui.errors import sentence
from scardesk.ui.sessions.common import depth_name, modality_name, number_box, whole_box
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.face_map import region_name


class ModalityCard(Card):
    """A titled card with a remove button, a grid of fields and an error line per field."""

    changed = Signal()
    remove_requested = Signal(object)
    modality: Modality

    def __init__(self, removable: bool = True) -> None:
        super().__init__(modality_name(self.modality))
        self.remove_button = QToolButton()
        self.remove_button.setText(_t("Remove"))
        self.remove_button.setToolTip(_t("Remove this treatment from the session"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.remove_button.setVisible(removable)
        self.body.removeWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        self.body.insertLayout(0, top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.body.addLayout(self.grid)
        self.errors: dict[str, ErrorLine] = {}
        self._row = 0

    # --- building helpers -------------------------------------------------------------------
    def field(self, key: str, label: str, widget: QWidget, column: int = 0) -> QWidget:
        """Put ``widget`` under its label at the next free row of ``column`` (0 or 1)."""
        row = self._row if column == 0 else self._row - 1
        caption = plain_label(label)
        caption.setObjectName("fieldLabel")
        caption.setBuddy(widget)
        widget.setAccessibleName(label)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(caption)
        box.addWidget(widget)
        self.errors[key] = ErrorLine()
        box.addWidget(self.errors[key])
        self.grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        if column == 0:
            self._row += 1
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        for name in ("textChanged", "valueChanged", "currentIndexChanged", "toggled"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(lambda *_: self.changed.emit())
                return

    def add_areas(self) -> None:
        """Checkable region buttons: where on the face this treatment went."""
        self.errors["areas"] = ErrorLine()
        caption = plain_label(_t("Areas treated"))
        caption.setObjectName("fieldLabel")
        self.body.addWidget(caption)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.area_buttons: dict[FacialRegion, QPushButton] = {}
        for n, region in enumerate(FacialRegion):
            button = QPushButton(region_name(region))
            button.setCheckable(True)
            button.setObjectName("areaChip")
            button.toggled.connect(lambda *_: self.changed.emit())
            grid.addWidget(button, n // 5, n % 5)
            self.area_buttons[region] = button
        self.body.addLayout(grid)
        self.body.addWidget(self.errors["areas"])

    def areas(self) -> tuple[str, ...]:
        return tuple(r.value for r, b in self.area_buttons.items() if b.isChecked())

    def set_areas(self, areas: tuple[str, ...]) -> None:
        for region, button in self.area_buttons.items():
            button.setChecked(region.value in areas)

    # --- errors -----------------------------------------------------------------------------
    def set_errors(self, messages: dict[str, str]) -> None:
        """Show each message under its field; the rest on the card's own error line."""
        leftover: list[str] = []
        for key, message in messages.items():
            line = self.errors.get(key) or self.errors.get(key.split(".")[0])
            if line is None:
                leftover.append(message)
            else:
                line.set_message(sentence(message))
        if leftover:
            self.error.set_message("\n".join(sentence(m) for m in leftover))

    def clear_errors(self) -> None:
        for line in self.errors.values():
            line.set_message("")
        self.error.set_message("")

    def error_texts(self) -> dict[str, str]:
        found = {key: line.text() for key, line in self.errors.items() if not line.isHidden()}
        if not self.error.isHidden():
            found[""] = self.error.text()
        return found

    # --- data -------------------------------------------------------------------------------
    def entry(self) -> ModalityInput:
        raise NotImplementedError

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        """Fill the card from a recorded entry; ``lot_number`` is the toxin lot as recorded."""
        raise NotImplementedError

    def lock_identity(self) -> None:
        """Amend mode: what identifies the entry (product, lot) may not change."""


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


class MicroneedlingCard(ModalityCard):
    modality = Modality.MICRONEEDLING

    def __init__(self, removable: bool = True) -> None:
        super().__init__(removable)
        self.device = QLineEdit()
        self.device.setPlaceholderText(_t("e.g. Dermapen 4"))
        self.needle_depth = number_box(0.1, 4.0, 0.25, 2, _t(" mm"))
        self.needle_depth.setValue(1.5)
        self.passes = whole_box(1, 20)
        self.passes.setValue(3)
        self.serum = QLineEdit()
        self.serum.setPlaceholderText(_t("e.g. hyaluronic acid (optional)"))
        self.field("device", _t("Device"), self.device)
        self.field("serum", _t("Serum / product"), self.serum, 1)
        self.field("needle_depth_mm", _t("Needle depth"), self.needle_depth)
        self.field("passes", _t("Passes"), self.passes, 1)
        self.add_areas()
        self.finish()

    def entry(self) -> MicroneedlingInput:
        return MicroneedlingInput(
            device=_text(self.device),
            needle_depth_mm=self.needle_depth.value(),
            passes=self.passes.value(),
            serum=_text(self.serum) or None,
            areas=self.areas(),
        )

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        assert isinstance(entry, MicroneedlingInput)
        self.device.setText(entry.device)
        self.needle_depth.setValue(entry.needle_depth_mm)
        self.passes.setValue(entry.passes)
        self.serum.setText(entry.serum or "")
        self.set_areas(entry.areas)


LASER_TYPES = (
    ("nonablative", False, False),
    ("fractional_ablative", True, False),
    ("fully_ablative", True, True),
)


class LaserCard(ModalityCard):
    modality = Modality.FRACTIONAL_LASER

    def __init__(self, removable: bool = True) -> None:
        super().__init__(removable)
        self.device = QLineEdit()
        self.device.setPlaceholderText(_t("e.g. Fraxel Dual"))
        self.wavelength = number_box(400, 11_000, 10, 0, _t(" nm"))
        self.wavelength.setValue(1550)
        type_row = QWidget()
        row = QHBoxLayout(type_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[str, QRadioButton] = {}
        labels = {
            "nonablative": _t("Nonablative"),
            "fractional_ablative": _t("Fractional ablative"),
            "fully_ablative": _t("Fully ablative"),
        }
        for n, (key, _ablative, _full) in enumerate(LASER_TYPES):
            button = QRadioButton(labels[key])
            self.type_group.addButton(button, n)
            self.type_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.type_group.idToggled.connect(lambda *_: self.changed.emit())
        self.energy = number_box(0.1, 1000, 1, 1)
        self.energy.setValue(20)
        self.energy_unit = QComboBox()
        for unit, label in (
            (EnergyUnit.MILLIJOULES, _t("mJ per microbeam")),
            (EnergyUnit.JOULES_PER_CM2, _t("J/cm² (fluence)")),
        ):
            self.energy_unit.addItem(label, unit)
        self.density = number_box(1, 100, 1, 0, " %")
        self.density.setValue(20)
        self.passes = whole_box(1, 20)
        self.passes.setValue(2)
        self.spot = number_box(0.01, 30, 0.5, 2, _t(" mm"))
        self.spot.setValue(7)
        self.field("device", _t("Device"), self.device)
        self.field("wavelength_nm", _t("Wavelength"), self.wavelength, 1)
        self.field("ablative", _t("Type"), type_row)
        self.errors["fully_ablative"] = self.errors["ablative"]
        self.field("energy", _t("Energy"), self.energy)
        self.field("energy_unit", _t("Energy given as"), self.energy_unit, 1)
        self.field("density_percent", _t("Density"), self.density)
        self.field("passes", _t("Passes"), self.passes, 1)
        self.field("spot_size_mm", _t("Spot size"), self.spot)
        self.add_areas()
        self.finish()

    def laser_type(self) -> tuple[bool, bool] | None:
        """(ablative, fully ablative), or None while no type is chosen."""
        chosen = self.type_group.checkedId()
        return None if chosen < 0 else (LASER_TYPES[chosen][1], LASER_TYPES[chosen][2])

    def entry(self) -> LaserInput:
        kind = self.laser_type()
        return LaserInput(
            device=_text(self.device),
            wavelength_nm=self.wavelength.value(),
            ablative=kind[0] if kind else False,
            fully_ablative=kind[1] if kind else False,
            energy=self.energy.value(),
            energy_unit=EnergyUnit(self.energy_unit.currentData()),
            density_percent=self.density.value(),
            passes=self.passes.value(),
            spot_size_mm=self.spot.value(),
            areas=self.areas(),
        )

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        assert isinstance(entry, LaserInput)
        self.device.setText(entry.device)
        self.wavelength.setValue(entry.wavelength_nm)
        for n, (_key, ablative, full) in enumerate(LASER_TYPES):
            if (ablative, full) == (entry.ablative, entry.fully_ablative):
                self.type_group.button(n).setChecked(True)
        self.energy_unit.setCurrentIndex(self.energy_unit.findData(entry.energy_unit))
        self.energy.setValue(entry.energy)
        self.density.setValue(entry.density_percent)
        self.passes.setValue(entry.passes)
        self.spot.setValue(entry.spot_size_mm)
        self.set_areas(entry.areas)


class PeelCard(ModalityCard):
    modality = Modality.CHEMICAL_PEEL

    def __init__(self, removable: bool = True) -> None:
        super().__init__(removable)
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(_t("e.g. TCA, glycolic acid"))
        self.concentration = number_box(0.1, 100, 5, 1, " %")
        self.concentration.setValue(20)
        self.peel_depth = QComboBox()
        self.peel_depth.addItem(_t("Choose the depth…"), None)
        for depth in PeelDepth:
            self.peel_depth.addItem(depth_name(depth), depth)
        self.layers = whole_box(1, 10)
        self.contact = number_box(0, 60, 0.5, 1, _t(" min"))
        self.contact.setValue(3)
        self.neutralised = QCheckBox(_t("Neutralised"))
        self.field("agent", _t("Agent"), self.agent)
        self.field("concentration_percent", _t("Concentration"), self.concentration, 1)
        self.field("depth", _t("Depth"), self.peel_depth)
        self.field("layers", _t("Layers"), self.layers, 1)
        self.field("contact_time_min", _t("Contact time"), self.contact)
        self.field("neutralised", _t("After the peel"), self.neutralised, 1)
        self.add_areas()
        self.finish()

    def chosen_depth(self) -> PeelDepth | None:
        value = self.peel_depth.currentData()  # Qt hands enum values back as plain text
        return PeelDepth(value) if value else None

    def entry(self) -> PeelInput:
        return PeelInput(
            agent=_text(self.agent),
            concentration_percent=self.concentration.value(),
            depth=self.chosen_depth(),  # type: ignore[arg-type]  # None: the domain says so
            layers=self.layers.value(),
            contact_time_min=self.contact.value(),
            neutralised=self.neutralised.isChecked(),
            areas=self.areas(),
        )

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        assert isinstance(entry, PeelInput)
        self.agent.setText(entry.agent)
        self.concentration.setValue(entry.concentration_percent)
        self.peel_depth.setCurrentIndex(max(0, self.peel_depth.findData(entry.depth)))
        self.layers.setValue(entry.layers)
        self.contact.setValue(entry.contact_time_min)
        self.neutralised.setChecked(entry.neutralised)
        self.set_areas(entry.areas)
