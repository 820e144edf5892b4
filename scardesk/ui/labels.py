"""Display names of the domain's closed vocabularies that many screens show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scardesk.domain.enums import Modality


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def modality_name(modality: Modality) -> str:
    return {
        Modality.TOXIN: _t("Botulinum toxin"),
        Modality.MICRONEEDLING: _t("Microneedling"),
        Modality.FRACTIONAL_LASER: _t("Fractional laser"),
        Modality.CHEMICAL_PEEL: _t("Chemical peel"),
    }[modality]
