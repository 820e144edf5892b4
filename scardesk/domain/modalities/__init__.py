"""Every treatment modality's spec, and the lookups the rest of ScarDesk derives its tables from.

To add a modality: a ``Modality`` member, its input record in ``domain.modality_inputs``, one
spec module here listed in ``SPECS`` (with its ``line`` for printed documents), its codec
readers in ``domain.codecs.modality``, a session card module with its describer in
``ui.sessions`` listed in ``cards.CARDS``, its aftercare and consent texts in both languages,
and its tests.
``tests/domain/test_modality_completeness.py`` fails until every piece is there.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from scardesk.domain.enums import Modality, member
from scardesk.domain.modalities import (
    laser,
    microneedling,
    peel,
    subcision,
    tca_cross,
    toxin,
)
from scardesk.domain.modalities.spec import (
    Decision,
    ModalitySpec,
    RuleContext,
    Verdict,
    always,
    not_concerned,
)

#: Every rule of the safety gate that reads a decision from each modality's spec.
SAFETY_RULES = (
    "active_infection",
    "pregnancy",
    "neuromuscular",
    "toxin_allergy",
    "local_anaesthetic_allergy",
    "toxin_interactions",
    "bleeding",
    "isotretinoin",
    "herpes_simplex",
    "keloid_tendency",
    "sun",
    "topical_retinoids",
)

SPECS: Mapping[Modality, ModalitySpec] = MappingProxyType(
    {
        spec.modality: spec
        for spec in (
            toxin.SPEC,
            microneedling.SPEC,
            laser.SPEC,
            peel.SPEC,
            subcision.SPEC,
            tca_cross.SPEC,
        )
    }
)
_BY_INPUT: Mapping[type, ModalitySpec] = {spec.input_type: spec for spec in SPECS.values()}


def spec_of(modality: Modality) -> ModalitySpec:
    return SPECS[member(Modality, modality)]


def spec_for_entry(entry: object) -> ModalitySpec | None:
    """The spec whose input record ``entry`` is; None for anything else."""
    return _BY_INPUT.get(type(entry))


__all__ = [
    "SAFETY_RULES",
    "SPECS",
    "Decision",
    "ModalitySpec",
    "RuleContext",
    "Verdict",
    "always",
    "not_concerned",
    "spec_for_entry",
    "spec_of",
]
