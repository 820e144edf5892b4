"""Display names of the domain's closed vocabularies that many screens show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scardesk.domain.enums import Modality
from scardesk.domain.modalities import spec_of


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def modality_name(modality: Modality) -> str:
    """The modality's English name from its spec, through the translator (its Arabic name is
    in the spec too, for the documents)."""
    return _t(spec_of(modality).name_en)
