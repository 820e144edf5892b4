"""The one map from a modality to the card the session form shows for it.

A modality without a card cannot be added to a session (``make_card`` raises) rather than
falling back to some other modality's card; ``tests/domain/test_modality_completeness.py``
checks every modality has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from scardesk.domain.enums import Modality
from scardesk.domain.products import ProductRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.sessions.modality_cards import LaserCard, MicroneedlingCard, ModalityCard, PeelCard
from scardesk.ui.sessions.subcision_card import SubcisionCard
from scardesk.ui.sessions.tca_cross_card import TcaCrossCard
from scardesk.ui.sessions.toxin_card import ToxinCard


@dataclass(frozen=True, slots=True)
class CardNeeds:
    """What some cards need from the form: the toxin card lists products and times the vial."""

    context: ScreenContext
    products: list[ProductRecord]
    session_time: Callable[[], datetime]


CardFactory = Callable[[CardNeeds, bool], ModalityCard]


def _toxin(needs: CardNeeds, removable: bool) -> ModalityCard:
    return ToxinCard(needs.context, needs.products, needs.session_time, removable)


CARDS: dict[Modality, CardFactory] = {
    Modality.TOXIN: _toxin,
    Modality.MICRONEEDLING: lambda needs, removable: MicroneedlingCard(removable),
    Modality.FRACTIONAL_LASER: lambda needs, removable: LaserCard(removable),
    Modality.CHEMICAL_PEEL: lambda needs, removable: PeelCard(removable),
    Modality.SUBCISION: lambda needs, removable: SubcisionCard(removable),
    Modality.TCA_CROSS: lambda needs, removable: TcaCrossCard(removable),
}


def make_card(modality: Modality, needs: CardNeeds, removable: bool = True) -> ModalityCard:
    factory = CARDS.get(modality)
    if factory is None:
        raise LookupError(f"no session card for the modality {modality.value!r}")
    return factory(needs, removable)
