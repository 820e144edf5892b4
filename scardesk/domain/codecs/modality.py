"""The codec of ``modality_entries.parameters`` (with ``areas``) and of a modality inside a
session document.

Version 1 is the settings of one modality by field name plus ``"v": 1``; version 0 is the same
without the version (what ScarDesk wrote before codecs). A toxin entry's values live in rows of
their own (``toxin_entries``, ``injection_points``), so its parameters document is empty apart
from the version. ``areas`` is a bare JSON list of region names: a list has no room for a version
field, and its shape (a list of names) has not changed; it is read here with the parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from scardesk.domain.codecs._base import (
    VERSION_KEY,
    choice,
    decoder,
    flag,
    moment,
    names,
    number,
    only_keys,
    optional_number,
    optional_text,
    plain,
    split_version,
    text,
    whole,
)
from scardesk.domain.enums import Frosting, Modality, PeelDepth, SubcisionInstrument, member
from scardesk.domain.modalities import spec_of
from scardesk.domain.sessions import (
    EnergyUnit,
    LaserInput,
    MicroneedlingInput,
    ModalityInput,
    PeelInput,
    PointInput,
    SubcisionInput,
    TcaCrossInput,
    ToxinInput,
)

TABLE = "modality_entries"
VERSION = 1

Reader = Callable[[object], Any]


def _points(value: object) -> tuple[PointInput, ...]:
    if not isinstance(value, list):
        raise TypeError("the injection points are not a list")
    found = []
    for item in value:
        if not isinstance(item, Mapping):
            raise TypeError("an injection point is not an object")
        only_keys(item, {"x", "y", "units", "region"})
        found.append(
            PointInput(
                number(item["x"]),
                number(item["y"]),
                number(item["units"]),
                optional_text(item.get("region")),
            )
        )
    return tuple(found)


#: Each input record's fields and how to read them; a field missing here is missing from the
#: document. Keyed on the record type its spec names (``tests/domain/test_modality_completeness``
#: checks every spec has one).
READERS: dict[type, dict[str, Reader]] = {
    MicroneedlingInput: {
        "device": text,
        "needle_depth_mm": number,
        "passes": whole,
        "serum": optional_text,
    },
    LaserInput: {
        "device": text,
        "wavelength_nm": number,
        "ablative": flag,
        "fully_ablative": flag,
        "energy": number,
        "energy_unit": choice(EnergyUnit),
        "density_percent": number,
        "passes": whole,
        "spot_size_mm": number,
    },
    PeelInput: {
        "agent": text,
        "concentration_percent": number,
        "depth": choice(PeelDepth),
        "layers": whole,
        "contact_time_min": number,
        "neutralised": flag,
    },
    SubcisionInput: {
        "instrument": choice(SubcisionInstrument),
        "gauge": whole,
        "scars_released": whole,
        "technique": optional_text,
        "anaesthetic_agent": optional_text,
        "anaesthetic_percent": optional_number,
        "with_adrenaline": flag,
        "anaesthetic_ml": optional_number,
        "haemostasis": flag,
    },
    TcaCrossInput: {
        "concentration_percent": number,
        "applicator": text,
        "scars_treated": whole,
        "frosting": choice(Frosting),
    },
    ToxinInput: {
        "product_id": whole,
        "lot_id": whole,
        "vial_units": number,
        "diluent_ml": number,
        "reconstituted_at": moment,
        "points": _points,
        "total_units": number,
        "waste_units": number,
        "units_per_cm3": optional_number,
    },
}
#: Fields a kind may leave out (its dataclass default applies).
_OPTIONAL = {"serum", "units_per_cm3", "waste_units"}


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One decoded ``modality_entries`` row. ``settings`` is None for toxin, whose values are
    read from its own rows and joined to ``areas`` by the session store."""

    modality: Modality
    areas: tuple[str, ...]
    settings: ModalityInput | None


#: Each kind's field names but ``areas``, worked out once (the demo encodes millions).
_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(item.name for item in fields(cls) if item.name != "areas") for cls in READERS
}


def _settings_fields(entry: ModalityInput) -> dict[str, Any]:
    return {name: plain(getattr(entry, name)) for name in _NAMES[type(entry)]}


def _read(kind: Modality, body: Mapping[str, Any], areas: tuple[str, ...]) -> ModalityInput:
    cls = spec_of(kind).input_type
    readers = READERS[cls]
    only_keys(body, set(readers))
    values = {
        name: read(body[name])
        for name, read in readers.items()
        if name in body or name not in _OPTIONAL
    }
    result: ModalityInput = cls(**values, areas=areas)
    return result


# --- modality_entries row -------------------------------------------------------------------


def encode_parameters(entry: ModalityInput) -> dict[str, Any]:
    """The ``parameters`` document of one entry (empty but for the version for toxin)."""
    if spec_of(entry.modality).own_rows:
        return {VERSION_KEY: VERSION}
    return {VERSION_KEY: VERSION, **_settings_fields(entry)}


def encode_areas(entry: ModalityInput) -> list[str]:
    return list(entry.areas)


@decoder(TABLE)
def decode_entry(modality: object, areas: object, parameters: object) -> StoredEntry:
    """One stored entry; raises ``UnreadableRecordError`` for any shape this version cannot read."""
    kind = member(Modality, text(modality))
    regions = names(areas)
    _, body = split_version(parameters, VERSION)  # version 0 and 1 share their fields
    if spec_of(kind).own_rows:
        only_keys(body, set())
        return StoredEntry(kind, regions, None)
    return StoredEntry(kind, regions, _read(kind, body, regions))


# --- a modality inside a session document ---------------------------------------------------


def encode_modality(entry: ModalityInput) -> dict[str, Any]:
    """One entry in full (toxin included), with its kind and areas: the form a session
    document keeps in its ``modalities`` list."""
    return {"modality": entry.modality.value, "areas": list(entry.areas), **_settings_fields(entry)}


def decode_modality(document: object) -> ModalityInput:
    """The inverse of ``encode_modality``; errors are turned into ``UnreadableRecordError`` by
    the session codec that calls it."""
    if not isinstance(document, Mapping):
        raise TypeError("a modality is not an object")
    body = dict(document)
    kind = member(Modality, text(body.pop("modality")))
    areas = names(body.pop("areas", []))
    return _read(kind, body, areas)
