"""The TCA CROSS card (clinical reference §6a): concentration, applicator, scars treated, how
many frosted white, and the areas on the face."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from scardesk.domain.enums import Frosting, Modality
from scardesk.domain.sessions import ModalityInput, TcaCrossInput
from scardesk.ui.sessions.common import number_box, whole_box, with_areas
from scardesk.ui.sessions.modality_cards import ModalityCard
from scardesk.ui.tr import _t


def frosting_name(frosting: Frosting) -> str:
    return {
        Frosting.ALL: _t("White frost on every scar"),
        Frosting.SOME: _t("White frost on some scars"),
        Frosting.NONE: _t("No white frost"),
    }[frosting]


class TcaCrossCard(ModalityCard):
    modality = Modality.TCA_CROSS

    def __init__(self, removable: bool = True) -> None:
        super().__init__(removable)
        self.concentration = number_box(1, 100, 5, 0, " %")
        self.concentration.setValue(100)
        self.applicator = QLineEdit()
        self.applicator.setText(_t("sharpened wooden stick"))
        self.scars = whole_box(1, 500)
        self.frosting = QComboBox()
        self.frosting.addItem(_t("Choose the frost reached…"), None)
        for frosting in Frosting:
            self.frosting.addItem(frosting_name(frosting), frosting.value)
        self.field("concentration_percent", _t("TCA concentration"), self.concentration)
        self.field("applicator", _t("Applicator"), self.applicator, 1)
        self.field("scars_treated", _t("Scars treated"), self.scars)
        self.field("frosting", _t("Frosting reached"), self.frosting, 1)
        self.add_areas()
        self.finish()

    def entry(self) -> TcaCrossInput:
        chosen = self.frosting.currentData()  # None until chosen: the domain says so by field
        return TcaCrossInput(
            concentration_percent=self.concentration.value(),
            applicator=self.applicator.text().strip(),
            scars_treated=self.scars.value(),
            frosting=Frosting(chosen) if chosen else None,  # type: ignore[arg-type]  # see above
            areas=self.areas(),
        )

    def load(self, entry: ModalityInput, lot_number: str = "") -> None:
        assert isinstance(entry, TcaCrossInput)
        self.concentration.setValue(entry.concentration_percent)
        self.applicator.setText(entry.applicator)
        self.scars.setValue(entry.scars_treated)
        self.frosting.setCurrentIndex(max(0, self.frosting.findData(entry.frosting.value)))
        self.set_areas(entry.areas)


def _tca_cross_head(entry: TcaCrossInput) -> str:
    return _t("TCA {conc:g} % with {applicator}, {n} scars treated; {frost}").format(
        conc=entry.concentration_percent,
        applicator=entry.applicator,
        n=entry.scars_treated,
        frost=frosting_name(entry.frosting).lower(),
    )


#: How the session view describes it.
describe_tca_cross = with_areas(_tca_cross_head)
