"""Merging two records of one person: which details the surviving record keeps.

The user picks, field by field, whether the survivor keeps its own value or takes the other
record's. Fields that only make sense together travel together: a document's type, number and
expiry are one choice, as are an emergency contact's name and phone, so a merge can never pair
one card's number with another card's type.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.records import PatientData, PatientRecord


class MergeSide(StrEnum):
    SURVIVOR = "survivor"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class MergeField:
    key: str
    attributes: tuple[str, ...]


MERGE_FIELDS: tuple[MergeField, ...] = (
    MergeField("name_latin", ("name_latin",)),
    MergeField("name_arabic", ("name_arabic",)),
    MergeField("date_of_birth", ("date_of_birth",)),
    MergeField("sex", ("sex",)),
    MergeField("document", ("document_type", "civil_number", "document_expiry")),
    MergeField("phone", ("phone",)),
    MergeField("email", ("email",)),
    MergeField("address", ("address",)),
    MergeField("emergency_contact", ("emergency_contact_name", "emergency_contact_phone")),
    MergeField("fitzpatrick", ("fitzpatrick",)),
)
MERGE_KEYS = frozenset(field.key for field in MERGE_FIELDS)


def differing_fields(survivor: PatientData, merged: PatientData) -> tuple[str, ...]:
    """Keys of the fields where the two records disagree (the only real choices)."""
    return tuple(
        field.key
        for field in MERGE_FIELDS
        if any(getattr(survivor, a) != getattr(merged, a) for a in field.attributes)
    )


def combine(
    survivor: PatientData, merged: PatientData, choices: Mapping[str, MergeSide]
) -> PatientData:
    """The survivor's details after the merge; a field not chosen keeps the survivor's value."""
    unknown = set(choices) - MERGE_KEYS
    if unknown:
        raise ValidationError(
            {"choices": Message("merge.unknown_fields", {"fields": ", ".join(sorted(unknown))})}
        )
    taken: dict[str, object] = {}
    for field in MERGE_FIELDS:
        if choices.get(field.key, MergeSide.SURVIVOR) is MergeSide.MERGED:
            taken.update({a: getattr(merged, a) for a in field.attributes})
    result = dataclasses.replace(survivor, **taken)  # type: ignore[arg-type]
    if not result.name_latin and not result.name_arabic:
        message = Message("merge.no_name_left")
        raise ValidationError({"name_latin": message, "name_arabic": message})
    return result


@dataclass(frozen=True, slots=True)
class MergePreview:
    """Both records side by side, and how many rows of each kind each one holds.

    ``counts`` maps a table name (e.g. ``treatment_sessions``) to (survivor's, other's).
    """

    survivor: PatientRecord
    merged: PatientRecord
    counts: Mapping[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class MergeResult:
    survivor: PatientRecord
    merged: PatientRecord
    #: Rows moved to the survivor, per table.
    moved: Mapping[str, int]
