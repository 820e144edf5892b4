"""Sessions as plain JSON, so an amendment can keep the whole session before and after it.

The JSON form is what the audit trail and ``session_amendments`` store; reading it back gives
the same ``SessionInput``, which is how the original of an amended session is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from scardesk.domain.enums import Modality, PeelDepth, Severity
from scardesk.domain.sessions import (
    AdverseEventInput,
    EnergyUnit,
    LaserInput,
    MicroneedlingInput,
    ModalityInput,
    PeelInput,
    PointInput,
    SessionInput,
    ToxinInput,
)

_KINDS: dict[str, type] = {
    Modality.TOXIN: ToxinInput,
    Modality.MICRONEEDLING: MicroneedlingInput,
    Modality.FRACTIONAL_LASER: LaserInput,
    Modality.CHEMICAL_PEEL: PeelInput,
}


def _plain(value: object) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def modality_to_json(entry: ModalityInput) -> dict[str, Any]:
    """One modality entry with its kind named, so it can be read back."""
    body: dict[str, Any] = _plain(entry)
    body["modality"] = entry.modality.value
    return body


def session_to_json(form: SessionInput) -> dict[str, Any]:
    body: dict[str, Any] = _plain(form)
    body["modalities"] = [modality_to_json(entry) for entry in form.modalities]
    return body


def modality_from_json(data: Mapping[str, Any]) -> ModalityInput:
    """The inverse of ``modality_to_json``."""
    values = {k: v for k, v in data.items() if k != "modality"}
    values["areas"] = tuple(values.get("areas", ()))
    kind = data["modality"]
    converters: dict[str, Callable[[Any], Any]] = {
        "reconstituted_at": datetime.fromisoformat,
        "points": lambda items: tuple(PointInput(**item) for item in items),
        "energy_unit": EnergyUnit,
        "depth": PeelDepth,
    }
    for name, convert in converters.items():
        if name in values:
            values[name] = convert(values[name])
    result: ModalityInput = _KINDS[kind](**values)
    return result


def session_from_json(data: Mapping[str, Any]) -> SessionInput:
    """The inverse of ``session_to_json``: what an amendment's before/after looked like."""
    events = tuple(
        AdverseEventInput(**{**item, "severity": Severity(item["severity"])})
        for item in data.get("adverse_events", ())
    )
    values = {**data, "adverse_events": events}
    values["performed_at"] = datetime.fromisoformat(data["performed_at"])
    values["modalities"] = tuple(modality_from_json(item) for item in data["modalities"])
    return SessionInput(**values)
