"""The subcision card (clinical reference §6a): instrument and gauge, scars released, technique,
the injected local anaesthetic and haemostasis, and the areas on the face."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from scardesk.domain.enums import Modality, SubcisionInstrument
from scardesk.domain.sessions import ModalityInput, SubcisionInput
from scardesk.ui.sessions.common import number_box, whole_box, with_areas
from scardesk.ui.sessions.modality_cards import ModalityCard
from scardesk.ui.tr import _t

# The domain checks the anaesthetic: an empty agent means none was injected, so the strength
# and volume boxes start at 0 and send nothing while no agent is named.


def instrument_name(instrument: SubcisionInstrument) -> str:
    return {
        SubcisionInstrument.NEEDLE: _t("Needle"),
        SubcisionInstrument.NOKOR: _t("Nokor needle"),
        SubcisionInstrument.CANNULA: _t("Blunt cannula"),
    }[instrument]


class SubcisionCard(ModalityCard):
    modality = Modality.SUBCISION

    def __init__(self, removable: bool = True) -> None:
        super().__init__(removable)
        self.instrument = QComboBox()
        for instrument in SubcisionInstrument:
            self.instrument.addItem(instrument_name(instrument), instrument.value)
        self.instrument.setCurrentIndex(1)  # the Nokor needle is the common choice
        self.gauge = whole_box(14, 30, " G")
        self.gauge.setValue(18)
        self.scars = whole_box(1, 200)
        self.technique = QLineEdit()
        self.technique.setPlaceholderText(_t("e.g. fanning, deep dermis (optional)"))
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(_t("e.g. lidocaine (leave empty if none)"))
        self.percent = number_box(0, 4, 0.5, 1, " %")
        self.adrenaline = QCheckBox(_t("With adrenaline"))
        self.volume = number_box(0, 20, 0.5, 1, _t(" mL"))
        self.haemostasis = QCheckBox(_t("Haemostasis achieved"))
        self.field("instrument", _t("Instrument"), self.instrument)
        self.field("gauge", _t("Gauge"), self.gauge, 1)
        self.field("scars_released", _t("Scars released"), self.scars)
        self.field("technique", _t("Technique"), self.technique, 1)
        self.field("anaesthetic_agent", _t("Local anaesthetic"), self.agent)
        self.field("anaesthetic_percent", _t("Strength"), self.percent, 1)
        self.field("anaesthetic_ml", _t("Volume injected"), self.volume)
        self.field("with_adrenaline", _t("Adrenaline"), self.adrenaline, 1)
        self.field("haemostasis", _t("After the release"), self.haemostasis)
        self.add_areas()
        self.finish()

    def entry(self) -> SubcisionInput:
        agent = self.agent.text().strip() or None
        return SubcisionInput(
            instrument=SubcisionInstrument(self.instrument.currentData()),
            gauge=self.gauge.value(),
            scars_released=self.scars.value(),
            technique=self.technique.text().strip() or None,
            anaesthetic_agent=agent,
            # With an agent the values go as typed (0 is refused by the domain, by field).
            anaesthetic_percent=self.percent.value() if agent else None,
            with_adrenaline=self.adrenaline.isChecked(),
            anaesthetic_ml=self.volume.value() if agent else None,
            haemostasis=self.haemostasis.isChecked(),
            areas=self.areas(),
        )

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        assert isinstance(entry, SubcisionInput)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(entry.instrument.value)))
        self.gauge.setValue(entry.gauge)
        self.scars.setValue(entry.scars_released)
        self.technique.setText(entry.technique or "")
        self.agent.setText(entry.anaesthetic_agent or "")
        self.percent.setValue(entry.anaesthetic_percent or 0)
        self.adrenaline.setChecked(entry.with_adrenaline)
        self.volume.setValue(entry.anaesthetic_ml or 0)
        self.haemostasis.setChecked(entry.haemostasis)
        self.set_areas(entry.areas)


def _subcision_head(entry: SubcisionInput) -> str:
    text = _t("{instrument} {gauge}G, {n} scars released").format(
        instrument=instrument_name(entry.instrument), gauge=entry.gauge, n=entry.scars_released
    )
    if entry.technique:
        text += ", " + entry.technique
    if entry.anaesthetic_agent:
        text += "\n" + _t("Local anaesthetic: {agent} {pct:g} %{adr}, {ml:g} mL").format(
            agent=entry.anaesthetic_agent,
            pct=entry.anaesthetic_percent or 0,
            adr=_t(" with adrenaline") if entry.with_adrenaline else "",
            ml=entry.anaesthetic_ml or 0,
        )
    if entry.haemostasis:
        text += "\n" + _t("Haemostasis achieved")
    return text


#: How the session view describes it.
describe_subcision = with_areas(_subcision_head)
