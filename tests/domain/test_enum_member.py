"""``member`` answers exactly as calling the vocabulary would, only faster."""

from __future__ import annotations

import enum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain import enums
from scardesk.domain.enums import Modality, member

VOCABULARIES = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, enum.StrEnum) and value is not enum.StrEnum
]
EVERY_MEMBER = [item for vocabulary in VOCABULARIES for item in vocabulary]


def _outcome(call: Any) -> tuple[str, Any]:
    try:
        found = call()
    except ValueError:
        return ("refused", None)
    return ("found", (type(found), found))


values = (
    st.sampled_from(EVERY_MEMBER)
    | st.sampled_from([item.value for item in EVERY_MEMBER])
    | st.sampled_from([item.name for item in EVERY_MEMBER])
    | st.text(max_size=12)
    | st.integers()
    | st.none()
    | st.lists(st.text(max_size=3), max_size=2)
)


@given(st.sampled_from(VOCABULARIES), values)
def test_member_finds_and_refuses_what_the_vocabulary_call_does(
    vocabulary: type[enum.StrEnum], value: object
) -> None:
    assert _outcome(lambda: member(vocabulary, value)) == _outcome(lambda: vocabulary(value))


def test_the_vocabularies_are_all_checked() -> None:
    assert len(VOCABULARIES) >= 15
    assert member(Modality, "toxin") is Modality.TOXIN is member(Modality, Modality.TOXIN)
    with pytest.raises(ValueError, match="'TOXIN' is not a valid Modality"):
        member(Modality, "TOXIN")
