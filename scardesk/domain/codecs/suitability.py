"""The codec of ``assessments.suitability``: the practitioner's verdict per modality.

Version 1 is ``{"v": 1, "verdicts": {modality: verdict}}``; version 0 (before codecs) was the
verdicts object alone. A modality or verdict this version does not know makes the document
unreadable rather than being dropped: a verdict silently lost is a clinical judgement lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scardesk.domain.assessment import Suitability
from scardesk.domain.codecs._base import VERSION_KEY, decoder, only_keys, split_version, text
from scardesk.domain.enums import Modality, member

TABLE = "assessments"
VERSION = 1


def encode_suitability(verdicts: Mapping[Modality, Suitability]) -> dict[str, Any]:
    return {
        VERSION_KEY: VERSION,
        "verdicts": {
            member(Modality, m).value: member(Suitability, v).value for m, v in verdicts.items()
        },
    }


@decoder(TABLE)
def decode_suitability(stored: object) -> dict[Modality, Suitability]:
    version, body = split_version(stored, VERSION)
    if version >= 1:
        only_keys(body, {"verdicts"})
        verdicts = body["verdicts"]
        if not isinstance(verdicts, Mapping):
            raise TypeError("the verdicts are not an object")
    else:
        verdicts = body
    return {member(Modality, text(m)): member(Suitability, text(v)) for m, v in verdicts.items()}
