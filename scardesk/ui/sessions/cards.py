"""The one map from a modality to how the session screens show it: the card the session form
shows for it, how the session view describes a recorded entry in words and, for a modality
that charts something, the picture the view puts beside that text (toxin's injection points).

A modality without a card cannot be added to a session (``make_card`` raises) rather than
falling back to some other modality's card; ``tests/domain/test_modality_completeness.py``
checks every modality has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from scardesk.domain.enums import Modality
from scardesk.domain.products import ProductRecord
from scardesk.domain.sessions import ModalityInput, ToxinFacts
from scardesk.ui.context import ScreenContext
from scardesk.ui.sessions.common import Describer
from scardesk.ui.sessions.describe import (
    describe_laser,
    describe_microneedling,
    describe_peel,
    describe_toxin,
)
from scardesk.ui.sessions.modality_cards import LaserCard, MicroneedlingCard, ModalityCard, PeelCard
from scardesk.ui.sessions.points_chart import recorded_points
from scardesk.ui.sessions.subcision_card import SubcisionCard, describe_subcision
from scardesk.ui.sessions.tca_cross_card import TcaCrossCard, describe_tca_cross
from scardesk.ui.sessions.toxin_card import ToxinCard
from scardesk.ui.tr import _t


@dataclass(frozen=True, slots=True)
class CardNeeds:
    """What some cards need from the form: the toxin card lists products and times the vial."""

    context: ScreenContext
    products: list[ProductRecord]
    session_time: Callable[[], datetime]


CardFactory = Callable[[CardNeeds, bool], ModalityCard]


def _toxin(needs: CardNeeds, removable: bool) -> ModalityCard:
    return ToxinCard(needs.context, needs.products, needs.session_time, removable)


#: A read-only picture of a recorded entry, shown beside its text in the session view.
Chart = Callable[[Any], QWidget]


@dataclass(frozen=True, slots=True)
class ModalityScreens:
    """How the session screens show one modality: its form card, its entry in words and, if
    any, its chart."""

    card: CardFactory
    describe: Describer
    chart: Chart | None = None


def _card(make: Callable[[bool], ModalityCard], describe: Describer) -> ModalityScreens:
    """A card that needs nothing from the form but whether it may be removed."""
    return ModalityScreens(lambda needs, removable: make(removable), describe)


CARDS: dict[Modality, ModalityScreens] = {
    Modality.TOXIN: ModalityScreens(_toxin, describe_toxin, chart=recorded_points),
    Modality.MICRONEEDLING: _card(MicroneedlingCard, describe_microneedling),
    Modality.FRACTIONAL_LASER: _card(LaserCard, describe_laser),
    Modality.CHEMICAL_PEEL: _card(PeelCard, describe_peel),
    Modality.SUBCISION: _card(SubcisionCard, describe_subcision),
    Modality.TCA_CROSS: _card(TcaCrossCard, describe_tca_cross),
}


def make_card(modality: Modality, needs: CardNeeds, removable: bool = True) -> ModalityCard:
    screens = CARDS.get(modality)
    if screens is None:
        raise LookupError(f"no session card for the modality {modality.value!r}")
    return screens.card(needs, removable)


def chart_for(modality: Modality, entry: object) -> QWidget | None:
    """The picture the session view shows beside ``entry``'s text; None when it has none."""
    screens = CARDS.get(modality)
    if screens is None or screens.chart is None:
        return None
    return screens.chart(entry)


def modality_text(entry: ModalityInput, facts: ToxinFacts | None = None) -> str:
    """A recorded entry in words, as its modality's describer writes it."""
    screens = CARDS.get(entry.modality)
    if screens is None:
        return _t("A treatment this version cannot describe")
    return screens.describe(entry, facts)
