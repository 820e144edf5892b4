"""The codec of ``appointments.planned_modalities``: what a booking is for.

A bare JSON list of modality names (version 0: a list has no room for a version field, and its
shape has not changed since the first release). A name this version does not know makes the
booking unreadable instead of vanishing from it.
"""

from __future__ import annotations

from collections.abc import Iterable

from scardesk.domain.codecs._base import decoder, names
from scardesk.domain.enums import Modality, member

TABLE = "appointments"


def encode_planned(modalities: Iterable[Modality | str]) -> list[str]:
    return [member(Modality, m).value for m in modalities]


@decoder(TABLE)
def decode_planned(stored: object) -> tuple[Modality, ...]:
    return tuple(member(Modality, name) for name in names(stored))
